"""Node 20's ``util.inspect`` and ``util.format`` for zigttp values (SPEC §0.2, §9.7).

A port of lib/internal/util/inspect.js restricted to what zigttp values can be, with the default options
(depth 2, breakLength 80, compact 3, maxArrayLength 100, maxStringLength 10000): line breaking, grouping
of arrays with more than 6 items, quote selection, escapes, ``<ref *n>``/``[Circular *n]``.

Host objects (HostObject subclasses) print through this protocol:

* ``js_inspect_text(self) -> str`` (optional): a fixed leaf text, e.g. ``range(0, 5, 1)`` or
  ``[JSX.Element <div>]``;
* otherwise ``<name> { key: value, ... }`` where ``<name>`` is ``js_inspect_name()`` if defined, else
  ``js_class``, the keys are ``js_keys()`` and the values ``js_get(key)``; ``<name> {}`` when there are no
  keys and ``[<name>]`` below the depth limit (e.g. ``Request { method: 'GET', ..., headers: Headers {} }``).

Typed arrays print as ``Uint8Array(3) [ 1, 2, 3 ]``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from .conversions import is_callable, number_to_string, own_keys, to_number, to_string
from .numfmt import parse_float, parse_int
from .typedarrays import TypedArray
from .values import HostFunction, HostObject

_OBJECT = 0
_ARRAY = 1
_ARRAY_EXTRAS = 2
_MIN_LINE_WIDTH = 16
_KEY_PLAIN = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
_ESCAPE_ALL = re.compile(
    "[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]"
)
_ESCAPE_NO_QUOTE = re.compile(
    "[\\x00-\\x1f\\x5c\\x7f-\\x9f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]"
)
_SHORT_ESCAPES = {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 39: "\\'", 92: "\\\\"}


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group())
    short = _SHORT_ESCAPES.get(code)
    if short is not None:
        return short
    if code < 0xA0:
        return f"\\x{code:02X}"
    return f"\\u{code:x}"


def str_escape(s: str) -> str:
    """A quoted string literal as Node prints it (single quotes unless the text contains them)."""
    quote = "'"
    pattern = _ESCAPE_ALL
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            pattern = _ESCAPE_NO_QUOTE
    if pattern.search(s) is not None:
        s = pattern.sub(_escape_char, s)
    return f"{quote}{s}{quote}"


# Unassigned code points take EastAsianWidth.txt's defaults (W in the CJK ideograph blocks and planes 2-3,
# N elsewhere); Python's unicodedata reports them as F.
_WIDE_UNASSIGNED = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD))


def _char_width(cp: int) -> int:
    """Columns of one code point as Node's ICU ``GetColumnWidth`` counts them: East Asian Width W/F (with
    EastAsianWidth.txt's defaults for unassigned code points) and Emoji_Presentation count 2, zero-width
    categories and emoji modifiers 0, everything else 1."""
    ch = chr(cp)
    category = unicodedata.category(ch)
    if category == "Cn":
        return 2 if any(lo <= cp <= hi for lo, hi in _WIDE_UNASSIGNED) else 1
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators: Emoji_Presentation
        return 2
    if (cp != 0xAD and category in ("Cc", "Cf", "Me", "Mn")) or 0x1F3FB <= cp <= 0x1F3FF:
        return 0
    return 1


def string_width(s: str) -> int:
    """Display width of (UTF-16-form) text as Node's ICU ``getStringWidth`` computes it."""
    width = 0
    for i, c in enumerate(s):
        code = ord(c)
        if code >= 127:
            rest = s[i:].encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
            rest = unicodedata.normalize("NFC", rest)
            return width + sum(_char_width(ord(ch)) for ch in rest)
        if code >= 32:
            width += 1
    return width


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


class _Ctx:
    __slots__ = ("seen", "circular", "indentation", "current_depth", "depth", "show_hidden")

    def __init__(self, depth: float = 2, show_hidden: bool = False) -> None:
        self.seen: list[Any] = []
        self.circular: dict[int, int] = {}
        self.indentation = 0
        self.current_depth = 0
        self.depth = depth
        self.show_hidden = show_hidden


