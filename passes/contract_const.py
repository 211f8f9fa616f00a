"""Constant folding for the contract (SPEC §14.1) and the host proof of egress URLs.

"Constant" means a string literal, a template literal or ``+`` concatenation of constants, a ``const``
binding (in any module) initialised with a constant, or a comptime result (the comptime pass has already
replaced every ``comptime(...)`` call by its value; a property of a folded comptime object counts when no
code can change that object, see ``ProgramIndex.comptime_object``). Inside templates and concatenations
number and boolean literals count too (converted with ToString), so `` `${HOST}:${8080}` `` is a constant;
a constant given where a name or URL is expected must be a string.

``prefix`` gives the constant start of a string expression that is only partly constant, for URLs such as
`` `${API}/v1/${id}` ``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..vm.conversions import to_number, to_string
from ..vm.utf16 import to_js, to_py
from . import jsast as A
from .contract_index import ProgramIndex

__all__ = ["Evaluator", "Prefix", "IGNORED", "DYNAMIC", "url_host"]

Const = str | float | bool

IGNORED = "ignored"  # a constant URL that is not a valid http(s) URL: it can reach no host
DYNAMIC = "dynamic"  # no host can be proven

_SCHEME = re.compile(r"(?i)(https?)://")
_MAX_DEPTH = 64


@dataclass(frozen=True)
class Prefix:
    """The known start of a string value; ``complete`` when it is the whole value."""

    text: str
    complete: bool


_NOTHING = Prefix("", False)


class Evaluator:
    """Evaluates expressions of one program to constants (``value``) or constant prefixes (``prefix``)."""

    def __init__(self, index: ProgramIndex):
        self.index = index

    # -- constants ---------------------------------------------------------------------------------------

    def string(self, path: str, expr: Any) -> str | None:
        """The constant string ``expr`` evaluates to, or None."""
        value = self.value(path, expr)
        return value if isinstance(value, str) else None

    def value(self, path: str, expr: Any, depth: int = 0) -> Const | None:
        """The constant (string, number or boolean) ``expr`` evaluates to, or None."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, A.StringLit):
            return expr.value
        if isinstance(expr, A.NumberLit):
            return expr.value
        if isinstance(expr, A.BoolLit):
            return expr.value
        if isinstance(expr, A.Unary) and expr.op == "-" and isinstance(expr.operand, A.NumberLit):
            return -expr.operand.value
        if isinstance(expr, A.TemplateLit):
            parts = [expr.quasis[0]]
            for sub, quasi in zip(expr.exprs, expr.quasis[1:], strict=False):
                v = self.value(path, sub, depth + 1)
                if v is None:
                    return None
                parts += [to_string(v), quasi]
            return "".join(parts)
        if isinstance(expr, A.Binary) and expr.op == "+":
            left = self.value(path, expr.left, depth + 1)
            right = self.value(path, expr.right, depth + 1) if left is not None else None
            if left is None or right is None:
                return None
            if isinstance(left, str) or isinstance(right, str):
                return to_string(left) + to_string(right)
            return to_number(left) + to_number(right)
        if isinstance(expr, A.Identifier):
            found = self.index.const_init(path, expr)
            return None if found is None else self.value(found[0], found[1], depth + 1)
        if isinstance(expr, A.Member) and not expr.computed and isinstance(expr.prop, str):
            return self._comptime_property(path, expr, depth)
        return None

    def _comptime_property(self, path: str, expr: A.Member, depth: int) -> Const | None:
        found = self.index.comptime_object(path, expr.object)
        if found is None:
            return None
        where, obj = found
        value: Any = None
        for prop in obj.properties:
            if isinstance(prop, A.Property) and not prop.computed and prop.key == expr.prop:
                value = prop.value
        return None if value is None else self.value(where, value, depth + 1)

    # -- prefixes ----------------------------------------------------------------------------------------

    def prefix(self, path: str, expr: Any, depth: int = 0) -> Prefix:
        """The constant start of a string-valued expression (empty and incomplete when nothing is known)."""
        if depth > _MAX_DEPTH:
            return _NOTHING
        value = self.value(path, expr)
        if isinstance(value, str):
            return Prefix(value, True)
        if value is not None:
            return _NOTHING
        if isinstance(expr, A.TemplateLit):
            text = expr.quasis[0]
            for sub, quasi in zip(expr.exprs, expr.quasis[1:], strict=False):
                v = self.value(path, sub)
                if v is None:
                    return Prefix(text + self.prefix(path, sub, depth + 1).text, False)
                text += to_string(v) + quasi
            return Prefix(text, True)
        if isinstance(expr, A.Binary) and expr.op == "+":
            left = self.prefix(path, expr.left, depth + 1)
            if not left.complete:
                return left
            right = self.prefix(path, expr.right, depth + 1)
            return Prefix(left.text + right.text, False)
        if isinstance(expr, A.Identifier):
            found = self.index.const_init(path, expr)
            if found is not None:
                return self.prefix(found[0], found[1], depth + 1)
        return _NOTHING

    # -- URLs --------------------------------------------------------------------------------------------

    def url_host(self, path: str, expr: Any) -> str:
        """The proven host of a URL expression, ``IGNORED`` or ``DYNAMIC``."""
        return url_host(self.prefix(path, expr))

    def json_url(self, path: str, expr: Any) -> str | None:
        """For ``httpRequest('{"url": ...}')`` with constant JSON text: the URL (UTF-16 form), ``IGNORED``
        when the text cannot make a request, None when the text is not constant."""
        text = self.string(path, expr)
        if text is None:
            return None
        try:
            data = json.loads(to_py(text))
        except ValueError:
            return IGNORED
        url = data.get("url") if isinstance(data, dict) else None
        return to_js(url) if isinstance(url, str) and url else IGNORED


def url_host(prefix: Prefix) -> str:
    """The host a URL with this constant prefix reaches (``IGNORED``/``DYNAMIC`` otherwise): the prefix must
    hold ``http://`` or ``https://``, the authority, and then ``/``, ``?``, ``#`` or the end of a complete
    constant. The host is the one the runtime checks against the policy (lowercase, no userinfo or port)."""
    from ..vm.modules.transport import Failure, parse_target

    text = to_py(prefix.text).lstrip(" ")
    scheme = _SCHEME.match(text)
    if scheme is None:
        return IGNORED if prefix.complete else DYNAMIC
    rest = text[scheme.end():]
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=-1)
    if cut < 0 and not prefix.complete:
        return DYNAMIC
    if prefix.complete:
        target = parse_target(text)
    else:
        target = parse_target(f"{scheme.group(1)}://{rest[:cut]}/")
    if isinstance(target, Failure):
        return IGNORED if prefix.complete else DYNAMIC
    return to_js(target.host)
