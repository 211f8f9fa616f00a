"""The static half of comptime (SPEC §7.2, §7.4): find everything inside a ``comptime(...)`` argument that
can never be evaluated at build time, before evaluating anything.

Every problem is reported (ZT0601 names and constructs, ZT0602 calls, ZT0604 argument count), each at the
offending sub-expression; the argument is evaluated only when there are none. What depends on values (a
method that the receiver does not have, a mutating array method on an array) is left to the evaluator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import jsast as A
from .codegen.render import source
from .comptime_env import ModuleEnv, is_comptime_call
from .comptime_rules import (
    ANY_METHOD,
    GLOBAL_FUNCTIONS,
    HELP_CALL,
    HELP_NAME,
    HELP_RANDOM,
    HELP_UNAVAILABLE,
    LITERAL_NAMES,
    NAMESPACE_MEMBERS,
    NAMESPACES,
    UNAVAILABLE,
)

ARGUMENT_COUNT = "comptime() takes exactly one argument"
_JSX = (A.JSXElement, A.JSXFragment, A.JSXText, A.JSXExprContainer, A.JSXSpreadChild)


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    span: A.Span
    help: str | None = None


def _name_problem(name: str, span: A.Span) -> Problem:
    if name in UNAVAILABLE:
        define = UNAVAILABLE[name]
        return Problem("ZT0601", f"'{name}' is not available", span, HELP_UNAVAILABLE.format(name=define))
    return Problem("ZT0601", f"'{name}' is not known at build time", span, HELP_NAME)


def _call_problem(callee: str, span: A.Span) -> Problem:
    if callee == "Math.random":
        return Problem("ZT0602", "'Math.random' cannot be called at build time", span, HELP_RANDOM)
    return Problem("ZT0602", f"'{callee}' cannot be called at build time", span, HELP_CALL)


def static_key(m: A.Member) -> str | None:
    """The key of ``o.k`` / ``o["k"]``, None for a computed key."""
    if not m.computed:
        return m.prop if isinstance(m.prop, str) else None
    if isinstance(m.prop, A.StringLit):
        return m.prop.value
    return None


def global_object(e: Any) -> str | None:
    """The name of a global (unshadowed) identifier, else None."""
    if isinstance(e, A.Identifier) and e.binding < 0:
        return e.name
    return None


class Checker:
    """Collects the problems of one expression (and the arrow functions passed inside it)."""

    def __init__(self, env: ModuleEnv, *, folds_ok: bool = False) -> None:
        self.env = env
        self.folds_ok = folds_ok  # checking a const initialiser: its own comptime calls are folded separately
        self.problems: list[Problem] = []
        self.locals: set[int] = set()  # bindings declared by arrow functions inside the argument

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    # -- expressions -----------------------------------------------------------------------------------

    def check(self, e: Any, *, fn_ok: bool = False) -> None:
        """Check ``e``; ``fn_ok`` when a function value is acceptable here (a call argument, a pipe target)."""
        if isinstance(e, (A.NumberLit, A.StringLit, A.BoolLit, A.Hole, A.Invalid)):
            return
        if isinstance(e, A.Identifier):
            self.name(e, fn_ok)
        elif isinstance(e, A.TemplateLit):
            for x in e.exprs:
                self.check(x)
        elif isinstance(e, A.ArrayLit):
            for el in e.elements:
                self.check(el.argument if isinstance(el, A.Spread) else el)
        elif isinstance(e, A.ObjectLit):
            self.object_literal(e)
        elif isinstance(e, A.Spread):
            self.check(e.argument)
        elif isinstance(e, A.Member):
            self.member(e, fn_ok)
        elif isinstance(e, A.Chain):
            self.check(e.expression, fn_ok=fn_ok)
        elif isinstance(e, A.Call):
            self.call(e)
        elif isinstance(e, A.Unary):
            if e.op == "typeof" and isinstance(e.operand, A.Identifier) and e.operand.binding < 0:
                return  # typeof of a global name is known at build time
            self.check(e.operand)
        elif isinstance(e, (A.Binary, A.Logical)):
            self.check(e.left)
            self.check(e.right)
        elif isinstance(e, A.Conditional):
            self.check(e.test)
            self.check(e.consequent)
            self.check(e.alternate)
        elif isinstance(e, A.Pipe):
            self.check(e.value)
            self.check(e.func, fn_ok=True)
        elif isinstance(e, A.Match):
            self.check(e.discriminant)
            for arm in e.arms:
                self.check(arm.body)
        elif isinstance(e, A.Function):
            if fn_ok and e.is_arrow:
                self.arrow(e)
            else:
                self.add(Problem("ZT0601", "a function cannot be evaluated at build time here", e.span,
                                 "inside comptime() arrow functions may only be passed directly to methods such "
                                 "as map, filter and reduce"))
        elif isinstance(e, A.Assign):
            self.add(Problem("ZT0601", "an assignment cannot be evaluated at build time", e.span, HELP_NAME))
        elif isinstance(e, _JSX):
            self.add(Problem("ZT0601", "JSX cannot be evaluated at build time", e.span, HELP_NAME))
        else:
            self.add(Problem("ZT0601", f"'{source(e)}' is not known at build time", e.span, HELP_NAME))

    def name(self, e: A.Identifier, fn_ok: bool) -> None:
        if e.binding >= 0:
            if e.binding in self.locals or self.env.is_buildtime(e.binding):
                return
            binding = self.env.bindings[e.binding]
            if fn_ok and binding.kind == "function":
                self.add(_call_problem(e.name, e.span))
            else:
                self.add(_name_problem(e.name, e.span))
            return
        if e.name in LITERAL_NAMES or e.name == "__VERSION__":
            return
        if fn_ok and e.name in GLOBAL_FUNCTIONS:
            return
        self.add(_name_problem(e.name, e.span))

    def object_literal(self, e: A.ObjectLit) -> None:
        for prop in e.properties:
            if isinstance(prop, A.Spread):
                self.check(prop.argument)
                continue
            if prop.computed:
                self.check(prop.key)
            if isinstance(prop.value, A.Function):
                self.add(Problem("ZT0601", f"method '{prop.key if isinstance(prop.key, str) else '[...]'}' "
                                 "cannot be evaluated at build time", prop.span, HELP_NAME))
            else:
                self.check(prop.value)

    def member(self, e: A.Member, fn_ok: bool) -> None:
        base = global_object(e.object)
        key = static_key(e)
        if base == "Env":
            if key is None:
                self.check(e.prop)
            return
        if base in NAMESPACES:
            if key is None:
                self.check(e.prop)
                return
            if key in NAMESPACE_MEMBERS[base]:
                value = NAMESPACES[base].js_get(key)
                if not callable(value) or fn_ok:
                    return
            elif base == "Math" and key == "random" and fn_ok:
                self.add(_call_problem("Math.random", e.span))
                return
            self.add(_name_problem(f"{base}.{key}", e.span))
            return
        if base is not None and base not in LITERAL_NAMES and base != "__VERSION__":
            self.add(_name_problem(source(e) if key is not None else base, e.span))
            return
        self.check(e.object)
        if e.computed:
            self.check(e.prop)

    def call(self, e: A.Call) -> None:
        callee = e.callee
        if is_comptime_call(e):
            if self.folds_ok:
                return
            if len(e.args) != 1 or isinstance(e.args[0], A.Spread):
                self.add(Problem("ZT0604", ARGUMENT_COUNT, e.span))
                return
            self.check(e.args[0])
            return
        name = global_object(callee)
        if name is not None:
            if name not in GLOBAL_FUNCTIONS:
                self.add(_call_problem(name, callee.span))
                return
        elif isinstance(callee, A.Identifier):
            self.add(_call_problem(callee.name, callee.span))
            return
        elif isinstance(callee, A.Member):
            if not self.callee_member(callee):
                return
        else:
            self.add(_call_problem(source(callee), callee.span))
            return
        for arg in e.args:
            self.check(arg.argument if isinstance(arg, A.Spread) else arg, fn_ok=not isinstance(arg, A.Spread))

    def callee_member(self, callee: A.Member) -> bool:
        """Check a method callee; False when the call is rejected (its arguments are then not checked)."""
        base = global_object(callee.object)
        key = static_key(callee)
        if base in NAMESPACES:
            if key is None:
                self.check(callee.prop)
                return True
            if key in NAMESPACE_MEMBERS[base]:
                return True
            self.add(_call_problem(f"{base}.{key}", callee.span))
            return False
        if base is not None and base not in LITERAL_NAMES and base != "__VERSION__":
            self.add(_call_problem(source(callee), callee.span))
            return False
        self.check(callee.object)
        if key is None:
            self.check(callee.prop)
        elif key not in ANY_METHOD:
            self.add(_call_problem(source(callee), callee.span))
            return False
        return True

    # -- arrow functions -------------------------------------------------------------------------------

    def arrow(self, fn: A.Function) -> None:
        for p in fn.params:
            self.pattern(p.pattern)
            if p.default is not None:
                self.check(p.default)
        if isinstance(fn.body, A.Block):
            self.statements(fn.body.body)
        else:
            self.check(fn.body)

    def pattern(self, pattern: Any) -> None:
        """Declare the names of a binding pattern as locals and check its defaults and computed keys."""
        if isinstance(pattern, A.Identifier):
            if pattern.binding >= 0:
                self.locals.add(pattern.binding)
        elif isinstance(pattern, A.PatternDefault):
            self.check(pattern.default)
            self.pattern(pattern.target)
        elif isinstance(pattern, A.RestElement):
            self.pattern(pattern.target)
        elif isinstance(pattern, A.ArrayPattern):
            for el in pattern.elements:
                if el is not None:
                    self.pattern(el)
        elif isinstance(pattern, A.ObjectPattern):
            for prop in pattern.properties:
                if isinstance(prop, A.RestElement):
                    self.pattern(prop.target)
                    continue
                if prop.computed and not isinstance(prop.key, str):
                    self.check(prop.key)
                self.pattern(prop.value)

    def statements(self, body: list[Any]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, s: Any) -> None:
        if isinstance(s, A.Return):
            if s.argument is not None:
                self.check(s.argument)
        elif isinstance(s, A.VarDecl):
            if s.kind != "const":
                self.add(Problem("ZT0601", "'let' bindings cannot be used inside comptime()", s.span, HELP_NAME))
            for d in s.declarations:
                if d.init is not None:
                    self.check(d.init)
                self.pattern(d.target)
        elif isinstance(s, A.ExprStmt):
            self.check(s.expression)
        elif isinstance(s, A.If):
            self.check(s.test)
            self.statement(s.consequent)
            if s.alternate is not None:
                self.statement(s.alternate)
        elif isinstance(s, A.Block):
            self.statements(s.body)
        elif isinstance(s, A.ForOf):
            self.check(s.iterable)
            self.pattern(s.target)
            self.statement(s.body)
        elif isinstance(s, A.Switch):
            self.check(s.discriminant)
            for case in s.cases:
                if case.test is not None:
                    self.check(case.test)
                self.statements(case.body)
        elif isinstance(s, (A.Empty, A.TypeAlias, A.Interface)):
            return
        else:
            self.add(Problem("ZT0601", "this statement cannot be evaluated at build time", s.span, HELP_NAME))
