"""Build-time values and their three forms (SPEC §7.1, §7.3, §7.5).

A comptime result is a runtime value (vm/values.py: None, bool, float, str in UTF-16 form, JSObject,
JSArray, or a ``range``). It leaves the comptime pass as

* a literal tree that replaces the ``comptime(...)`` call (``to_literal``), written the way the parser
  writes the same value in source: negative numbers as unary minus, ``NaN``/``Infinity``/``undefined`` as
  identifiers, a range as the call ``range(start, stop, step)``;
* the listing text of ``zigttp show <hash> comptime`` (``listing_text``): compact JSON, except that
  ``undefined``, ``NaN``, ``Infinity`` and ``-Infinity`` are bare words wherever they occur;
* an encoded string for importing modules (``encode`` / ``decode``).
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..vm.conversions import number_to_string, own_keys
from ..vm.jsjson import quote
from ..vm.ranges import Range
from ..vm.utf16 import to_utf8
from . import jsast as A

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619


def fnv1a(text: str) -> str:
    """``hash(s)``: 32-bit FNV-1a over the UTF-8 bytes of ``s``, as 8 lowercase hex digits (SPEC §7.3)."""
    h = FNV_OFFSET
    for byte in to_utf8(text):
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFF
    return f"{h:08x}"


def unsupported_part(value: Any) -> str | None:
    """The kind of the first part of ``value`` that cannot be a build-time result ("function", ...), or
    None when the whole value can be written as a literal."""
    stack = [value]
    while stack:
        v = stack.pop()
        if v is None or type(v) in (bool, float, int, str) or type(v) is Range:
            continue
        if isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif callable(v):
            return "function"
        else:
            return "object of this kind"
    return None


def nesting_depth(value: Any) -> int:
    """How deeply arrays and objects nest in ``value`` (0 for a primitive)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, list):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in v)
        elif isinstance(v, dict):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in v.values())
    return deepest


def _number_literal(value: float, span: A.Span) -> A.Expr:
    if value != value:
        return A.Identifier("NaN", span=span)
    negative = value < 0 or (value == 0 and math.copysign(1.0, value) < 0)
    magnitude = -value if negative else value
    node: A.Expr
    if magnitude == math.inf:
        node = A.Identifier("Infinity", span=span)
    else:
        node = A.NumberLit(float(magnitude), number_to_string(float(magnitude)), span=span)
    return A.Unary("-", node, span=span) if negative else node


def to_literal(value: Any, span: A.Span) -> A.Expr:
    """The literal tree for ``value``; every node carries ``span`` (the folded call's)."""
    if value is None:
        return A.Identifier("undefined", span=span)
    t = type(value)
    if t is bool:
        return A.BoolLit(value, span=span)
    if t is float or t is int:
        return _number_literal(float(value), span)
    if t is str:
        return A.StringLit(value, span=span)
    if isinstance(value, list):
        return A.ArrayLit([to_literal(v, span) for v in value], span=span)
    if isinstance(value, dict):
        props: list[A.Property | A.Spread] = [
            A.Property(key, to_literal(value[key], span), span=span) for key in own_keys(value)
        ]
        return A.ObjectLit(props, span=span)
    if t is Range:
        args = [_number_literal(float(n), span) for n in (value.start, value.stop, value.step)]
        return A.Call(A.Identifier("range", span=span), list(args), span=span)
    raise TypeError(f"not a build-time value: {t.__name__}")


def listing_text(value: Any) -> str:
    """The value as the fold listing shows it (SPEC §7.5), in UTF-16 form like every JS string."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("undefined")
        return
    t = type(value)
    if t is bool:
        out.append("true" if value else "false")
    elif t is float or t is int:
        out.append(number_to_string(float(value)))  # NaN, Infinity, -Infinity bare; -0 is 0
    elif t is str:
        out.append(quote(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        for i, key in enumerate(own_keys(value)):
            if i:
                out.append(",")
            out.append(quote(key))
            out.append(":")
            _write(value[key], out)
        out.append("}")
    elif t is Range:
        out.append(f"range({value.start}, {value.stop}, {value.step})")
    else:
        out.append(str(value))


def encode(value: Any) -> str:
    """A deterministic text form of a build-time value (the ``to_data`` form of its literal tree)."""
    return json.dumps(A.to_data(to_literal(value, A.NO_SPAN)), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=True)


def decode(text: str) -> A.Expr:
    """The literal tree of an encoded value (evaluate it to get the value back)."""
    return A.from_data(json.loads(text))


def size_in_bytes(text: str) -> int:
    """UTF-8 size of a listing text (the 1 MiB result limit)."""
    return len(to_utf8(text))