BREAK_LENGTH = 80
COMPACT = 3
MAX_ARRAY_LENGTH = 100
MAX_STRING_LENGTH = 10000


def format_number(x: float) -> str:
    """A number as Node prints it (``-0`` keeps its sign)."""
    if x == 0 and math.copysign(1.0, x) < 0:
        return "-0"
    return number_to_string(float(x))


def _format_primitive(ctx: _Ctx, v: Any) -> str:
    t = type(v)
    if t is str:
        trailer = ""
        if len(v) > MAX_STRING_LENGTH:
            remaining = len(v) - MAX_STRING_LENGTH
            v = v[:MAX_STRING_LENGTH]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if len(v) > _MIN_LINE_WIDTH and len(v) > BREAK_LENGTH - ctx.indentation - 4:
            lines = re.split(r"(?<=\n)", v)
            if lines and lines[-1] == "":
                lines.pop()
            joiner = " +\n" + " " * (ctx.indentation + 2)
            return joiner.join(str_escape(line) for line in lines) + trailer
        return str_escape(v) + trailer
    if t is bool:
        return "true" if v else "false"
    if v is None:
        return "undefined"
    return format_number(v)


def _function_name(f: Any) -> str:
    try:
        from .functions import function_name
    except ImportError:  # pragma: no cover - only while the code generator is absent
        return getattr(f, "js_name", None) or getattr(f, "__name__", "")
    return function_name(f)


def _function_base(f: Any) -> str:
    name = _function_name(f)
    return "[Function (anonymous)]" if not name else f"[Function: {name}]"


def format_value(ctx: _Ctx, v: Any, recurse_times: int) -> str:
    """Format any JS value nested at ``recurse_times``."""
    t = type(v)
    if v is None or t is str or t is float or t is bool or t is int:
        return _format_primitive(ctx, v)
    if isinstance(v, HostObject):
        text = getattr(v, "js_inspect_text", None)
        if text is not None:
            return text()
        if isinstance(v, HostFunction):
            return _function_base(v)
    elif not isinstance(v, (dict, list)):
        if callable(v):
            if ctx.show_hidden:
                return _format_hidden_function(ctx, v)
            return _function_base(v)
        return str(v)
    if any(s is v for s in ctx.seen):
        index = ctx.circular.get(id(v))
        if index is None:
            index = len(ctx.circular) + 1
            ctx.circular[id(v)] = index
        return f"[Circular *{index}]"
    return _format_raw(ctx, v, recurse_times)


def _format_hidden_function(ctx: _Ctx, f: Any) -> str:
    try:
        from .functions import function_length
    except ImportError:  # pragma: no cover
        length = 0
    else:
        length = function_length(f)
    name = _function_name(f)
    return f"{_function_base(f)} {{ [length]: {length}, [name]: {str_escape(name)} }}"


