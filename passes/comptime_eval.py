"""The evaluating half of comptime (SPEC §7.3): a small tree interpreter over the runtime's own helpers.

Operators, conversions, property reads, method tables, JSON and Math are vm/'s (vm/ops.py,
vm/builtins.py), so a folded value is exactly what the same expression gives at run time. Arrow functions
passed to methods become Python callables that the runtime's methods call like compiled functions.

Steps: every evaluated node and statement is one step, and a built-in result counts one step per string
unit or array element it holds (checked before a call that would build a large string or array), so the
limit of 10,000,000 (SPEC §7.4) also bounds memory.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..vm import ops
from ..vm.conversions import is_callable, to_integer_or_infinity, to_number, to_string
from ..vm.errors import type_error
from ..vm.ranges import Range
from ..vm.values import JSArray, JSError, JSObject
from . import jsast as A
from .codegen.expressions import number_key
from .codegen.render import source
from .comptime_check import Checker, Problem, _call_problem, _name_problem, global_object, static_key
from .comptime_env import FAILED, Fold, ModuleEnv, Poisoned, children, is_comptime_call
from .comptime_rules import (
    GLOBAL_FUNCTIONS,
    LITERAL_NAMES,
    NAMESPACES,
    RESULT_LIMIT,
    STEP_LIMIT,
    method_table,
    namespace_member,
)
from .comptime_values import listing_text, nesting_depth, size_in_bytes, unsupported_part
from .diagnostics import error
from .parser_base import MAX_NESTING

_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": ops.js_add, "-": ops.js_sub, "*": ops.js_mul, "/": ops.js_div, "%": ops.js_mod, "**": ops.js_pow,
    "<<": ops.js_shl, ">>": ops.js_sar, ">>>": ops.js_shr, "&": ops.js_band, "|": ops.js_bor,
    "^": ops.js_bxor, "<": ops.js_lt, "<=": ops.js_le, ">": ops.js_gt, ">=": ops.js_ge,
    "===": ops.js_seq, "!==": ops.js_sne, "in": ops.js_in,
}
_UNARY: dict[str, Callable[[Any], Any]] = {"!": ops.js_not, "-": ops.js_neg, "+": ops.js_pos, "~": ops.js_bitnot,
                                           "typeof": ops.js_typeof}


class _Control(Exception):
    """Non-JS outcomes that end an evaluation."""


class StepLimit(_Control):
    pass


class Rejected(_Control):
    """Something only found to be disallowed once values are known (a mutating method on an array)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _ShortCircuit(_Control):
    """An optional link met undefined: the enclosing chain is undefined."""


def _located(err: JSError, span: A.Span) -> JSError:
    if getattr(err, "comptime_span", None) is None:
        err.comptime_span = span  # type: ignore[attr-defined]
    return err


