"""The code generator: one JS module (passes/jsast.py) -> one Python ``ast.Module`` plus the tables the
loader needs (DESIGN §5).

Layout of the generated code
----------------------------
* the module's top level is the function ``_module_`` (fast locals; closures see module bindings as
  cells) returning the values of its top-level declarations; imports and runtime names are globals;
* every JS binding is a Python variable with a unique mangled name (vm/namespace.py), so JS block scopes
  flatten into Python function scopes;
* every JS function is a ``def`` (arrows in expression position are defined just before the statement
  that contains them) taking ``(p0=None, p1=None, ..., *rest_or_extra)``;
* a for-of loop whose per-iteration bindings are captured by a closure compiles its body as a nested
  function called once per iteration (fresh bindings); a ``return`` inside it returns the value, and
  falling off the end returns ``Z_NORET``;
* operators, property access and calls go through vm/ops.py unless the operand types are certain.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from ...vm.namespace import mangle_binding
from .. import jsast as js
from . import pyast as P
from .analysis import MODULE_SCOPE, Analysis, PyScope, analyse, pattern_identifiers
from .assignments import AssignMixin
from .expressions import ExprMixin
from .statements import StmtMixin

MODULE_FUNCTION = "_module_"


class CodegenError(Exception):
    """The tree contains something the generator cannot lower (a bug in an earlier pass)."""


@dataclass
class Frame:
    """A Python function (or the module) being generated."""

    key: PyScope
    assigned: set[int] = field(default_factory=set)
    names: dict[int, str] = field(default_factory=dict)


@dataclass
class Generated:
    """The generator's output for one module."""

    tree: ast.Module
    functions: dict[str, tuple[str, int]]  # def name -> (JS name, length)
    toplevel: list[tuple[str, str]]  # (JS name, Python name) of top-level declarations, in order
    exports: list[str]  # exported JS names
    imports: list[tuple[str, str]]  # (local JS name, Python name)
    handler: str | None  # Python name of the ``handler`` binding
    members: list[tuple[str, str, str]]  # (Python name, global, member)
    callees: list[tuple[tuple[int, int, int, int], str]]  # (co_positions tuple, callee source)


