"""Expressions (SPEC §3.7–§3.11): precedence climbing over the table of §3.9, arrows, literals,
optional chains, pipes and ``match``."""

from __future__ import annotations

import math
import re
from typing import Any

from zigttp.vm.utf16 import to_js

from . import jsast as A
from . import tokens as T
from .parser_base import Backtrack, ParseFailure, nested
from .tokens import ASSIGN_OPS, RESERVED, Token

# Binary operators and their precedence (higher binds tighter); §3.9 levels 3-14.
BINARY_PREC = {
    "??": 1,
    "||": 2,
    "&&": 3,
    "|": 4,
    "^": 5,
    "&": 6,
    "===": 7,
    "!==": 7,
    "==": 7,
    "!=": 7,
    "<": 8,
    ">": 8,
    "<=": 8,
    ">=": 8,
    "in": 8,
    "instanceof": 8,
    "<<": 9,
    ">>": 9,
    ">>>": 9,
    "+": 10,
    "-": 10,
    "*": 11,
    "/": 11,
    "%": 11,
    "**": 12,
}
RELATIONAL_PREC = 8
LOGICAL = frozenset(["&&", "||", "??"])

# Tokens after which a newline-preceded token cannot continue an expression start (ZT0103 rule).
_EXPR_START_PUNCT = frozenset(
    ["(", "[", "{", "!", "~", "+", "-", "++", "--", "/", "/=", "<", "...", "@", "#"]
)
_NOT_EXPR_WORDS = frozenset(
    "case default else catch finally extends in instanceof of as satisfies enum static implements "
    "interface package private protected public".split()
)


def can_start_expression(tok: Token) -> bool:
    """True when ``tok`` could begin an expression."""
    kind = tok.kind
    if kind == T.NAME:
        return tok.value not in _NOT_EXPR_WORDS
    if kind in (T.NUM, T.STRING, T.TEMPLATE, T.TEMPLATE_HEAD, T.PRIVATE):
        return True
    return kind in _EXPR_START_PUNCT


def number_key(value: float) -> str:
    """ECMAScript Number::toString for a numeric property key (``{1.50: x}`` has key ``"1.5"``)."""
    if value != value:
        return "NaN"
    if value == 0:
        return "0"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value < 0:
        return "-" + number_key(-value)
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?(?:e([+-]\d+))?", repr(value))
    assert m is not None
    int_part, frac, exp = m.group(1), m.group(2) or "", int(m.group(3) or 0)
    digits = int_part + frac
    n = len(int_part) + exp
    stripped = digits.lstrip("0")
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    sign = "+" if e >= 0 else "-"
    mant = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{mant}e{sign}{abs(e)}"