class Evaluator:
    """Evaluates one comptime argument (or const initialiser) with its own step budget."""

    def __init__(self, env: ModuleEnv, limit: int = STEP_LIMIT) -> None:
        self.env = env
        self.limit = limit
        self.steps = 0
        self.locals: dict[int, Any] = {}

    def tick(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > self.limit:
            raise StepLimit()

    # -- expressions -----------------------------------------------------------------------------------

    def eval(self, e: Any) -> Any:
        self.steps += 1
        if self.steps > self.limit:
            raise StepLimit()
        try:
            return _DISPATCH[type(e)](self, e)
        except JSError as err:
            raise _located(err, e.span) from None
        except RecursionError:
            raise _located(JSError("RangeError", "Maximum call stack size exceeded"), e.span) from None

    def x_NumberLit(self, e: A.NumberLit) -> float:
        return float(e.value)

    def x_StringLit(self, e: A.StringLit) -> str:
        return e.value

    def x_BoolLit(self, e: A.BoolLit) -> bool:
        return bool(e.value)

    def x_Hole(self, e: A.Hole) -> None:
        return None

    def x_Identifier(self, e: A.Identifier) -> Any:
        if e.binding >= 0:
            if e.binding in self.locals:
                return self.locals[e.binding]
            return self.env.binding_value(e.binding, self)
        if e.name in LITERAL_NAMES:
            return LITERAL_NAMES[e.name]
        if e.name == "__VERSION__":
            return self.env.version
        if e.name in GLOBAL_FUNCTIONS:
            return GLOBAL_FUNCTIONS[e.name]
        raise Rejected(_name_problem(e.name, e.span))

    def x_TemplateLit(self, e: A.TemplateLit) -> str:
        parts = [e.quasis[0]]
        for expr, quasi in zip(e.exprs, e.quasis[1:], strict=False):
            parts.append(ops.js_str(self.eval(expr)))
            parts.append(quasi)
        out = "".join(parts)
        self.tick(len(out))
        return out

    def x_ArrayLit(self, e: A.ArrayLit) -> JSArray:
        out = JSArray()
        for el in e.elements:
            if isinstance(el, A.Spread):
                out.extend(self.spread(el))
            else:
                out.append(self.eval(el))
        self.tick(len(out))
        return out

    def spread(self, el: A.Spread) -> Any:
        value = self.eval(el.argument)
        if type(value) is Range:
            self.tick(value.js_len())
        try:
            return ops.js_spread(value, source(el.argument))
        except JSError as err:
            raise _located(err, el.argument.span) from None

    def x_ObjectLit(self, e: A.ObjectLit) -> JSObject:
        out = JSObject()
        for prop in e.properties:
            if isinstance(prop, A.Spread):
                out.update(ops.js_ospread(self.eval(prop.argument)))
                continue
            key = prop.key
            if isinstance(key, str):
                name = key
            elif isinstance(key, A.StringLit):
                name = key.value
            elif isinstance(key, A.NumberLit):
                name = number_key(key.value)
            elif isinstance(key, A.Identifier) and not prop.computed:
                name = key.name
            else:
                name = ops.js_key(self.eval(key))
            out[name] = self.eval(prop.value)
        self.tick(len(out))
        return out

    def x_Member(self, e: A.Member) -> Any:
        base = global_object(e.object)
        key = static_key(e)
        if base == "Env":
            name = key if key is not None else ops.js_key(self.eval(e.prop))
            return self.env.defines.get(name)
        if base in NAMESPACES:
            name = key if key is not None else ops.js_key(self.eval(e.prop))
            allowed, value = namespace_member(base, name)
            if not allowed:
                raise Rejected(_name_problem(f"{base}.{name}", e.span))
            return value
        obj = self.eval(e.object)
        if e.optional and obj is None:
            raise _ShortCircuit()
        if key is None:
            k = self.eval(e.prop)
            key = k if type(k) is str else ops.js_key(k)
        value = ops.js_get(obj, key)
        if callable(value):
            table, allowed = method_table(obj)
            if table is not None and key not in allowed:
                raise Rejected(_call_problem(source(e), e.span))
        return value

    def x_Chain(self, e: A.Chain) -> Any:
        try:
            return self.eval(e.expression)
        except _ShortCircuit:
            return None

    def x_Unary(self, e: A.Unary) -> Any:
        if e.op == "typeof" and isinstance(e.operand, A.Identifier) and e.operand.binding < 0:
            name = e.operand.name
            if name in LITERAL_NAMES:
                return ops.js_typeof(LITERAL_NAMES[name])
            if name == "__VERSION__":
                return "string"
            if name in GLOBAL_FUNCTIONS:
                return "function"
            if name == "Env":
                return "object"
            return ops.js_typeof_global(name)
        return _UNARY[e.op](self.eval(e.operand))

    def x_Binary(self, e: A.Binary) -> Any:
        left = self.eval(e.left)
        right = self.eval(e.right)
        result = _BINARY[e.op](left, right)
        if type(result) is str:
            self.tick(len(result))
        return result

    def x_Logical(self, e: A.Logical) -> Any:
        if e.op == "??":
            left = self.eval(e.left)
            return left if left is not None else self.eval(e.right)
        context = f"'{e.op}' operand"
        left = self.condition(e.left, context)
        if (e.op == "&&") != left:
            return left
        return self.condition(e.right, context)

    def condition(self, e: Any, context: str) -> bool:
        value = self.eval(e)
        try:
            return ops.js_bool(value, context)
        except JSError as err:
            raise _located(err, e.span) from None

    def x_Conditional(self, e: A.Conditional) -> Any:
        if self.condition(e.test, "'?:' condition"):
            return self.eval(e.consequent)
        return self.eval(e.alternate)

    def x_Pipe(self, e: A.Pipe) -> Any:
        value = self.eval(e.value)
        func = self.eval(e.func)
        if not is_callable(func):
            type_error(f"{source(e.func)} is not a function")
        return self.invoke(func, (value,))

    def x_Match(self, e: A.Match) -> Any:
        value = self.eval(e.discriminant)
        for arm in e.arms:
            if arm.pattern is None or self.matches(arm.pattern, value):
                return self.eval(arm.body)
        return None

    def matches(self, p: Any, value: Any) -> bool:
        self.tick()
        if isinstance(p, A.WildcardPattern):
            return True
        if isinstance(p, A.LiteralPattern):
            v = p.value
            if v is None or isinstance(v, bool):
                return value is v
            if isinstance(v, str):
                return type(value) is str and value == v
            return ops.js_seq(value, float(v))
        if isinstance(p, A.ObjectMatchPattern):
            if not ops.js_isobj(value):
                return False
            for key, sub in zip(p.keys, p.patterns, strict=False):
                if isinstance(sub, A.WildcardPattern):
                    continue
                item = ops.js_length(value) if key == "length" else ops.js_get(value, key)
                if not self.matches(sub, item):
                    return False
            return True
        if not ops.js_isarr(value, len(p.elements)):
            return False
        return all(self.matches(sub, value[i]) for i, sub in enumerate(p.elements))

    def x_Function(self, e: A.Function) -> Callable[..., Any]:
        evaluator = self

        def arrow(*args: Any) -> Any:
            return evaluator.call_arrow(e, args)

        arrow.__name__ = e.name
        return arrow

    # -- calls -----------------------------------------------------------------------------------------

    def x_Call(self, e: A.Call) -> Any:
        if is_comptime_call(e):
            if id(e) in self.env.toplevel:
                fold = fold_call(self.env, e)
                if fold.value is FAILED:
                    raise Poisoned()
                return fold.value
            return self.eval(e.args[0])
        callee = e.callee
        name = global_object(callee)
        if name is not None:
            args = self.arguments(e.args)
            return self.invoke(GLOBAL_FUNCTIONS[name], args)
        assert isinstance(callee, A.Member), "the checker rejects other callees"
        base = global_object(callee.object)
        if base in NAMESPACES:
            key = static_key(callee)
            if key is None:
                key = ops.js_key(self.eval(callee.prop))
            allowed, fn = namespace_member(base, key)
            if not allowed:
                raise Rejected(_call_problem(f"{base}.{key}", callee.span))
            args = self.arguments(e.args)
            if not is_callable(fn):
                type_error(f"{source(callee)} is not a function")
            if base == "Array" and key == "from" and args and isinstance(args[0], dict):
                n = to_number(args[0].get("length"))  # an array-like {length: n} builds n elements
                if n == n and n > 0:
                    self.tick(int(min(n, 2**32)))
            return self.invoke(fn, args)
        receiver = self.eval(callee.object)
        if callee.optional and receiver is None:
            raise _ShortCircuit()
        key = static_key(callee)
        if key is None:
            k = self.eval(callee.prop)
            key = k if type(k) is str else ops.js_key(k)
        args = self.arguments(e.args)
        if receiver is None:
            type_error(f"Cannot read properties of undefined (reading '{key}')")
        table, allowed = method_table(receiver)
        method = table.get(key) if table is not None else None
        if method is None:
            if e.optional and ops.js_get(receiver, key) is None:
                raise _ShortCircuit()
            type_error(f"{source(callee)} is not a function")
        if key not in allowed:
            raise Rejected(_call_problem(source(callee), callee.span))
        self.precharge(receiver, key, args)
        return self.invoke(method, (receiver, *args))

    def arguments(self, args: list[Any]) -> list[Any]:
        out: list[Any] = []
        for arg in args:
            if isinstance(arg, A.Spread):
                out.extend(self.spread(arg))
            else:
                out.append(self.eval(arg))
        return out

    def precharge(self, receiver: Any, key: str, args: list[Any]) -> None:
        """Count the size of a string or array a method is about to build, before it is built."""
        first = args[0] if args else None
        if type(receiver) is str:
            if key == "repeat":
                n = to_integer_or_infinity(to_number(first))
                if 0 <= n < math.inf:
                    self.tick(int(n) * len(receiver))
            elif key in ("padStart", "padEnd"):
                n = to_integer_or_infinity(to_number(first))
                if len(receiver) < n < math.inf:
                    self.tick(int(n))
            elif key in ("replace", "replaceAll") and len(args) > 1 and type(args[1]) is str:
                self.tick((len(receiver) + 1) * len(args[1]))
        elif isinstance(receiver, list) and key == "join":
            sep = "," if first is None else to_string(first)
            self.tick(len(receiver) * len(sep))

    def invoke(self, fn: Any, args: Any) -> Any:
        """Call a runtime function (or an arrow) and count the size of its result."""
        for arg in args:
            if type(arg) is Range:
                self.tick(arg.js_len())
        try:
            result = fn(*args)
        except (JSError, _Control, Poisoned):
            raise
        except RecursionError:
            raise JSError("RangeError", "Maximum call stack size exceeded") from None
        except MemoryError:
            raise JSError("RangeError", "Invalid array length") from None
        except Exception as exc:  # a runtime helper failed in a way JS cannot express
            raise JSError("InternalError", f"{type(exc).__name__}: {exc}") from None
        if type(result) is str or isinstance(result, list):
            self.tick(len(result))
        return result

    # -- arrow functions -------------------------------------------------------------------------------

    def call_arrow(self, fn: A.Function, args: tuple[Any, ...]) -> Any:
        self.tick()
        saved = self.locals
        self.locals = dict(saved)
        try:
            for i, p in enumerate(fn.params):
                if p.rest:
                    value: Any = JSArray(args[i:])
                else:
                    value = args[i] if i < len(args) else None
                    if value is None and p.default is not None:
                        value = self.eval(p.default)
                self.bind(p.pattern, value, "undefined")
            if isinstance(fn.body, A.Block):
                _, result = self.block(fn.body.body)
                return result
            return self.eval(fn.body)
        finally:
            self.locals = saved

    def bind(self, pattern: Any, value: Any, text: str) -> None:
        """Destructure ``value`` into ``pattern`` (SPEC §3.8), like the generated code does."""
        if isinstance(pattern, A.Identifier):
            self.locals[pattern.binding] = value
        elif isinstance(pattern, A.PatternDefault):
            if value is None:
                value = self.eval(pattern.default)
            self.bind(pattern.target, value, text)
        elif isinstance(pattern, A.ArrayPattern):
            items = self.located(lambda: ops.js_darr(value, text), pattern.span)
            self.tick(len(items))
            for i, el in enumerate(pattern.elements):
                if el is None:
                    continue
                if isinstance(el, A.RestElement):
                    self.bind(el.target, ops.js_arest(items, i), f"{text}[{i}]")
                else:
                    self.bind(el, ops.js_at(items, i), f"{text}[{i}]")
        elif isinstance(pattern, A.ObjectPattern):
            obj = self.located(lambda: ops.js_dobj(value, text), pattern.span)
            keys: list[str] = []
            for prop in pattern.properties:
                if isinstance(prop, A.RestElement):
                    self.bind(prop.target, ops.js_orest(obj, tuple(keys)), text)
                    continue
                key = prop.key
                if isinstance(key, str):
                    name = key
                elif isinstance(key, A.StringLit):
                    name = key.value
                elif isinstance(key, A.NumberLit):
                    name = number_key(key.value)
                else:
                    name = ops.js_key(self.eval(key))
                keys.append(name)
                item = self.located(lambda n=name: ops.js_getk(obj, n), prop.span)
                self.bind(prop.value, item, f"{text}.{name}")

    def located(self, thunk: Callable[[], Any], span: A.Span) -> Any:
        try:
            return thunk()
        except JSError as err:
            raise _located(err, span) from None

    # -- statements (block bodies of arrow functions) --------------------------------------------------

    def block(self, body: list[Any]) -> tuple[bool, Any]:
        for stmt in body:
            done, value = self.statement(stmt)
            if done:
                return True, value
        return False, None

    def statement(self, s: Any) -> tuple[bool, Any]:
        self.tick()
        if isinstance(s, A.Return):
            return True, None if s.argument is None else self.eval(s.argument)
        if isinstance(s, A.VarDecl):
            for d in s.declarations:
                value = None if d.init is None else self.eval(d.init)
                self.bind(d.target, value, source(d.init) if d.init is not None else "undefined")
            return False, None
        if isinstance(s, A.ExprStmt):
            self.eval(s.expression)
            return False, None
        if isinstance(s, A.If):
            if self.condition(s.test, "'if' condition"):
                return self.statement(s.consequent)
            if s.alternate is not None:
                return self.statement(s.alternate)
            return False, None
        if isinstance(s, A.Block):
            return self.block(s.body)
        if isinstance(s, A.ForOf):
            return self.for_of(s)
        if isinstance(s, A.Switch):
            return self.switch(s)
        return False, None  # empty statements and type declarations

    def for_of(self, s: A.ForOf) -> tuple[bool, Any]:
        iterable = self.eval(s.iterable)
        items = self.located(lambda: ops.js_iter(iterable, source(s.iterable)), s.iterable.span)
        for item in items:
            self.tick()
            self.bind(s.target, item, "undefined")
            done, value = self.statement(s.body)
            if done:
                return True, value
        return False, None

    def switch(self, s: A.Switch) -> tuple[bool, Any]:
        value = self.eval(s.discriminant)
        start = None
        for i, case in enumerate(s.cases):
            if case.test is not None and ops.js_seq(value, self.eval(case.test)):
                start = i
                break
        if start is None:
            start = next((i for i, case in enumerate(s.cases) if case.test is None), None)
        if start is None:
            return False, None
        for case in s.cases[start:]:
            done, result = self.block(case.body)
            if done:
                return True, result
        return False, None


_DISPATCH: dict[type, Callable[[Evaluator, Any], Any]] = {
    cls: getattr(Evaluator, "x_" + cls.__name__)
    for cls in (A.NumberLit, A.StringLit, A.BoolLit, A.Hole, A.Identifier, A.TemplateLit, A.ArrayLit, A.ObjectLit,
                A.Member, A.Chain, A.Unary, A.Binary, A.Logical, A.Conditional, A.Pipe, A.Match, A.Function,
                A.Call)
}


# ---------------------------------------------------------------------------------------------------------
# Folding one call
# ---------------------------------------------------------------------------------------------------------


def _uses(node: Any) -> list[int]:
    found: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, A.Identifier) and n.binding >= 0:
            found.add(n.binding)
        stack.extend(children(n))
    return sorted(found)


