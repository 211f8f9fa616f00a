"""Lowering of JS expressions (SPEC §3.7, §3.10, §3.11, §8)."""

from __future__ import annotations

import ast
import math
from typing import Any

from ...vm.builtins import ARRAY_METHODS, NUMBER_METHODS, STRING_METHODS
from ...vm.namespace import global_member_name, global_name
from .. import jsast as js
from . import pyast as P
from .analysis import BOOL, NUM, STR, children
from .render import source

_LITERAL_GLOBALS = ("undefined", "NaN", "Infinity")
CALLBACK_ARITY = 4  # reduce's (accumulator, element, index, array)

_COMPARE = {"<": (ast.Lt, "lt"), "<=": (ast.LtE, "le"), ">": (ast.Gt, "gt"), ">=": (ast.GtE, "ge")}
_ARITH = {"+": (ast.Add, "add"), "-": (ast.Sub, "sub"), "*": (ast.Mult, "mul"), "/": (ast.Div, "div"),
          "%": (None, "mod"), "**": (None, "pow"), "&": (None, "band"), "|": (None, "bor"),
          "^": (None, "bxor"), "<<": (None, "shl"), ">>": (None, "sar"), ">>>": (None, "shr")}


def py_positions(span: js.Span) -> tuple[int, int, int, int]:
    """The ``co_positions()`` entry of an instruction stamped with ``span``."""
    line, col, end_line, end_col = span
    return (line, max(end_line, line), max(col - 1, 0), max(end_col - 1, 0))


def _cls(value: ast.expr) -> ast.expr:
    """``value.__class__`` (a fixed attribute of every Python object; never a JS name)."""
    return ast.Attribute(value=value, attr="__class__", ctx=ast.Load())


def _copy(value: ast.expr) -> ast.expr:
    if isinstance(value, ast.Name):
        return P.load(value.id)
    if isinstance(value, ast.Constant):
        return P.const(value.value)
    return value


def number_key(value: float) -> str:
    """The property key of a numeric literal key (``{1: x}`` -> ``"1"``)."""
    from ...vm.conversions import number_to_string

    return number_to_string(float(value))


