"""The parser: statements and declarations (SPEC §3.1–§3.6, §4.1), and the ``Parser`` class that
combines the expression, type and JSX mixins. ``parse(text, path, language)`` is the entry point."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import jsast as A
from . import tokens as T
from .diagnostics import Diagnostic
from .parser_base import STATEMENT_KEYWORDS, ParseFailure, ParserBase, nested
from .parser_expr import ExpressionParser, can_start_expression
from .parser_jsx import JSXParser
from .parser_types import TypeParser
from .tokens import RESERVED, Token

_FALLTHROUGH_HELP = "end the case with a 'return' statement; 'break' and fall-through are not supported"
_RETURN_HELP = (
    "JavaScript would return undefined and ignore the next line; put the value on the same line as "
    "'return', or start a parenthesis there: 'return ('"
)
_ACCESS_WORDS = ("public", "private", "protected")


class Parser(ExpressionParser, TypeParser, JSXParser, ParserBase):
    """Recursive-descent parser for one module."""

    # -- module -----------------------------------------------------------------------------------------

    def parse_module(self) -> A.Module:
        body: list[A.Stmt] = []
        while not self.at(T.EOF):
            if self.at("}"):
                tok = self.next()
                self.report("ZT0102", "unexpected '}'", tok.start, tok.end)
                continue
            stmts, _ = self.parse_statement_list(lambda: self.at("}"))
            body.extend(stmts)
        for node, span in self.cover_inits:
            if id(node) not in self.cover_done:
                self.diags.append(self._diag("ZT0102", "unexpected '='", span))
                node.target = A.Invalid("cover", span=node.target.span)
        module = A.Module(self.path, body, language=self.language)
        module.span = self.lines.span(0, len(self.text))
        return module

    def parse_statement_list(self, stop: Callable[[], bool]) -> tuple[list[A.Stmt], bool]:
        """Statements until ``stop()`` or the end; returns them and whether the last one was dropped."""
        body: list[A.Stmt] = []
        dropped = False
        while not stop() and not self.at(T.EOF):
            tok = self.tok
            try:
                stmt = self.parse_statement()
            except ParseFailure as failure:
                self.diags.append(failure.diag)
                self.recover(tok, self.tok.start)
                dropped = True
                continue
            if stmt is None:
                dropped = True
            else:
                body.append(stmt)
                dropped = False
        return body, dropped

    # -- statements -------------------------------------------------------------------------------------

    @nested
    def parse_statement(self) -> A.Stmt | None:
        tok = self.tok
        kind = tok.kind
        if kind == "{":
            return self.parse_block()
        if kind == ";":
            self.next()
            return self.finish(A.Empty(), tok.start)
        if kind == "@":
            self.parse_decorator()
            return self.parse_statement()
        if kind == T.NAME:
            method = _STATEMENTS.get(tok.value)
            if method is not None:
                result = method(self)
                if result is not _NOT_HANDLED:
                    return result
            elif tok.value not in RESERVED and self.peek().kind == ":":
                return self.parse_labeled()
        return self.parse_expression_statement()

    def parse_expression_statement(self) -> A.Stmt:
        start = self.tok.start
        expr = self.parse_expression()
        self.consume_semicolon()
        return self.finish(A.ExprStmt(expr), start)

    def consume_semicolon(self) -> None:
        tok = self.tok
        if tok.kind == ";":
            self.next()
        elif tok.kind == "}" or tok.kind == T.EOF or tok.nl:
            return
        else:
            self.fail_expected(";")

    def parse_block(self) -> A.Block:
        start = self.expect("{").start
        top, self.top_level = self.top_level, False
        try:
            body, dropped = self.parse_statement_list(lambda: self.at("}"))
        finally:
            self.top_level = top
        self.expect("}")
        block = self.finish(A.Block(body), start)
        if dropped:
            self.dropped_tail.add(id(block))
        return block

    def parse_function_body(self) -> A.Block:
        self.in_function += 1
        try:
            return self.parse_block()
        finally:
            self.in_function -= 1

    def parse_labeled(self) -> A.Stmt | None:
        label = self.next()
        colon = self.next()
        self.unsupported("label", label.start, colon.end)
        return self.parse_statement()

    # declarations --------------------------------------------------------------------------------------

    def stmt_let_const(self) -> Any:
        tok = self.tok
        if tok.value == "const" and self.peek().is_name("enum"):
            self.next()
            return self.skip_enum(tok.start, "const-enum")
        return self.parse_var_decl()

    def stmt_var(self) -> Any:
        tok = self.tok
        self.unsupported("var", tok.start, tok.end)
        return self.parse_var_decl(kind="let")

    def parse_var_decl(self, exported: bool = False, start: int | None = None, kind: str | None = None,
                       for_head: bool = False) -> A.VarDecl:
        kw = self.next()
        start = kw.start if start is None else start
        kind = kind or kw.value
        declarations: list[A.Declarator] = []
        while True:
            dstart = self.tok.start
            target = self.parse_binding_target()
            type_ = None
            if self.at("!") and self.ts:
                bang = self.next()
                self.unsupported("x!", dstart, bang.end)
            if self.at(":"):
                type_ = self.parse_type_annotation()
            init = None
            if self.at("="):
                self.next()
                try:
                    init = self.parse_assignment()
                except ParseFailure as failure:
                    if self.spec_depth:
                        raise
                    # Keep the declaration (so later uses resolve) and skip the rest of the statement.
                    self.diags.append(failure.diag)
                    init = A.Invalid("syntax", span=failure.diag.span)
                    declarations.append(self.finish(A.Declarator(target, init, type_), dstart))
                    self.recover(kw, self.tok.start)
                    return self.finish(A.VarDecl(kind, declarations, exported), start)
                if isinstance(target, A.Identifier):
                    self.infer_name(init, target.name)
            elif kind == "const" and not for_head and not self.ambient:
                self.report("ZT0102", "'const' declarations must be initialized", dstart, self.prev_end)
            declarations.append(self.finish(A.Declarator(target, init, type_), dstart))
            if for_head or not self.eat(","):
                break
        if not for_head:
            self.consume_semicolon()
        return self.finish(A.VarDecl(kind, declarations, exported), start)

    @nested
    def parse_binding_target(self) -> Any:
        tok = self.tok
        start = tok.start
        if tok.kind == "[":
            self.next()
            elements: list[Any] = []
            while not self.at("]"):
                if self.at(","):
                    self.next()
                    elements.append(None)
                    continue
                if self.at("..."):
                    s = self.next().start
                    elements.append(self.finish(A.RestElement(self.parse_binding_target()), s))
                else:
                    elements.append(self.parse_binding_element())
                if not self.at("]"):
                    self.expect(",")
            self.next()
            return self.finish(A.ArrayPattern(elements), start)
        if tok.kind == "{":
            self.next()
            props: list[Any] = []
            while not self.at("}"):
                pstart = self.tok.start
                if self.at("..."):
                    self.next()
                    props.append(self.finish(A.RestElement(self.parse_binding_identifier()), pstart))
                else:
                    key, computed, key_tok = self.parse_property_key()
                    if self.eat(":"):
                        value = self.parse_binding_element()
                        props.append(self.finish(A.PatternProp(key, value, computed), pstart))
                    else:
                        if computed or key_tok.kind != T.NAME:
                            self.fail_expected(":")
                        self.check_binding_name(key_tok)
                        ident: Any = A.Identifier(key_tok.value, span=self.span(key_tok.start, key_tok.end))
                        if self.at("="):
                            self.next()
                            ident = self.finish(A.PatternDefault(ident, self.parse_assignment()), pstart)
                        props.append(self.finish(A.PatternProp(key, ident, shorthand=True), pstart))
                if not self.at("}"):
                    self.expect(",")
            self.next()
            return self.finish(A.ObjectPattern(props), start)
        return self.parse_binding_identifier()

    def parse_binding_element(self) -> Any:
        start = self.tok.start
        target = self.parse_binding_target()
        if self.at("="):
            self.next()
            return self.finish(A.PatternDefault(target, self.parse_assignment()), start)
        return target

    def parse_binding_identifier(self) -> A.Identifier:
        tok = self.tok
        if tok.kind != T.NAME:
            self.fail("expected a name")
        self.check_binding_name(tok)
        self.next()
        return A.Identifier(tok.value, span=self.span(tok.start, tok.end))

    def check_binding_name(self, tok: Token) -> None:
        if tok.value in RESERVED:
            if tok.value in ("this", "null"):
                self.fail_unexpected(tok)
            self.fail(f"'{tok.value}' is a reserved word and cannot be used as a name", tok)

    # functions -----------------------------------------------------------------------------------------

    def stmt_function(self) -> Any:
        return self.parse_function_decl()

    def parse_function_decl(self, exported: bool = False, start: int | None = None) -> A.FunctionDecl | None:
        fn_start = self.tok.start
        fn = self.parse_function(fn_start, require_name=True)
        if fn is None:
            return None
        return self.finish(A.FunctionDecl(fn, exported), fn_start if start is None else start)

    def parse_function(self, start: int, require_name: bool, report_generator: bool = True) -> A.Function | None:
        self.expect_name("function")
        if self.at("*"):
            star = self.next()
            if report_generator:
                self.unsupported("function*", start, star.end)
        name = ""
        name_id = None
        if self.tok.kind == T.NAME:
            name_id = self.parse_binding_identifier()
            name = name_id.name
        elif require_name:
            self.fail("expected a function name")
        return self.parse_function_rest(start, name, name_id=name_id, bodiless_ok=True)

    def parse_function_rest(self, start: int, name: str, *, is_method: bool = False,
                            name_id: A.Identifier | None = None, bodiless_ok: bool = False) -> A.Function | None:
        type_params: list[A.TypeParam] = []
        if self.at("<"):
            type_params = self.parse_type_params()
        params = self.parse_params()
        returns = None
        if self.at(":"):
            returns = self.parse_type_annotation()
        if not self.at("{"):
            if bodiless_ok and self.ambient:
                self.consume_semicolon()
                return None
            if bodiless_ok and self.ts and (self.at(";") or self.tok.nl or self.at(T.EOF) or self.at("}")):
                self.unsupported("overload", start, self.prev_end)
                self.consume_semicolon()
                return None
            self.fail_expected("{")
        top, self.top_level = self.top_level, False
        try:
            body = self.parse_function_body()
        finally:
            self.top_level = top
        fn = A.Function(name, params, body, is_method=is_method, returns=returns, type_params=type_params,
                        source=self.text[start : self.prev_end], name_id=name_id)
        return self.finish(fn, start)

    def parse_params(self) -> list[A.Param]:
        self.expect("(")
        no_in, self.no_in = self.no_in, False
        params: list[A.Param] = []
        while not self.at(")"):
            start = self.tok.start
            if self.tok.kind == T.NAME and self.tok.value in (*_ACCESS_WORDS, "readonly"):
                nxt = self.peek()
                if nxt.kind in (T.NAME, "{", "[") and not nxt.nl:
                    word = self.next()
                    if word.value == "readonly":
                        self.type_syntax_or_unsupported("class", word)
                    else:
                        self.unsupported(word.value, word.start, word.end)
            if self.at_name("this"):
                tok = self.next()
                self.unsupported("this", tok.start, tok.end)
                if self.at(":"):
                    self.parse_type_annotation()
                if not self.at(")"):
                    self.expect(",")
                continue
            rest = self.eat("...")
            pattern = self.parse_binding_target()
            optional = False
            if self.at("?"):
                q = self.next()
                optional = True
                if not self.ts:
                    self.type_syntax_error(q.start, q.end)
            type_ = None
            if self.at(":"):
                type_ = self.parse_type_annotation()
            default = None
            if self.eat("="):
                default = self.parse_assignment()
                if isinstance(pattern, A.Identifier):
                    self.infer_name(default, pattern.name)
            params.append(self.finish(A.Param(pattern, default, rest, optional, type_), start))
            if not self.at(")"):
                self.expect(",")
        self.next()
        self.no_in = no_in
        return params

    def type_syntax_or_unsupported(self, key: str, tok: Token) -> None:
        if self.ts:
            self.unsupported(key, tok.start, tok.end)
        else:
            self.type_syntax_error(tok.start, tok.end)

    def stmt_async(self) -> Any:
        tok = self.tok
        nxt = self.peek()
        if nxt.is_name("function") and not nxt.nl:
            self.unsupported("async", tok.start, tok.end)
            self.next()
            fn_start = self.tok.start
            fn = self.parse_function(fn_start, require_name=True)
            return None if fn is None else self.finish(A.FunctionDecl(fn), tok.start)
        return _NOT_HANDLED

    # control flow --------------------------------------------------------------------------------------

    def stmt_if(self) -> A.Stmt:
        start = self.next().start
        test = self.parse_condition()
        consequent = self.parse_nested_statement()
        alternate = None
        if self.eat_name("else"):
            alternate = self.parse_nested_statement()
        return self.finish(A.If(test, consequent, alternate), start)

    def parse_condition(self) -> A.Expr:
        self.expect("(")
        no_in, self.no_in = self.no_in, False
        expr = self.parse_expression()
        self.no_in = no_in
        self.expect(")")
        return expr

    def parse_nested_statement(self) -> A.Stmt:
        """The body of if/else/for: a statement; a dropped one becomes an empty block."""
        start = self.tok.start
        top, self.top_level = self.top_level, False
        try:
            stmt = self.parse_statement()
        finally:
            self.top_level = top
        if stmt is None:
            block = self.finish(A.Block([]), start)
            self.dropped_tail.add(id(block))
            return block
        return stmt

    def stmt_for(self) -> Any:
        for_tok = self.next()
        start = for_tok.start
        if self.at_name("await"):
            aw = self.next()
            self.unsupported("await", aw.start, aw.end)
        self.expect("(")
        tok = self.tok
        if tok.kind == T.NAME and tok.value in ("const", "let", "var"):
            if tok.value == "var":
                self.unsupported("var", tok.start, tok.end)
            kind = "let" if tok.value == "var" else tok.value
            self.next()
            target = self.parse_binding_target()
            if self.at(":"):
                self.parse_type_annotation()
            if self.eat_name("of"):
                iterable = self.parse_assignment()
                self.expect(")")
                body = self.parse_nested_statement()
                return self.finish(A.ForOf(kind, target, iterable, body), start)
            if self.eat_name("in"):
                self.unsupported("for-in", start, for_tok.end)
                self.parse_expression()
                self.expect(")")
                self.parse_nested_statement()
                return None
            self.unsupported("for(;;)", start, for_tok.end)
            no_in, self.no_in = self.no_in, True
            if self.eat("="):
                self.parse_assignment()
            while self.eat(","):
                self.parse_binding_target()
                if self.eat("="):
                    self.parse_assignment()
            self.no_in = no_in
            return self.skip_classic_for_rest()
        if self.at(";"):
            self.unsupported("for(;;)", start, for_tok.end)
            return self.skip_classic_for_rest()
        no_in, self.no_in = self.no_in, True
        self.parse_expression()
        self.no_in = no_in
        if self.eat_name("of"):
            self.unsupported("for-of-bare", start, for_tok.end)
            self.parse_assignment()
            self.expect(")")
            self.parse_nested_statement()
            return None
        if self.eat_name("in"):
            self.unsupported("for-in", start, for_tok.end)
            self.parse_expression()
            self.expect(")")
            self.parse_nested_statement()
            return None
        self.unsupported("for(;;)", start, for_tok.end)
        return self.skip_classic_for_rest()

    def skip_classic_for_rest(self) -> None:
        self.expect(";")
        if not self.at(";"):
            self.parse_expression()
        self.expect(";")
        if not self.at(")"):
            self.parse_expression()
        self.expect(")")
        self.parse_nested_statement()
        return None

    def stmt_while(self) -> None:
        tok = self.next()
        self.unsupported("while", tok.start, tok.end)
        self.parse_condition()
        self.parse_nested_statement()
        return None

    def stmt_do(self) -> None:
        tok = self.next()
        self.unsupported("do-while", tok.start, tok.end)
        self.parse_nested_statement()
        self.expect_name("while")
        self.parse_condition()
        if self.at(";"):
            self.next()
        return None

    def stmt_break_continue(self) -> None:
        tok = self.next()
        self.unsupported(tok.value, tok.start, tok.end)
        if self.tok.kind == T.NAME and not self.tok.nl and self.tok.value not in RESERVED:
            self.next()
        self.consume_semicolon()
        return None

    def stmt_throw(self) -> None:
        tok = self.next()
        self.unsupported("throw", tok.start, tok.end)
        if not self.tok.nl and can_start_expression(self.tok):
            self.parse_expression()
        self.consume_semicolon()
        return None

    def stmt_try(self) -> None:
        tok = self.next()
        self.unsupported("try", tok.start, tok.end)
        self.parse_block()
        if self.eat_name("catch"):
            if self.eat("("):
                self.parse_binding_target()
                if self.at(":"):
                    self.parse_type_annotation()
                self.expect(")")
            self.parse_block()
        if self.eat_name("finally"):
            self.parse_block()
        return None

    def stmt_with(self) -> None:
        tok = self.next()
        self.unsupported("with", tok.start, tok.end)
        self.parse_condition()
        self.parse_nested_statement()
        return None

    def stmt_debugger(self) -> None:
        tok = self.next()
        self.unsupported("debugger", tok.start, tok.end)
        self.consume_semicolon()
        return None

    def stmt_return(self) -> A.Stmt:
        tok = self.next()
        start = tok.start
        if not self.in_function:
            self.report("ZT0102", "'return' outside of function", tok.start, tok.end)
        nxt = self.tok
        if nxt.kind in (";", "}", T.EOF):
            self.consume_semicolon()
            return self.finish(A.Return(None), start)
        if nxt.nl:
            if nxt.kind == T.NAME and nxt.value in STATEMENT_KEYWORDS or not can_start_expression(nxt):
                return self.finish(A.Return(None), start)
            self.report("ZT0103", "line break after 'return'", tok.start, tok.end, _RETURN_HELP)
        argument = self.parse_expression()
        self.consume_semicolon()
        return self.finish(A.Return(argument), start)

    def stmt_switch(self) -> A.Stmt:
        start = self.next().start
        discriminant = self.parse_condition()
        self.expect("{")
        cases: list[A.SwitchCase] = []
        heads: list[Token] = []
        dropped_tails: list[bool] = []
        seen_default = False
        top, self.top_level = self.top_level, False
        try:
            while not self.at("}"):
                head = self.tok
                if self.eat_name("case"):
                    test: A.Expr | None = self.parse_expression()
                elif self.eat_name("default"):
                    test = None
                    if seen_default:
                        self.report("ZT0102", "a switch can have only one 'default' clause", head.start, head.end)
                    seen_default = True
                else:
                    self.fail_expected("case")
                self.expect(":")
                body, dropped = self.parse_statement_list(
                    lambda: self.at("}") or self.at_name("case") or self.at_name("default")
                )
                cases.append(self.finish(A.SwitchCase(test, body), head.start))
                heads.append(head)
                dropped_tails.append(dropped)
        finally:
            self.top_level = top
        self.expect("}")
        node = self.finish(A.Switch(discriminant, cases), start)
        self.check_switch(cases, heads, dropped_tails)
        return node

    def check_switch(self, cases: list[A.SwitchCase], heads: list[Token], dropped: list[bool]) -> None:
        """SPEC §3.4: every non-empty body ends in a return; no trailing empty case (ZT0104)."""
        for i, case in enumerate(cases):
            head = heads[i]
            if not case.body:
                if dropped[i]:
                    continue
                if i == len(cases) - 1:
                    self.report("ZT0104", "empty case at the end of a switch", head.start, head.end)
                continue
            if dropped[i]:
                continue
            if not self.always_returns(case.body[-1]):
                self.report("ZT0104", "case body falls through to the next case", head.start, head.end,
                            _FALLTHROUGH_HELP)

    def always_returns(self, stmt: A.Stmt) -> bool:
        if isinstance(stmt, A.Return):
            return True
        if isinstance(stmt, A.Block):
            if id(stmt) in self.dropped_tail:
                return True
            return bool(stmt.body) and self.always_returns(stmt.body[-1])
        if isinstance(stmt, A.If):
            return stmt.alternate is not None and self.always_returns(stmt.consequent) and self.always_returns(
                stmt.alternate
            )
        if isinstance(stmt, A.Switch):
            if not any(c.test is None for c in stmt.cases):
                return False
            return all(self.always_returns(c.body[-1]) for c in stmt.cases if c.body)
        return False

    # modules -------------------------------------------------------------------------------------------

    def stmt_import(self) -> Any:
        nxt = self.peek()
        if nxt.kind in ("(", "."):
            return _NOT_HANDLED
        if not self.top_level:
            self.fail("'import' declarations are only allowed at the top level of a module")
        start = self.next().start
        type_only = False
        if self.at_name("type"):
            nxt = self.peek()
            if nxt.kind == "{" or (nxt.kind == T.NAME and nxt.value != "from"):
                t = self.next()
                type_only = True
                if not self.ts:
                    self.type_syntax_error(t.start, t.end)
        if self.at(T.STRING):
            self.next()
            self.unsupported("import-bare", start, self.prev_end)
            self.consume_semicolon()
            return None
        specifiers: list[A.ImportSpec] = []
        if self.tok.kind == T.NAME:
            local = self.parse_binding_identifier()
            self.unsupported("import-default", start, self.prev_end)
            specifiers.append(A.ImportSpec("default", local, type_only, span=local.span))
            if not self.eat(","):
                return self.finish_import(start, specifiers, type_only)
        if self.at("*"):
            star = self.next()
            self.expect_name("as")
            local = self.parse_binding_identifier()
            self.unsupported("import-star", star.start if specifiers else start, self.prev_end)
            specifiers.append(A.ImportSpec("*", local, type_only, span=self.span(star.start)))
        elif self.at("{"):
            self.next()
            while not self.at("}"):
                specifiers.append(self.parse_import_specifier(type_only))
                if not self.at("}"):
                    self.expect(",")
            self.next()
        elif not specifiers:
            self.fail_expected("{")
        return self.finish_import(start, specifiers, type_only)

    def finish_import(self, start: int, specifiers: list[A.ImportSpec], type_only: bool) -> A.Import:
        self.expect_name("from")
        if not self.at(T.STRING):
            self.fail("expected a module specifier string")
        source_tok = self.next()
        self.consume_semicolon()
        node = A.Import(source_tok.value, specifiers, type_only,
                        source_span=self.span(source_tok.start, source_tok.end))
        return self.finish(node, start)

    def parse_import_specifier(self, type_only: bool) -> A.ImportSpec:
        start = self.tok.start
        spec_type = False
        if self.at_name("type"):
            nxt = self.peek()
            if nxt.kind in (T.NAME, T.STRING) and not nxt.is_name("as"):
                t = self.next()
                spec_type = True
                if not self.ts:
                    self.type_syntax_error(t.start, t.end)
            elif nxt.is_name("as"):
                # ``type as x`` imports 'type'; ``type as as x`` is a type import of 'as'.
                pass
        tok = self.tok
        if tok.kind not in (T.NAME, T.STRING):
            self.fail("expected an imported name")
        self.next()
        imported = tok.value
        if self.eat_name("as"):
            local = self.parse_binding_identifier()
        else:
            if tok.kind == T.STRING:
                self.fail_expected("as")
            self.check_binding_name(tok)
            local = A.Identifier(imported, span=self.span(tok.start, tok.end))
        return self.finish(A.ImportSpec(imported, local, type_only or spec_type), start)

    def stmt_export(self) -> Any:
        if not self.top_level:
            self.fail("'export' is only allowed at the top level of a module")
        export = self.next()
        start = export.start
        tok = self.tok
        if tok.is_name("default"):
            self.next()
            self.unsupported("export-default", start, self.prev_end)
            if self.at_name("function"):
                return self.parse_function_decl()
            if self.at_name("class"):
                self.skip_class()
                return None
            if self.at_name("async") and self.peek().is_name("function"):
                return self.stmt_async()
            self.parse_assignment()
            self.consume_semicolon()
            return None
        if tok.kind == "{" or (tok.is_name("type") and self.peek().kind == "{"):
            if tok.kind != "{":
                self.next()
            self.skip_balanced()
            self.unsupported("export-list", start, self.prev_end)
            if self.eat_name("from"):
                if self.at(T.STRING):
                    self.next()
            self.consume_semicolon()
            return None
        if tok.kind == "*":
            self.next()
            if self.eat_name("as"):
                self.next()
            self.unsupported("export-star", start, self.prev_end)
            if self.eat_name("from") and self.at(T.STRING):
                self.next()
            self.consume_semicolon()
            return None
        if tok.kind == T.NAME:
            word = tok.value
            if word in ("const", "let"):
                if word == "const" and self.peek().is_name("enum"):
                    self.next()
                    return self.skip_enum(tok.start, "const-enum")
                return self.parse_var_decl(exported=True, start=start)
            if word == "var":
                self.unsupported("var", tok.start, tok.end)
                return self.parse_var_decl(exported=True, start=start, kind="let")
            if word == "function":
                return self.parse_function_decl(exported=True, start=start)
            if word in ("type", "interface"):
                stmt = self.parse_statement()
                if isinstance(stmt, (A.TypeAlias, A.Interface)):
                    stmt.exported = True
                    stmt.span = self.span(start)
                return stmt
            if word in ("async", "class", "enum", "declare", "abstract", "namespace", "module"):
                stmt = self.parse_statement()
                if isinstance(stmt, A.FunctionDecl):
                    stmt.exported = True
                return stmt
        self.fail_unexpected()

    # unsupported declarations --------------------------------------------------------------------------

    def stmt_class(self) -> None:
        self.skip_class()
        return None

    def skip_class(self) -> None:
        """Report ``class`` (and its modifiers, private names and decorators) and skip it."""
        cls = self.next()
        self.unsupported("class", cls.start, cls.end)
        mark = len(self.diags)
        if self.tok.kind == T.NAME and self.tok.value not in ("extends", "implements"):
            self.next()
        if self.at("<"):
            self.parse_type_params()
        if self.eat_name("extends"):
            self.parse_lhs()
        del self.diags[mark:]
        if self.at_name("implements"):
            imp = self.next()
            self.unsupported("implements", imp.start, imp.end)
            mark = len(self.diags)
            self.parse_type()
            while self.eat(","):
                self.parse_type()
            del self.diags[mark:]
        if not self.at("{"):
            self.fail_expected("{")
        seen_private: set[str] = set()

        def visit(tok: Token, depth: int) -> None:
            if tok.kind == T.NAME and tok.value in (*_ACCESS_WORDS, "abstract"):
                self.unsupported(tok.value, tok.start, tok.end)
            elif tok.kind == T.PRIVATE and tok.value not in seen_private:
                seen_private.add(tok.value)
                self.unsupported("#private", tok.start, tok.end)
            elif tok.kind == "@":
                self.unsupported("decorator", tok.start, tok.end)

        self.skip_balanced(visit)

    def skip_enum(self, start: int, key: str = "enum") -> None:
        self.next()  # enum
        self.unsupported(key, start, self.prev_end)
        if self.tok.kind == T.NAME:
            self.next()
        if self.at("{"):
            self.skip_balanced()
        return None

    def stmt_enum(self) -> None:
        return self.skip_enum(self.tok.start)

    def stmt_contextual_block(self) -> Any:
        """``namespace N { }`` / ``module M { }``."""
        tok = self.tok
        nxt = self.peek()
        if nxt.nl or nxt.kind not in (T.NAME, T.STRING):
            return _NOT_HANDLED
        self.next()
        self.unsupported("namespace", tok.start, tok.end)
        while not self.at("{") and not self.at(T.EOF) and not self.at(";"):
            self.next()
        if self.at("{"):
            self.skip_balanced()
        return None

    def stmt_declare(self) -> Any:
        tok = self.tok
        nxt = self.peek()
        if nxt.nl or nxt.kind != T.NAME:
            return _NOT_HANDLED
        self.next()
        self.unsupported("declare", tok.start, tok.end)
        mark = len(self.diags)
        self.ambient += 1
        try:
            if self.at_name("global") or self.at_name("module") or self.at_name("namespace"):
                while not self.at("{") and not self.at(T.EOF):
                    self.next()
                self.skip_balanced()
            else:
                self.parse_statement()
        except ParseFailure:
            self.recover(tok)
        finally:
            self.ambient -= 1
            del self.diags[mark:]
        return None

    def stmt_abstract(self) -> Any:
        tok = self.tok
        if not self.peek().is_name("class"):
            return _NOT_HANDLED
        self.next()
        self.unsupported("abstract", tok.start, tok.end)
        self.skip_class()
        return None

    def stmt_access(self) -> Any:
        tok = self.next()
        self.unsupported(tok.value, tok.start, tok.end)
        return self.parse_statement()

    def stmt_type(self) -> Any:
        nxt = self.peek()
        if nxt.nl or nxt.kind != T.NAME:
            return _NOT_HANDLED
        return self.parse_type_alias()

    def stmt_interface(self) -> Any:
        return self.parse_interface()

    def parse_decorator(self) -> None:
        at = self.next()
        mark = len(self.diags)
        try:
            self.parse_lhs()
        finally:
            del self.diags[mark:]
        self.unsupported("decorator", at.start, self.prev_end)


_NOT_HANDLED = object()

_STATEMENTS: dict[str, Callable[[Parser], Any]] = {
    "let": Parser.stmt_let_const,
    "const": Parser.stmt_let_const,
    "var": Parser.stmt_var,
    "function": Parser.stmt_function,
    "async": Parser.stmt_async,
    "if": Parser.stmt_if,
    "for": Parser.stmt_for,
    "while": Parser.stmt_while,
    "do": Parser.stmt_do,
    "break": Parser.stmt_break_continue,
    "continue": Parser.stmt_break_continue,
    "throw": Parser.stmt_throw,
    "try": Parser.stmt_try,
    "with": Parser.stmt_with,
    "debugger": Parser.stmt_debugger,
    "return": Parser.stmt_return,
    "switch": Parser.stmt_switch,
    "import": Parser.stmt_import,
    "export": Parser.stmt_export,
    "class": Parser.stmt_class,
    "enum": Parser.stmt_enum,
    "namespace": Parser.stmt_contextual_block,
    "module": Parser.stmt_contextual_block,
    "declare": Parser.stmt_declare,
    "abstract": Parser.stmt_abstract,
    "public": Parser.stmt_access,
    "private": Parser.stmt_access,
    "protected": Parser.stmt_access,
    "type": Parser.stmt_type,
    "interface": Parser.stmt_interface,
}


def parse(text: str, path: str, language: str) -> tuple[A.Module, list[Diagnostic]]:
    """Parse one module's text (BOM removed). Diagnostics are in source order."""
    parser = Parser(text, path, language)
    try:
        module = parser.parse_module()
    except RecursionError:  # pragma: no cover - the nesting limit normally stops first
        tok = parser.tok
        parser.report("ZT0102", "nesting is too deep", tok.start, max(tok.end, tok.start + 1))
        module = A.Module(path, [], language=language)
    too_deep = next((stmt for stmt in module.body if _too_deep(stmt)), None)
    if too_deep is not None:
        # Every later walk over the tree recurses; a tree this deep is refused here, once.
        line, col = too_deep.span[:2]
        parser.diags.append(parser._diag("ZT0102", "expression is nested too deeply", (line, col, line, col + 1)))
        module.body = []
    # Rescanning a statement during recovery can report a lexical error twice: keep one.
    unique = {(d.code, d.message, d.span): d for d in parser.diags}
    diags = sorted(unique.values(), key=lambda d: (d.span[0], d.span[1]))
    return module, diags


MAX_TREE_DEPTH = 1500  # nodes on one root-to-leaf path (long operator or member chains nest this way)


def _too_deep(root: A.Node) -> bool:
    """True when some path below ``root`` is longer than MAX_TREE_DEPTH nodes (iterative walk)."""
    stack: list[tuple[object, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_TREE_DEPTH and isinstance(node, A.Node):
            return True
        if isinstance(node, A.Node):
            for name in node.__dataclass_fields__:
                if name != "span":
                    value = getattr(node, name)
                    if isinstance(value, (A.Node, list)):
                        stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth) for item in node if isinstance(item, (A.Node, list)))
    return False