def fold_call(env: ModuleEnv, call: A.Call) -> Fold:
    """Check and evaluate one ``comptime(...)`` call (once; later requests get the memoised result)."""
    fold = env.folds.get(id(call))
    if fold is not None:
        return fold
    fold = env.folds[id(call)] = Fold(call)
    path = env.path
    if len(call.args) != 1 or isinstance(call.args[0], A.Spread):
        env.report(error("ZT0604", "comptime() takes exactly one argument", path, call.span))
        return fold
    argument = call.args[0]
    fold.uses = _uses(argument)
    checker = Checker(env)
    checker.check(argument)
    if checker.problems:
        for p in checker.problems:
            env.report(error(p.code, p.message, path, p.span, p.help))
        return fold
    evaluator = Evaluator(env)
    try:
        value = evaluator.eval(argument)
    except StepLimit:
        env.report(error("ZT0604", f"comptime evaluation exceeded {STEP_LIMIT} steps", path, call.span))
        return fold
    except Rejected as r:
        p = r.problem
        env.report(error(p.code, p.message, path, p.span, p.help))
        return fold
    except Poisoned:
        return fold
    except JSError as err:
        span = getattr(err, "comptime_span", None) or call.span
        env.report(error("ZT0603", f"comptime evaluation failed: {err.name}: {err.message}", path, span))
        return fold
    part = unsupported_part(value)
    if part is not None:
        env.report(error("ZT0603", f"comptime evaluation failed: TypeError: a {part} cannot be a comptime result",
                         path, argument.span))
        return fold
    if nesting_depth(value) > MAX_NESTING:  # deeper than any literal the parser accepts
        env.report(error("ZT0604", f"comptime result is nested too deeply (more than {MAX_NESTING} levels)", path,
                         call.span))
        return fold
    text = listing_text(value)
    if size_in_bytes(text) > RESULT_LIMIT:
        env.report(error("ZT0604", "comptime result is too large (limit 1 MiB)", path, call.span))
        return fold
    fold.value = value
    fold.text = text
    return fold


def evaluate_quietly(env: ModuleEnv, node: Any) -> Any:
    """The build-time value of ``node``, or FAILED (nothing is reported): exported consts."""
    try:
        return Evaluator(env).eval(node)
    except (JSError, _Control, Poisoned, RecursionError):
        return FAILED
