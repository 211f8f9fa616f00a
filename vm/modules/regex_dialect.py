"""Regular expressions for zigttp:validate (SPEC §0.14): ``pattern``, ``patternProperties`` and the
``regex`` format use Python's ``re`` for the constructs it shares with ECMAScript; a construct that only
one of the two dialects has (or that they read differently) makes the expression invalid.

Rejected, ECMAScript only: named groups ``(?<n>...)``, ``\\k<n>``, ``\\p{...}``/``\\P{...}``, ``\\cX``,
``\\u{...}``, the empty classes ``[]``/``[^]`` (Python reads ``[]a]`` as a class containing ``]``).
Rejected, Python only: ``(?P...)``, ``(?#...)``, ``(?(...)...)``, ``(?>...)``, inline flags ``(?i)``,
possessive quantifiers ``a*+``, ``{,n}``, and the escapes ``\\A \\Z \\z \\G \\N \\U \\a \\e``.
"""

from __future__ import annotations

import functools
import re
import warnings

__all__ = ["compile_pattern", "is_valid_pattern"]

_ESCAPE_ONLY_ONE_DIALECT = frozenset("AZzGNUaekpPc")
_GROUP_OK = (":", "=", "!", "<=", "<!")
_QUANTIFIERS = frozenset("*+?")
_BRACE_QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _shared_constructs_only(p: str) -> bool:
    i, n = 0, len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                return False
            e = p[i + 1]
            if e in _ESCAPE_ONLY_ONE_DIALECT or (e == "u" and p[i + 2:i + 3] == "{"):
                return False
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            i += 1
            continue
        if c == "[":
            j = i + 1
            if p[j:j + 1] == "^":
                j += 1
            if p[j:j + 1] == "]":  # [] and [^] are empty/any classes in ECMAScript
                return False
            in_class = True
            i = j
            continue
        if c == "(" and p[i + 1:i + 2] == "?":
            if not p.startswith(_GROUP_OK, i + 2):
                return False
            i += 2
            continue
        if c in _QUANTIFIERS:
            if p[i + 1:i + 2] == "+":  # possessive
                return False
            i += 1
            continue
        if c == "{":
            m = _BRACE_QUANTIFIER.match(p, i)
            if m is not None:
                if not m.group(1) and m.group(2):  # {,n} is a quantifier only in Python
                    return False
                if m.group(1) and p[m.end():m.end() + 1] == "+":
                    return False
                i = m.end()
                continue
        i += 1
    return not in_class


@functools.lru_cache(maxsize=1024)
def compile_pattern(pattern: str) -> re.Pattern[str] | None:
    """The compiled expression, or None when it is invalid or uses a construct of only one dialect."""
    if not _shared_constructs_only(pattern):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return re.compile(pattern)
        except (re.error, OverflowError, RecursionError):
            return None


def is_valid_pattern(pattern: str) -> bool:
    return compile_pattern(pattern) is not None