class Generator(ExprMixin, StmtMixin, AssignMixin):
    def __init__(self, module: js.Module, analysis: Analysis) -> None:
        self.module = module
        self.a = analysis
        self.counter = 0
        self.pre: list[ast.stmt] = []
        self.chain: list[ast.expr] | None = None
        self.frame = Frame(MODULE_SCOPE)
        self.functions: dict[str, tuple[str, int]] = {}
        self.members: dict[str, tuple[str, str]] = {}
        self.callees: dict[tuple[int, int, int, int], str] = {}

    # -- names -----------------------------------------------------------------------------------

    def fresh(self, prefix: str = "t") -> str:
        """A compiler temporary (``_t12_``)."""
        self.counter += 1
        return f"_{prefix}{self.counter}_"

    def pyname(self, ident: js.Identifier) -> str:
        if ident.binding < 0:
            raise CodegenError(f"'{ident.name}' at {ident.span} has no binding")
        return mangle_binding(ident.name, ident.binding)

    def note_assign(self, ident: js.Identifier) -> None:
        """Record that the current frame writes the binding of ``ident``."""
        if ident.binding >= 0:
            self.frame.assigned.add(ident.binding)
            self.frame.names[ident.binding] = self.pyname(ident)

    def scope_declarations(self, frame: Frame) -> list[ast.stmt]:
        """``global``/``nonlocal`` statements for bindings the frame writes but does not own."""
        nonlocal_names = [frame.names[b] for b in sorted(frame.assigned)
                          if self.a.owner.get(b, frame.key) != frame.key]
        return [ast.Nonlocal(names=nonlocal_names)] if nonlocal_names else []

    # -- statements with hoisted definitions ------------------------------------------------------

    def collect(self, build: Any, span: js.Span) -> list[ast.stmt]:
        """Run ``build()`` (returning statements) and prepend the definitions it hoisted."""
        saved = self.pre
        self.pre = []
        try:
            result = build()
        finally:
            hoisted, self.pre = self.pre, saved
        for node in result:
            P.stamp(node, span)
        return hoisted + result

    # -- functions ----------------------------------------------------------------------------------

    def function_def(self, fn: js.Function, def_name: str, positional: int = 0) -> ast.FunctionDef:
        """Lower a JS function to a ``def`` named ``def_name``. ``positional`` pads the parameter list with
        unused names so that callers passing that many arguments (a callback called with
        ``(element, index, array)``) do not allocate a tuple for the extra ones."""
        fid = self.a.function_ids.get(id(fn), -2)
        frame = Frame(("f", fid))
        saved_frame, saved_chain = self.frame, self.chain
        self.frame, self.chain = frame, None
        try:
            params, vararg, prefix = self.parameters(fn)
            if vararg == "_extra_":
                params += [f"_a{i}_" for i in range(len(params), positional)]
            if isinstance(fn.body, js.Block):
                body = self.block(fn.body.body)
            else:
                expr_body = fn.body
                body = self.collect(lambda: [ast.Return(value=self.expr(expr_body))], expr_body.span)
            decls = self.scope_declarations(frame)
        finally:
            self.frame, self.chain = saved_frame, saved_chain
        doc = P.expr_stmt(P.const(fn.source))
        fdef = P.function_def(def_name, params, [doc, *decls, *prefix, *body], defaults=len(params),
                              vararg=vararg)
        self.functions[def_name] = (fn.name, _js_length(fn))
        return P.stamp(fdef, fn.span)

    def parameters(self, fn: js.Function) -> tuple[list[str], str, list[ast.stmt]]:
        """The Python parameter names (each defaulting to None), the ``*`` parameter, and the statements
        applying defaults, rest and patterns."""
        args: list[str] = []
        prefix: list[ast.stmt] = []
        vararg = "_extra_"
        for p in fn.params:
            pattern = p.pattern
            simple = isinstance(pattern, js.Identifier)
            name = self.pyname(pattern) if simple else self.fresh("p")
            if simple:
                self.note_assign(pattern)
            if p.rest:
                vararg = name
                prefix.append(P.stamp(P.assign(name, P.call("A", P.load(name))), p.span))
            else:
                args.append(name)
            if p.default is not None:
                default = p.default
                prefix += self.collect(lambda n=name, d=default: [ast.If(
                    test=P.is_none(P.load(n)), body=[P.assign(n, self.expr(d))], orelse=[])], p.span)
            if not simple:
                prefix += self.collect(lambda n=name, pat=pattern: [
                    P.to_statement(x) for x in self.destructure(pat, P.load(n), "undefined")], p.span)
        return args, vararg, prefix

    # -- the module ---------------------------------------------------------------------------------

    def generate(self) -> Generated:
        body = self.block(self.module.body)
        exports, imports, toplevel, handler = self.interface()
        result = ast.Tuple(elts=[P.load(py) for _, py in toplevel], ctx=ast.Load())
        main = P.function_def(MODULE_FUNCTION, [], [*body, ast.Return(value=result)])
        first = self.module.body[0].span if self.module.body else (1, 1, 1, 1)
        tree = ast.Module(body=[P.stamp(main, first)], type_ignores=[])
        ast.fix_missing_locations(tree)
        return Generated(
            tree=tree,
            functions=self.functions,
            toplevel=toplevel,
            exports=exports,
            imports=imports,
            handler=handler,
            members=[(k, g, m) for k, (g, m) in self.members.items()],
            callees=sorted(self.callees.items()),
        )

    def interface(self) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]], str | None]:
        """Exports, imports, top-level bindings and the handler binding (SPEC §1.3, §3.1)."""
        exports: list[str] = []
        imports: list[tuple[str, str]] = []
        toplevel: list[tuple[str, str]] = []
        names: dict[str, str] = {}
        for stmt in self.module.body:
            declared: list[js.Identifier] = []
            if isinstance(stmt, js.FunctionDecl) and stmt.function.name_id is not None:
                declared = [stmt.function.name_id]
            elif isinstance(stmt, js.VarDecl):
                declared = [i for d in stmt.declarations for i in pattern_identifiers(d.target)]
            elif isinstance(stmt, js.Import) and not stmt.type_only:
                for spec in stmt.specifiers:
                    if not spec.type_only and spec.local.binding >= 0:
                        names[spec.local.name] = self.pyname(spec.local)
                        imports.append((spec.local.name, self.pyname(spec.local)))
            for ident in declared:
                if ident.binding < 0:
                    continue
                toplevel.append((ident.name, self.pyname(ident)))
                names[ident.name] = self.pyname(ident)
                if getattr(stmt, "exported", False):
                    exports.append(ident.name)
        return exports, imports, toplevel, names.get("handler")


def _js_length(fn: js.Function) -> int:
    n = 0
    for p in fn.params:
        if p.rest or p.default is not None:
            break
        n += 1
    return n


def generate(module: js.Module, facts: dict[str, Any] | None = None) -> Generated:
    """Lower ``module`` to a Python syntax tree and its loader tables."""
    return Generator(module, analyse(module, facts)).generate()
