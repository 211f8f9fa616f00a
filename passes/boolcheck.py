"""The ``boolcheck`` pass (SPEC §12): every boolean context must hold a boolean.

One walk over a module's (folded) tree finds the boolean contexts of §12.1 in every function and at top
level, and looks up each checked expression's type in the typecheck output (``TypeTable``; the types there
are already narrowed, §12.3). ``ZT0501`` reports a known type that is neither ``boolean`` nor ``unknown``;
``ZT0502`` warns about ``??``/``??=`` whose left side is never undefined (§12.4) — except element reads
(``xs[i]``, ``record[key]``: out of range or missing keys give undefined although the type says otherwise)
and, in ``.js``/``.jsx`` files, property reads (nothing checks property writes there).

``check(module, table) -> BoolcheckResult`` gives the diagnostics and the list of contexts checked (the
pass output, shown by ``zigttp show <hash> boolcheck``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import jsast as A
from . import types as T
from .diagnostics import Diagnostic, error, warning
from .typecheck_checker import value_children
from .typecheck_table import TypeTable
from .typecheck_text import SourceText, short

PREDICATE_METHODS = frozenset(["every", "filter", "find", "findIndex", "findLast", "findLastIndex", "some"])


@dataclass
class BoolcheckResult:
    diagnostics: list[Diagnostic]
    contexts: list[list[Any]] = field(default_factory=list)  # [line, col, context, type or None]

    def to_data(self) -> dict[str, Any]:
        return {"contexts": self.contexts}


def kind_name(t: T.Type) -> str | None:
    """The §12.1 name of one (non-union) type: literals as their base type, objects as ``object``..."""
    if isinstance(t, T.TVar):
        return kind_name(t.constraint) if t.constraint is not None else None
    e = T.expand(t)
    if isinstance(e, T.Union):
        return None
    if isinstance(e, T.Lit):
        return e.kind
    if isinstance(e, T.Prim):
        if e.name in ("unknown", "never"):
            return None
        return "undefined" if e.name == "void" else e.name
    if e == T.ELEMENT:
        return "JSX.Element"
    if isinstance(e, (T.Arr, T.Tup)):
        return "array"
    if isinstance(e, T.Func) or (isinstance(e, T.Obj) and e.calls and not e.props):
        return "function"
    return "object"


_ORDER = {"string": 0, "number": 1, "boolean": 2, "undefined": 9}


def bool_type(t: T.Type) -> str | None:
    """The printed type of §12.1 (``string | undefined``), or None when nothing is reported (boolean,
    unknown, never)."""
    if t == T.UNKNOWN or t == T.NEVER:
        return None
    names: list[str] = []
    for m in T.members(t):
        if isinstance(m, T.TVar) and m.constraint is None:
            return None
        if isinstance(m, T.TVar):
            sub = bool_type(m.constraint)  # type: ignore[arg-type]
            if sub is None:
                return None
            for part in sub.split(" | "):
                if part not in names:
                    names.append(part)
            continue
        name = kind_name(m)
        if name is None:
            return None
        if name not in names:
            names.append(name)
    if not names or names == ["boolean"]:
        return None
    names.sort(key=lambda n: _ORDER.get(n, 5))
    return " | ".join(names)


def help_text(type_name: str, e: str) -> str:
    """The help of §12.2 for a printed type and the expression text ``e``."""
    parts = type_name.split(" | ")
    if type_name == "number":
        return f"compare explicitly: '{e} !== 0' or '{e} > 0'"
    if type_name == "string":
        return f"compare explicitly: '{e} !== \"\"' or '{e}.length > 0'"
    if type_name == "undefined":
        return "this value is always undefined, so the condition is always false"
    if type_name in ("object", "array", "JSX.Element"):
        return f"objects are always truthy; compare a property or use '{e} !== undefined'"
    if type_name == "function":
        return "a function is always truthy; did you mean to call it?"
    if type_name == "boolean | undefined":
        return f"check explicitly: '{e} === true'"
    if "undefined" in parts:
        return f"check for absence explicitly: '{e} !== undefined'"
    return "compare explicitly so that the condition is a boolean"


class _Checker:
    def __init__(self, module: A.Module, table: TypeTable) -> None:
        self.module = module
        self.table = table
        self.text = SourceText(module)
        self.diags: list[Diagnostic] = []
        self.contexts: list[list[Any]] = []

    def type_of(self, node: Any) -> T.Type | None:
        return self.table.type_of(node)

    def check(self, node: Any, context: str) -> None:
        t = self.type_of(node)
        name = bool_type(t) if t is not None else None
        self.contexts.append([node.span[0], node.span[1], context, name or (None if t is None else "boolean")])
        if name is None:
            return
        e = short(self.text.of(node))
        self.diags.append(error("ZT0501", f"non-boolean value ({name}) in {context}", self.module.path, node.span,
                                help_text(name, e)))

    def check_nullish(self, node: Any) -> None:
        if self.may_be_undefined_anyway(node):
            return
        t = self.type_of(node)
        if t is None or t == T.UNKNOWN or t == T.NEVER or T.has_undefined(t):
            return
        if any(isinstance(m, T.TVar) for m in T.members(t)):
            return
        self.diags.append(warning("ZT0502", "left side of '??' is never undefined", self.module.path, node.span,
                                  "remove the '??' fallback; it can never be used"))

    def may_be_undefined_anyway(self, node: Any) -> bool:
        """True when the static type cannot rule undefined out: an element read can be out of bounds, and in
        .js files properties can be rewritten with any value (no write checks). A `??` chain whose last
        fallback is such a read (`a[i] ?? b[j] ?? c`) inherits it."""
        inner = node.expression if isinstance(node, A.Chain) else node
        if isinstance(inner, A.Member) and (inner.computed or self.module.language in ("js", "jsx")):
            return True
        if isinstance(inner, A.Logical) and inner.op == "??":
            return self.may_be_undefined_anyway(inner.right)
        return False

    # -- the walk -----------------------------------------------------------------------------------------

    def walk(self, node: Any) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            self.visit(n)
            stack.extend(reversed(list(value_children(n))))

    def visit(self, n: Any) -> None:
        if isinstance(n, A.If):
            self.check(n.test, "'if' condition")
        elif isinstance(n, A.Conditional):
            self.check(n.test, "'?:' condition")
        elif isinstance(n, A.Logical):
            if n.op in ("&&", "||"):
                self.check(n.left, f"'{n.op}' operand")
                self.check(n.right, f"'{n.op}' operand")
            elif n.op == "??":
                self.check_nullish(n.left)
        elif isinstance(n, A.Unary) and n.op == "!":
            self.check(n.operand, "'!' operand")
        elif isinstance(n, A.Assign):
            if n.op in ("&&=", "||="):
                self.check(n.target, f"'{n.op}' target")
            elif n.op == "??=":
                self.check_nullish(n.target)
        elif isinstance(n, A.Call):
            self.predicate_call(n)

    def predicate_call(self, n: A.Call) -> None:
        callee = n.callee
        if not isinstance(callee, A.Member) or callee.computed or callee.prop not in PREDICATE_METHODS:
            return
        if not n.args or isinstance(n.args[0], A.Spread):
            return
        receiver = self.type_of(callee.object)
        if receiver is None or not _is_array(receiver):
            return
        context = f"'{callee.prop}' callback result"
        fn = n.args[0]
        if isinstance(fn, A.Function):
            if not isinstance(fn.body, A.Block):
                self.check(fn.body, context)
                return
            for ret in _returns(fn.body):
                if ret.argument is not None:
                    self.check(ret.argument, context)
                else:
                    self._report_bare_return(ret, context)
            return
        ft = self.type_of(fn)
        if ft is None:
            return
        fe = T.expand(ft)
        if isinstance(fe, T.Obj) and fe.calls:
            fe = fe.calls[0]
        if not isinstance(fe, T.Func):
            return
        name = bool_type(fe.ret)
        self.contexts.append([fn.span[0], fn.span[1], context, name or "boolean"])
        if name is not None:
            self.diags.append(error("ZT0501", f"non-boolean value ({name}) in {context}", self.module.path,
                                    fn.span, help_text(name, short(self.text.of(fn)))))

    def _report_bare_return(self, ret: A.Return, context: str) -> None:
        self.contexts.append([ret.span[0], ret.span[1], context, "undefined"])
        self.diags.append(error("ZT0501", f"non-boolean value (undefined) in {context}", self.module.path,
                                ret.span, help_text("undefined", "undefined")))


def _is_array(t: T.Type) -> bool:
    ms = [m for m in T.members(t) if m not in (T.UNDEFINED, T.VOID)]
    return bool(ms) and all(isinstance(T.expand(m), (T.Arr, T.Tup)) for m in ms)


def _returns(body: A.Block) -> Iterator[A.Return]:
    """The return statements of a function body (not of nested functions)."""
    stack: list[Any] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, A.Return):
            yield n
            continue
        if isinstance(n, (A.Function, A.Expr)):
            continue
        stack.extend(reversed(list(value_children(n))))


def check(module: A.Module, table: TypeTable) -> BoolcheckResult:
    """Check every boolean context of ``module`` against the types in ``table``."""
    from .typecheck import gc_paused

    c = _Checker(module, table)
    with gc_paused():
        for stmt in module.body:
            c.walk(stmt)
    diags = sorted(c.diags, key=lambda d: (d.span[0], d.span[1]))
    contexts = sorted(c.contexts, key=lambda x: (x[0], x[1]))
    return BoolcheckResult(diags, contexts)