def _format_raw(ctx: _Ctx, v: Any, recurse_times: int) -> str:
    base = ""
    extras = _OBJECT
    hidden: list[tuple[str, Any]] = []
    if isinstance(v, list):
        keys: list[str] = []
        braces = ["[", "]"]
        if ctx.show_hidden:
            hidden.append(("length", float(len(v))))
        elif not v:
            return "[]"
        extras = _ARRAY_EXTRAS
        kind = "Array"
    elif isinstance(v, TypedArray):
        keys = []
        prefix = f"{v.kind.name}({v.length}) "
        braces = [prefix + "[", "]"]
        if v.length == 0:
            return braces[0] + "]"
        extras = _ARRAY_EXTRAS
        kind = v.kind.name
    elif isinstance(v, dict):
        keys = own_keys(v)
        braces = ["{", "}"]
        if not keys:
            return "{}"
        kind = "Object"
    else:
        keys = list(v.js_keys())
        name_hook = getattr(v, "js_inspect_name", None)
        kind = name_hook() if name_hook is not None else v.js_class
        braces = [f"{kind} {{", "}"]
        if not keys:
            return f"{kind} {{}}"

    if recurse_times > ctx.depth:
        return f"[{kind}]"
    recurse_times += 1
    ctx.seen.append(v)
    ctx.current_depth = recurse_times
    if isinstance(v, list):
        output = _format_array(ctx, v, recurse_times)
    elif isinstance(v, TypedArray):
        output = _format_typed_array(v)
    else:
        output = []
    getter = v.get if isinstance(v, dict) else getattr(v, "js_get", None)
    for key in keys:
        output.append(_format_property(ctx, getter(key), recurse_times, key, extras))  # type: ignore[misc]
    for key, value in hidden:
        output.append(_format_property(ctx, value, recurse_times, key, extras, hidden=True))
    index = ctx.circular.get(id(v))
    if index is not None:
        reference = f"<ref *{index}>"
        base = reference if base == "" else f"{reference} {base}"
    ctx.seen.pop()
    return _reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, v)


def _format_property(ctx: _Ctx, value: Any, recurse_times: int, key: str, kind: int,
                     hidden: bool = False) -> str:
    ctx.indentation += 2
    text = format_value(ctx, value, recurse_times)
    ctx.indentation -= 2
    if kind == _ARRAY:
        return text
    if key == "__proto__":
        name = "['__proto__']"
    elif hidden:
        name = f"[{key}]"
    elif _KEY_PLAIN.match(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}: {text}"


def _more_items(remaining: int) -> str:
    return f"... {remaining} more item{'s' if remaining > 1 else ''}"


def _format_array(ctx: _Ctx, a: list, recurse_times: int) -> list[str]:
    n = min(MAX_ARRAY_LENGTH, len(a))
    output = [_format_property(ctx, a[i], recurse_times, str(i), _ARRAY) for i in range(n)]
    if len(a) > n:
        output.append(_more_items(len(a) - n))
    return output


def _format_typed_array(ta: TypedArray) -> list[str]:
    values = ta.values()
    n = min(MAX_ARRAY_LENGTH, len(values))
    output = [format_number(x) for x in values[:n]]
    if len(values) > n:
        output.append(_more_items(len(values) - n))
    return output


def _is_number_at(value: Any, i: int) -> bool:
    if isinstance(value, TypedArray):
        return i < value.length
    if isinstance(value, list):
        return i < len(value) and type(value[i]) in (float, int)
    return False


def _group_array_elements(ctx: _Ctx, output: list[str], value: Any) -> list[str]:
    total_length = 0
    max_length = 0
    output_length = len(output)
    if MAX_ARRAY_LENGTH < len(output):
        output_length -= 1
    separator_space = 2
    data_len = []
    for i in range(output_length):
        n = string_width(output[i])
        data_len.append(n)
        total_length += n + separator_space
        if max_length < n:
            max_length = n
    actual_max = max_length + separator_space
    if actual_max * 3 + ctx.indentation < BREAK_LENGTH and (total_length / actual_max > 5 or max_length <= 6):
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(2.5 * biased_max * output_length) / biased_max),
            math.floor((BREAK_LENGTH - ctx.indentation) / actual_max),
            COMPACT * 4,
            15,
        )
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_max = 0
            for j in range(i, output_length, columns):
                if data_len[j] > line_max:
                    line_max = data_len[j]
            max_line_length.append(line_max + separator_space)
        pad_start = all(_is_number_at(value, i) for i in range(len(output)))
        for i in range(0, output_length, columns):
            last = min(i + columns, output_length)
            parts = []
            for j in range(i, last - 1):
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = f"{output[j]}, "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
            j = last - 1
            if pad_start:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j] - separator_space
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if MAX_ARRAY_LENGTH < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