class ExprMixin:
    """Expression lowering; every method returns a Python expression node."""

    a: Any
    chain: list[ast.expr] | None
    pre: list[ast.stmt]
    members: dict[str, tuple[str, str]]
    callees: dict[tuple[int, int, int, int], str]

    def expr(self, e: Any) -> ast.expr:
        if isinstance(e, (js.Member, js.Call)) and e.optional and self.chain is None:
            e = js.Chain(e, span=e.span)
        method = getattr(self, "x_" + type(e).__name__, None)
        if method is None:
            from .generator import CodegenError

            raise CodegenError(f"cannot compile {type(e).__name__} at {e.span}")
        return P.stamp(method(e), e.span)

    def cond(self, e: Any, context: str) -> ast.expr:
        """``e`` as a Python bool, with the run-time boolean assertion unless ``e`` is surely boolean."""
        if self.a.type_of(e) == BOOL:
            return self.expr(e)
        return P.stamp(P.call("bool", self.expr(e), P.const(context)), e.span)

    # -- literals and names ------------------------------------------------------------------------

    def x_Identifier(self, e: js.Identifier) -> ast.expr:
        if e.binding >= 0:
            return P.load(self.pyname(e))
        if e.name == "undefined":
            return P.const(None)
        if e.name == "NaN":
            return P.const(math.nan)
        if e.name == "Infinity":
            return P.const(math.inf)
        return P.load(global_name(e.name))

    def x_NumberLit(self, e: js.NumberLit) -> ast.expr:
        return P.const(float(e.value))

    def x_StringLit(self, e: js.StringLit) -> ast.expr:
        return P.const(e.value)

    def x_BoolLit(self, e: js.BoolLit) -> ast.expr:
        return P.const(bool(e.value))

    def x_TemplateLit(self, e: js.TemplateLit) -> ast.expr:
        if not e.exprs:
            return P.const(e.quasis[0])
        values: list[ast.expr] = []
        for i, quasi in enumerate(e.quasis):
            if quasi:
                values.append(P.const(quasi))
            if i < len(e.exprs):
                sub = e.exprs[i]
                v = self.expr(sub)
                if self.a.type_of(sub) != STR:
                    v = P.stamp(P.call("str", v), sub.span)
                values.append(P.stamp(ast.FormattedValue(value=v, conversion=-1, format_spec=None), sub.span))
        return ast.JoinedStr(values=values)

    def x_ArrayLit(self, e: js.ArrayLit) -> ast.expr:
        items = [self.element(el) for el in e.elements]
        if not items:
            return P.call("A")
        return P.call("A", ast.Tuple(elts=items, ctx=ast.Load()))

    def element(self, el: Any) -> ast.expr:
        """An item of an array literal or argument list (holes are undefined, spreads unpack)."""
        if isinstance(el, js.Hole):
            return P.const(None)
        if isinstance(el, js.Spread):
            value = P.call("spread", self.expr(el.argument), P.const(source(el.argument)))
            return P.stamp(ast.Starred(value=P.stamp(value, el.argument.span), ctx=ast.Load()), el.span)
        return self.expr(el)

    def x_ObjectLit(self, e: js.ObjectLit) -> ast.expr:
        keys: list[ast.expr | None] = []
        values: list[ast.expr] = []
        for prop in e.properties:
            if isinstance(prop, js.Spread):
                keys.append(None)
                values.append(P.stamp(P.call("ospread", self.expr(prop.argument)), prop.span))
            elif isinstance(prop.value, js.Function) and not prop.value.name and (prop.value.is_arrow or
                                                                               prop.value.is_method):
                keys.append(self.property_key(prop.key, prop.computed))
                if isinstance(keys[-1], ast.Constant):  # NamedEvaluation: the function takes the key as name
                    prop.value.name = keys[-1].value
                    values.append(self.expr(prop.value))
                else:
                    k = self.fresh()
                    keys[-1] = P.walrus(k, keys[-1])
                    values.append(P.call("named", self.expr(prop.value), P.load(k)))
            else:
                keys.append(self.property_key(prop.key, prop.computed))
                values.append(self.expr(prop.value))
        if not keys:
            return P.call("O")
        return P.call("O", ast.Dict(keys=keys, values=values))

    def property_key(self, key: Any, computed: bool) -> ast.expr:
        if isinstance(key, str):
            return P.const(key)
        if isinstance(key, js.StringLit):
            return P.const(key.value)
        if isinstance(key, js.NumberLit):
            return P.const(number_key(key.value))
        if isinstance(key, js.Identifier) and not computed:
            return P.const(key.name)
        return P.stamp(P.call("key", self.expr(key)), key.span)

    # -- member access and calls ------------------------------------------------------------------

    def static_key(self, m: js.Member) -> str | None:
        """The key of ``o.k`` or ``o["k"]``, or None for a computed key."""
        if not m.computed:
            return m.prop if isinstance(m.prop, str) else getattr(m.prop, "name", None)
        if isinstance(m.prop, js.StringLit):
            return m.prop.value
        return None

    def global_member(self, m: js.Member) -> str | None:
        """``Math.floor`` and the like: a member of a global, resolved once when the module loads."""
        obj = m.object
        key = self.static_key(m)
        if (m.optional or key is None or not isinstance(obj, js.Identifier) or obj.binding >= 0
                or obj.name in _LITERAL_GLOBALS):
            return None
        name = global_member_name(obj.name, key)
        self.members[name] = (obj.name, key)
        return name

    def chain_base(self, obj: Any, optional: bool) -> ast.expr:
        """The object of a member or callee; an optional link adds a short-circuit guard to the chain."""
        value = self.expr(obj)
        if not optional:
            return value
        assert self.chain is not None
        t = self.fresh()
        self.chain.append(P.stamp(P.walrus(t, value), obj.span))
        return P.load(t)

    def x_Chain(self, e: js.Chain) -> ast.expr:
        saved = self.chain
        self.chain = []
        try:
            result = self.expr(e.expression)
            guards = self.chain
        finally:
            self.chain = saved
        for guard in reversed(guards):
            result = P.stamp(P.if_exp(P.is_none(guard), P.const(None), result), e.span)
        return result

    def x_Member(self, e: js.Member) -> ast.expr:
        name = self.global_member(e)
        if name is not None:
            return P.load(name)
        obj = self.chain_base(e.object, e.optional)
        key = self.static_key(e)
        if key == "length":
            return P.call("len", obj)
        if key is not None:
            return self.object_read(obj, P.const(key), "get")
        obj = self.hold(e.object, obj, e.prop)
        if self.a.type_of(e.prop) == NUM:
            return P.call("index", obj, self.expr(e.prop))
        return self.object_read(obj, self.expr(e.prop), "getk")

    def object_read(self, obj: ast.expr, key: ast.expr, helper: str) -> ast.expr:
        """``obj.get(key) if obj is a plain object (and key a string) else Z_<helper>(obj, key)``, each
        operand evaluated once and in order."""
        simple_obj = isinstance(obj, (ast.Name, ast.Constant))
        simple_key = isinstance(key, (ast.Name, ast.Constant))
        if (not simple_obj and not simple_key) or (isinstance(key, ast.Constant) and type(key.value) is not str):
            return P.call(helper, obj, key)
        o_first, o_later = self.reuse(obj)
        k_first, k_later = self.reuse(key)
        test: ast.expr = P.compare(_cls(o_first), ast.Is(), P.load("Z_O"))
        if not isinstance(key, ast.Constant):
            key_test = P.compare(_cls(k_first), ast.Is(), P.load("Z_strt"))
            test = ast.BoolOp(op=ast.And(), values=[test, key_test] if simple_key else [key_test, test])
        fast = ast.Call(func=ast.Attribute(value=o_later, attr="get", ctx=ast.Load()), args=[k_later], keywords=[])
        return P.if_exp(test, fast, P.call(helper, _copy(o_later), _copy(k_later)))

    def x_Call(self, e: js.Call) -> ast.expr:
        callee = e.callee
        out: ast.expr
        if isinstance(callee, js.Member) and not e.optional:
            name = self.global_member(callee)
            if name is not None:
                out = ast.Call(func=P.load(name), args=self.arguments(e.args), keywords=[])
            else:
                obj = self.chain_base(callee.object, callee.optional)
                key = self.static_key(callee)
                if key == "push" and len(e.args) == 1 and not isinstance(e.args[0], js.Spread):
                    out = P.call("push", obj, self.expr(e.args[0]))
                elif key is not None and self.a.type_of(callee.object) in (STR, NUM) and (
                        key in (STRING_METHODS if self.a.type_of(callee.object) == STR else NUMBER_METHODS)):
                    prefix = "sm_" if self.a.type_of(callee.object) == STR else "nm_"
                    out = P.call(prefix + key, obj, *self.arguments(e.args))
                elif key is not None and self.inline_method_call(callee.object, e.args):
                    out = self.plain_object_call(obj, key, self.arguments(e.args))
                elif key is not None:
                    out = P.call("callm", obj, P.const(key), *self.arguments(e.args))
                else:
                    out = P.call("callk", obj, self.expr(callee.prop), *self.arguments(e.args))
        else:
            func = self.chain_base(callee, e.optional)
            out = ast.Call(func=func, args=self.arguments(e.args), keywords=[])
        self.callees[py_positions(e.span)] = source(callee)
        return out

    def inline_method_call(self, receiver: Any, args: list[Any]) -> bool:
        """Whether ``o.m(args)`` gets an inline path for plain-object receivers: not for receivers that
        are surely primitives, nor when an argument holds another method call (each inline call carries
        its arguments' code twice)."""
        if self.a.type_of(receiver) is not None:
            return False
        stack = list(args)
        while stack:
            node = stack.pop()
            if isinstance(node, js.Call) and isinstance(node.callee, js.Member):
                return False
            if not isinstance(node, js.Function):
                stack.extend(children(node))
        return True

    def plain_object_call(self, obj: ast.expr, key: str, args: list[ast.expr]) -> ast.expr:
        """``o.m(args)`` on a receiver of unknown type, dispatched inline on its class: a string or array
        method (when ``m`` names one) is called directly, a plain object's (frozen or not) function is
        called from the dict (no helper frame, so a method recursing through its object costs one frame
        per call); anything else goes through the ``callm`` helper."""
        first, later = self.reuse(obj)
        c = self.fresh("c")
        tests: list[tuple[ast.expr, ast.expr]] = []
        if key in STRING_METHODS:
            tests.append((P.compare(P.load(c), ast.Is(), P.load("Z_strt")), P.call("sm_" + key, _copy(later), *args)))
        method = ast.Call(func=ast.Attribute(value=_copy(later), attr="get", ctx=ast.Load()), args=[P.const(key)],
                          keywords=[])
        tests.append((P.compare(P.load(c), ast.In(), P.load("Z_OBJECTS")), ast.Call(func=method, args=args, keywords=[])))
        if key in ARRAY_METHODS:
            tests.append((P.compare(P.load(c), ast.Is(), P.load("Z_A")), P.call("am_" + key, _copy(later), *args)))
        result: ast.expr = P.call("callm", _copy(later), P.const(key), *args)
        for test, call in reversed(tests):
            result = P.if_exp(test, call, result)
        # the first test assigns the receiver's class (and the receiver, when it needed a temporary)
        head = result.test
        assert isinstance(head, ast.Compare)
        head.left = P.walrus(c, _cls(first))
        return result

    def arguments(self, args: list[Any]) -> list[ast.expr]:
        return [self.callback(arg) if isinstance(arg, js.Function) else self.element(arg) for arg in args]

    def callback(self, e: js.Function) -> ast.expr:
        """An arrow passed as an argument: built-ins call callbacks with up to four arguments."""
        name = self.fresh("f")
        self.pre.append(self.function_def(e, name, positional=CALLBACK_ARITY))
        return P.stamp(P.load(name), e.span)

    def x_Pipe(self, e: js.Pipe) -> ast.expr:
        value = self.expr(e.value)
        func = self.expr(e.func)
        self.callees[py_positions(e.span)] = source(e.func)
        if isinstance(e.func, js.Function) or (isinstance(e.func, js.Identifier)
                                               and not (e.func.binding >= 0 and self.a.may_rebind(e.func.binding, e.value))):
            return ast.Call(func=func, args=[value], keywords=[])
        t = self.fresh()
        pair = ast.Tuple(elts=[P.walrus(t, value), func], ctx=ast.Load())
        return ast.Call(func=ast.Subscript(value=pair, slice=P.const(1), ctx=ast.Load()), args=[P.load(t)],
                        keywords=[])

    # -- operators ----------------------------------------------------------------------------------

    def x_Unary(self, e: js.Unary) -> ast.expr:
        op, operand = e.op, e.operand
        if op == "typeof":
            if isinstance(operand, js.Identifier) and operand.binding < 0 and operand.name not in _LITERAL_GLOBALS:
                return P.call("typeofg", P.const(operand.name))
            return P.call("typeof", self.expr(operand))
        if op == "!":
            if self.a.type_of(operand) == BOOL:
                return ast.UnaryOp(op=ast.Not(), operand=self.expr(operand))
            return P.call("not", self.expr(operand))
        if op == "-":
            if isinstance(operand, js.NumberLit):
                return P.const(-float(operand.value))
            if self.a.type_of(operand) == NUM:
                return ast.UnaryOp(op=ast.USub(), operand=self.expr(operand))
            return P.call("neg", self.expr(operand))
        if op == "+":
            if self.a.type_of(operand) == NUM:
                return self.expr(operand)
            return P.call("pos", self.expr(operand))
        if op == "~":
            return P.call("bitnot", self.expr(operand))
        from .generator import CodegenError

        raise CodegenError(f"unknown unary operator {op!r}")

    def x_Binary(self, e: js.Binary) -> ast.expr:
        op = e.op
        if op in ("===", "!=="):
            return self.strict_equality(e.left, e.right, op == "!==")
        if op == "in":
            return P.call("in", self.expr(e.left), self.expr(e.right))
        left = self.hold(e.left, self.expr(e.left), e.right)
        return self.binop(op, left, self.expr(e.right), self.a.type_of(e.left), self.a.type_of(e.right), e.right)

    def hold(self, node: Any, value: ast.expr, *later: Any) -> ast.expr:
        """``value``, the code reading ``node``, kept in a temporary when the fast paths would read the
        binding again after evaluating ``later`` and ``later`` may assign it (``x + f()`` where ``f``
        assigns ``x``: JS uses the value read first)."""
        if (isinstance(value, ast.Name) and isinstance(node, js.Identifier) and node.binding >= 0
                and any(n is not None and self.a.may_rebind(node.binding, n) for n in later)):
            return P.walrus(self.fresh(), value)
        return value

    def binop(self, op: str, left: ast.expr, right: ast.expr, lt: str | None, rt: str | None,
              right_node: Any = None) -> ast.expr:
        """``left op right`` for an arithmetic, bitwise or relational operator: a plain Python operator
        where the operand types are proven, else a type-checked fast path with the helper as fallback."""
        if op in _COMPARE:
            cmp, name = _COMPARE[op]
            if lt == rt and lt in (NUM, STR):
                return P.compare(left, cmp(), right)
            return self.speculate(left, right, lt, rt, lambda a, b: P.compare(a, cmp(), b), name)
        pyop, name = _ARITH[op]
        numbers = lt == NUM and rt == NUM
        if op == "+" and (lt == STR or rt == STR):
            a = left if lt == STR else P.call("str", left)
            b = right if rt == STR else P.call("str", right)
            return ast.BinOp(left=a, op=ast.Add(), right=b)
        if op == "%" and isinstance(right_node, js.NumberLit) and 0 < right_node.value < math.inf:
            return self.positive_modulo(left, right, lt)
        if pyop is None:
            return P.call(name, left, right)
        if op == "/":
            if numbers and isinstance(right_node, js.NumberLit) and right_node.value != 0:
                return ast.BinOp(left=left, op=ast.Div(), right=right)
            literal = isinstance(right_node, js.NumberLit) and right_node.value != 0
            return self.speculate(left, right, lt, rt, lambda a, b: ast.BinOp(left=a, op=ast.Div(), right=b),
                                  name, nonzero_right=not literal)
        if numbers:
            return ast.BinOp(left=left, op=pyop(), right=right)
        return self.speculate(left, right, lt, rt, lambda a, b: ast.BinOp(left=a, op=pyop(), right=b), name)

    def positive_modulo(self, left: ast.expr, right: ast.expr, lt: str | None) -> ast.expr:
        """``a % d`` for a positive literal ``d``: Python's float ``%`` agrees with JS when ``a > 0`` (the
        result keeps the dividend's sign, and ``Infinity % d`` is NaN in both); other values use the helper."""
        first, later = self.reuse(left)
        if lt == NUM:
            test: ast.expr = P.compare(first, ast.Gt(), P.const(0.0))
        else:
            test = ast.BoolOp(op=ast.And(), values=[P.compare(_cls(first), ast.Is(), P.load("Z_float")),
                                                    P.compare(_copy(later), ast.Gt(), P.const(0.0))])
        fast = ast.BinOp(left=_copy(later), op=ast.Mod(), right=right)
        return P.if_exp(test, fast, P.call("mod", _copy(later), P.const(right.value)))

    def reuse(self, value: ast.expr) -> tuple[ast.expr, ast.expr]:
        """(first use, later use) of a value evaluated once: names and constants are repeated, anything
        else is captured by a walrus in its first use."""
        if isinstance(value, ast.Name):
            return value, P.load(value.id)
        if isinstance(value, ast.Constant):
            return value, P.const(value.value)
        t = self.fresh()
        return P.walrus(t, value), P.load(t)

    def speculate(self, left: ast.expr, right: ast.expr, lt: str | None, rt: str | None, fast: Any, helper: str,
                  nonzero_right: bool = False) -> ast.expr:
        """``fast(l, r) if both are floats else Z_<helper>(l, r)`` with each operand evaluated once."""
        l_first, l_later = self.reuse(left)
        r_first, r_later = self.reuse(right)
        l_check = lt != NUM or not isinstance(left, (ast.Name, ast.Constant))
        r_check = rt != NUM or not isinstance(right, (ast.Name, ast.Constant))
        float_type = P.load("Z_float")
        if l_check and r_check:
            test: ast.expr = ast.Compare(left=_cls(l_first), ops=[ast.Is(), ast.Is()],
                                         comparators=[_cls(r_first), float_type])
        elif l_check:
            test = P.compare(_cls(l_first), ast.Is(), float_type)
        else:
            test = P.compare(_cls(r_first), ast.Is(), float_type)
        a2, b2 = _copy(l_later), _copy(r_later)
        if nonzero_right:
            test = ast.BoolOp(op=ast.And(), values=[test, _copy(r_later)])
        return P.if_exp(test, fast(l_later, r_later), P.call(helper, a2, b2))

    def strict_equality(self, left: Any, right: Any, negate: bool) -> ast.expr:
        for value, literal in ((left, right), (right, left)):
            if isinstance(literal, js.Identifier) and literal.binding < 0 and literal.name == "undefined":
                return P.is_none(self.expr(value), negate)
            if isinstance(literal, js.BoolLit):
                return P.is_const(self.expr(value), bool(literal.value), negate)
            if isinstance(literal, js.StringLit):
                cmp = ast.NotEq() if negate else ast.Eq()
                if value is left:
                    return P.compare(self.expr(left), cmp, P.const(literal.value))
                return P.compare(P.const(literal.value), cmp, self.expr(right))
        lt, rt = self.a.type_of(left), self.a.type_of(right)
        if lt == rt and lt in (NUM, STR, BOOL):
            return P.compare(self.expr(left), ast.NotEq() if negate else ast.Eq(), self.expr(right))
        return P.call("sne" if negate else "seq", self.expr(left), self.expr(right))

    def x_Logical(self, e: js.Logical) -> ast.expr:
        if e.op == "??":
            return self.nullish(self.expr(e.left), lambda: self.expr(e.right))
        context = f"'{e.op}' operand"
        op = ast.And() if e.op == "&&" else ast.Or()
        return ast.BoolOp(op=op, values=[self.cond(e.left, context), self.cond(e.right, context)])

    def nullish(self, left: ast.expr, right: Any) -> ast.expr:
        """``left ?? right()`` (``right`` builds the fallback, evaluated only when needed)."""
        if isinstance(left, ast.Name):
            return P.if_exp(P.is_none(left, negate=True), P.load(left.id), right())
        t = self.fresh()
        return P.if_exp(P.is_none(P.walrus(t, left), negate=True), P.load(t), right())

    def x_Conditional(self, e: js.Conditional) -> ast.expr:
        return P.if_exp(self.cond(e.test, "'?:' condition"), self.expr(e.consequent), self.expr(e.alternate))

    # -- functions ----------------------------------------------------------------------------------

    def x_Function(self, e: js.Function) -> ast.expr:
        name = self.fresh("f")
        self.pre.append(self.function_def(e, name))
        return P.load(name)

    # -- match (SPEC §3.11) -----------------------------------------------------------------------

    def x_Match(self, e: js.Match) -> ast.expr:
        t = self.fresh()
        result: ast.expr = P.const(None)
        for arm in reversed(e.arms):
            body = self.expr(arm.body)
            if arm.pattern is None or isinstance(arm.pattern, js.WildcardPattern):
                result = body
            else:
                test = P.stamp(self.pattern_test(arm.pattern, P.load(t)), arm.pattern.span)
                result = P.stamp(P.if_exp(test, body, result), arm.span)
        pair = ast.Tuple(elts=[P.walrus(t, self.expr(e.discriminant)), result], ctx=ast.Load())
        return ast.Subscript(value=pair, slice=P.const(1), ctx=ast.Load())

    def pattern_test(self, p: Any, value: ast.expr) -> ast.expr:
        """A Python test of whether ``value`` (evaluated once) matches match pattern ``p``."""
        if isinstance(p, js.WildcardPattern):
            return P.const(True)
        if isinstance(p, js.LiteralPattern):
            v = p.value
            if v is None:
                return P.is_none(value)
            if isinstance(v, bool):
                return P.is_const(value, v)
            if isinstance(v, str):
                return P.compare(value, ast.Eq(), P.const(v))
            return P.call("seq", value, P.const(float(v)))
        t = self.fresh()
        if isinstance(p, js.ObjectMatchPattern):
            tests: list[ast.expr] = [P.call("isobj", P.walrus(t, value))]
            for key, sub in zip(p.keys, p.patterns, strict=False):
                if isinstance(sub, js.WildcardPattern):
                    continue
                getter = P.call("len", P.load(t)) if key == "length" else P.call("get", P.load(t), P.const(key))
                tests.append(P.stamp(self.pattern_test(sub, getter), sub.span))
        else:
            tests = [P.call("isarr", P.walrus(t, value), P.const(len(p.elements)))]
            for i, sub in enumerate(p.elements):
                if isinstance(sub, js.WildcardPattern):
                    continue
                item = ast.Subscript(value=P.load(t), slice=P.const(i), ctx=ast.Load())
                tests.append(P.stamp(self.pattern_test(sub, item), sub.span))
        return tests[0] if len(tests) == 1 else ast.BoolOp(op=ast.And(), values=tests)

    # -- JSX (SPEC §8): elements are built by the runtime's ``Z_jsx`` --------------------------------

    def x_JSXElement(self, e: js.JSXElement) -> ast.expr:
        tag = P.const(e.tag) if isinstance(e.tag, str) else self.expr(e.tag)
        keys: list[ast.expr | None] = []
        values: list[ast.expr] = []
        for attr in e.attrs:
            if isinstance(attr, js.JSXSpreadAttr):
                keys.append(None)
                values.append(P.stamp(P.call("ospread", self.expr(attr.argument)), attr.span))
            else:
                keys.append(P.const(attr.name))
                values.append(P.const(True) if attr.value is None else self.expr(attr.value))
        props = P.call("O", ast.Dict(keys=keys, values=values)) if keys else P.call("O")
        if e.is_component:  # the runtime names a tag that is not a function by its source (vm/jsx.py)
            self.callees[py_positions(e.span)] = source(e.tag)
        return P.call("jsx", tag, props, self.jsx_children(e.children), P.const(bool(e.is_component)))

    def x_JSXFragment(self, e: js.JSXFragment) -> ast.expr:
        return P.call("jsx", P.const(None), P.call("O"), self.jsx_children(e.children), P.const(False))

    def jsx_children(self, children: list[Any]) -> ast.expr:
        items: list[ast.expr] = []
        for child in children:
            if isinstance(child, js.JSXText):
                items.append(P.const(child.value))
            elif isinstance(child, js.JSXExprContainer):
                items.append(self.expr(child.expression))
            elif isinstance(child, js.JSXSpreadChild):
                value = P.call("spread", self.expr(child.expression), P.const(source(child.expression)))
                items.append(P.stamp(ast.Starred(value=P.stamp(value, child.expression.span), ctx=ast.Load()),
                                     child.span))
            else:
                items.append(self.expr(child))
        if not items:
            return P.call("A")
        return P.call("A", ast.Tuple(elts=items, ctx=ast.Load()))