class ExpressionParser:
    """Mixin: expressions. Relies on ParserBase and the statement/type/JSX mixins."""

    # -- entry points -----------------------------------------------------------------------------------

    def parse_expression(self) -> A.Expr:
        """Expression including the (unsupported) comma operator."""
        expr = self.parse_assignment()
        if self.at(","):
            comma = self.tok
            self.unsupported("comma", comma.start, comma.end)
            while self.eat(","):
                self.parse_assignment()
        return expr

    @nested
    def parse_assignment(self) -> A.Expr:
        arrow = self.try_arrow()
        if arrow is not None:
            return arrow
        start = self.tok.start
        left = self.parse_conditional()
        while self.at("|>"):
            self.next()
            right = self.try_arrow() or self.parse_conditional()
            left = self.finish(A.Pipe(left, right), start)
        if self.tok.kind == ">":
            self.tok = self.lex.rescan_gt(self.tok)
        if self.tok.kind in ASSIGN_OPS:
            op_tok = self.tok
            target = self.to_assign_target(left, op_tok.kind)
            self.next()
            value = self.parse_assignment()
            if isinstance(target, A.Identifier):
                self.infer_name(value, target.name)
            return self.finish(A.Assign(op_tok.kind, target, value), start)
        return left

    def to_assign_target(self, expr: A.Expr, op: str) -> Any:
        if isinstance(expr, (A.Identifier, A.Invalid)):
            return expr
        if isinstance(expr, A.Member):
            return expr
        if op == "=" and isinstance(expr, (A.ArrayLit, A.ObjectLit)) and not self.is_paren(expr):
            return self.to_pattern(expr)
        self.diags.append(self._diag("ZT0102", "invalid assignment target", expr.span))
        return A.Invalid("assign-target", span=expr.span)

    def to_pattern(self, expr: A.Expr) -> Any:
        """Convert an array/object literal used as an assignment target into a pattern."""
        if isinstance(expr, A.ArrayLit):
            elements: list[Any] = []
            for i, el in enumerate(expr.elements):
                if isinstance(el, A.Hole):
                    elements.append(None)
                elif isinstance(el, A.Spread):
                    if i != len(expr.elements) - 1:
                        self.diags.append(self._diag("ZT0102", "a rest element must be last", el.span))
                    elements.append(A.RestElement(self.to_pattern(el.argument), span=el.span))
                else:
                    elements.append(self.to_pattern_element(el))
            return A.ArrayPattern(elements, span=expr.span)
        if isinstance(expr, A.ObjectLit):
            props: list[Any] = []
            for p in expr.properties:
                if isinstance(p, A.Spread):
                    props.append(A.RestElement(self.to_pattern(p.argument), span=p.span))
                    continue
                if isinstance(p.value, A.Function) and p.value.is_method:
                    self.diags.append(self._diag("ZT0102", "invalid destructuring target", p.span))
                    continue
                props.append(
                    A.PatternProp(p.key, self.to_pattern_element(p.value), p.computed, p.shorthand, span=p.span)
                )
            return A.ObjectPattern(props, span=expr.span)
        if isinstance(expr, (A.Identifier, A.Member, A.Invalid)):
            return expr
        self.diags.append(self._diag("ZT0102", "invalid destructuring target", expr.span))
        return A.Invalid("pattern", span=expr.span)

    def to_pattern_element(self, expr: A.Expr) -> Any:
        if isinstance(expr, A.Assign) and expr.op == "=":
            self.cover_done.add(id(expr))
            target = expr.target
            if not isinstance(target, (A.ArrayPattern, A.ObjectPattern)):
                target = self.to_pattern(target)
            return A.PatternDefault(target, expr.value, span=expr.span)
        return self.to_pattern(expr)

    def infer_name(self, value: Any, name: str) -> None:
        if isinstance(value, A.Function) and value.is_arrow and not value.name:
            value.name = name

    # -- conditional, binary, unary ---------------------------------------------------------------------

    def parse_conditional(self) -> A.Expr:
        start = self.tok.start
        test = self.parse_binary(0)
        if not self.at("?"):
            return test
        self.next()
        no_in, self.no_in = self.no_in, False
        consequent = self.parse_assignment()
        self.no_in = no_in
        self.expect(":")
        alternate = self.try_arrow() or self.parse_conditional()
        return self.finish(A.Conditional(test, consequent, alternate), start)

    def binary_op(self) -> str | None:
        tok = self.tok
        kind = tok.kind
        if kind == ">":
            tok = self.tok = self.lex.rescan_gt(tok)
            kind = tok.kind
        if kind in BINARY_PREC:
            return kind
        if kind == T.NAME and tok.value in ("in", "instanceof", "as", "satisfies"):
            if tok.value == "in" and self.no_in:
                return None
            if tok.value in ("as", "satisfies") and tok.nl:
                return None
            return tok.value
        return None

    def parse_binary(self, min_prec: int) -> A.Expr:
        start = self.tok.start
        left = self.parse_unary()
        while True:
            op = self.binary_op()
            if op is None:
                return left
            if op in ("as", "satisfies"):
                if RELATIONAL_PREC < min_prec:
                    return left
                op_start = self.next().start
                if self.at_name("const"):
                    self.next()
                else:
                    self.parse_type_silently()
                if self.ts:
                    self.unsupported(op, start, self.prev_end)
                else:
                    self.type_syntax_error(op_start, self.prev_end)
                continue
            prec = BINARY_PREC[op]
            if prec < min_prec:
                return left
            op_tok = self.tok
            if op == "**" and isinstance(left, A.Unary) and not self.is_paren(left):
                self.report(
                    "ZT0102",
                    "a unary expression cannot be the left operand of '**'",
                    start,
                    op_tok.end,
                    "parenthesize the left operand, e.g. '(-2) ** 2'",
                )
            self.next()
            right = self.parse_binary(prec if op == "**" else prec + 1)
            if op in ("==", "!="):
                self.unsupported(op, op_tok.start, op_tok.end)
                op = "===" if op == "==" else "!=="
            if op == "instanceof":
                self.unsupported("instanceof", op_tok.start, op_tok.end)
                left = self.finish(A.Invalid("instanceof"), start)
                continue
            if op in LOGICAL:
                self.check_nullish_mix(op, left, right, op_tok)
                left = self.finish(A.Logical(op, left, right), start)
            else:
                left = self.finish(A.Binary(op, left, right), start)

    def check_nullish_mix(self, op: str, left: A.Expr, right: A.Expr, op_tok: Token) -> None:
        for side in (left, right):
            if isinstance(side, A.Logical) and not self.is_paren(side):
                if (op == "??") != (side.op == "??"):
                    self.report(
                        "ZT0102",
                        "cannot mix '??' with '&&' or '||' without parentheses",
                        op_tok.start,
                        op_tok.end,
                        "add parentheses to make the order explicit, e.g. '(a ?? b) || c'",
                    )
                    return

    @nested
    def parse_unary(self) -> A.Expr:
        tok = self.tok
        kind = tok.kind
        start = tok.start
        if kind in ("!", "~", "+", "-"):
            self.next()
            operand = self.parse_unary()
            return self.finish(A.Unary(kind, operand), start)
        if kind in ("++", "--"):
            self.unsupported(kind, tok.start, tok.end)
            self.next()
            return self.parse_unary()
        if kind == T.NAME:
            word = tok.value
            if word == "typeof":
                self.next()
                operand = self.parse_unary()
                return self.finish(A.Unary("typeof", operand), start)
            if word in ("delete", "void", "await"):
                self.unsupported(word, tok.start, tok.end)
                self.next()
                self.parse_unary()
                return self.finish(A.Invalid(word), start)
            if word == "yield":
                self.unsupported("yield", tok.start, tok.end)
                self.next()
                if not self.tok.nl and can_start_expression(self.tok):
                    self.parse_assignment()
                return self.finish(A.Invalid("yield"), start)
        if kind == "<" and self.ts and not self.jsx:
            return self.parse_angle_in_ts()
        expr = self.parse_lhs()
        if self.tok.kind in ("++", "--") and not self.tok.nl:
            self.unsupported(self.tok.kind, self.tok.start, self.tok.end)
            self.next()
        return expr

    # -- member / call chains ---------------------------------------------------------------------------

    def parse_lhs(self) -> A.Expr:
        start = self.tok.start
        if self.at_name("new"):
            new_tok = self.next()
            if self.at("."):
                self.next()
                name_tok = self.tok
                if name_tok.kind == T.NAME and name_tok.value == "target":
                    self.next()
                    self.unsupported("new.target", start, self.prev_end)
                    return self.finish(A.Invalid("new.target"), start)
                self.fail_unexpected()
            self.unsupported("new", new_tok.start, new_tok.end)
            expr = self.parse_lhs()
            return expr
        expr = self.parse_primary()
        return self.parse_call_tail(expr, start)

    def parse_call_tail(self, expr: A.Expr, start: int) -> A.Expr:
        optional = False
        while True:
            tok = self.tok
            kind = tok.kind
            if kind == ".":
                self.next()
                expr = self.finish(A.Member(expr, self.parse_member_name()), start)
            elif kind == "?.":
                self.next()
                optional = True
                if self.at("("):
                    args = self.parse_arguments()
                    expr = self.finish(A.Call(expr, args, optional=True), start)
                elif self.at("["):
                    self.next()
                    prop = self.parse_bracket_expression()
                    expr = self.finish(A.Member(expr, prop, computed=True, optional=True), start)
                else:
                    expr = self.finish(A.Member(expr, self.parse_member_name(), optional=True), start)
            elif kind == "[":
                self.next()
                prop = self.parse_bracket_expression()
                expr = self.finish(A.Member(expr, prop, computed=True), start)
            elif kind == "(":
                args = self.parse_arguments()
                expr = self.finish(A.Call(expr, args), start)
            elif kind in (T.TEMPLATE, T.TEMPLATE_HEAD):
                self.parse_template()
                self.unsupported("tagged-template", start, self.prev_end)
                expr = self.finish(A.Invalid("tagged-template"), start)
            elif kind == "!" and not tok.nl and self.ts:
                self.next()
                self.unsupported("x!", start, self.prev_end)
            elif kind == "<" and self.ts:
                call = self.speculate(lambda callee=expr: self.parse_type_args_call(callee, start))
                if call is None:
                    break
                expr = call
            else:
                break
        if optional:
            expr = self.finish(A.Chain(expr), start)
        return expr

    def parse_type_args_call(self, callee: A.Expr, start: int) -> A.Expr:
        type_args = self.parse_type_args()
        if not self.at("("):
            raise Backtrack()
        args = self.parse_arguments()
        return self.finish(A.Call(callee, args, type_args=type_args), start)

    def parse_member_name(self) -> str:
        tok = self.tok
        if tok.kind == T.NAME:
            self.next()
            return to_js(tok.value)
        if tok.kind == T.PRIVATE:
            self.unsupported("#private", tok.start, tok.end)
            self.next()
            return tok.value
        self.fail("expected a property name")

    def parse_bracket_expression(self) -> A.Expr:
        no_in, self.no_in = self.no_in, False
        prop = self.parse_expression()
        self.no_in = no_in
        self.expect("]")
        return prop

    def parse_arguments(self) -> list[A.Expr]:
        self.expect("(")
        no_in, self.no_in = self.no_in, False
        args: list[A.Expr] = []
        while not self.at(")"):
            if self.at("..."):
                start = self.next().start
                args.append(self.finish(A.Spread(self.parse_assignment()), start))
            else:
                args.append(self.parse_assignment())
            if not self.at(")"):
                self.expect(",")
        self.next()
        self.no_in = no_in
        return args

    # -- primary expressions ----------------------------------------------------------------------------

    def parse_primary(self) -> A.Expr:
        tok = self.tok
        kind = tok.kind
        start = tok.start
        if kind == T.NAME:
            return self.parse_word()
        if kind == T.NUM:
            self.next()
            if tok.bigint:
                return self.finish(A.Invalid("BigInt"), start)
            return self.finish(A.NumberLit(tok.value, self.text[tok.start : tok.end]), start)
        if kind == T.STRING:
            self.next()
            return self.finish(A.StringLit(tok.value), start)
        if kind in (T.TEMPLATE, T.TEMPLATE_HEAD):
            return self.parse_template()
        if kind == "(":
            return self.parse_paren()
        if kind == "[":
            return self.parse_array_literal()
        if kind == "{":
            return self.parse_object_literal()
        if kind in ("/", "/="):
            regex = self.lex.rescan_regex(tok)
            self.tok = regex
            self.next()
            self.unsupported("regex", regex.start, regex.end)
            return self.finish(A.Invalid("regex"), start)
        if kind == "<":
            return self.parse_angle()
        if kind == "@":
            self.parse_decorator()
            return self.parse_primary()
        if kind == T.PRIVATE:
            self.unsupported("#private", tok.start, tok.end)
            self.next()
            return self.finish(A.Invalid("#private"), start)
        self.fail_unexpected()

    def parse_word(self) -> A.Expr:
        tok = self.tok
        word = tok.value
        start = tok.start
        if word in ("true", "false"):
            self.next()
            return self.finish(A.BoolLit(word == "true"), start)
        if word in ("null", "this", "super"):
            self.unsupported(word, tok.start, tok.end)
            self.next()
            return self.finish(A.Invalid(word), start)
        if word == "function":
            return self.parse_function_expression(start)
        if word == "class":
            self.skip_class()
            return self.finish(A.Invalid("class"), start)
        if word == "async":
            nxt = self.peek()
            if not nxt.nl and (nxt.kind in (T.NAME, "(")):
                self.unsupported("async", tok.start, tok.end)
                self.next()
                if self.at_name("function"):
                    self.parse_function_expression(self.tok.start, report=False)
                    return self.finish(A.Invalid("async"), start)
                arrow = self.try_arrow()
                if arrow is not None:
                    return arrow  # kept (the build fails anyway) so that e.g. an async handler is still found
                return self.parse_primary()
        if word == "import":
            self.next()
            if self.at("("):
                self.parse_arguments()
                self.unsupported("import()", start, self.prev_end)
                return self.finish(A.Invalid("import()"), start)
            if self.at(".") and self.peek().kind == T.NAME and self.peek().value == "meta":
                self.next()
                self.next()
                self.unsupported("import.meta", start, self.prev_end)
                return self.finish(A.Invalid("import.meta"), start)
            self.fail("'import' declarations are only allowed at the top level of a module", tok)
        if word == "match" and self.match_ahead():
            return self.parse_match()
        if word in RESERVED and word not in ("let", "static", "implements", "interface", "package",
                                             "private", "protected", "public", "yield", "await"):
            self.fail_unexpected()
        if word in ("private", "protected", "public", "implements", "interface", "package", "static", "let"):
            self.fail_unexpected()
        self.next()
        return self.finish(A.Identifier(word), start)

    def parse_function_expression(self, start: int, report: bool = True) -> A.Expr:
        tok = self.tok
        if report:
            nxt = self.peek()
            key = "function*" if nxt.kind == "*" else "function-expr"
            self.unsupported(key, tok.start, (nxt.end if key == "function*" else tok.end))
        self.parse_function(tok.start, require_name=False, report_generator=False)
        return self.finish(A.Invalid("function"), start)

    def parse_paren(self) -> A.Expr:
        self.expect("(")
        if self.at(")"):
            self.fail_unexpected()
        no_in, self.no_in = self.no_in, False
        expr = self.parse_expression()
        self.no_in = no_in
        self.expect(")")
        self.mark_paren(expr)
        return expr

    def parse_template(self) -> A.Expr:
        tok = self.tok
        start = tok.start
        if tok.kind == T.TEMPLATE:
            self.next()
            return self.finish(A.TemplateLit([tok.value], []), start)
        quasis = [tok.value]
        exprs: list[A.Expr] = []
        self.next()
        no_in, self.no_in = self.no_in, False
        while True:
            exprs.append(self.parse_expression())
            if not self.at("}"):
                self.fail_expected("}")
            part = self.tok = self.lex.rescan_template(self.tok)
            quasis.append(part.value)
            self.next()
            if part.kind == T.TEMPLATE_TAIL:
                break
        self.no_in = no_in
        return self.finish(A.TemplateLit(quasis, exprs), start)

    def parse_array_literal(self) -> A.Expr:
        start = self.expect("[").start
        no_in, self.no_in = self.no_in, False
        elements: list[A.Expr] = []
        while not self.at("]"):
            if self.at(","):
                comma = self.next()
                elements.append(A.Hole(span=self.span(comma.start, comma.start)))
                continue
            if self.at("..."):
                s = self.next().start
                elements.append(self.finish(A.Spread(self.parse_assignment()), s))
            else:
                elements.append(self.parse_assignment())
            if not self.at("]"):
                self.expect(",")
        self.next()
        self.no_in = no_in
        return self.finish(A.ArrayLit(elements), start)

    def parse_property_key(self) -> tuple[Any, bool, Token]:
        """A property name: (key, computed, first token). ``key`` is a str or, when computed, an Expr."""
        tok = self.tok
        if tok.kind == T.NAME:
            self.next()
            return to_js(tok.value), False, tok
        if tok.kind == T.STRING:
            self.next()
            return tok.value, False, tok
        if tok.kind == T.NUM:
            self.next()
            return number_key(tok.value), False, tok
        if tok.kind == "[":
            self.next()
            key = self.parse_bracket_expression()
            return key, True, tok
        if tok.kind == T.PRIVATE:
            self.unsupported("#private", tok.start, tok.end)
            self.next()
            return tok.value, False, tok
        self.fail("expected a property name")

    def parse_object_literal(self) -> A.Expr:
        start = self.expect("{").start
        no_in, self.no_in = self.no_in, False
        props: list[Any] = []
        while not self.at("}"):
            props.append(self.parse_object_member())
            if not self.at("}"):
                self.expect(",")
        self.next()
        self.no_in = no_in
        return self.finish(A.ObjectLit(props), start)

    def parse_object_member(self) -> Any:
        tok = self.tok
        start = tok.start
        if tok.kind == "...":
            self.next()
            return self.finish(A.Spread(self.parse_assignment()), start)
        if tok.kind == "*":
            self.unsupported("function*", tok.start, tok.end)
            self.next()
            return self.parse_method(start, *self.parse_property_key()[:2])
        if tok.kind == T.NAME and tok.value in ("get", "set", "async"):
            nxt = self.peek()
            if nxt.kind in (T.NAME, T.STRING, T.NUM, "[", T.PRIVATE, "*") and not (
                tok.value == "async" and nxt.nl
            ):
                self.unsupported(tok.value, tok.start, tok.end)
                self.next()
                if self.at("*"):
                    self.next()
                key, computed, _ = self.parse_property_key()
                return self.parse_method(start, key, computed)
        key, computed, key_tok = self.parse_property_key()
        if self.at("(") or self.at("<"):
            return self.parse_method(start, key, computed)
        if self.at(":"):
            self.next()
            value = self.parse_assignment()
            if not computed:
                self.infer_name(value, key)
            return self.finish(A.Property(key, value, computed=computed), start)
        if computed or key_tok.kind != T.NAME:
            self.fail_expected(":")
        if key_tok.value in RESERVED:
            self.fail_unexpected(key_tok)
        ident = A.Identifier(key_tok.value, span=self.span(key_tok.start, key_tok.end))
        if self.at("="):
            # ``{ a = 1 }``: only valid once the literal becomes a pattern.
            eq = self.next()
            default = self.parse_assignment()
            value = self.finish(A.Assign("=", ident, default), start)
            self.cover_inits.append((value, self.span(eq.start, eq.end)))
            return self.finish(A.Property(key, value, shorthand=True), start)
        return self.finish(A.Property(key, ident, shorthand=True), start)

    def parse_method(self, start: int, key: Any, computed: bool) -> A.Property:
        fn = self.parse_function_rest(start, key if isinstance(key, str) else "", is_method=True)
        return self.finish(A.Property(key, fn, computed=computed), start)

    # -- arrows -----------------------------------------------------------------------------------------

    def try_arrow(self) -> A.Function | None:
        """Parse an arrow function if one starts here (``x =>``, ``(...) =>``, ``<T>(...) =>``)."""
        tok = self.tok
        kind = tok.kind
        if kind == T.NAME:
            if tok.value in RESERVED or tok.value == "async":
                return None
            nxt = self.peek()
            if nxt.kind != "=>" or nxt.nl:
                return None
            start = tok.start
            self.next()
            param = A.Param(A.Identifier(tok.value, span=self.span(tok.start, tok.end)), span=self.span(tok.start, tok.end))
            return self.parse_arrow_body(start, [param], [], None)
        if kind == "(":
            start = tok.start
            if start in self.not_arrow:
                return None
            head = self.speculate(self.parse_arrow_head)
            if head is None:
                self.not_arrow.add(start)
                return None
            return self.parse_arrow_body(start, head[0], [], head[1])
        if kind == "<" and self.ts:
            if self.jsx and not self.tsx_generic_ahead():
                return None
            start = tok.start
            head = self.speculate(self.parse_generic_arrow_head)
            if head is None:
                return None
            return self.parse_arrow_body(start, head[1], head[0], head[2])
        return None

    def parse_arrow_head(self) -> tuple[list[A.Param], A.TypeNode | None]:
        params = self.parse_params()
        returns = None
        if self.at(":"):
            returns = self.parse_type_annotation()
        if not self.at("=>") or self.tok.nl:
            raise Backtrack()
        return params, returns

    def parse_generic_arrow_head(self) -> tuple[list[A.TypeParam], list[A.Param], A.TypeNode | None]:
        type_params = self.parse_type_params()
        if not self.at("("):
            raise Backtrack()
        params, returns = self.parse_arrow_head()
        return type_params, params, returns

    def tsx_generic_ahead(self) -> bool:
        """In .tsx, ``<T,>`` and ``<T extends U>`` start a generic arrow; anything else is JSX."""
        state = self.save()
        try:
            self.next()
            if not self.at(T.NAME):
                return False
            self.next()
            return self.at(",") or self.at_name("extends")
        finally:
            self.restore(state)

    def parse_arrow_body(
        self, start: int, params: list[A.Param], type_params: list[A.TypeParam], returns: A.TypeNode | None
    ) -> A.Function:
        self.expect("=>")
        self.in_function += 1
        top, self.top_level = self.top_level, False
        try:
            if self.at("{"):
                body: Any = self.parse_function_body()
            else:
                body = self.parse_assignment()
        finally:
            self.in_function -= 1
            self.top_level = top
        fn = A.Function("", params, body, is_arrow=True, returns=returns, type_params=type_params,
                        source=self.text[start : self.prev_end])
        return self.finish(fn, start)

    # -- `<` at the start of an expression --------------------------------------------------------------

    def parse_angle(self) -> A.Expr:
        """``<`` where an expression starts: JSX, a generic arrow, or an (unsupported) type assertion."""
        if self.jsx:
            return self.parse_jsx_root()
        if self.ts:
            return self.parse_angle_in_ts()
        # .js: JSX is reported; type parameters are reported as type syntax.
        start = self.tok.start
        state = self.save()
        element = self.speculate(self.parse_jsx_root)
        if element is not None:
            from .unsupported import jsx_in

            message, help = jsx_in(self.language)
            self.restore_keep_position(state)
            self.report("ZT0200", message, start, self.prev_end, help)
            return self.finish(A.Invalid("JSX"), start)
        head = self.speculate(self.parse_generic_arrow_head)  # reports the type parameters
        if head is not None:
            return self.parse_arrow_body(start, head[1], head[0], head[2])
        self.fail_unexpected()

    def restore_keep_position(self, state: tuple[Any, ...]) -> None:
        """Drop the diagnostics made since ``state`` but keep the current position."""
        del self.diags[state[3]:]

    def parse_angle_in_ts(self) -> A.Expr:
        start = self.tok.start
        arrow = self.try_arrow()
        if arrow is not None:
            return arrow
        state = self.save()
        element = self.speculate(self.parse_jsx_root)
        if element is not None:
            from .unsupported import jsx_in

            message, help = jsx_in("ts")
            self.restore_keep_position(state)
            self.report("ZT0200", message, start, self.prev_end, help)
            return self.finish(A.Invalid("JSX"), start)
        # <T>expr
        self.next()
        self.parse_type_silently()
        self.expect(">")
        self.parse_unary()
        self.unsupported("<T>x", start, self.prev_end)
        return self.finish(A.Invalid("<T>x"), start)

    # -- match ------------------------------------------------------------------------------------------

    def match_ahead(self) -> bool:
        """``match`` followed by ``(``, a balanced parenthesised expression and ``{`` (SPEC §2.3)."""
        state = self.save()
        try:
            self.next()
            if not self.at("("):
                return False
            self.skip_balanced()
            return self.at("{")
        finally:
            self.restore(state)

    def parse_match(self) -> A.Expr:
        start = self.next().start  # match
        match_end = self.prev_end
        self.expect("(")
        no_in, self.no_in = self.no_in, False
        discriminant = self.parse_expression()
        self.expect(")")
        self.expect("{")
        arms: list[A.MatchArm] = []
        while not self.at("}"):
            arm_start = self.tok.start
            if self.eat_name("when"):
                pattern: A.MatchPattern | None = self.parse_match_pattern_or_skip()
            elif self.eat_name("default"):
                pattern = None
            else:
                self.fail("expected 'when' or 'default'", code="ZT0105")
            self.expect(":")
            body = self.parse_assignment()
            arms.append(self.finish(A.MatchArm(pattern, body), arm_start))
            self.eat(",")
        self.next()
        self.no_in = no_in
        node = self.finish(A.Match(discriminant, arms), start)
        if not arms:
            self.report("ZT0105", "match expression has no arms", start, match_end)
        for arm in arms[:-1]:
            if arm.pattern is None or isinstance(arm.pattern, A.WildcardPattern):
                self.diags.append(
                    self._diag("ZT0105", "a catch-all arm must be the last arm of a match", arm.span)
                )
                break
        return node

    def parse_match_pattern_or_skip(self) -> A.MatchPattern | None:
        try:
            return self.parse_match_pattern()
        except _BadPattern as bad:
            self.report(
                "ZT0105",
                "expected a pattern (literal, '_', object pattern or array pattern)",
                bad.tok.start,
                max(bad.tok.end, bad.tok.start + 1),
            )
            # Skip to the ':' that ends the pattern.
            while not self.at(":") and not self.at(T.EOF) and not self.at("}"):
                if self.tok.kind in ("{", "(", "["):
                    self.skip_balanced()
                else:
                    self.next()
            return A.LiteralPattern(None, span=self.span(bad.tok.start, bad.tok.end))

    @nested
    def parse_match_pattern(self) -> A.MatchPattern:
        tok = self.tok
        start = tok.start
        kind = tok.kind
        if kind == T.NAME:
            word = tok.value
            if word == "_":
                self.next()
                return self.finish(A.WildcardPattern(), start)
            if word in ("true", "false"):
                self.next()
                return self.finish(A.LiteralPattern(word == "true"), start)
            if word == "undefined":
                self.next()
                return self.finish(A.LiteralPattern(None), start)
            if word == "null":
                self.unsupported("null", tok.start, tok.end)
                self.next()
                return self.finish(A.LiteralPattern(None), start)
            raise _BadPattern(tok)
        if kind == T.STRING:
            self.next()
            return self.finish(A.LiteralPattern(tok.value), start)
        if kind == T.NUM:
            self.next()
            return self.finish(A.LiteralPattern(tok.value), start)
        if kind == "-":
            self.next()
            num = self.tok
            if num.kind != T.NUM:
                raise _BadPattern(num)
            self.next()
            return self.finish(A.LiteralPattern(-num.value), start)
        if kind == "{":
            self.next()
            keys: list[str] = []
            patterns: list[A.MatchPattern] = []
            while not self.at("}"):
                key_tok = self.tok
                if key_tok.kind not in (T.NAME, T.STRING):
                    raise _BadPattern(key_tok)
                self.next()
                self.expect(":")
                keys.append(to_js(key_tok.value))
                patterns.append(self.parse_match_pattern())
                if not self.at("}"):
                    self.expect(",")
            self.next()
            return self.finish(A.ObjectMatchPattern(keys, patterns), start)
        if kind == "[":
            self.next()
            elements: list[A.MatchPattern] = []
            while not self.at("]"):
                elements.append(self.parse_match_pattern())
                if not self.at("]"):
                    self.expect(",")
            self.next()
            return self.finish(A.ArrayMatchPattern(elements), start)
        raise _BadPattern(tok)


class _BadPattern(Exception):
    def __init__(self, tok: Token) -> None:
        super().__init__("bad pattern")
        self.tok = tok


__all__ = ["ExpressionParser", "ParseFailure", "can_start_expression", "number_key"]
