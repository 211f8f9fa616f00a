"""Module-local name resolution (SPEC §3.2, §4.2, §7.3, §9.1).

``resolve(module, path)`` fills ``module.bindings`` and ``Identifier.binding`` for declaring and referring
identifiers alike (-1: a global/built-in, or an unresolved name that produced a diagnostic), sets the
binding flags, and returns the name diagnostics: ZT0301-ZT0306, ZT0605, ZT0200/ZT0201 for rejected globals
and ZT0108 for a literal zero ``range()`` step.

Scopes: the module, each function (parameters and the top level of the body share one scope, so a body
declaration that repeats a parameter is a redeclaration), each block, each for-of head and each switch.
All declarations of a scope are registered when the scope is entered (function declarations are then
already initialised: they are hoisted); ``let``/``const`` become initialised when their declaration runs,
so a use before that point in the same function is ZT0302.
"""

from __future__ import annotations

from typing import Any

from . import jsast as A
from .diagnostics import Diagnostic, error
from .modgraph import VIRTUAL_EXPORTS
from .tokens import RESERVED_GLOBALS
from .unsupported import UNAVAILABLE, UNSUPPORTED, UNSUPPORTED_GLOBALS, UNSUPPORTED_OBJECT_MEMBERS

# SPEC §9.1 plus the JSX helpers.
GLOBALS = frozenset(
    """undefined NaN Infinity globalThis Math JSON Object Array String Number Boolean parseInt parseFloat
    isNaN isFinite encodeURIComponent decodeURIComponent encodeURI decodeURI Date performance console range
    Int8Array Uint8Array Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array
    renderToString Fragment Response Request Headers fetchSync httpRequest comptime""".split()
)
COMPTIME_ONLY = frozenset(["hash", "__VERSION__", "Env"])
COMPTIME_REPORTED = frozenset(["__BUILD_TIME__", "__GIT_COMMIT__"])

# Which virtual module provides a name (for ZT0306).
VIRTUAL_OWNER: dict[str, str] = {
    name: module for module, names in VIRTUAL_EXPORTS.items() for name in names
}

_MODULE_STATE_HELP = (
    "module state is read-only while requests are served; keep per-request values in local variables, "
    "or use zigttp:cache for state shared between requests"
)


