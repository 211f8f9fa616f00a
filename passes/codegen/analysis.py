"""The code generator's pre-pass over one module: who declares and captures each binding, which loops
need a fresh scope per iteration, and which expressions are certainly numbers, booleans or strings.

The tree has no back edges except for-of loops, so one walk collects everything; binding types are then
found by a small fixpoint over every assignment (a ``let`` counts as a number only when every value ever
assigned to it is one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import jsast as js
from ..scope import pattern_identifiers

NUM = "num"
BOOL = "bool"
STR = "str"

# Globals whose calls always produce a number / boolean / string.
_NUM_CALLS = {"Number", "parseInt", "parseFloat"}
_BOOL_MEMBER_CALLS = {("Array", "isArray"), ("Number", "isFinite"), ("Number", "isInteger"),
                      ("Number", "isNaN"), ("Number", "isSafeInteger"), ("Object", "hasOwn")}
_ARITH_ASSIGN = {"-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^="}
_NUM_BINARY = {"-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"}
_BOOL_BINARY = {"<", "<=", ">", ">=", "===", "!==", "in"}
_MAX_NESTED_LOOPS = 16

# A Python scope: ("m",) for the module, ("f", id) for a JS function, ("l", id) for a loop body function.
PyScope = tuple[Any, ...]
MODULE_SCOPE: PyScope = ("m",)


_FIELDS: dict[type, tuple[str, ...]] = {}


def children(node: Any) -> Iterator[Any]:
    """The direct child nodes of ``node`` (in field order)."""
    names = _FIELDS.get(type(node))
    if names is None:
        names = _FIELDS[type(node)] = tuple(f.name for f in dataclasses.fields(node) if f.name != "span")
    for name in names:
        value = getattr(node, name)
        if isinstance(value, js.Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, js.Node):
                    yield item


@dataclass
class Analysis:
    """Facts about one module, keyed by binding index or node identity."""

    function_ids: dict[int, int] = field(default_factory=dict)  # id() of Function node -> pre-order index
    decl_function: dict[int, int] = field(default_factory=dict)  # binding -> declaring JS function (-1)
    owner: dict[int, PyScope] = field(default_factory=dict)  # binding -> Python scope that holds it
    captured: set[int] = field(default_factory=set)
    body_loops: set[int] = field(default_factory=set)  # id() of ForOf nodes compiled as functions
    loop_returns: set[int] = field(default_factory=set)  # id() of ForOf nodes whose body has a return
    binding_types: dict[int, str] = field(default_factory=dict)
    fact_spans: dict[str, set[tuple[int, ...]]] = field(default_factory=dict)
    closure_assigned: set[int] = field(default_factory=set)  # bindings written by a nested function
    _effects: dict[int, tuple[bool, frozenset[int]]] = field(default_factory=dict)

    def effects(self, e: Any) -> tuple[bool, frozenset[int]]:
        """(whether evaluating ``e`` may call user code, the bindings ``e`` assigns directly)."""
        key = id(e)
        found = self._effects.get(key)
        if found is None:
            calls = False
            assigned: set[int] = set()
            stack = [e]
            while stack:
                node = stack.pop()
                if isinstance(node, (js.Call, js.Pipe)):
                    calls = True
                elif isinstance(node, js.Assign):
                    assigned.update(i.binding for i in pattern_identifiers(node.target) if i.binding >= 0)
                stack.extend(children(node))
            found = self._effects[key] = (calls, frozenset(assigned))
        return found

    def may_rebind(self, binding: int, later: Any) -> bool:
        """Whether evaluating ``later`` may assign ``binding`` (directly, or through a closure it calls):
        a read of the binding evaluated before ``later`` must then be kept in a temporary."""
        calls, assigned = self.effects(later)
        return binding in assigned or (calls and binding in self.closure_assigned)

    def type_of(self, e: Any) -> str | None:
        """NUM, BOOL or STR when ``e`` certainly evaluates to that kind of value, else None."""
        t = _expr_type(self, e)
        if t is None and self.fact_spans:
            span = tuple(e.span)
            for kind in (NUM, BOOL, STR):
                if span in self.fact_spans.get(kind, ()):
                    return kind
        return t


def _global(e: Any, name: str | None = None) -> bool:
    return isinstance(e, js.Identifier) and e.binding < 0 and (name is None or e.name == name)


def _expr_type(a: Analysis, e: Any) -> str | None:
    if isinstance(e, js.NumberLit):
        return NUM
    if isinstance(e, (js.StringLit, js.TemplateLit)):
        return STR
    if isinstance(e, js.BoolLit):
        return BOOL
    if isinstance(e, js.Identifier):
        if e.binding >= 0:
            return a.binding_types.get(e.binding)
        return NUM if e.name in ("NaN", "Infinity") else None
    if isinstance(e, js.Unary):
        if e.op == "!":
            return BOOL
        if e.op == "typeof":
            return STR
        return NUM
    if isinstance(e, js.Binary):
        if e.op in _NUM_BINARY:
            return NUM
        if e.op in _BOOL_BINARY:
            return BOOL
        lt, rt = a.type_of(e.left), a.type_of(e.right)
        if lt == STR or rt == STR:
            return STR
        return NUM if lt == NUM and rt == NUM else None
    if isinstance(e, js.Logical):
        if e.op != "??":
            return BOOL
        return a.type_of(e.left)
    if isinstance(e, js.Conditional):
        t = a.type_of(e.consequent)
        return t if t is not None and t == a.type_of(e.alternate) else None
    if isinstance(e, js.Assign):
        if e.op == "=":
            return a.type_of(e.value)
        if e.op in _ARITH_ASSIGN:
            return NUM
        return None
    if isinstance(e, js.Chain):
        return None
    if isinstance(e, js.Member):
        if e.prop == "length" and not e.computed and a.type_of(e.object) == STR:
            return NUM
        if _global(e.object, "Math") and not e.computed:
            return NUM
        return None
    if isinstance(e, js.Call) and not e.optional:
        callee = e.callee
        if _global(callee) and callee.name in _NUM_CALLS:
            return NUM
        if _global(callee, "String"):
            return STR
        if isinstance(callee, js.Member) and not callee.computed and not callee.optional:
            if _global(callee.object, "Math"):
                return NUM
            if _global(callee.object) and (callee.object.name, callee.prop) in _BOOL_MEMBER_CALLS:
                return BOOL
        return None
    return None


class _Walker:
    """Collects declarations, references and assignments in one walk."""

    def __init__(self, module: js.Module) -> None:
        self.module = module
        self.a = Analysis()
        self.function_ids: dict[int, int] = {}
        self.refs: dict[int, set[int]] = {}
        self.assigns: dict[int, list[tuple[str, Any]]] = {}
        self.declared_in_loop: dict[int, list[int]] = {}  # id(ForOf) -> bindings declared directly in it
        self.kinds: dict[int, str] = {}
        self.loop_stack: list[js.ForOf] = []
        self.fid = -1
        self.loop_has_return: set[int] = set()
        self.forced_loops: set[int] = set()
        self.assigned_from: set[tuple[int, int]] = set()  # (binding, function writing it)

    # -- declarations ------------------------------------------------------------------------------

    def declare(self, ident: js.Identifier, kind: str, value: tuple[str, Any] | None = None) -> None:
        b = ident.binding
        if b < 0:
            return
        self.a.decl_function[b] = self.fid
        self.kinds[b] = kind
        if self.loop_stack:
            self.declared_in_loop.setdefault(id(self.loop_stack[-1]), []).append(b)
        if value is not None:
            self.assigns.setdefault(b, []).append(value)

    def declare_pattern(self, pattern: Any, kind: str, init: Any = None, simple_value: Any = None) -> None:
        if isinstance(pattern, js.Identifier):
            self.declare(pattern, kind, simple_value)
            return
        for ident in pattern_identifiers(pattern):
            self.declare(ident, kind, ("?", None))
        self.walk_pattern_exprs(pattern)

    def walk_pattern_exprs(self, pattern: Any) -> None:
        """Walk the expressions inside a pattern (defaults, computed keys, member targets)."""
        if isinstance(pattern, js.PatternDefault):
            self.walk_pattern_exprs(pattern.target)
            self.walk(pattern.default)
        elif isinstance(pattern, js.ArrayPattern):
            for el in pattern.elements:
                if el is not None:
                    self.walk_pattern_exprs(el)
        elif isinstance(pattern, js.ObjectPattern):
            for prop in pattern.properties:
                if isinstance(prop, js.PatternProp):
                    if prop.computed:
                        self.walk(prop.key)
                    self.walk_pattern_exprs(prop.value)
                else:
                    self.walk_pattern_exprs(prop)
        elif isinstance(pattern, js.RestElement):
            self.walk_pattern_exprs(pattern.target)
        elif isinstance(pattern, js.Member):
            self.walk(pattern)

    def assign_target(self, target: Any, value: tuple[str, Any]) -> None:
        if isinstance(target, js.Identifier):
            if target.binding >= 0:
                self.reference(target)
                self.assigns.setdefault(target.binding, []).append(value)
                self.assigned_from.add((target.binding, self.fid))
            return
        if isinstance(target, js.Member):
            self.walk(target)
            return
        for ident in pattern_identifiers(target):
            if ident.binding >= 0:
                self.reference(ident)
                self.assigns.setdefault(ident.binding, []).append(("?", None))
                self.assigned_from.add((ident.binding, self.fid))
        self.walk_pattern_exprs_assign(target)

    def walk_pattern_exprs_assign(self, pattern: Any) -> None:
        if isinstance(pattern, js.Identifier):
            return
        self.walk_pattern_exprs(pattern)

    def reference(self, ident: js.Identifier) -> None:
        if ident.binding >= 0:
            self.refs.setdefault(ident.binding, set()).add(self.fid)

    # -- the walk ----------------------------------------------------------------------------------

    def walk(self, node: Any) -> None:
        method = getattr(self, "w_" + type(node).__name__, None)
        if method is not None:
            method(node)
        else:
            for child in children(node):
                self.walk(child)

    def w_Identifier(self, node: js.Identifier) -> None:
        self.reference(node)

    def w_VarDecl(self, node: js.VarDecl) -> None:
        for d in node.declarations:
            if d.init is not None:
                self.walk(d.init)
            value = ("=", d.init) if d.init is not None else ("?", None)
            self.declare_pattern(d.target, node.kind, simple_value=value)

    def w_FunctionDecl(self, node: js.FunctionDecl) -> None:
        fn = node.function
        if fn.name_id is not None:
            self.declare(fn.name_id, "function", ("?", None))
        self.w_Function(fn)

    def w_Function(self, fn: js.Function) -> None:
        outer = self.fid
        self.fid = len(self.function_ids)
        self.function_ids[id(fn)] = self.fid
        saved_loops = self.loop_stack
        self.loop_stack = []
        for p in fn.params:
            if p.default is not None:
                self.walk(p.default)
            self.declare_pattern(p.pattern, "param", simple_value=("?", None))
        self.walk(fn.body)
        self.loop_stack = saved_loops
        self.fid = outer

    def w_Property(self, node: js.Property) -> None:
        if node.computed:
            self.walk(node.key)
        self.walk(node.value)

    def w_Member(self, node: js.Member) -> None:
        self.walk(node.object)
        if node.computed:
            self.walk(node.prop)

    def w_Assign(self, node: js.Assign) -> None:
        self.walk(node.value)
        self.assign_target(node.target, (node.op, node.value))

    def w_ForOf(self, node: js.ForOf) -> None:
        self.walk(node.iterable)
        if len(self.loop_stack) % _MAX_NESTED_LOOPS == _MAX_NESTED_LOOPS - 1:
            self.forced_loops.add(id(node))  # CPython allows 20 nested blocks per function
        self.loop_stack.append(node)
        element = ("range", None) if _is_range_call(node.iterable) else ("?", None)
        self.declare_pattern(node.target, node.kind, simple_value=element)
        self.walk(node.body)
        self.loop_stack.pop()

    def w_Return(self, node: js.Return) -> None:
        for loop in self.loop_stack:
            self.loop_has_return.add(id(loop))
        if node.argument is not None:
            self.walk(node.argument)

    def w_Import(self, node: js.Import) -> None:
        for spec in node.specifiers:
            self.declare(spec.local, "import", ("?", None))

    def w_JSXAttr(self, node: js.JSXAttr) -> None:
        if node.value is not None:
            self.walk(node.value)

    def w_JSXElement(self, node: js.JSXElement) -> None:
        if isinstance(node.tag, js.Node):
            self.walk(node.tag)
        for attr in node.attrs:
            self.walk(attr)
        for child in node.children:
            self.walk(child)

    def w_TypeAlias(self, node: Any) -> None:
        pass

    def w_Interface(self, node: Any) -> None:
        pass


def _is_range_call(e: Any) -> bool:
    return (isinstance(e, js.Call) and not e.optional and _global(e.callee, "range")
            and not any(isinstance(arg, js.Spread) for arg in e.args))


def _assign_keeps(a: Analysis, kind: str, op: str, value: Any) -> bool:
    """Whether assigning ``value`` with ``op`` keeps a binding of type ``kind`` in that type."""
    if op == "range":
        return kind == NUM
    if op == "?":
        return False
    if op == "=":
        return a.type_of(value) == kind
    if op in ("&&=", "||="):
        return kind == BOOL and a.type_of(value) == BOOL
    if op == "??=":
        return True
    if op == "+=":
        return kind == STR or (kind == NUM and a.type_of(value) == NUM)
    return op in _ARITH_ASSIGN and kind == NUM


def _infer_binding_types(w: _Walker) -> None:
    a = w.a
    for kind in (NUM, BOOL, STR):
        candidates = {b for b, values in w.assigns.items()
                      if w.kinds.get(b) in ("let", "const") and b not in a.binding_types and values}
        for b in candidates:
            a.binding_types[b] = kind
        changed = True
        while changed:
            changed = False
            for b in sorted(candidates):
                if a.binding_types.get(b) != kind:
                    continue
                ok = all(_assign_keeps(a, kind, op, value) for op, value in w.assigns[b])
                if not ok:
                    del a.binding_types[b]
                    changed = True


def _assign_owners(a: Analysis, node: Any, scope: PyScope, fids: dict[int, int]) -> None:
    """Record the Python scope holding each declared binding."""
    if isinstance(node, js.Function):
        inner: PyScope = ("f", fids[id(node)])
        for p in node.params:
            for ident in pattern_identifiers(p.pattern):
                if ident.binding >= 0:
                    a.owner[ident.binding] = inner
            if p.default is not None:
                _assign_owners(a, p.default, inner, fids)
            _assign_owners(a, p.pattern, inner, fids)
        _assign_owners(a, node.body, inner, fids)
        return
    if isinstance(node, js.ForOf):
        _assign_owners(a, node.iterable, scope, fids)
        inner = ("l", id(node)) if id(node) in a.body_loops else scope
        for ident in pattern_identifiers(node.target):
            if ident.binding >= 0:
                a.owner[ident.binding] = inner
        _assign_owners(a, node.target, inner, fids)
        _assign_owners(a, node.body, inner, fids)
        return
    if isinstance(node, js.VarDecl):
        for d in node.declarations:
            for ident in pattern_identifiers(d.target):
                if ident.binding >= 0:
                    a.owner[ident.binding] = scope
            _assign_owners(a, d.target, scope, fids)
            if d.init is not None:
                _assign_owners(a, d.init, scope, fids)
        return
    if isinstance(node, js.FunctionDecl):
        if node.function.name_id is not None and node.function.name_id.binding >= 0:
            a.owner[node.function.name_id.binding] = scope
        _assign_owners(a, node.function, scope, fids)
        return
    if isinstance(node, js.Import):
        for spec in node.specifiers:
            if spec.local.binding >= 0:
                a.owner[spec.local.binding] = scope
        return
    if isinstance(node, (js.TypeAlias, js.Interface)):
        return
    for child in children(node):
        _assign_owners(a, child, scope, fids)


def analyse(module: js.Module, facts: dict[str, Any] | None = None) -> Analysis:
    """Analyse ``module`` for the code generator. ``facts`` may carry the type checker's proofs:
    ``{"number": [span, ...], "boolean": [...], "string": [...], "number_bindings": [binding, ...]}``."""
    w = _Walker(module)
    for stmt in module.body:
        w.walk(stmt)
    a = w.a
    if facts:
        for key, kind in (("number", NUM), ("boolean", BOOL), ("string", STR)):
            spans = facts.get(key) or ()
            if spans:
                a.fact_spans[kind] = {tuple(s) for s in spans}
        for b in facts.get("number_bindings") or ():
            a.binding_types[int(b)] = NUM
    for b, fids in w.refs.items():
        declared = a.decl_function.get(b)
        if declared is not None and any(f != declared for f in fids):
            a.captured.add(b)
    for loop_id, bindings in w.declared_in_loop.items():
        if any(b in a.captured for b in bindings):
            a.body_loops.add(loop_id)
    a.body_loops |= w.forced_loops
    a.closure_assigned = {b for b, fid in w.assigned_from if a.decl_function.get(b, fid) != fid}
    a.loop_returns = w.loop_has_return
    a.function_ids = w.function_ids
    _infer_binding_types(w)
    for stmt in module.body:
        _assign_owners(a, stmt, MODULE_SCOPE, w.function_ids)
    return a
