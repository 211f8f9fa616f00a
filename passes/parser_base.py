"""Shared machinery of the recursive-descent parser: the token cursor, diagnostics, speculation and
error recovery. The grammar itself lives in the ``parser_*`` mixins combined by ``parser.Parser``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from . import tokens as T
from .diagnostics import Diagnostic, error
from .jsast import Node, Span
from .lexer import Lexer, LineMap
from .tokens import Token
from .unsupported import UNSUPPORTED, type_syntax_in

R = TypeVar("R")

# Keywords that start a statement (used by ASI/recovery and the ZT0103 rule).
STATEMENT_KEYWORDS = frozenset(
    "let const var function if for while do switch return throw try break continue import export class "
    "debugger with".split()
)


MAX_NESTING = 256  # nested expressions/statements/types/JSX elements before "nesting is too deep"


def nested(method: Callable[..., R]) -> Callable[..., R]:
    """Count the nesting depth of a recursive grammar rule and stop cleanly when it is too deep."""

    def wrapper(self: ParserBase, *args: Any) -> R:
        self.depth += 1
        try:
            if self.depth > MAX_NESTING:
                self.fail(f"nesting is too deep (more than {MAX_NESTING} levels)")
            return method(self, *args)
        finally:
            self.depth -= 1

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class ParseFailure(Exception):
    """A syntax error: the parser gives up on the current statement and recovers."""

    def __init__(self, diag: Diagnostic) -> None:
        super().__init__(diag.message)
        self.diag = diag


class Backtrack(Exception):
    """Raised inside a speculative parse that does not fit the attempted form."""


class ParserBase:
    """Token cursor over a ``Lexer`` with diagnostics and speculation."""

    def __init__(self, text: str, path: str, language: str) -> None:
        self.text = text
        self.path = path
        self.language = language
        self.ts = language in ("ts", "tsx")
        self.jsx = language in ("tsx", "jsx")
        self.diags: list[Diagnostic] = []
        self.lines = LineMap(text)
        self.lex = Lexer(text, path, self.lines, self.diags)
        self.prev_end = 0
        self.tok: Token = self.lex.scan()
        self.spec_depth = 0
        self.depth = 0
        self.in_function = 0
        self.no_in = False
        self.ambient = 0
        self.top_level = True
        self.no_conditional = False  # inside ``A extends B`` of a conditional type
        # Parenthesised expressions (for '??' mixing and '**' checks); references keep ids unique.
        self._parens: list[Node] = []
        self.paren_ids: set[int] = set()
        # Object-literal shorthand defaults ``{ a = 1 }`` waiting to become patterns: (Assign node, span).
        self.cover_inits: list[tuple[Any, Span]] = []
        self.cover_done: set[int] = set()
        # Offsets of '(' known not to start an arrow function (avoids re-trying nested speculation).
        self.not_arrow: set[int] = set()
        # Blocks and case bodies whose last statement was dropped (reported), to avoid ZT0104 cascades.
        self.dropped_tail: set[int] = set()

    # -- cursor -----------------------------------------------------------------------------------------

    def next(self) -> Token:
        """Advance; returns the token that was current."""
        tok = self.tok
        self.prev_end = tok.end
        self.tok = self.lex.scan()
        return tok

    def at(self, kind: str) -> bool:
        return self.tok.kind == kind

    def at_name(self, word: str) -> bool:
        tok = self.tok
        return tok.kind == T.NAME and tok.value == word

    def eat(self, kind: str) -> bool:
        if self.tok.kind == kind:
            self.next()
            return True
        return False

    def eat_name(self, word: str) -> bool:
        if self.at_name(word):
            self.next()
            return True
        return False

    def expect(self, kind: str) -> Token:
        if self.tok.kind != kind:
            self.fail_expected(kind)
        return self.next()

    def expect_name(self, word: str) -> Token:
        if not self.at_name(word):
            self.fail_expected(word)
        return self.next()

    def peek(self) -> Token:
        """The token after the current one (lexer errors found while peeking are dropped)."""
        pos = self.lex.pos
        mark = len(self.diags)
        tok = self.lex.scan()
        self.lex.pos = pos
        del self.diags[mark:]
        return tok

    # -- spans and text ---------------------------------------------------------------------------------

    def span(self, start: int, end: int | None = None) -> Span:
        return self.lines.span(start, self.prev_end if end is None else end)

    def finish(self, node: Any, start: int) -> Any:
        """Set ``node.span`` from ``start`` to the end of the last consumed token."""
        node.span = self.lines.span(start, self.prev_end)
        return node

    def token_text(self, tok: Token) -> str:
        if tok.kind == T.EOF:
            return "end of input"
        return self.text[tok.start : tok.end]

    # -- diagnostics ------------------------------------------------------------------------------------

    def report(self, code: str, message: str, start: int, end: int, help: str | None = None) -> None:
        self.diags.append(error(code, message, self.path, self.lines.span(start, end), help))

    def _diag(self, code: str, message: str, span: Span, help: str | None = None) -> Diagnostic:
        return error(code, message, self.path, span, help)

    def unsupported(self, key: str, start: int, end: int) -> None:
        message, help = UNSUPPORTED[key]
        self.report("ZT0200", message, start, end, help)

    def type_syntax_error(self, start: int, end: int) -> None:
        message, help = type_syntax_in(self.language)
        self.report("ZT0200", message, start, end, help)

    def fail(self, message: str, tok: Token | None = None, code: str = "ZT0102", help: str | None = None) -> NoReturn:
        tok = tok or self.tok
        end = tok.end if tok.end > tok.start else tok.start
        raise ParseFailure(error(code, message, self.path, self.lines.span(tok.start, end), help))

    def fail_expected(self, what: str) -> NoReturn:
        self.fail(f"expected '{what}'")

    def fail_unexpected(self, tok: Token | None = None) -> NoReturn:
        tok = tok or self.tok
        if tok.kind == T.EOF:
            self.fail("unexpected end of input", tok)
        self.fail(f"unexpected '{self.token_text(tok)}'", tok)

    # -- speculation ------------------------------------------------------------------------------------

    def save(self) -> tuple[Any, ...]:
        return (
            self.lex.pos,
            self.tok,
            self.prev_end,
            len(self.diags),
            len(self.cover_inits),
            self.in_function,
            self.no_in,
        )

    def restore(self, state: tuple[Any, ...]) -> None:
        pos, tok, prev_end, ndiags, ncover, in_function, no_in = state
        self.lex.pos = pos
        self.tok = tok
        self.prev_end = prev_end
        del self.diags[ndiags:]
        del self.cover_inits[ncover:]
        self.in_function = in_function
        self.no_in = no_in

    def speculate(self, attempt: Callable[[], R]) -> R | None:
        """Run ``attempt``; on a syntax error or ``Backtrack`` rewind everything and return None."""
        state = self.save()
        self.spec_depth += 1
        try:
            return attempt()
        except (ParseFailure, Backtrack):
            self.restore(state)
            return None
        finally:
            self.spec_depth -= 1

    # -- parenthesised expressions ----------------------------------------------------------------------

    def mark_paren(self, node: Node) -> None:
        self._parens.append(node)
        self.paren_ids.add(id(node))

    def is_paren(self, node: Node) -> bool:
        return id(node) in self.paren_ids

    # -- recovery ---------------------------------------------------------------------------------------

    def skip_balanced(self, on_token: Callable[[Token, int], None] | None = None) -> None:
        """The current token opens a bracket (``{ ( [``): skip to just after the matching close."""
        stack: list[str] = []
        closers = {"{": "}", "(": ")", "[": "]"}
        while True:
            tok = self.tok
            kind = tok.kind
            if kind == T.EOF:
                return
            if on_token is not None:
                on_token(tok, len(stack))
            if kind in closers:
                stack.append(closers[kind])
            elif kind in (T.TEMPLATE_HEAD, T.TEMPLATE_MIDDLE):
                stack.append("tpl")
            elif kind in ("}", ")", "]"):
                if stack and stack[-1] == "tpl" and kind == "}":
                    self.tok = self.lex.rescan_template(tok)
                    stack.pop()
                    if self.tok.kind == T.TEMPLATE_MIDDLE:
                        stack.append("tpl")
                    if not stack:
                        self.next()
                        return
                    self.next()
                    continue
                while stack and stack[-1] != kind:
                    stack.pop()
                if stack:
                    stack.pop()
                if not stack:
                    self.next()
                    return
            self.next()

    def recover(self, stmt_start: Token, failed_at: int | None = None) -> None:
        """After a syntax error at offset ``failed_at``, skip the whole statement that began at
        ``stmt_start``: rescan it with bracket matching and stop past a ``;`` at depth 0, before a ``}``
        closing the enclosing block, or before a statement keyword starting a new line when no bracket
        opened after the error is still open (so an unclosed ``(`` or ``{`` does not swallow the file)."""
        if failed_at is None:
            failed_at = self.tok.start
        self.lex.pos = stmt_start.end
        self.tok = stmt_start
        stack: list[tuple[str, int]] = []  # (closer, offset where it was opened)
        first = True
        while True:
            tok = self.tok
            kind = tok.kind
            if kind == T.EOF:
                return
            if not first and tok.nl and kind == T.NAME and tok.value in STATEMENT_KEYWORDS:
                if not stack or (stack[-1][1] < failed_at <= tok.start):
                    return
            first = False
            if kind in ("{", "(", "["):
                stack.append(({"{": "}", "(": ")", "[": "]"}[kind], tok.start))
            elif kind == T.TEMPLATE_HEAD:
                stack.append(("tpl", tok.start))
            elif kind in ("}", ")", "]"):
                closers = [c for c, _ in stack]
                if kind == "}" and closers and closers[-1] == "tpl":
                    self.tok = self.lex.rescan_template(tok)
                    if self.tok.kind == T.TEMPLATE_TAIL:
                        stack.pop()
                elif kind in closers:
                    while stack.pop()[0] != kind:
                        pass
                elif kind == "}":
                    return  # closes the enclosing block
            elif kind == ";" and not stack:
                self.next()
                return
            self.next()
