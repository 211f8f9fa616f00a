"""``JSON.parse``, ``JSON.stringify`` and ``JSON.tryParse`` (SPEC §9.8).

Parsing: a fast path through the standard library's C decoder for input it handles exactly like
ECMAScript (no escaped surrogates, shallow nesting), and a small hand-written parser that defines every
error: ``invalid JSON at position <n>: <reason>`` with ``<n>`` a UTF-16 index. Positions: the offending
character for ``unexpected character``; the end of the text for ``unexpected end of input``; the opening
quote for ``unterminated string``; the backslash for ``invalid escape``; the first character of the
number for ``invalid number``; the bracket that opens level 1001 for ``nesting too deep``; the first
non-space character after the value for ``unexpected data after JSON value``.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from sys import getrecursionlimit, setrecursionlimit
from typing import Any

from .conversions import is_callable, number_to_string, own_keys, to_integer_or_infinity, to_string
from .errors import throw, type_error
from .values import HostFunction, HostObject, JSArray, JSError, JSObject

MAX_DEPTH = 1000
_STRINGIFY_FRAMES = 3 * MAX_DEPTH + 16  # Python frames per nesting level of _Stringifier, with a margin
_WS = " \t\n\r"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")
_STRING_CHUNK = re.compile(r'[^"\\\x00-\x1f]*')
_SLOW_INPUT = re.compile(r"\\u[dD][89abAB]")


class JSONSyntaxError(Exception):
    """A parse failure: ``message`` is the text after ``SyntaxError: ``."""

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(f"invalid JSON at position {position}: {reason}")
        self.message = f"invalid JSON at position {position}: {reason}"


def _show(c: str) -> str:
    if len(c) == 1 and ord(c) < 0x20:
        return json.dumps(c)[1:-1]
    return c


class _Parser:
    """An iterative parser (an explicit stack, so 1000 levels never touch Python's recursion limit)."""

    __slots__ = ("text", "pos", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.n = len(text)

    def fail(self, pos: int, reason: str) -> JSONSyntaxError:
        return JSONSyntaxError(pos, reason)

    def unexpected(self, pos: int) -> JSONSyntaxError:
        if pos >= self.n:
            return self.fail(self.n, "unexpected end of input")
        c = self.text[pos]
        if 0xD800 <= ord(c) <= 0xDBFF and pos + 1 < self.n and 0xDC00 <= ord(self.text[pos + 1]) <= 0xDFFF:
            c = self.text[pos : pos + 2]
        return self.fail(pos, f"unexpected character '{_show(c)}'")

    def skip_ws(self) -> None:
        text, n, i = self.text, self.n, self.pos
        while i < n and text[i] in _WS:
            i += 1
        self.pos = i

    def key(self) -> str:
        """``"name"`` then ``:`` (whitespace skipped around both)."""
        self.skip_ws()
        if self.pos >= self.n or self.text[self.pos] != '"':
            raise self.unexpected(self.pos)
        key = self.string()
        self.skip_ws()
        if self.pos >= self.n or self.text[self.pos] != ":":
            raise self.unexpected(self.pos)
        self.pos += 1
        return key

    def parse(self) -> Any:
        text, n = self.text, self.n
        stack: list[list[Any]] = []  # [container, pending key]
        while True:
            # --- a value starts here
            self.skip_ws()
            if self.pos >= n:
                raise self.unexpected(self.pos)
            c = text[self.pos]
            if c == "{" or c == "[":
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(self.pos, "nesting too deep")
                self.pos += 1
                self.skip_ws()
                close = "}" if c == "{" else "]"
                if self.pos < n and text[self.pos] == close:
                    self.pos += 1
                    value: Any = JSObject() if c == "{" else JSArray()
                elif c == "{":
                    stack.append([JSObject(), self.key()])
                    continue
                else:
                    stack.append([JSArray(), None])
                    continue
            else:
                value = self.scalar(c)
            # --- the value is complete: attach it and close finished containers
            while True:
                if not stack:
                    self.skip_ws()
                    if self.pos < n:
                        raise self.fail(self.pos, "unexpected data after JSON value")
                    return value
                frame = stack[-1]
                container = frame[0]
                if type(container) is JSObject:
                    container[frame[1]] = value
                else:
                    container.append(value)
                self.skip_ws()
                if self.pos >= n:
                    raise self.unexpected(self.pos)
                c = text[self.pos]
                self.pos += 1
                if c == ",":
                    if type(container) is JSObject:
                        frame[1] = self.key()
                    break
                if c == ("}" if type(container) is JSObject else "]"):
                    stack.pop()
                    value = container
                    continue
                raise self.unexpected(self.pos - 1)

    def scalar(self, c: str) -> Any:
        if c == '"':
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if c == word[0]:
                start = self.pos
                for i in range(start, start + len(word)):
                    if i >= self.n or self.text[i] != word[i - start]:
                        raise self.unexpected(i)
                self.pos = start + len(word)
                return result
        raise self.unexpected(self.pos)

    def string(self) -> str:
        start = self.pos
        text, n = self.text, self.n
        i = start + 1
        parts: list[str] = []
        while True:
            m = _STRING_CHUNK.match(text, i)
            assert m is not None
            parts.append(m.group())
            i = m.end()
            if i >= n:
                raise self.fail(start, "unterminated string")
            c = text[i]
            if c == '"':
                self.pos = i + 1
                return "".join(parts)
            if c == "\\":
                if i + 1 >= n:
                    raise self.fail(start, "unterminated string")
                e = text[i + 1]
                if e in _ESCAPES:
                    parts.append(_ESCAPES[e])
                    i += 2
                elif e == "u":
                    digits = text[i + 2 : i + 6]
                    if len(digits) < 4 or not all(d in _HEX for d in digits):
                        if len(digits) < 4 and all(d in _HEX for d in digits):
                            raise self.fail(start, "unterminated string")
                        raise self.fail(i, "invalid escape")
                    parts.append(chr(int(digits, 16)))
                    i += 6
                else:
                    raise self.fail(i, "invalid escape")
            else:  # a control character
                raise self.unexpected(i)

    def number(self) -> float:
        start = self.pos
        text, n = self.text, self.n
        i = start + 1 if text[start] == "-" else start
        if i >= n or not "0" <= text[i] <= "9":
            raise self.fail(start, "invalid number")
        if text[i] == "0":
            i += 1
            if i < n and "0" <= text[i] <= "9":
                raise self.fail(start, "invalid number")
        i = _digits_end(text, i)
        if i < n and text[i] == ".":
            j = _digits_end(text, i + 1)
            if j == i + 1:
                raise self.fail(start, "invalid number")
            i = j
        if i < n and text[i] in "eE":
            i += 1
            if i < n and text[i] in "+-":
                i += 1
            j = _digits_end(text, i)
            if j == i:
                raise self.fail(start, "invalid number")
            i = j
        self.pos = i
        return float(text[start:i])


def _digits_end(text: str, i: int) -> int:
    n = len(text)
    while i < n and "0" <= text[i] <= "9":
        i += 1
    return i


def _raise_constant(name: str) -> Any:
    raise ValueError(name)


def _arrays(v: Any) -> Any:
    if type(v) is list:
        return JSArray([_arrays(x) for x in v])
    return v


def _object_hook(pairs: list[tuple[str, Any]]) -> JSObject:
    return JSObject((k, JSArray([_arrays(x) for x in v]) if type(v) is list else v) for k, v in pairs)


_DECODER = json.JSONDecoder(object_pairs_hook=_object_hook, parse_int=float, parse_constant=_raise_constant)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


def _shallow(text: str) -> bool:
    """True when no container opens deeper than ``MAX_DEPTH`` (brackets inside strings ignored)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return True
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(map(_DELTA.__getitem__, brackets)), default=0) <= MAX_DEPTH


def parse_text(text: str) -> Any:
    """Parse JSON text (UTF-16 form) into JS values; raises ``JSONSyntaxError``."""
    if _SLOW_INPUT.search(text) is None and _shallow(text):
        try:
            value, end = _DECODER.raw_decode(text, _leading_ws(text))
            if end == len(text) or not text[end:].strip(_WS):
                return _arrays(value)
        except (ValueError, RecursionError):  # invalid text, or nesting deeper than the frames left
            pass
    return _Parser(text).parse()


def _leading_ws(text: str) -> int:
    i = 0
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def json_parse(text: Any = None, reviver: Any = None, *_: Any) -> Any:
    """``JSON.parse(text, reviver?)``."""
    if reviver is not None:
        type_error("JSON.parse reviver is not supported; pass undefined")
    try:
        return parse_text(text if type(text) is str else to_string(text))
    except JSONSyntaxError as e:
        throw("SyntaxError", e.message)


def json_try_parse(text: Any = None, *_: Any) -> JSObject:
    """``JSON.tryParse(text)``: ``{ ok: true, value }`` or ``{ ok: false, error }``."""
    if type(text) is not str:
        type_error("JSON.tryParse() expects a string")
    try:
        return JSObject(ok=True, value=parse_text(text))
    except JSONSyntaxError as e:
        return JSObject(ok=False, error=e.message)


# ----------------------------------------------------------------------------------------------------
# stringify
# ----------------------------------------------------------------------------------------------------

_QUOTE_NEEDED = re.compile(r'["\\\x00-\x1f\ud800-\udfff]')
_QUOTE_CHARS = re.compile(r'["\\\x00-\x1f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]')
_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote_char(m: re.Match[str]) -> str:
    c = m.group()
    if len(c) == 2:
        return c
    short = _SHORT.get(c)
    if short is not None:
        return short
    return f"\\u{ord(c):04x}"


def quote(s: str) -> str:
    """A JSON string literal for ``s`` (lone surrogates escaped as ``\\udxxx``)."""
    if _QUOTE_NEEDED.search(s) is None:
        return f'"{s}"'
    return '"' + _QUOTE_CHARS.sub(_quote_char, s) + '"'


_EXACT = 9007199254740992.0  # integers up to 2**53 print as their digits
_QUOTED_KEYS: dict[str, str] = {}  # property names repeat across objects of one shape


def _skip(v: Any) -> bool:
    """Values that are omitted from objects (and become null in arrays)."""
    return v is None or is_callable(v)


class _Stringifier:
    __slots__ = ("gap", "stack")

    def __init__(self, gap: str) -> None:
        self.gap = gap
        self.stack: list[int] = []

    def enter(self, v: Any) -> None:
        if id(v) in self.stack:
            type_error("Converting circular structure to JSON")
        self.stack.append(id(v))

    def value(self, v: Any, key: Any, indent: str) -> str | None:
        """JSON text of ``v`` (None to omit it); ``key`` (a str, or an int index) is toJSON's argument."""
        t = type(v)
        if t is str:
            return quote(v)
        if t is float:
            if -_EXACT <= v <= _EXACT and v.is_integer():
                return str(int(v))
            if v != v or v in (math.inf, -math.inf):
                return "null"
            return number_to_string(v)
        if t is bool:
            return "true" if v else "false"
        if v is None:
            return None
        if isinstance(v, dict):
            to_json = v.get("toJSON")
            if to_json is not None and is_callable(to_json):
                return self.value_after_to_json(to_json(str(key)), indent)
            return self.obj(v, own_keys(v), v.get, indent)
        return self.value_after_to_json(v, indent)

    def value_after_to_json(self, v: Any, indent: str) -> str | None:
        t = type(v)
        if t is str:
            return quote(v)
        if t is float or t is int:
            if v != v or v in (math.inf, -math.inf):
                return "null"
            return number_to_string(float(v))
        if t is bool:
            return "true" if v else "false"
        if v is None or is_callable(v):
            return None
        if isinstance(v, list):
            return self.array(v, indent)
        if isinstance(v, dict):
            return self.obj(v, own_keys(v), v.get, indent)
        if isinstance(v, HostObject) and not isinstance(v, HostFunction):
            return self.obj(v, v.js_keys(), v.js_get, indent)
        return None

    def array(self, a: list, indent: str) -> str:
        if not a:
            return "[]"
        self.enter(a)
        inner = indent + self.gap
        parts = []
        for i, item in enumerate(a):
            s = self.value(item, i, inner)
            parts.append("null" if s is None else s)
        self.stack.pop()
        if not self.gap:
            return "[" + ",".join(parts) + "]"
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "]"

    def obj(self, o: Any, keys: list[str], get: Any, indent: str) -> str:
        self.enter(o)
        inner = indent + self.gap
        colon = ": " if self.gap else ":"
        parts = []
        for k in keys:
            s = self.value(get(k), k, inner)
            if s is not None:
                qk = _QUOTED_KEYS.get(k)
                if qk is None:
                    qk = quote(k)
                    if len(_QUOTED_KEYS) < 4096:
                        _QUOTED_KEYS[k] = qk
                parts.append(qk + colon + s)
        self.stack.pop()
        if not parts:
            return "{}"
        if not self.gap:
            return "{" + ",".join(parts) + "}"
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "}"


def _gap(space: Any) -> str:
    t = type(space)
    if t is float or t is int:
        n = min(10.0, to_integer_or_infinity(space))
        return " " * int(n) if n >= 1 else ""
    if t is str:
        return space[:10]
    return ""


def stringify(value: Any, space: Any = None) -> str | None:
    """JSON text for ``value`` (None when the result is undefined)."""
    old = getrecursionlimit()
    setrecursionlimit(old + _STRINGIFY_FRAMES)  # what JSON.parse builds (1000 levels) can be written back
    try:
        return _Stringifier(_gap(space)).value(value, "", "")
    except RecursionError:
        throw("RangeError", "Maximum call stack size exceeded")
    finally:
        setrecursionlimit(old)


def json_stringify(value: Any = None, replacer: Any = None, space: Any = None, *_: Any) -> str | None:
    """``JSON.stringify(value, replacer?, indent?)``."""
    if replacer is not None:
        type_error("JSON.stringify replacer is not supported; pass undefined")
    return stringify(value, space)


__all__ = [
    "JSONSyntaxError",
    "parse_text",
    "json_parse",
    "json_try_parse",
    "stringify",
    "json_stringify",
    "quote",
    "JSError",
]

parse = parse_text
