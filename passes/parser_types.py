"""TypeScript type syntax (SPEC §6.1) and the rejected type-level forms of §4.1.

In ``.js``/``.jsx`` files every piece of type syntax is parsed the same way (so parsing continues) but
reported once as ``'type annotation' is not supported in .js files`` and dropped from the tree.
"""

from __future__ import annotations

from typing import Any

from . import jsast as A
from . import tokens as T
from .parser_base import Backtrack, nested


class TypeParser:
    """Mixin: types, type parameters, type aliases and interfaces."""

    # -- entry points -----------------------------------------------------------------------------------

    def parse_type_annotation(self) -> A.TypeNode | None:
        """``: Type`` (the current token is the colon)."""
        colon = self.next()
        if self.ts:
            return self.parse_type()
        self.parse_type_silently()
        self.type_syntax_error(colon.start, self.prev_end)
        return None

    def parse_type_silently(self) -> None:
        """Parse a type for recovery only; its own diagnostics are dropped."""
        mark = len(self.diags)
        try:
            self.parse_type()
        finally:
            del self.diags[mark:]

    @nested
    def parse_type(self) -> A.TypeNode:
        start = self.tok.start
        if self.tok.kind == "<" or self.function_type_ahead():
            return self.parse_function_type()
        node = self.parse_union_type()
        if self.at_name("extends") and not self.tok.nl and not self.no_conditional:
            self.next()
            self.no_conditional = True
            try:
                self.parse_union_type()
            finally:
                self.no_conditional = False
            self.expect("?")
            self.parse_type()
            self.expect(":")
            self.parse_type()
            self.unsupported("conditional-type", start, self.prev_end)
            return self.finish(A.TypeRef("unknown"), start)
        return node

    def parse_union_type(self) -> A.TypeNode:
        start = self.tok.start
        self.eat("|")
        types = [self.parse_intersection_type()]
        while self.at("|"):
            self.next()
            types.append(self.parse_intersection_type())
        if len(types) == 1:
            return types[0]
        return self.finish(A.UnionType(types), start)

    def parse_intersection_type(self) -> A.TypeNode:
        start = self.tok.start
        self.eat("&")
        types = [self.parse_type_operator()]
        while self.at("&"):
            self.next()
            types.append(self.parse_type_operator())
        if len(types) == 1:
            return types[0]
        return self.finish(A.IntersectionType(types), start)

    def parse_type_operator(self) -> A.TypeNode:
        tok = self.tok
        start = tok.start
        if tok.kind == T.NAME:
            word = tok.value
            if word == "keyof":
                self.next()
                return self.finish(A.KeyofType(self.parse_type_operator()), start)
            if word == "readonly":
                self.next()
                inner = self.parse_type_operator()
                if isinstance(inner, (A.ArrayType, A.TupleType)):
                    inner.readonly = True
                    return self.finish(inner, start)
                return inner
            if word == "unique" and self.peek().is_name("symbol"):
                self.next()
                sym = self.next()
                self.unsupported("Symbol", start, sym.end)
                return self.finish(A.TypeRef("unknown"), start)
            if word == "infer":
                self.next()
                if self.tok.kind == T.NAME:
                    self.next()
                self.unsupported("infer", start, self.prev_end)
                return self.finish(A.TypeRef("unknown"), start)
        return self.parse_postfix_type()

    def parse_postfix_type(self) -> A.TypeNode:
        start = self.tok.start
        node = self.parse_primary_type()
        while self.at("[") and not self.tok.nl:
            self.next()
            if self.eat("]"):
                node = self.finish(A.ArrayType(node), start)
                continue
            self.parse_type()
            self.expect("]")
            self.unsupported("indexed-access-type", start, self.prev_end)
            node = self.finish(A.TypeRef("unknown"), start)
        return node

    def parse_primary_type(self) -> A.TypeNode:
        tok = self.tok
        start = tok.start
        kind = tok.kind
        if kind == "(":
            self.next()
            inner = self.parse_type()
            self.expect(")")
            return inner
        if kind == "{":
            return self.parse_object_type()
        if kind == "[":
            return self.parse_tuple_type()
        if kind == T.STRING:
            self.next()
            return self.finish(A.LiteralType(tok.value), start)
        if kind == T.NUM:
            self.next()
            if tok.bigint:
                return self.finish(A.TypeRef("unknown"), start)
            return self.finish(A.LiteralType(tok.value), start)
        if kind == "-":
            self.next()
            num = self.tok
            if num.kind != T.NUM:
                self.fail("expected a number")
            self.next()
            return self.finish(A.LiteralType(-num.value), start)
        if kind in (T.TEMPLATE, T.TEMPLATE_HEAD):
            self.skip_template_type()
            self.unsupported("template-literal-type", start, self.prev_end)
            return self.finish(A.TypeRef("unknown"), start)
        if kind == T.NAME:
            return self.parse_named_type()
        self.fail("expected a type")

    def parse_named_type(self) -> A.TypeNode:
        tok = self.tok
        start = tok.start
        word = tok.value
        if word in ("true", "false"):
            self.next()
            return self.finish(A.LiteralType(word == "true"), start)
        rejected = {"null": "null", "any": "any", "symbol": "Symbol", "bigint": "BigInt", "this": "this"}
        if word in rejected:
            self.next()
            self.unsupported(rejected[word], tok.start, tok.end)
            return self.finish(A.TypeRef("unknown"), start)
        if word == "typeof":
            self.next()
            parts = [self.expect_type_name_part()]
            while self.at("."):
                self.next()
                parts.append(self.expect_type_name_part())
            return self.finish(A.TypeQuery(".".join(parts)), start)
        if word == "new":
            self.next()
            self.parse_function_type()
            self.unsupported("new", tok.start, tok.end)
            return self.finish(A.TypeRef("unknown"), start)
        if word == "asserts":
            self.next()
            if self.tok.kind == T.NAME:
                self.next()
            if self.eat_name("is"):
                self.parse_type()
            return self.finish(A.TypeRef("boolean"), start)
        self.next()
        if self.at_name("is") and not self.tok.nl:
            # Type predicate ``x is T`` in a return position: a boolean result.
            self.next()
            self.parse_type()
            return self.finish(A.TypeRef("boolean"), start)
        parts = [word]
        while self.at("."):
            self.next()
            parts.append(self.expect_type_name_part())
        args: list[A.TypeNode] = []
        if self.at("<") and not self.tok.nl:
            args = self.parse_type_args()
        return self.finish(A.TypeRef(".".join(parts), args), start)

    def expect_type_name_part(self) -> str:
        tok = self.tok
        if tok.kind != T.NAME:
            self.fail("expected a name")
        self.next()
        return tok.value

    def skip_template_type(self) -> None:
        tok = self.tok
        if tok.kind == T.TEMPLATE:
            self.next()
            return
        self.next()
        while True:
            self.parse_type()
            if not self.at("}"):
                self.fail_expected("}")
            part = self.tok = self.lex.rescan_template(self.tok)
            self.next()
            if part.kind == T.TEMPLATE_TAIL:
                return

    # -- tuples and object types ------------------------------------------------------------------------

    def parse_tuple_type(self) -> A.TypeNode:
        start = self.expect("[").start
        elements: list[A.TypeNode] = []
        optional: list[bool] = []
        while not self.at("]"):
            rest = self.eat("...")
            # Named members ``[name: T]`` / ``[name?: T]``.
            if self.tok.kind == T.NAME:
                nxt = self.peek()
                if nxt.kind == ":" or (nxt.kind == "?" and self._after_question_is_colon()):
                    self.next()
                    named_optional = self.eat("?")
                    self.expect(":")
                    elements.append(self.parse_type())
                    optional.append(named_optional)
                    if not self.at("]"):
                        self.expect(",")
                    continue
            element = self.parse_type()
            if rest:
                element = A.ArrayType(element, span=element.span) if not isinstance(element, A.ArrayType) else element
            elements.append(element)
            optional.append(self.eat("?"))
            if not self.at("]"):
                self.expect(",")
        self.next()
        return self.finish(A.TupleType(elements, optional), start)

    def _after_question_is_colon(self) -> bool:
        state = self.save()
        try:
            self.next()
            self.next()
            return self.at(":")
        finally:
            self.restore(state)

    def parse_object_type(self) -> A.TypeNode:
        start = self.expect("{").start
        if self.mapped_type_ahead():
            self.restore_to_open_brace(start)
            self.skip_balanced()
            self.unsupported("mapped-type", start, self.prev_end)
            return self.finish(A.TypeRef("unknown"), start)
        members = self.parse_type_members()
        return self.finish(A.ObjectType(members), start)

    def restore_to_open_brace(self, start: int) -> None:
        self.lex.pos = start
        self.tok = self.lex.scan()

    def mapped_type_ahead(self) -> bool:
        state = self.save()
        try:
            if self.at("+") or self.at("-"):
                self.next()
            if self.at_name("readonly"):
                self.next()
            if not self.eat("["):
                return False
            if self.tok.kind != T.NAME:
                return False
            self.next()
            return self.at_name("in")
        finally:
            self.restore(state)

    def parse_type_members(self) -> list[Any]:
        """Members of an object type or interface body up to and including ``}``."""
        members: list[Any] = []
        while not self.at("}"):
            member = self.parse_type_member()
            if member is not None:
                members.append(member)
            if self.at(";") or self.at(","):
                self.next()
            elif not self.at("}") and not self.tok.nl:
                self.fail_expected(";")
        self.next()
        return members

    def parse_type_member(self) -> Any:
        tok = self.tok
        start = tok.start
        readonly = False
        if tok.is_name("readonly"):
            nxt = self.peek()
            if nxt.kind in (T.NAME, T.STRING, T.NUM, "[") and not nxt.nl:
                self.next()
                readonly = True
        if self.at("["):
            # Index signature ``[key: string]: T``.
            self.next()
            key_name = self.expect_type_name_part()
            self.expect(":")
            key_type = self.parse_type()
            self.expect("]")
            self.expect(":")
            value_type = self.parse_type()
            return self.finish(A.IndexSig(key_name, key_type, value_type, readonly), start)
        if self.at("(") or self.at("<"):
            type_params = self.parse_type_params() if self.at("<") else []
            params = self.parse_param_types()
            returns = self.parse_type() if self.eat(":") else None
            return self.finish(A.MethodSig("", params, returns, type_params=type_params), start)
        if self.tok.kind == T.NAME and self.tok.value in ("get", "set"):
            nxt = self.peek()
            if nxt.kind in (T.NAME, T.STRING, T.NUM) and not nxt.nl:
                word = self.next()
                self.unsupported(word.value, word.start, word.end)
                self.next()
                self.parse_param_types()
                if self.eat(":"):
                    self.parse_type()
                return None
        if self.at_name("new") and self.peek().kind in ("(", "<"):
            word = self.next()
            self.unsupported("new", word.start, word.end)
            if self.at("<"):
                self.parse_type_params()
            self.parse_param_types()
            if self.eat(":"):
                self.parse_type()
            return None
        name_tok = self.tok
        if name_tok.kind == T.NUM:
            from .parser_expr import number_key

            name = number_key(name_tok.value)
        elif name_tok.kind in (T.NAME, T.STRING):
            name = name_tok.value
        else:
            self.fail("expected a property name")
        self.next()
        optional = self.eat("?")
        if self.at("(") or self.at("<"):
            type_params = self.parse_type_params() if self.at("<") else []
            params = self.parse_param_types()
            returns = self.parse_type() if self.eat(":") else None
            return self.finish(A.MethodSig(name, params, returns, optional, type_params), start)
        type_ = self.parse_type() if self.eat(":") else None
        return self.finish(A.PropertySig(name, type_, optional, readonly), start)

    # -- function types ---------------------------------------------------------------------------------

    def function_type_ahead(self) -> bool:
        """``(`` starts a function type when the matching ``)`` is followed by ``=>``."""
        if not self.at("("):
            return False
        state = self.save()
        try:
            self.skip_balanced()
            return self.at("=>")
        finally:
            self.restore(state)

    def parse_function_type(self) -> A.TypeNode:
        start = self.tok.start
        type_params = self.parse_type_params() if self.at("<") else []
        params = self.parse_param_types()
        self.expect("=>")
        returns = self.parse_type()
        return self.finish(A.FunctionType(params, returns, type_params), start)

    def parse_param_types(self) -> list[A.ParamType]:
        self.expect("(")
        params: list[A.ParamType] = []
        while not self.at(")"):
            start = self.tok.start
            rest = self.eat("...")
            if self.at("{") or self.at("["):
                self.skip_balanced()
                name = ""
            elif self.tok.kind == T.NAME:
                name = self.next().value
            else:
                self.fail("expected a parameter name")
            optional = self.eat("?")
            type_ = self.parse_type() if self.eat(":") else None
            params.append(self.finish(A.ParamType(name, type_, optional, rest), start))
            if not self.at(")"):
                self.expect(",")
        self.next()
        return params

    # -- generics ---------------------------------------------------------------------------------------

    def parse_type_params(self) -> list[A.TypeParam]:
        """``<T extends U = D, ...>``."""
        open_tok = self.expect("<")
        params: list[A.TypeParam] = []
        while not self.at(">"):
            start = self.tok.start
            if self.at_name("const") or self.at_name("in") or self.at_name("out"):
                self.next()
            name = self.expect_type_name_part()
            constraint = None
            default = None
            if self.eat_name("extends"):
                constraint = self.parse_type()
            if self.eat("="):
                default = self.parse_type()
            params.append(self.finish(A.TypeParam(name, constraint, default), start))
            if not self.at(">"):
                self.expect(",")
        self.next()
        if not self.ts:
            self.type_syntax_error(open_tok.start, self.prev_end)
            return []
        return params

    def parse_type_args(self) -> list[A.TypeNode]:
        self.expect("<")
        args: list[A.TypeNode] = []
        while not self.at(">"):
            args.append(self.parse_type())
            if not self.at(">"):
                if not self.at(","):
                    if self.spec_depth:
                        raise Backtrack()
                    self.fail_expected(">")
                self.next()
        self.next()
        return args

    # -- declarations -----------------------------------------------------------------------------------

    def parse_type_alias(self) -> A.TypeAlias | None:
        kw = self.next()
        start = kw.start
        mark = len(self.diags)
        name = self.expect_type_name_part()
        type_params = self.parse_type_params() if self.at("<") else []
        self.expect("=")
        type_ = self.parse_type()
        self.consume_semicolon()
        if not self.ts:
            del self.diags[mark:]
            self.type_syntax_error(start, self.prev_end)
            return None
        return self.finish(A.TypeAlias(name, type_, type_params), start)

    def parse_interface(self) -> A.Interface | None:
        kw = self.next()
        start = kw.start
        mark = len(self.diags)
        name = self.expect_type_name_part()
        type_params = self.parse_type_params() if self.at("<") else []
        extends: list[A.TypeRef] = []
        if self.eat_name("extends"):
            while True:
                ref = self.parse_type_operator()
                if isinstance(ref, A.TypeRef):
                    extends.append(ref)
                if not self.eat(","):
                    break
        if self.at_name("implements"):
            imp = self.next()
            self.unsupported("implements", imp.start, imp.end)
            self.parse_type()
        self.expect("{")
        members = self.parse_type_members()
        if not self.ts:
            del self.diags[mark:]
            self.type_syntax_error(start, self.prev_end)
            return None
        return self.finish(A.Interface(name, members, extends, type_params), start)