def _is_below_break_length(output: list[str], start: int, base: str) -> bool:
    total = len(output) + start
    if total + len(output) > BREAK_LENGTH:
        return False
    for item in output:
        total += len(item)
        if total > BREAK_LENGTH:
            return False
    return base == "" or "\n" not in base


def _reduce_to_single_string(ctx: _Ctx, output: list[str], base: str, braces: list[str], extras: int,
                             recurse_times: int, value: Any) -> str:
    entries = len(output)
    if extras == _ARRAY_EXTRAS and entries > 6:
        output = _group_array_elements(ctx, output, value)
    if ctx.current_depth - recurse_times < COMPACT and entries == len(output):
        start = len(output) + ctx.indentation + len(braces[0]) + len(base) + 10
        if _is_below_break_length(output, start, base):
            joined = ", ".join(output)
            if "\n" not in joined:
                return (f"{base} " if base else "") + f"{braces[0]} {joined} {braces[1]}"
    indentation = "\n" + " " * ctx.indentation
    return ((f"{base} " if base else "") + braces[0] + indentation + "  "
            + ("," + indentation + "  ").join(output) + indentation + braces[1])


def inspect(value: Any, depth: float = 2, show_hidden: bool = False) -> str:
    """``util.inspect(value)`` with Node's default options (``depth`` and ``showHidden`` adjustable)."""
    return format_value(_Ctx(depth, show_hidden), value, 0)


# ----------------------------------------------------------------------------------------------------
# util.format
# ----------------------------------------------------------------------------------------------------


def _has_builtin_to_string(v: Any) -> bool:
    """Node's ``hasBuiltInToString``: false for typed arrays (``%TypedArray%`` is not a global) and for
    objects with their own ``toString``."""
    if isinstance(v, TypedArray):
        return False
    return not (isinstance(v, dict) and is_callable(v.get("toString")))


def _format_s(arg: Any) -> str:
    t = type(arg)
    if t is float or t is int:
        return format_number(arg)
    if isinstance(arg, (dict, list)) or (isinstance(arg, HostObject) and not isinstance(arg, HostFunction)):
        if _has_builtin_to_string(arg):
            return inspect(arg, depth=0)
        if isinstance(arg, dict):
            return to_string(arg.get("toString")())
        return to_string(arg)
    return to_string(arg)


def _format_j(arg: Any) -> str:
    from .jsjson import stringify
    from .values import JSError

    try:
        text = stringify(arg)
    except JSError as e:
        if e.message.startswith("Converting circular structure to JSON"):
            return "[Circular]"
        raise
    return "undefined" if text is None else text


def format_args(args: tuple[Any, ...] | list[Any]) -> str:
    """``util.format(...args)``: what one ``console.log`` call prints (without the newline)."""
    if not args:
        return ""
    first = args[0]
    a = 0
    out = ""
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                c = first[i]
                if a + 1 != len(args):
                    if c == "s":
                        a += 1
                        temp = _format_s(args[a])
                    elif c == "j":
                        a += 1
                        temp = _format_j(args[a])
                    elif c == "d":
                        a += 1
                        temp = format_number(to_number(args[a]))
                    elif c == "O":
                        a += 1
                        temp = inspect(args[a])
                    elif c == "o":
                        a += 1
                        temp = inspect(args[a], depth=4, show_hidden=True)
                    elif c == "i":
                        a += 1
                        temp = format_number(parse_int(to_string(args[a]), 0))
                    elif c == "f":
                        a += 1
                        temp = format_number(parse_float(to_string(args[a])))
                    elif c == "c":
                        a += 1
                        temp = ""
                    elif c == "%":
                        out += first[last_pos:i]
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out += first[last_pos : i - 1]
                    out += temp
                    last_pos = i + 1
                elif c == "%":
                    out += first[last_pos:i]
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < n:
                out += first[last_pos:]
    while a < len(args):
        value = args[a]
        out += join
        out += value if type(value) is str else inspect(value)
        join = " "
        a += 1
    return out