class _Scope:
    __slots__ = ("id", "names", "parent")

    def __init__(self, scope_id: int, parent: _Scope | None) -> None:
        self.id = scope_id
        self.names: dict[str, int] = {}
        self.parent = parent


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, or ``limit + 1`` when it is certainly larger than ``limit``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Resolver:
    """One walk over a module's tree."""

    def __init__(self, module: A.Module, path: str) -> None:
        self.module = module
        self.path = path
        self.bindings: list[A.Binding] = []
        self.initialized: list[bool] = []
        self.diags: list[Diagnostic] = []
        self.scope: _Scope | None = None
        self.scope_count = 0
        self.function_ids = {id(fn): i for i, fn in enumerate(preorder_functions(module))}
        self.function_id = -1
        self.loop_depth = 0
        self.comptime_depth = 0
        self.suggestions: dict[tuple[str, int], str | None] = {}

    # -- diagnostics ------------------------------------------------------------------------------------

    def report(self, code: str, message: str, span: A.Span, help: str | None = None) -> None:
        self.diags.append(error(code, message, self.path, span, help))

    # -- scopes and declarations ------------------------------------------------------------------------

    def push(self) -> _Scope:
        self.scope = _Scope(self.scope_count, self.scope)
        self.scope_count += 1
        return self.scope

    def pop(self) -> None:
        assert self.scope is not None
        self.scope = self.scope.parent

    def declare(self, ident: A.Identifier, kind: str, *, initialized: bool, exported: bool = False,
                import_source: str = "", import_name: str = "") -> None:
        scope = self.scope
        assert scope is not None
        name = ident.name
        if name in RESERVED_GLOBALS:
            self.report("ZT0303", f"cannot declare '{name}': it is a reserved name", ident.span)
            ident.binding = -1
            return
        if name in scope.names:
            self.report("ZT0303", f"'{name}' is already declared in this scope", ident.span)
            ident.binding = scope.names[name]
            return
        index = len(self.bindings)
        binding = A.Binding(
            name,
            kind,
            function=self.function_id,
            scope=scope.id,
            in_loop=self.loop_depth > 0,
            exported=exported,
            import_source=import_source,
            import_name=import_name,
            span=ident.span,
        )
        self.bindings.append(binding)
        self.initialized.append(initialized)
        scope.names[name] = index
        ident.binding = index

    def predeclare(self, statements: list[A.Stmt]) -> None:
        """Register the declarations made directly in a statement list."""
        for stmt in statements:
            if isinstance(stmt, A.VarDecl):
                for decl in stmt.declarations:
                    for ident in pattern_identifiers(decl.target):
                        self.declare(ident, stmt.kind, initialized=False, exported=stmt.exported)
            elif isinstance(stmt, A.FunctionDecl):
                if stmt.function.name_id is not None:
                    self.declare(stmt.function.name_id, "function", initialized=True, exported=stmt.exported)
            elif isinstance(stmt, A.Import):
                for spec in stmt.specifiers:
                    if spec.type_only or stmt.type_only:
                        continue
                    self.declare(spec.local, "import", initialized=True, import_source=stmt.source,
                                 import_name=spec.imported)

    def lookup(self, name: str) -> int:
        scope = self.scope
        while scope is not None:
            index = scope.names.get(name)
            if index is not None:
                return index
            scope = scope.parent
        return -1

    def visible_names(self) -> list[str]:
        names: list[str] = []
        scope = self.scope
        while scope is not None:
            names.extend(scope.names)
            scope = scope.parent
        return names

    # -- references -------------------------------------------------------------------------------------

    def reference(self, ident: A.Identifier, *, in_typeof: bool = False, date_ok: bool = False) -> int:
        index = self.lookup(ident.name)
        ident.binding = index
        if index >= 0:
            self.use(ident, index)
            return index
        if not in_typeof:
            self.unresolved(ident, date_ok=date_ok)
        return -1

    def use(self, ident: A.Identifier, index: int) -> None:
        binding = self.bindings[index]
        if binding.function != self.function_id:
            binding.captured = True
        elif not self.initialized[index]:
            self.report("ZT0302", f"'{ident.name}' is used before its declaration", ident.span)

    def unresolved(self, ident: A.Identifier, *, date_ok: bool = False) -> None:
        name = ident.name
        span = ident.span
        if name in GLOBALS:
            if name == "Date" and not date_ok:
                self.report("ZT0201", "'Date' is not available", span, UNAVAILABLE["Date"])
            return
        if name in COMPTIME_ONLY:
            if not self.comptime_depth:
                self.report("ZT0605", f"'{name}' is only available inside comptime()", span)
            return
        if name in COMPTIME_REPORTED and self.comptime_depth:
            return
        if name in UNSUPPORTED_GLOBALS:
            message, help = UNSUPPORTED[UNSUPPORTED_GLOBALS[name]]
            self.report("ZT0200", message, span, help)
            return
        if name in UNAVAILABLE:
            self.report("ZT0201", f"'{name}' is not available", span, UNAVAILABLE[name])
            return
        if name in VIRTUAL_OWNER:
            module = VIRTUAL_OWNER[name]
            self.report(
                "ZT0306",
                f"'{name}' is provided by \"{module}\" and must be imported",
                span,
                f'add: import {{ {name} }} from "{module}";',
            )
            return
        self.report("ZT0301", f"cannot find name '{name}'", span, self.suggest(name))

    def suggest(self, name: str) -> str | None:
        key = (name, self.scope.id if self.scope is not None else -1)
        if key not in self.suggestions:
            self.suggestions[key] = self._suggest(name)
        return self.suggestions[key]

    def _suggest(self, name: str) -> str | None:
        """``did you mean 'y'?`` for the closest declared name within edit distance 2 (user bindings
        first, then built-ins that look like a misspelling)."""
        best: tuple[int, int, str] | None = None
        candidates = [(n, 0) for n in self.visible_names()] + [(n, 1) for n in sorted(GLOBALS)]
        for candidate, group in candidates:
            distance = edit_distance(name, candidate)
            if group == 1 and distance * 3 > len(name):
                continue  # a built-in is only suggested for a plausible misspelling
            if distance <= 2 and (best is None or (distance, group) < best[:2]):
                best = (distance, group, candidate)
        return f"did you mean '{best[2]}'?" if best else None

    def assign_target(self, ident: A.Identifier) -> None:
        name = ident.name
        index = self.lookup(name)
        ident.binding = index
        if index < 0:
            if name in GLOBALS or name in RESERVED_GLOBALS:
                self.report("ZT0304", f"cannot assign to built-in '{name}'", ident.span)
            else:
                self.unresolved(ident)
            return
        binding = self.bindings[index]
        if binding.kind == "const":
            self.report("ZT0304", f"cannot assign to '{name}' because it is a constant", ident.span)
            return
        if binding.kind == "import":
            self.report("ZT0304", f"cannot assign to imported binding '{name}'", ident.span)
            return
        self.use(ident, index)
        binding.reassigned = True
        if binding.function == -1 and self.function_id != -1:
            self.report("ZT0305", f"cannot assign to module-level '{name}' inside a function", ident.span,
                        _MODULE_STATE_HELP)

    # -- walk -------------------------------------------------------------------------------------------

    def run(self) -> list[Diagnostic]:
        self.push()
        self.predeclare(self.module.body)
        for stmt in self.module.body:
            self.statement(stmt)
        self.pop()
        self.module.bindings = self.bindings
        return self.diags

    def statements(self, body: list[A.Stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, stmt: A.Stmt) -> None:
        method = getattr(self, "s_" + type(stmt).__name__, None)
        if method is not None:
            method(stmt)

    def nested(self, stmt: A.Stmt) -> None:
        """A statement in a position that starts its own scope (if/for bodies)."""
        if isinstance(stmt, A.Block):
            self.s_Block(stmt)
            return
        self.push()
        self.predeclare([stmt])
        self.statement(stmt)
        self.pop()

    def s_VarDecl(self, stmt: A.VarDecl) -> None:
        for decl in stmt.declarations:
            if decl.init is not None:
                self.expr(decl.init)
            self.declare_pattern(decl.target)

    def declare_pattern(self, target: Any) -> None:
        """Walk a declaring pattern in evaluation order, initialising its names."""
        if isinstance(target, A.Identifier):
            if target.binding >= 0:
                self.initialized[target.binding] = True
        elif isinstance(target, A.PatternDefault):
            self.expr(target.default)
            self.declare_pattern(target.target)
        elif isinstance(target, A.ArrayPattern):
            for el in target.elements:
                if el is not None:
                    self.declare_pattern(el)
        elif isinstance(target, A.ObjectPattern):
            for prop in target.properties:
                if isinstance(prop, A.PatternProp):
                    if prop.computed:
                        self.expr(prop.key)
                    self.declare_pattern(prop.value)
                else:
                    self.declare_pattern(prop)
        elif isinstance(target, A.RestElement):
            self.declare_pattern(target.target)

    def s_FunctionDecl(self, stmt: A.FunctionDecl) -> None:
        self.function(stmt.function)

    def s_ExprStmt(self, stmt: A.ExprStmt) -> None:
        self.expr(stmt.expression)

    def s_Block(self, stmt: A.Block) -> None:
        self.push()
        self.predeclare(stmt.body)
        self.statements(stmt.body)
        self.pop()

    def s_If(self, stmt: A.If) -> None:
        self.expr(stmt.test)
        self.nested(stmt.consequent)
        if stmt.alternate is not None:
            self.nested(stmt.alternate)

    def s_ForOf(self, stmt: A.ForOf) -> None:
        self.push()
        self.loop_depth += 1
        for ident in pattern_identifiers(stmt.target):
            self.declare(ident, stmt.kind, initialized=False)
        self.loop_depth -= 1
        self.expr(stmt.iterable)
        self.loop_depth += 1
        self.declare_pattern(stmt.target)
        self.nested(stmt.body)
        self.loop_depth -= 1
        self.pop()

    def s_Switch(self, stmt: A.Switch) -> None:
        self.expr(stmt.discriminant)
        self.push()
        for case in stmt.cases:
            self.predeclare(case.body)
        for case in stmt.cases:
            if case.test is not None:
                self.expr(case.test)
            self.statements(case.body)
        self.pop()

    def s_Return(self, stmt: A.Return) -> None:
        if stmt.argument is not None:
            self.expr(stmt.argument)

    # -- functions --------------------------------------------------------------------------------------

    def function(self, fn: A.Function) -> None:
        fid = self.function_ids[id(fn)]
        saved = (self.function_id, self.loop_depth)
        self.function_id = fid
        self.loop_depth = 0
        self.push()
        for param in fn.params:
            for ident in pattern_identifiers(param.pattern):
                self.declare(ident, "param", initialized=False)
        for param in fn.params:
            if param.default is not None:
                self.expr(param.default)
            self.declare_pattern(param.pattern)
        if isinstance(fn.body, A.Block):
            self.predeclare(fn.body.body)
            self.statements(fn.body.body)
        else:
            self.expr(fn.body)
        self.pop()
        self.function_id, self.loop_depth = saved

    # -- expressions ------------------------------------------------------------------------------------

    def expr(self, node: Any) -> None:
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is not None:
            method(node)

    def e_Identifier(self, node: A.Identifier) -> None:
        self.reference(node)

    def e_TemplateLit(self, node: A.TemplateLit) -> None:
        for e in node.exprs:
            self.expr(e)

    def e_Spread(self, node: A.Spread) -> None:
        self.expr(node.argument)

    def e_ArrayLit(self, node: A.ArrayLit) -> None:
        for e in node.elements:
            self.expr(e)

    def e_ObjectLit(self, node: A.ObjectLit) -> None:
        for prop in node.properties:
            if isinstance(prop, A.Spread):
                self.expr(prop.argument)
                continue
            if prop.computed:
                self.expr(prop.key)
            self.expr(prop.value)

    def e_Member(self, node: A.Member, date_ok: bool = False) -> None:
        obj = node.object
        if isinstance(obj, A.Identifier):
            is_date_now = obj.name == "Date" and node.prop == "now" and not node.computed and date_ok
            index = self.reference(obj, date_ok=is_date_now)
            if (index < 0 and obj.name == "Object" and not node.computed
                    and node.prop in UNSUPPORTED_OBJECT_MEMBERS):
                message, help = UNSUPPORTED[f"Object.{node.prop}"]
                self.report("ZT0200", message, node.span, help)
        else:
            self.expr(obj)
        if node.computed:
            self.expr(node.prop)

    def e_Call(self, node: A.Call) -> None:
        callee = node.callee
        if isinstance(callee, A.Member):
            self.e_Member(callee, date_ok=True)
        else:
            self.expr(callee)
        is_global = isinstance(callee, A.Identifier) and callee.binding < 0
        comptime = is_global and callee.name == "comptime"
        if comptime:
            self.comptime_depth += 1
        for arg in node.args:
            self.expr(arg)
        if comptime:
            self.comptime_depth -= 1
        if is_global and callee.name == "range" and len(node.args) >= 3 and is_literal_zero(node.args[2]):
            self.report("ZT0108", "range() step must not be zero", node.args[2].span)

    def e_Chain(self, node: A.Chain) -> None:
        self.expr(node.expression)

    def e_Unary(self, node: A.Unary) -> None:
        if node.op == "typeof" and isinstance(node.operand, A.Identifier):
            self.reference(node.operand, in_typeof=True)
            return
        self.expr(node.operand)

    def e_Binary(self, node: A.Binary) -> None:
        self.expr(node.left)
        self.expr(node.right)

    e_Logical = e_Binary

    def e_Conditional(self, node: A.Conditional) -> None:
        self.expr(node.test)
        self.expr(node.consequent)
        self.expr(node.alternate)

    def e_Assign(self, node: A.Assign) -> None:
        self.assign_pattern(node.target)
        self.expr(node.value)

    def assign_pattern(self, target: Any) -> None:
        if isinstance(target, A.Identifier):
            self.assign_target(target)
        elif isinstance(target, A.Member):
            self.e_Member(target)
            obj = target.object
            if isinstance(obj, A.Identifier) and obj.binding < 0 and obj.name in GLOBALS:
                name = obj.name if target.computed else f"{obj.name}.{target.prop}"
                self.report("ZT0304", f"cannot assign to built-in '{name}'", target.span)
        elif isinstance(target, A.PatternDefault):
            self.assign_pattern(target.target)
            self.expr(target.default)
        elif isinstance(target, A.ArrayPattern):
            for el in target.elements:
                if el is not None:
                    self.assign_pattern(el)
        elif isinstance(target, A.ObjectPattern):
            for prop in target.properties:
                if isinstance(prop, A.PatternProp):
                    if prop.computed:
                        self.expr(prop.key)
                    self.assign_pattern(prop.value)
                else:
                    self.assign_pattern(prop)
        elif isinstance(target, A.RestElement):
            self.assign_pattern(target.target)

    def e_Pipe(self, node: A.Pipe) -> None:
        self.expr(node.value)
        self.expr(node.func)

    def e_Function(self, node: A.Function) -> None:
        self.function(node)

    def e_Match(self, node: A.Match) -> None:
        self.expr(node.discriminant)
        for arm in node.arms:
            self.expr(arm.body)

    def e_JSXElement(self, node: A.JSXElement) -> None:
        if isinstance(node.tag, A.Identifier):
            self.reference(node.tag)
        elif isinstance(node.tag, A.Expr):
            self.expr(node.tag)
        for attr in node.attrs:
            if isinstance(attr, A.JSXSpreadAttr):
                self.expr(attr.argument)
            elif attr.value is not None:
                self.expr(attr.value)
        for child in node.children:
            self.expr(child)

    def e_JSXFragment(self, node: A.JSXFragment) -> None:
        for child in node.children:
            self.expr(child)

    def e_JSXExprContainer(self, node: A.JSXExprContainer) -> None:
        self.expr(node.expression)

    def e_JSXSpreadChild(self, node: A.JSXSpreadChild) -> None:
        self.expr(node.expression)


def is_literal_zero(node: Any) -> bool:
    if isinstance(node, A.NumberLit):
        return node.value == 0
    if isinstance(node, A.Unary) and node.op in ("-", "+"):
        return is_literal_zero(node.operand)
    return False


def preorder_functions(node: Any) -> list[A.Function]:
    """Every Function node under ``node`` in pre-order (fields in declaration order, i.e. source order).
    A function's index in this list is the ``function`` id used by ``Binding``."""
    out: list[A.Function] = []

    def walk(value: Any) -> None:
        if isinstance(value, A.Node):
            if isinstance(value, A.Function):
                out.append(value)
            elif isinstance(value, (A.TypeNode, A.Binding)):
                return
            for name in value.__dataclass_fields__:
                if name != "span":
                    walk(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(node)
    return out


def pattern_identifiers(target: Any) -> list[A.Identifier]:
    """The identifiers a declaring pattern binds, in source order."""
    out: list[A.Identifier] = []

    def walk(t: Any) -> None:
        if isinstance(t, A.Identifier):
            out.append(t)
        elif isinstance(t, A.PatternDefault):
            walk(t.target)
        elif isinstance(t, A.ArrayPattern):
            for el in t.elements:
                if el is not None:
                    walk(el)
        elif isinstance(t, A.ObjectPattern):
            for prop in t.properties:
                walk(prop.value if isinstance(prop, A.PatternProp) else prop)
        elif isinstance(t, A.RestElement):
            walk(t.target)

    walk(target)
    return out


# -- parallel()/race() thunks (SPEC §11.8, ZT0312) ------------------------------------------------------

_THUNK_HELP = "thunks may only perform outbound HTTP and pure computation; do this before or after parallel()"
_FORBIDDEN_IN_THUNKS = {
    "zigttp:env": None,  # every export
    "zigttp:cache": None,
    "zigttp:validate": frozenset(["schemaCompile", "schemaDrop"]),
    "zigttp:io": frozenset(["parallel", "race"]),
}


def _children(node: Any) -> list[Any]:
    out: list[Any] = []
    for name in node.__dataclass_fields__:
        if name in ("span", "bindings"):
            continue
        value = getattr(node, name)
        if isinstance(value, A.Node) and not isinstance(value, A.TypeNode):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, A.Node) and not isinstance(v, A.TypeNode))
    return out


