"""UTF-16 form of strings.

JS strings are sequences of UTF-16 code units. zigttp keeps them as Python ``str`` in *UTF-16 form*:
every astral character (U+10000 and above) is stored as its two surrogate code points, and lone
surrogates are kept as they are. Then ``len()``, indexing and slicing count code units exactly like JS,
with no per-operation cost. Conversion happens only at the edges: text coming in (source literals,
request data, JSON from the network) goes through ``to_js``; text going out (network, console, files)
through ``to_py`` / ``to_utf8``.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _split(match: re.Match[str]) -> str:
    cp = ord(match.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def to_js(text: str) -> str:
    """Python text (code points) -> UTF-16 form."""
    if text.isascii():
        return text
    return _ASTRAL.sub(_split, text)


def to_py(text: str) -> str:
    """UTF-16 form -> Python text: surrogate pairs joined, lone surrogates replaced by U+FFFD."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def to_utf8(text: str) -> bytes:
    """UTF-16 form -> UTF-8 bytes for the network, console or files."""
    if text.isascii():
        return text.encode("ascii")
    return to_py(text).encode("utf-8")


def from_utf8(data: bytes) -> str:
    """UTF-8 bytes (invalid sequences -> U+FFFD) -> UTF-16 form."""
    return to_js(data.decode("utf-8", "replace"))
