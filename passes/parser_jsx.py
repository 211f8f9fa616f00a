"""JSX (SPEC §8.1, §8.2): elements, fragments, attributes, children, whitespace and character
references, and the ZT0106 checks."""

from __future__ import annotations

import html.entities
import re
from typing import Any

from zigttp.vm.utf16 import to_js

from . import jsast as A
from . import tokens as T
from .parser_base import ParseFailure, nested

_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_LINES = re.compile("\r\n|[\n\r\u2028\u2029]")
_NAMED = html.entities.html5

VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_UNSAFE_ATTR = re.compile(r"[\s\"'<>/=\\\x00-\x1f\x7f]")


def decode_entities(text: str) -> str:
    """Decode HTML character references; unknown ones stay as written."""
    if "&" not in text:
        return text

    def replace(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref[0] == "#":
            try:
                cp = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
            except ValueError:
                return m.group()
            if 0 < cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF:
                return chr(cp)
            return m.group()
        return _NAMED.get(ref + ";", m.group())

    return _ENTITY.sub(replace, text)


def _is_jsx_space(ch: str) -> bool:
    return ch.isspace() and ch not in "\n\r\u2028\u2029"


def jsx_text_value(raw: str) -> str:
    """Apply the whitespace rules of SPEC §8.2 and decode references (result in UTF-16 form)."""
    lines = _LINES.split(raw)
    if len(lines) == 1:
        return to_js(decode_entities(raw))
    kept: list[str] = []
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i > 0:
            j = 0
            while j < len(line) and _is_jsx_space(line[j]):
                j += 1
            line = line[j:]
        if i < last:
            j = len(line)
            while j > 0 and _is_jsx_space(line[j - 1]):
                j -= 1
            line = line[:j]
        if line:
            kept.append(line)
    return to_js(decode_entities(" ".join(kept)))


def unsafe_attribute_name(name: str) -> bool:
    return name == "" or _UNSAFE_ATTR.search(name) is not None


class JSXParser:
    """Mixin: JSX. The element parser reads raw text between tags straight from the lexer."""

    def parse_jsx_root(self) -> A.Expr:
        """The current token is ``<``: parse an element/fragment and resume normal scanning after it."""
        node = self.parse_jsx_element()
        self.tok = self.lex.scan()
        return node

    @nested
    def parse_jsx_element(self) -> A.Expr:
        """Parse from the current ``<``; on return the lexer sits right after the final ``>``."""
        open_tok = self.tok
        start = open_tok.start
        self.next()
        if self.at(">"):
            # Fragment: the '>' was scanned alone, so the lexer is right after it.
            self.prev_end = self.tok.end
            children = self.parse_jsx_children("", start)
            return self.finish(A.JSXFragment(children), start)
        tag, tag_name = self.parse_jsx_tag_name()
        attrs: list[Any] = []
        while True:
            tok = self.tok
            if tok.kind == "/":
                self.next()
                if not self.at(">"):
                    self.fail_expected(">")
                self.prev_end = self.tok.end
                node = self.finish(self.make_element(tag, tag_name, attrs, []), start)
                self.check_element(node, tag_name, attrs, [], start)
                return node
            if tok.kind == ">":
                self.prev_end = tok.end
                break
            attrs.append(self.parse_jsx_attribute())
        children = self.parse_jsx_children(tag_name, start)
        node = self.finish(self.make_element(tag, tag_name, attrs, children), start)
        self.check_element(node, tag_name, attrs, children, start)
        return node

    def make_element(self, tag: Any, tag_name: str, attrs: list[Any], children: list[A.Expr]) -> A.JSXElement:
        is_component = not isinstance(tag, str)
        return A.JSXElement(tag, attrs, children, is_component)

    def parse_jsx_name_token(self) -> Any:
        tok = self.tok
        if tok.kind != T.NAME:
            self.fail("expected a JSX tag or attribute name")
        tok = self.tok = self.lex.jsx_name_rest(tok)
        self.next()
        return tok

    def parse_jsx_tag_name(self) -> tuple[Any, str]:
        first = self.parse_jsx_name_token()
        name = first.value
        if self.at(":"):
            self.next()
            second = self.parse_jsx_name_token()
            name = f"{name}:{second.value}"
            return name, name
        if self.at("."):
            expr: A.Expr = A.Identifier(first.value, span=self.span(first.start, first.end))
            while self.eat("."):
                part = self.tok
                if part.kind != T.NAME:
                    self.fail("expected a name")
                self.next()
                name = f"{name}.{part.value}"
                expr = A.Member(expr, part.value, span=self.span(first.start, part.end))
            return expr, name
        if name[:1].islower() or "-" in name:
            return name, name
        return A.Identifier(name, span=self.span(first.start, first.end)), name

    def parse_jsx_attribute(self) -> Any:
        tok = self.tok
        start = tok.start
        if tok.kind == "{":
            self.next()
            self.expect("...")
            argument = self.parse_assignment()
            if not self.at("}"):
                self.fail_expected("}")
            self.next()
            self.check_spread_names(argument)
            return self.finish(A.JSXSpreadAttr(argument), start)
        name_tok = self.parse_jsx_name_token()
        name = to_js(name_tok.value)
        if self.at(":"):
            self.next()
            name = f"{name}:{to_js(self.parse_jsx_name_token().value)}"
        if not self.at("="):
            return self.finish(A.JSXAttr(name, None), start)
        # Attribute value: a string (no escapes), {expr} or an element.
        eq = self.tok
        self.prev_end = eq.end
        self.lex.pos = eq.end
        self.lex.skip_trivia()
        pos = self.lex.pos
        if pos < len(self.text) and self.text[pos] in "\"'":
            raw, end = self.lex.jsx_attr_string(pos)
            value: A.Expr = A.StringLit(to_js(decode_entities(raw)), span=self.span(pos, end))
            self.prev_end = end
            self.tok = self.lex.scan()
            return self.finish(A.JSXAttr(name, value), start)
        self.tok = self.lex.scan()
        if self.at("{"):
            brace = self.next()
            if self.at("}"):
                self.fail("a JSX attribute value must not be empty", code="ZT0106", tok=brace)
            value = self.parse_assignment()
            if not self.at("}"):
                self.fail_expected("}")
            self.next()
            return self.finish(A.JSXAttr(name, value), start)
        if self.at("<"):
            value = self.parse_jsx_root()
            return self.finish(A.JSXAttr(name, value), start)
        self.fail("expected a JSX attribute value")

    def parse_jsx_children(self, tag_name: str, open_start: int) -> list[A.Expr]:
        """Children up to and including the closing tag; the lexer starts right after the opening ``>``."""
        children: list[A.Expr] = []
        text = self.text
        while True:
            tstart, tend = self.lex.jsx_text()
            if tend > tstart:
                self.check_jsx_text(tstart, tend)
                value = jsx_text_value(text[tstart:tend])
                if value:
                    children.append(A.JSXText(value, span=self.span(tstart, tend)))
            if self.lex.pos >= len(text):
                self.tok = self.lex.scan()
                raise ParseFailure(self._diag(
                    "ZT0106", f"expected '</{tag_name}>' to close '<{tag_name}>', found end of input",
                    self.span(open_start, open_start + 1)))
            ch = text[self.lex.pos]
            if ch == "{":
                brace = self.lex.scan()
                self.prev_end = brace.end
                self.tok = self.lex.scan()
                if self.at("}"):
                    self.prev_end = self.tok.end
                    continue  # {/* comment */}
                if self.at("..."):
                    self.next()
                    expr = self.parse_expression()
                    node: A.Expr = A.JSXSpreadChild(expr)
                else:
                    expr = self.parse_expression()
                    node = A.JSXExprContainer(expr)
                if not self.at("}"):
                    self.fail_expected("}")
                self.prev_end = self.tok.end
                self.lex.pos = self.tok.end
                children.append(self.finish(node, brace.start))
                continue
            # '<': a child element or the closing tag.
            lt = self.lex.scan()
            after = self.lex.pos
            nxt = self.lex.scan()
            if nxt.kind == "/":
                self.tok = self.lex.scan()
                if self.at(">"):
                    name = ""
                else:
                    _, name = self.parse_jsx_tag_name()
                if not self.at(">"):
                    self.fail_expected(">")
                self.prev_end = self.tok.end
                if name != tag_name:
                    self.report(
                        "ZT0106",
                        f"expected '</{tag_name}>' to close '<{tag_name}>', found '</{name}>'",
                        lt.start,
                        self.tok.end,
                    )
                return children
            self.lex.pos = after
            self.tok = lt
            children.append(self.parse_jsx_element())

    def check_jsx_text(self, start: int, end: int) -> None:
        text = self.text
        for i in range(start, end):
            ch = text[i]
            if ch == ">" or ch == "}":
                entity = "&gt;" if ch == ">" else "&rbrace;"
                self.report("ZT0106", f"unexpected '{ch}' in JSX text", i, i + 1,
                            f'write {{"{ch}"}} or {entity}')

    def check_element(self, node: A.Expr, tag_name: str, attrs: list[Any], children: list[A.Expr],
                      start: int) -> None:
        if not isinstance(node, A.JSXElement):
            return
        literal = [c for c in children if _is_literal_child(c)]
        if literal and not node.is_component and tag_name in VOID_ELEMENTS:
            # Only children written literally are a build error (SPEC §8.1); dynamic ones ({expr},
            # {...items}) are checked when rendered (§8.4: TypeError), since they may be empty.
            self.diags.append(self._diag("ZT0106", f"void element <{tag_name}> cannot have children",
                                         literal[0].span))
        if children and any(isinstance(a, A.JSXAttr) and a.name == "dangerouslySetInnerHTML" for a in attrs):
            self.diags.append(self._diag(
                "ZT0106", "an element cannot have both children and dangerouslySetInnerHTML", node.span))

    def check_spread_names(self, argument: A.Expr) -> None:
        if not isinstance(argument, A.ObjectLit):
            return
        for prop in argument.properties:
            if isinstance(prop, A.Property) and not prop.computed and isinstance(prop.key, str):
                if unsafe_attribute_name(prop.key):
                    self.diags.append(self._diag("ZT0106", f"invalid attribute name '{prop.key}'", prop.span))


def _is_literal_child(child: A.Expr) -> bool:
    """Text, nested elements and constant expressions are literal children; other expressions are not."""
    if isinstance(child, A.JSXExprContainer):
        inner = child.expression
        return isinstance(inner, (A.StringLit, A.NumberLit)) or (
            isinstance(inner, A.TemplateLit) and not inner.exprs)
    return not isinstance(child, A.JSXSpreadChild)
