"""Lowering of assignments (plain, compound, logical) and destructuring patterns (SPEC §3.7, §3.8).

Destructuring is lowered to a list of *effects*: Python expressions evaluated left to right (walrus
assignments to bindings and temporaries, property writes). As statements, each effect becomes one
statement; in expression position they are evaluated inside a tuple whose first item is the value.
"""

from __future__ import annotations

import ast
from typing import Any

from .. import jsast as js
from . import pyast as P
from .analysis import BOOL, NUM, STR

_LOGICAL = ("&&=", "||=", "??=")


def _copy(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.Name):
        return P.load(node.id)
    if isinstance(node, ast.Constant):
        return P.const(node.value)
    return node


class AssignMixin:
    a: Any

    # -- targets ------------------------------------------------------------------------------------

    def member_ref(self, m: js.Member) -> tuple[ast.expr, Any, bool]:
        """The object and key of a member target: (object expression, key, computed) where ``key`` is a
        str for a static key, else the key expression."""
        obj = self.expr(m.object)
        key = self.static_key(m)
        if key is not None:
            return obj, key, False
        return obj, self.expr(m.prop), True

    def member_get(self, obj: ast.expr, key: Any, computed: bool) -> ast.expr:
        if not computed:
            return P.call("len", obj) if key == "length" else P.call("get", obj, P.const(key))
        return P.call("getk", obj, key)

    def member_set(self, obj: ast.expr, key: Any, computed: bool, value: ast.expr) -> ast.expr:
        if not computed:
            return P.call("set", obj, P.const(key), value)
        return P.call("setk", obj, key, value)

    def reusable_member(self, m: js.Member) -> tuple[ast.expr, ast.expr, Any, bool]:
        """Object and key of ``m`` evaluated once: (first object use, later object use, first key use /
        later key use pair or static key, computed)."""
        obj, key, computed = self.member_ref(m)
        t = self.fresh()
        first_obj, later_obj = P.walrus(t, obj), P.load(t)
        if computed:
            k = self.fresh()
            return first_obj, later_obj, (P.walrus(k, key), P.load(k)), True
        return first_obj, later_obj, key, False

    # -- assignment expressions ----------------------------------------------------------------------

    def x_Assign(self, e: js.Assign) -> ast.expr:
        target, op = e.target, e.op
        if op == "=":
            if isinstance(target, js.Identifier):
                self.note_assign(target)
                return P.walrus(self.pyname(target), self.expr(e.value))
            if isinstance(target, js.Member):
                obj, key, computed = self.member_ref(target)
                return self.member_set(obj, key, computed, self.expr(e.value))
            t = self.fresh()
            effects = self.destructure(target, P.load(t), self.source_of(e.value))
            items = [P.walrus(t, self.expr(e.value)), *effects]
            return ast.Subscript(value=ast.Tuple(elts=items, ctx=ast.Load()), slice=P.const(0), ctx=ast.Load())
        if isinstance(target, js.Identifier):
            self.note_assign(target)
            name = self.pyname(target)
            if op in _LOGICAL:
                return self.logical_value(op, P.load(name), lambda: P.walrus(name, self.expr(e.value)),
                                          target, e.span)
            return P.walrus(name, self.compound(op, self.hold(target, P.load(name), e.value), target, e.value))
        first_obj, later_obj, key, computed = self.reusable_member(target)
        first_key, later_key = key if computed else (key, key)
        if op in _LOGICAL:
            current = self.member_get(first_obj, first_key, computed)
            return self.logical_value(op, current, lambda: self.member_set(later_obj, later_key, computed,
                                                                           self.expr(e.value)), None, e.span)
        # object, key, current value, operand, write: the order of ECMAScript's evaluation
        new = self.compound(op, self.member_get(later_obj, later_key, computed), None, e.value)
        return self.member_set(first_obj, first_key, computed, new)

    def compound(self, op: str, current: ast.expr, target: Any, value: Any) -> ast.expr:
        """``current <op> value`` for a compound assignment operator such as ``+=``."""
        lt = self.a.type_of(target) if target is not None else None
        return self.binop(op[:-1], current, self.expr(value), lt, self.a.type_of(value), value)

    def logical_value(self, op: str, current: ast.expr, write: Any, target: Any, span: js.Span) -> ast.expr:
        """The value of ``t &&= v`` / ``t ||= v`` / ``t ??= v`` (``write()`` performs the assignment)."""
        t = self.fresh()
        if op == "??=":
            return P.if_exp(P.is_none(P.walrus(t, current), negate=True), P.load(t), write())
        context = f"'{op}' target"
        test = P.stamp(P.call("bool", P.walrus(t, current), P.const(context)), span)
        if target is not None and self.a.type_of(target) == BOOL:
            test = P.walrus(t, current)
        if op == "&&=":
            return P.if_exp(test, write(), P.load(t))
        return P.if_exp(test, P.load(t), write())

    # -- assignment statements ------------------------------------------------------------------------

    def assign_statement(self, e: js.Assign) -> list[ast.stmt]:
        target, op = e.target, e.op
        if op == "=":
            if isinstance(target, js.Identifier):
                self.note_assign(target)
                return [P.assign(self.pyname(target), self.expr(e.value))]
            if isinstance(target, js.Member):
                return self.member_store(target, e.value)
            value = self.expr(e.value)
            return [P.to_statement(x) for x in self.destructure(target, value, self.source_of(e.value))]
        if isinstance(target, js.Identifier):
            self.note_assign(target)
            name = self.pyname(target)
            if op == "??=":
                return [ast.If(test=P.is_none(P.load(name)), body=[P.assign(name, self.expr(e.value))],
                               orelse=[])]
            if op in _LOGICAL:
                write = [P.assign(name, self.expr(e.value))]
                if self.a.type_of(target) == BOOL:
                    test: ast.expr = P.load(name)
                    if op == "||=":
                        test = ast.UnaryOp(op=ast.Not(), operand=test)
                    return [ast.If(test=test, body=write, orelse=[])]
                return [self.logical_if(op, P.load(name), write, target.span)]
            current = self.hold(target, P.load(name), e.value)
            if (op == "+=" and self.a.type_of(target) not in (NUM, STR) and self.a.type_of(e.value) != STR
                    and isinstance(current, ast.Name)):
                return [self.add_in_place(name, e.value)]
            return [P.assign(name, self.compound(op, current, target, e.value))]
        if op in _LOGICAL:
            first_obj, later_obj, key, computed = self.reusable_member(target)
            first_key, later_key = key if computed else (key, key)
            current = self.member_get(first_obj, first_key, computed)
            write = [P.expr_stmt(self.member_set(later_obj, later_key, computed, self.expr(e.value)))]
            if op == "??=":
                return [ast.If(test=P.is_none(current), body=write, orelse=[])]
            return [self.logical_if(op, current, write, target.span)]
        if isinstance(target, js.Member):
            return self.member_store(target, e.value, op)
        return [P.expr_stmt(self.x_Assign(e))]

    def add_in_place(self, name: str, value: Any) -> ast.stmt:
        """``x += v`` for operands of unknown types: ``x = x + v`` when both are strings (the form CPython
        appends to in place) or both numbers, else the ``+`` helper."""
        t = self.fresh()
        cls = lambda e: ast.Attribute(value=e, attr="__class__", ctx=ast.Load())  # noqa: E731
        same = ast.Compare(left=cls(P.walrus(t, self.expr(value))), ops=[ast.Is()], comparators=[cls(P.load(name))])
        kind = ast.BoolOp(op=ast.Or(), values=[P.compare(cls(P.load(name)), ast.Is(), P.load("Z_strt")),
                                               P.compare(cls(P.load(name)), ast.Is(), P.load("Z_float"))])
        test = ast.UnaryOp(op=ast.Not(), operand=ast.BoolOp(op=ast.And(), values=[same, kind]))
        fast = ast.BinOp(left=P.load(name), op=ast.Add(), right=P.load(t))
        return P.assign(name, P.if_exp(test, P.call("add", P.load(name), P.load(t)), fast))

    def member_store(self, target: js.Member, value_node: Any, op: str = "=") -> list[ast.stmt]:
        """``o.k = v`` / ``o[k] = v`` as statements: a plain dict store for plain objects (string keys),
        the ``set`` helpers otherwise. Object, key and value are evaluated once, in that order. A compound
        ``op`` (``+=``, ...) reads the current value between the key and the value, the same way."""
        obj, key, computed = self.member_ref(target)
        obj = self.hold(target.object, obj, target.prop if computed else None, value_node)
        if op != "=":
            return self.member_compound(obj, key, computed, op, value_node)
        value = self.expr(value_node)
        if computed and self.a.type_of(target.prop) == NUM:
            return [P.expr_stmt(P.call("setk", obj, key, value))]
        out: list[ast.stmt] = []

        def settle(node: ast.expr) -> ast.expr:
            if isinstance(node, (ast.Name, ast.Constant)):
                return node
            t = self.fresh()
            out.append(P.assign(t, node))
            return P.load(t)

        o = settle(obj)
        k = settle(key) if computed else P.const(key)
        v = settle(value)
        test: ast.expr = P.compare(ast.Attribute(value=o, attr="__class__", ctx=ast.Load()), ast.Is(), P.load("Z_O"))
        if computed:
            key_test = P.compare(ast.Attribute(value=_copy(k), attr="__class__", ctx=ast.Load()), ast.Is(),
                                 P.load("Z_strt"))
            test = ast.BoolOp(op=ast.And(), values=[test, key_test])
        store = ast.Assign(targets=[ast.Subscript(value=_copy(o), slice=_copy(k), ctx=ast.Store())], value=_copy(v))
        helper = P.call("setk" if computed else "set", _copy(o), _copy(k), _copy(v))
        out.append(ast.If(test=test, body=[store], orelse=[P.expr_stmt(helper)]))
        return out

    def member_compound(self, obj: ast.expr, key: Any, computed: bool, op: str, value_node: Any) -> list[ast.stmt]:
        """``o.k op= v`` as statements: object, key, current value (read inline for plain objects), value,
        then the store (a dict store for plain objects with string keys, the helper otherwise)."""
        out: list[ast.stmt] = []

        def settle(node: ast.expr) -> ast.expr:
            if isinstance(node, (ast.Name, ast.Constant)):
                return node
            t = self.fresh()
            out.append(P.assign(t, node))
            return P.load(t)

        o = settle(obj)
        k = settle(key) if computed else P.const(key)
        if computed:
            read = self.object_read(_copy(o), _copy(k), "getk")
        elif key == "length":
            read = P.call("len", _copy(o))
        else:
            read = self.object_read(_copy(o), P.const(key), "get")
        current = self.fresh()
        out.append(P.assign(current, read))
        new = self.binop(op[:-1], P.load(current), self.expr(value_node), None, self.a.type_of(value_node),
                         value_node)
        v = settle(new)
        test: ast.expr = P.compare(ast.Attribute(value=_copy(o), attr="__class__", ctx=ast.Load()), ast.Is(),
                                   P.load("Z_O"))
        if computed:
            key_test = P.compare(ast.Attribute(value=_copy(k), attr="__class__", ctx=ast.Load()), ast.Is(),
                                 P.load("Z_strt"))
            test = ast.BoolOp(op=ast.And(), values=[test, key_test])
        store = ast.Assign(targets=[ast.Subscript(value=_copy(o), slice=_copy(k), ctx=ast.Store())], value=_copy(v))
        helper = P.call("setk" if computed else "set", _copy(o), _copy(k), _copy(v))
        out.append(ast.If(test=test, body=[store], orelse=[P.expr_stmt(helper)]))
        return out

    def logical_if(self, op: str, current: ast.expr, write: list[ast.stmt], span: js.Span) -> ast.stmt:
        """``if`` form of ``&&=`` / ``||=`` with the target's boolean assertion."""
        context = f"'{op}' target"
        if op == "&&=":
            return self.checked_if(current, write, [], context, span)
        return self.checked_if(current, [ast.Pass()], write, context, span)

    # -- destructuring --------------------------------------------------------------------------------

    def source_of(self, e: Any) -> str:
        from .render import source

        return source(e)

    def destructure(self, pattern: Any, value: ast.expr, text: str) -> list[ast.expr]:
        """Effects assigning ``value`` (evaluated once) to ``pattern``; ``text`` names the value in
        ``Cannot destructure '<text>' as it is undefined``."""
        if isinstance(pattern, js.Identifier):
            self.note_assign(pattern)
            return [P.stamp(P.walrus(self.pyname(pattern), value), pattern.span)]
        if isinstance(pattern, js.Member):
            obj, key, computed = self.member_ref(pattern)
            return [P.stamp(self.member_set(obj, key, computed, value), pattern.span)]
        if isinstance(pattern, js.PatternDefault):
            t = self.fresh()
            fn = pattern.default
            if isinstance(fn, js.Function) and fn.is_arrow and not fn.name and isinstance(pattern.target, js.Identifier):
                fn.name = pattern.target.name  # NamedEvaluation: `{ f = () => 1 }` names the arrow "f"
            default = self.expr(pattern.default)
            chosen = P.if_exp(P.is_none(P.walrus(t, value), negate=True), P.load(t), default)
            return self.destructure(pattern.target, P.stamp(chosen, pattern.span), text)
        if isinstance(pattern, js.ArrayPattern):
            t = self.fresh()
            effects = [P.stamp(P.walrus(t, P.call("darr", value, P.const(text))), pattern.span)]
            for i, el in enumerate(pattern.elements):
                if el is None:
                    continue
                if isinstance(el, js.RestElement):
                    effects += self.destructure(el.target, P.stamp(P.call("arest", P.load(t), P.const(i)), el.span),
                                                f"{text}[{i}]")
                else:
                    item = P.stamp(P.call("at", P.load(t), P.const(i)), el.span)
                    effects += self.destructure(el, item, f"{text}[{i}]")
            return effects
        if isinstance(pattern, js.ObjectPattern):
            t = self.fresh()
            effects = [P.stamp(P.walrus(t, P.call("dobj", value, P.const(text))), pattern.span)]
            keys: list[ast.expr] = []
            for prop in pattern.properties:
                if isinstance(prop, js.RestElement):
                    rest = P.call("orest", P.load(t), ast.Tuple(elts=keys, ctx=ast.Load()))
                    effects += self.destructure(prop.target, P.stamp(rest, prop.span), text)
                    continue
                if prop.computed and not isinstance(prop.key, (str, js.StringLit, js.NumberLit)):
                    k = self.fresh()
                    key_value = P.walrus(k, P.call("key", self.expr(prop.key)))
                    item = P.call("getk", P.load(t), key_value)
                    keys.append(P.load(k))
                    label = f"{text}[...]"
                else:
                    key = self.pattern_key(prop.key)
                    item = self.member_get(P.load(t), key, False)
                    keys.append(P.const(key))
                    label = f"{text}.{key}"
                effects += self.destructure(prop.value, P.stamp(item, prop.span), label)
            return effects
        from .generator import CodegenError

        raise CodegenError(f"cannot destructure into {type(pattern).__name__} at {pattern.span}")

    def pattern_key(self, key: Any) -> str:
        if isinstance(key, str):
            return key
        if isinstance(key, js.StringLit):
            return key.value
        if isinstance(key, js.NumberLit):
            from .expressions import number_key

            return number_key(key.value)
        return getattr(key, "name", str(key))
