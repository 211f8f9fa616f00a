"""Type facts for the code generator (``passes.bytecode.compile_module(facts=...)``).

The facts must be *sound*: the generated code drops the JS helpers where a fact says an operand is a
number, so a wrong fact would change behaviour. TypeScript's types are not sound (``unknown`` is
assignable to everything, array reads are not ``T | undefined``, a parameter annotated ``number`` can
receive anything from an ``unknown``), so the facts come from a separate, conservative analysis that uses
the checker's name resolution but never trusts an annotation:

* an expression is a number/string/boolean by its operator (``a - b``, `` `x${y}` ``, ``a < b``), by a
  built-in whose result always has that kind (``Math.floor``, ``s.indexOf`` on a proven string,
  ``arr.length`` on a proven array, ``cacheIncr``), or through a binding or a user function;
* a ``let``/``const`` binding has a kind when every value ever assigned to it has it;
* a parameter has a kind when its function never escapes (its name is only ever called directly) and
  every call passes an argument of that kind;
* a call of a user function has the kind of every value the function returns (and it never falls off its
  end).

This is a greatest fixpoint (recursive functions such as ``fib`` are proven). Output::

    {"number": [span, ...], "string": [...], "boolean": [...], "number_bindings": [binding, ...]}

where spans are those of expressions the code generator's own local inference does not already cover
(names, calls, member reads); a span shared by nodes of different kinds is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import jsast as A
from .scope import pattern_identifiers
from .typecheck_checker import value_children

NUM, STR, BOOL, ARR = "number", "string", "boolean", "array"
TOP = "top"  # not known yet (optimistic start of the fixpoint)

_ARITH = {"-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"}
_COMPARE = {"<", "<=", ">", ">=", "===", "!==", "in"}
_ARITH_ASSIGN = {"-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^="}

_GLOBAL_CALLS = {"Number": NUM, "parseInt": NUM, "parseFloat": NUM, "String": STR, "Boolean": BOOL,
                 "isNaN": BOOL, "isFinite": BOOL, "encodeURIComponent": STR, "encodeURI": STR,
                 "decodeURIComponent": STR, "decodeURI": STR}
_STATIC_CALLS = {("Math", None): NUM, ("Date", "now"): NUM, ("performance", "now"): NUM,
                 ("Array", "isArray"): BOOL, ("Number", "isFinite"): BOOL, ("Number", "isInteger"): BOOL,
                 ("Number", "isNaN"): BOOL, ("Number", "isSafeInteger"): BOOL, ("Number", "parseFloat"): NUM,
                 ("Number", "parseInt"): NUM, ("Object", "hasOwn"): BOOL, ("Object", "keys"): ARR,
                 ("Object", "values"): ARR, ("Object", "entries"): ARR, ("Array", "from"): ARR,
                 ("Array", "of"): ARR, ("String", "fromCharCode"): STR, ("String", "fromCodePoint"): STR}
_STRING_METHODS = {
    **dict.fromkeys("indexOf lastIndexOf charCodeAt localeCompare".split(), NUM),
    **dict.fromkeys("charAt concat normalize padEnd padStart repeat replace replaceAll slice substring toLowerCase "
                    "toLocaleLowerCase toUpperCase toLocaleUpperCase toString toWellFormed trim trimEnd "
                    "trimStart".split(), STR),
    **dict.fromkeys("endsWith includes startsWith isWellFormed".split(), BOOL),
    "split": ARR,
}
_ARRAY_METHODS = {
    **dict.fromkeys("indexOf lastIndexOf findIndex findLastIndex push unshift".split(), NUM),
    "join": STR,
    **dict.fromkeys("includes some every".split(), BOOL),
    **dict.fromkeys("map filter slice concat flat flatMap toReversed toSorted toSpliced with splice".split(), ARR),
}
_NUMBER_METHODS = dict.fromkeys("toFixed toString toPrecision".split(), STR)
_VIRTUAL = {
    "zigttp:crypto": {"sha256": STR, "hmacSha256": STR, "base64Encode": STR, "base64urlEncode": STR,
                      "randomUUID": STR},
    "zigttp:cache": {"cacheIncr": NUM, "cacheSet": BOOL, "cacheDelete": BOOL},
    "zigttp:validate": {"schemaCompile": BOOL, "schemaDrop": BOOL},
    "zigttp:auth": {"jwtSign": STR, "verifyWebhookSignature": BOOL, "timingSafeEqual": BOOL},
}


def _meet(a: str | None, b: str | None) -> str | None:
    if a == TOP:
        return b
    if b == TOP:
        return a
    return a if a == b else None


class _Facts:
    def __init__(self, module: A.Module) -> None:
        self.module = module
        self.bindings = module.bindings
        self.kind: dict[int, str | None] = {}  # candidate bindings
        self.values: dict[int, list[Any]] = {}  # binding -> value expressions / markers
        self.fn_of: dict[int, A.Function] = {}  # function binding -> its function
        self.escapes: set[int] = set()
        self.calls: dict[int, list[list[Any]]] = {}  # function binding -> argument lists of its calls
        self.ret: dict[int, str | None] = {}  # id(Function) -> kind of every returned value
        self.functions: list[A.Function] = []
        self.param_of: dict[int, tuple[int, int]] = {}  # param binding -> (function binding, index)
        self.nodes: list[Any] = []
        self.direct_callees: set[int] = set()  # id() of Identifier nodes used as direct callees

    # -- collection ---------------------------------------------------------------------------------------

    def collect(self) -> None:
        stack: list[Any] = list(reversed(self.module.body))
        while stack:
            n = stack.pop()
            self.visit(n)
            stack.extend(reversed(list(value_children(n))))
        for fb, fn in self.fn_of.items():
            b = self.bindings[fb]
            if b.exported or b.reassigned or b.name == "handler" and b.function == -1:
                self.escapes.add(fb)
            for i, p in enumerate(fn.params):
                if isinstance(p.pattern, A.Identifier) and p.pattern.binding >= 0 and not p.rest:
                    self.param_of[p.pattern.binding] = (fb, i)
                    self.kind[p.pattern.binding] = TOP

    def add_value(self, b: int, value: Any) -> None:
        if b < 0:
            return
        self.values.setdefault(b, []).append(value)
        self.kind.setdefault(b, TOP)

    def visit(self, n: Any) -> None:
        if isinstance(n, A.Expr):
            self.nodes.append(n)
        if isinstance(n, A.Function):
            self.functions.append(n)
            self.ret[id(n)] = TOP
        if isinstance(n, A.VarDecl):
            for d in n.declarations:
                if isinstance(d.target, A.Identifier):
                    if d.init is None:
                        self.add_value(d.target.binding, ("undefined",))
                    else:
                        self.add_value(d.target.binding, ("=", d.init))
                        if isinstance(d.init, A.Function) and d.target.binding >= 0:
                            self.fn_of[d.target.binding] = d.init
                else:
                    for ident in pattern_identifiers(d.target):
                        self.add_value(ident.binding, ("?",))
        elif isinstance(n, A.FunctionDecl):
            ident = n.function.name_id
            if ident is not None and ident.binding >= 0:
                self.fn_of[ident.binding] = n.function
        elif isinstance(n, A.ForOf):
            is_range = (isinstance(n.iterable, A.Call) and isinstance(n.iterable.callee, A.Identifier)
                        and n.iterable.callee.binding < 0 and n.iterable.callee.name == "range"
                        and not any(isinstance(a, A.Spread) for a in n.iterable.args))
            for ident in pattern_identifiers(n.target):
                self.add_value(ident.binding, ("range",) if is_range and n.target is ident else ("?",))
        elif isinstance(n, A.Assign):
            if isinstance(n.target, A.Identifier):
                self.add_value(n.target.binding, (n.op, n.value))
            elif not isinstance(n.target, A.Member):
                for ident in pattern_identifiers(n.target):
                    self.add_value(ident.binding, ("?",))
        elif isinstance(n, A.Call):
            callee = n.callee
            if isinstance(callee, A.Identifier) and callee.binding >= 0 and not n.optional:
                self.direct_callees.add(id(callee))
                if any(isinstance(a, A.Spread) for a in n.args):
                    self.calls.setdefault(callee.binding, []).append(None)  # type: ignore[arg-type]
                else:
                    self.calls.setdefault(callee.binding, []).append(list(n.args))
        elif isinstance(n, A.Pipe):
            if isinstance(n.func, A.Identifier) and n.func.binding >= 0:
                self.direct_callees.add(id(n.func))
                self.calls.setdefault(n.func.binding, []).append([n.value])
        elif isinstance(n, A.Import):
            for spec in n.specifiers:
                self.add_value(spec.local.binding, ("?",))

    def find_escapes(self) -> None:
        """A function escapes when its name is used other than as a direct callee."""
        declaring = set()
        for fn in self.fn_of.values():
            if fn.name_id is not None:
                declaring.add(id(fn.name_id))
        for n in self.nodes:
            if isinstance(n, A.Identifier) and n.binding in self.fn_of and id(n) not in self.direct_callees \
                    and id(n) not in declaring and not self._is_declarator_target(n):
                self.escapes.add(n.binding)

    def _is_declarator_target(self, n: A.Identifier) -> bool:
        b = self.bindings[n.binding]
        return b.span == n.span

    # -- kinds --------------------------------------------------------------------------------------------

    def kind_of(self, e: Any) -> str | None:
        if isinstance(e, A.NumberLit):
            return NUM
        if isinstance(e, (A.StringLit, A.TemplateLit)):
            return STR
        if isinstance(e, A.BoolLit):
            return BOOL
        if isinstance(e, A.ArrayLit):
            return ARR
        if isinstance(e, A.Identifier):
            if e.binding >= 0:
                return self.kind.get(e.binding)
            return NUM if e.name in ("NaN", "Infinity") else None
        if isinstance(e, A.Unary):
            return BOOL if e.op == "!" else STR if e.op == "typeof" else NUM
        if isinstance(e, A.Binary):
            if e.op in _ARITH:
                return NUM
            if e.op in _COMPARE:
                return BOOL
            lk, rk = self.kind_of(e.left), self.kind_of(e.right)
            if lk == STR or rk == STR:
                return STR
            if lk in (NUM, TOP) and rk in (NUM, TOP):
                return NUM if NUM in (lk, rk) else TOP
            return None
        if isinstance(e, A.Logical):
            if e.op != "??":
                return BOOL
            lk = self.kind_of(e.left)
            return lk if lk in (NUM, STR, BOOL, ARR, TOP) else None
        if isinstance(e, A.Conditional):
            return _meet(self.kind_of(e.consequent), self.kind_of(e.alternate))
        if isinstance(e, A.Assign):
            return self.assign_kind(e.op, e.value, self.kind_of(e.target) if isinstance(e.target, A.Identifier)
                                    else None)
        if isinstance(e, A.Member):
            return self.member_kind(e)
        if isinstance(e, A.Call):
            return self.call_kind(e)
        if isinstance(e, A.Pipe):
            if isinstance(e.func, A.Identifier) and e.func.binding in self.fn_of:
                return self.ret.get(id(self.fn_of[e.func.binding]))
            return None
        if isinstance(e, A.Match):
            if not any(arm.pattern is None or isinstance(arm.pattern, A.WildcardPattern) for arm in e.arms):
                return None
            k: str | None = TOP
            for arm in e.arms:
                k = _meet(k, self.kind_of(arm.body))
            return k
        return None

    def assign_kind(self, op: str, value: Any, current: str | None) -> str | None:
        if op == "=":
            return self.kind_of(value)
        if op in _ARITH_ASSIGN:
            return NUM
        if op == "+=":
            vk = self.kind_of(value)
            if current == STR or vk == STR:
                return STR
            return NUM if current in (NUM, TOP) and vk in (NUM, TOP) else None
        if op in ("&&=", "||="):
            return BOOL if current == BOOL and self.kind_of(value) in (BOOL, TOP) else None
        if op == "??=":
            return current if current in (NUM, STR, BOOL, ARR) else None
        return None

    def member_kind(self, e: A.Member) -> str | None:
        if e.computed or e.optional:
            return None
        obj = e.object
        if isinstance(obj, A.Identifier) and obj.binding < 0 and obj.name in ("Math", "Number") and \
                e.prop in ("E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2", "EPSILON",
                           "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "MAX_VALUE", "MIN_VALUE", "NaN",
                           "POSITIVE_INFINITY", "NEGATIVE_INFINITY"):
            return NUM
        if e.prop == "length" and self.kind_of(obj) in (STR, ARR):
            return NUM
        return None

    def call_kind(self, e: A.Call) -> str | None:
        if e.optional:
            return None
        callee = e.callee
        if isinstance(callee, A.Identifier):
            if callee.binding < 0:
                return _GLOBAL_CALLS.get(callee.name)
            b = self.bindings[callee.binding]
            if b.kind == "import":
                return _VIRTUAL.get(b.import_source, {}).get(b.import_name)
            fn = self.fn_of.get(callee.binding)
            if fn is not None and not b.reassigned:
                return self.ret.get(id(fn))
            return None
        if isinstance(callee, A.Member) and not callee.computed and not callee.optional:
            obj = callee.object
            if isinstance(obj, A.Identifier) and obj.binding < 0:
                if obj.name == "Math" and callee.prop != "random":
                    return NUM
                if obj.name == "Math":
                    return NUM
                return _STATIC_CALLS.get((obj.name, callee.prop))
            recv = self.kind_of(obj)
            if recv == STR:
                return _STRING_METHODS.get(callee.prop)  # type: ignore[arg-type]
            if recv == ARR:
                return _ARRAY_METHODS.get(callee.prop)  # type: ignore[arg-type]
            if recv == NUM:
                return _NUMBER_METHODS.get(callee.prop)  # type: ignore[arg-type]
        return None

    # -- the fixpoint -------------------------------------------------------------------------------------

    def binding_constraint(self, b: int) -> str | None:
        info = self.bindings[b]
        if b in self.param_of:
            fb, i = self.param_of[b]
            if fb in self.escapes:
                return None
            k: str | None = TOP
            fn = self.fn_of[fb]
            param = fn.params[i]
            for args in self.calls.get(fb, []):
                if args is None:
                    return None
                if i < len(args):
                    k = _meet(k, self.kind_of(args[i]))
                elif param.default is not None:
                    k = _meet(k, self.kind_of(param.default))
                else:
                    return None
            for value in self.values.get(b, []):
                k = _meet(k, self._value_kind(value, k))
            return k
        if info.kind not in ("let", "const"):
            return None
        k = TOP
        for value in self.values.get(b, []):
            k = _meet(k, self._value_kind(value, k))
            if k is None:
                return None
        return k

    def _value_kind(self, value: tuple, current: str | None) -> str | None:
        op = value[0]
        if op == "range":
            return NUM
        if op in ("?", "undefined"):
            return None
        return self.assign_kind(op, value[1], current)

    def function_return(self, fn: A.Function) -> str | None:
        if not isinstance(fn.body, A.Block):
            return self.kind_of(fn.body)
        if not _always_returns(fn.body.body):
            return None
        k: str | None = TOP
        for ret in _returns(fn.body):
            if ret.argument is None:
                return None
            k = _meet(k, self.kind_of(ret.argument))
            if k is None:
                return None
        return k

    def solve(self) -> None:
        for _ in range(50):
            changed = False
            for b in list(self.kind):
                new = self.binding_constraint(b)
                if new != self.kind[b]:
                    self.kind[b] = new if self.kind[b] == TOP or new is None else None
                    changed = True
            for fn in self.functions:
                new = self.function_return(fn)
                if new != self.ret[id(fn)]:
                    self.ret[id(fn)] = new if self.ret[id(fn)] == TOP or new is None else None
                    changed = True
            if not changed:
                return
        for b, k in self.kind.items():  # pragma: no cover - did not converge: give up on the rest
            if k == TOP:
                self.kind[b] = None

    def finish(self) -> None:
        """Whatever is still TOP was never constrained by a real value: drop it and settle again."""
        for b, k in self.kind.items():
            if k == TOP:
                self.kind[b] = None
        for key, k in self.ret.items():
            if k == TOP:
                self.ret[key] = None
        self.solve()

    def output(self) -> dict[str, Any]:
        by_span: dict[tuple, str | None] = {}
        for n in self.nodes:
            k = self.kind_of(n) if _reported(n) else None
            if k == ARR or k == TOP:
                k = None
            span = tuple(n.span)
            if span in by_span and by_span[span] != k:
                by_span[span] = None
            else:
                by_span.setdefault(span, k)
        out: dict[str, Any] = {NUM: [], STR: [], BOOL: []}
        for span, k in sorted(by_span.items()):
            if k is not None:
                out[k].append(list(span))
        out["number_bindings"] = sorted(b for b, k in self.kind.items() if k == NUM)
        return out


def _reported(n: Any) -> bool:
    """Expressions the generator cannot type on its own (names, calls, member reads, pipes, match)."""
    return isinstance(n, (A.Identifier, A.Call, A.Member, A.Pipe, A.Match, A.Conditional, A.Logical))


def _returns(body: A.Block) -> Iterator[A.Return]:
    stack: list[Any] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, A.Return):
            yield n
        elif not isinstance(n, A.Expr):
            stack.extend(value_children(n))


def _always_returns(stmts: list[A.Stmt]) -> bool:
    return any(_stmt_returns(s) for s in stmts)


def _stmt_returns(s: A.Stmt) -> bool:
    if isinstance(s, A.Return):
        return True
    if isinstance(s, A.Block):
        return _always_returns(s.body)
    if isinstance(s, A.If):
        return s.alternate is not None and _stmt_returns(s.consequent) and _stmt_returns(s.alternate)
    if isinstance(s, A.Switch):
        return any(c.test is None for c in s.cases)
    return False


def compute_facts(checker: Any) -> dict[str, Any]:
    """The facts of one checked module (see the module docstring)."""
    f = _Facts(checker.module)
    f.collect()
    f.find_escapes()
    f.solve()
    f.finish()
    return f.output()