def _walk(node: Any) -> list[Any]:
    """Every node under ``node`` (pre-order), types excluded."""
    out = [node]
    stack = _children(node)[::-1]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(_children(current)[::-1])
    return out


def check_thunks(module: A.Module, path: str) -> list[Diagnostic]:
    """ZT0312 for thunks written inline in, or bound to a ``const`` and passed to, parallel()/race()."""
    bindings = module.bindings
    nodes = _walk(module)
    const_functions: dict[int, A.Function] = {}
    for node in nodes:
        if isinstance(node, A.VarDecl) and node.kind == "const":
            for decl in node.declarations:
                if isinstance(decl.target, A.Identifier) and isinstance(decl.init, A.Function):
                    if decl.target.binding >= 0:
                        const_functions[decl.target.binding] = decl.init

    def imported(ident: Any) -> tuple[str, str] | None:
        if isinstance(ident, A.Identifier) and 0 <= ident.binding < len(bindings):
            b = bindings[ident.binding]
            if b.kind == "import":
                return b.import_source, b.import_name
        return None

    thunks: dict[int, A.Function] = {}
    for node in nodes:
        if isinstance(node, A.Call) and imported(node.callee) in (("zigttp:io", "parallel"), ("zigttp:io", "race")):
            if node.args and isinstance(node.args[0], A.ArrayLit):
                for element in node.args[0].elements:
                    if isinstance(element, A.Function):
                        thunks[id(element)] = element
                    elif isinstance(element, A.Identifier) and element.binding in const_functions:
                        fn = const_functions[element.binding]
                        thunks[id(fn)] = fn
    if not thunks:
        return []
    function_ids = {id(fn): i for i, fn in enumerate(preorder_functions(module))}
    diags: list[Diagnostic] = []
    for thunk in sorted(thunks.values(), key=lambda f: (f.span[0], f.span[1])):
        inner = {function_ids[id(fn)] for fn in preorder_functions(thunk)}
        for node in _walk(thunk):
            if isinstance(node, A.Call):
                source = imported(node.callee)
                if source is not None and source[0] in _FORBIDDEN_IN_THUNKS:
                    names = _FORBIDDEN_IN_THUNKS[source[0]]
                    if names is None or source[1] in names:
                        diags.append(error("ZT0312", f"'{source[1]}' cannot be called inside a parallel() thunk",
                                           path, node.callee.span, _THUNK_HELP))
            elif isinstance(node, A.Assign):
                for target in _assigned_identifiers(node.target):
                    if 0 <= target.binding < len(bindings) and bindings[target.binding].function not in inner:
                        diags.append(error(
                            "ZT0312",
                            f"a parallel() thunk cannot assign to '{target.name}', which is declared outside it",
                            path, target.span))
    return diags


def _assigned_identifiers(target: Any) -> list[A.Identifier]:
    if isinstance(target, A.Identifier):
        return [target]
    if isinstance(target, (A.ArrayPattern, A.ObjectPattern, A.PatternDefault, A.RestElement)):
        return [i for i in pattern_identifiers(target) if isinstance(i, A.Identifier)]
    return []


def resolve(module: A.Module, path: str) -> list[Diagnostic]:
    """Resolve names in ``module`` in place; returns the name diagnostics (unsorted), ZT0312 included."""
    diags = Resolver(module, path).run()
    return diags + check_thunks(module, path)
