"""Lowering of JS statements (SPEC §3.3–§3.5)."""

from __future__ import annotations

import ast
from typing import Any

from .. import jsast as js
from . import pyast as P
from .analysis import BOOL
from .render import source

_IGNORED = (js.Empty, js.Import, js.TypeAlias, js.Interface)


class StmtMixin:
    """Statement lowering; every method returns a list of Python statements."""

    a: Any
    frame: Any

    def block(self, body: list[Any]) -> list[ast.stmt]:
        """A statement list: function declarations first (hoisted), then the rest in order."""
        out: list[ast.stmt] = []
        for stmt in body:
            if isinstance(stmt, js.FunctionDecl):
                out += self.stmt(stmt)
        for stmt in body:
            if not isinstance(stmt, js.FunctionDecl):
                out += self.stmt(stmt)
        return out

    def stmt(self, s: Any) -> list[ast.stmt]:
        if isinstance(s, _IGNORED):
            return []
        method = getattr(self, "s_" + type(s).__name__, None)
        if method is None:
            from .generator import CodegenError

            raise CodegenError(f"cannot compile {type(s).__name__} at {s.span}")
        return self.collect(lambda: method(s), s.span)

    def body_of(self, s: Any) -> list[ast.stmt]:
        """The statements of a nested statement (``if``/loop bodies), never empty."""
        return self.stmt(s) or [ast.Pass()]

    # -- simple statements --------------------------------------------------------------------------

    def s_VarDecl(self, s: js.VarDecl) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for d in s.declarations:
            value = self.expr(d.init) if d.init is not None else P.const(None)
            if isinstance(d.target, js.Identifier):
                self.note_assign(d.target)
                out.append(P.stamp(P.assign(self.pyname(d.target), value), d.span))
            else:
                text = source(d.init) if d.init is not None else "undefined"
                out += [P.stamp(P.to_statement(x), d.span) for x in self.destructure(d.target, value, text)]
        return out

    def s_FunctionDecl(self, s: js.FunctionDecl) -> list[ast.stmt]:
        ident = s.function.name_id
        if ident is None:
            from .generator import CodegenError

            raise CodegenError(f"function declaration without a name at {s.span}")
        self.note_assign(ident)
        return [self.function_def(s.function, self.pyname(ident))]

    def s_ExprStmt(self, s: js.ExprStmt) -> list[ast.stmt]:
        e = s.expression
        if isinstance(e, js.Assign):
            return self.assign_statement(e)
        return [P.expr_stmt(self.expr(e))]

    def s_Block(self, s: js.Block) -> list[ast.stmt]:
        return self.block(s.body)

    def s_Return(self, s: js.Return) -> list[ast.stmt]:
        value = self.expr(s.argument) if s.argument is not None else P.const(None)
        return [ast.Return(value=value)]

    # -- if -----------------------------------------------------------------------------------------

    def s_If(self, s: js.If) -> list[ast.stmt]:
        body = self.body_of(s.consequent)
        orelse = self.stmt(s.alternate) if s.alternate is not None else []
        return [self.if_statement(s.test, body, orelse, "'if' condition")]

    def if_statement(self, test: Any, body: list[ast.stmt], orelse: list[ast.stmt], context: str) -> ast.stmt:
        """``if (test)`` with the run-time boolean assertion inlined: ``is True`` / ``is False`` tests,
        and the error raised only when the value is neither."""
        value = self.expr(test)
        if self.a.type_of(test) == BOOL:
            return ast.If(test=value, body=body, orelse=orelse)
        return self.checked_if(value, body, orelse, context, test.span)

    def checked_if(self, value: ast.expr, body: list[ast.stmt], orelse: list[ast.stmt], context: str,
                   span: js.Span) -> ast.stmt:
        if isinstance(value, ast.Name):
            first: ast.expr = value
            name = value.id
        else:
            name = self.fresh()
            first = P.stamp(P.walrus(name, value), span)
        fail = P.stamp(P.expr_stmt(P.call("nonbool", P.load(name), P.const(context))), span)
        if orelse:
            rest = P.stamp(ast.If(test=P.is_const(P.load(name), False), body=orelse, orelse=[fail]), span)
        else:
            rest = P.stamp(ast.If(test=P.is_const(P.load(name), False, negate=True), body=[fail], orelse=[]),
                           span)
        return ast.If(test=P.is_const(first, True), body=body, orelse=[rest])

    # -- for-of -------------------------------------------------------------------------------------

    def iterable(self, e: Any) -> ast.expr:
        if (isinstance(e, js.Call) and not e.optional and isinstance(e.callee, js.Identifier)
                and e.callee.binding < 0 and e.callee.name == "range"
                and not any(isinstance(arg, js.Spread) for arg in e.args)):
            return P.stamp(P.call("range", *[self.expr(arg) for arg in e.args]), e.span)
        return P.stamp(P.call("iter", self.expr(e), P.const(source(e))), e.span)

    def loop_target(self, target: Any) -> tuple[str, list[ast.stmt]]:
        """The Python name receiving each element, and the statements destructuring it."""
        if isinstance(target, js.Identifier):
            self.note_assign(target)
            return self.pyname(target), []
        name = self.fresh("i")
        effects = self.collect(
            lambda: [P.to_statement(x) for x in self.destructure(target, P.load(name), "undefined")],
            target.span)
        return name, effects

    def s_ForOf(self, s: js.ForOf) -> list[ast.stmt]:
        iterable = self.iterable(s.iterable)
        if id(s) not in self.a.body_loops:
            name, prefix = self.loop_target(s.target)
            body = prefix + self.body_of(s.body)
            return [ast.For(target=P.store(name), iter=iterable, body=body, orelse=[], type_comment=None)]
        return self.loop_as_function(s, iterable)

    def loop_as_function(self, s: js.ForOf, iterable: ast.expr) -> list[ast.stmt]:
        """A loop whose bindings are captured: the body is a function called once per iteration."""
        from .generator import Frame

        def_name = self.fresh("L")
        frame = Frame(("l", id(s)))
        saved_frame, saved_chain = self.frame, self.chain
        self.frame, self.chain = frame, None
        try:
            param, prefix = self.loop_target(s.target)
            body = prefix + self.body_of(s.body)
            returns = id(s) in self.a.loop_returns
            if returns:
                body.append(P.stamp(ast.Return(value=P.helper("NORET")), s.span))
            decls = self.scope_declarations(frame)
        finally:
            self.frame, self.chain = saved_frame, saved_chain
        fdef = P.function_def(def_name, [param], [*decls, *body])
        item = self.fresh()
        run = ast.Call(func=P.load(def_name), args=[P.load(item)], keywords=[])
        if returns:
            result = self.fresh()
            loop_body: list[ast.stmt] = [ast.If(
                test=P.compare(P.walrus(result, run), ast.IsNot(), P.helper("NORET")),
                body=[ast.Return(value=P.load(result))], orelse=[])]
        else:
            loop_body = [P.expr_stmt(run)]
        loop = ast.For(target=P.store(item), iter=iterable, body=loop_body, orelse=[], type_comment=None)
        return [fdef, loop]

    # -- switch (SPEC §3.4) ---------------------------------------------------------------------------

    def s_Switch(self, s: js.Switch) -> list[ast.stmt]:
        t = self.fresh()
        out: list[ast.stmt] = [P.stamp(P.assign(t, self.expr(s.discriminant)), s.discriminant.span)]
        for case in s.cases:  # function declarations are hoisted to the switch block
            for stmt in case.body:
                if isinstance(stmt, js.FunctionDecl):
                    out += self.stmt(stmt)
        groups: list[tuple[list[Any], bool, list[Any]]] = []
        labels: list[Any] = []
        has_default = False
        for case in s.cases:
            if case.test is None:
                has_default = True
            else:
                labels.append(case.test)
            if case.body:
                groups.append((labels, has_default, case.body))
                labels, has_default = [], False
        default_index = next((i for i, g in enumerate(groups) if g[1]), None)
        branches: list[tuple[ast.expr, list[Any]]] = []
        for i, (tests, _, body) in enumerate(groups):
            if not tests or (i == default_index and i == len(groups) - 1):
                continue
            conditions = [P.stamp(self.case_test(t, test), test.span) for test in tests]
            condition = conditions[0] if len(conditions) == 1 else ast.BoolOp(op=ast.Or(), values=conditions)
            branches.append((condition, body))
        orelse = self.case_body(groups[default_index][2]) if default_index is not None else []
        for condition, body in reversed(branches):
            orelse = [P.stamp(ast.If(test=condition, body=self.case_body(body), orelse=orelse), s.span)]
        return out + orelse

    def case_test(self, t: str, test: Any) -> ast.expr:
        if isinstance(test, js.StringLit):
            return P.compare(P.load(t), ast.Eq(), P.const(test.value))
        if isinstance(test, js.BoolLit):
            return P.is_const(P.load(t), bool(test.value))
        if isinstance(test, js.Identifier) and test.binding < 0 and test.name == "undefined":
            return P.is_none(P.load(t))
        return P.call("seq", P.load(t), self.expr(test))

    def case_body(self, body: list[Any]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for stmt in body:
            if not isinstance(stmt, js.FunctionDecl):
                out += self.stmt(stmt)
        return out or [ast.Pass()]
