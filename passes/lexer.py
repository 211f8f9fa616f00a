"""The lexer (SPEC §2): an on-demand scanner driven by the parser.

The parser asks for one token at a time (``scan``). Where the meaning of a character depends on the
syntactic position, the parser asks the lexer to look at a token again, as TypeScript's scanner does:
``rescan_gt`` joins ``>`` with following ``>``/``=`` in expressions (types need them apart),
``rescan_regex`` reads a regular-expression literal where an expression starts, ``rescan_template``
continues a template after ``}``, and the ``jsx_*`` methods read JSX text, names and attribute strings.

Offsets count code points of the decoded source. ``LineMap`` turns them into 1-based (line, column) spans.
"""

from __future__ import annotations

import bisect
import re

from zigttp.vm.utf16 import to_js

from . import tokens as T
from .diagnostics import Diagnostic, error
from .jsast import Span
from .tokens import Token

LINE_TERMINATORS = "\n\r\u2028\u2029"
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
# TAB VT FF SP NBSP ZWNBSP and every Zs character.
_WS_CHARS = "\t\v\f \u00a0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000"
_WS = re.compile(f"[{_WS_CHARS}]+")
_LINE_REST = re.compile("[^\n\r\u2028\u2029]*")
_ASCII_ID = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_ASCII_ID_PART = re.compile(r"[A-Za-z0-9_$]*")
_DIGITS = re.compile(r"[0-9_]*")
_ALNUM = re.compile(r"[0-9A-Za-z_]*")
_STRING_RUN = {"'": re.compile(r"[^'\\\n\r]*"), '"': re.compile(r'[^"\\\n\r]*')}
_TEMPLATE_RUN = re.compile(r"[^`\\$\r]*")
_BAD_SEPARATOR = re.compile(r"(?<![0-9A-Fa-f])_|_(?![0-9A-Fa-f])|__")
_PUNCT = re.compile("|".join(re.escape(p) for p in T.PUNCTUATORS))
_HEX = "0123456789abcdefABCDEF"


def is_id_start(ch: str) -> bool:
    """ID_Start, ``$`` or ``_``."""
    return ch == "$" or ch == "_" or ch.isidentifier()


def is_id_part(ch: str) -> bool:
    """ID_Continue, ``$``, ``_``, ZWNJ or ZWJ."""
    return ch in "$_\u200c\u200d" or ("a" + ch).isidentifier()


class LineMap:
    """Offsets to 1-based lines and code-point columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        sl, sc = self.position(start)
        if end <= start:
            return (sl, sc, sl, sc)
        el, ec = self.position(end)
        return (sl, sc, el, ec)


class Lexer:
    """Scans ``text`` (BOM already removed) on demand; errors go to ``diags`` (ZT0101, ZT0200)."""

    def __init__(self, text: str, file: str, lines: LineMap, diags: list[Diagnostic]) -> None:
        self.text = text
        self.n = len(text)
        self.file = file
        self.lines = lines
        self.diags = diags
        self.pos = 0
        if text.startswith("#!"):
            self.pos = _LINE_REST.match(text, 0).end()

    # -- diagnostics ------------------------------------------------------------------------------------

    def error(self, message: str, start: int, end: int, help: str | None = None, code: str = "ZT0101") -> None:
        self.diags.append(error(code, message, self.file, self.lines.span(start, end), help))

    # -- trivia -----------------------------------------------------------------------------------------

    def skip_trivia(self) -> bool:
        """Skip whitespace and comments from ``pos``; True when a line terminator was crossed."""
        text, n = self.text, self.n
        pos = self.pos
        nl = False
        while pos < n:
            ch = text[pos]
            if ch in LINE_TERMINATORS:
                nl = True
                pos += 1
            elif ch == "/" and pos + 1 < n and text[pos + 1] == "/":
                pos = _LINE_REST.match(text, pos).end()
            elif ch == "/" and pos + 1 < n and text[pos + 1] == "*":
                close = text.find("*/", pos + 2)
                if close < 0:
                    self.error("unterminated comment", pos, pos + 2)
                    close = n - 2
                if not nl and any(c in text[pos:close] for c in LINE_TERMINATORS):
                    nl = True
                pos = close + 2
            else:
                m = _WS.match(text, pos)
                if m is None:
                    break
                pos = m.end()
        self.pos = min(pos, n)
        return nl

    # -- main scanner -----------------------------------------------------------------------------------

    def scan(self) -> Token:
        """The next token after ``pos`` (``>`` always alone; ``/`` always an operator)."""
        nl = self.skip_trivia()
        text = self.text
        start = self.pos
        if start >= self.n:
            return Token(T.EOF, None, start, start, nl)
        ch = text[start]
        m = _ASCII_ID.match(text, start)
        if m is not None:
            end = m.end()
            if end < self.n and (text[end] == "\\" or ord(text[end]) > 127):
                return self._scan_unicode_name(start, nl)
            self.pos = end
            return Token(T.NAME, m.group(), start, end, nl)
        if ch.isdigit() and ch.isascii() or (ch == "." and start + 1 < self.n and text[start + 1] in "0123456789"):
            return self._scan_number(start, nl)
        if ch == '"' or ch == "'":
            return self._scan_string(start, nl)
        if ch == "`":
            self.pos = start + 1
            return self._scan_template(start, nl, head=True)
        if ch == ">":
            self.pos = start + 1
            return Token(">", ">", start, start + 1, nl)
        if ch == "?" and text.startswith("?.", start) and start + 2 < self.n and text[start + 2].isdigit():
            self.pos = start + 1
            return Token("?", "?", start, start + 1, nl)
        if ch == "#":
            if start + 1 < self.n and is_id_start(text[start + 1]):
                self.pos = start + 1
                name = self._scan_unicode_name(start + 1, nl)
                return Token(T.PRIVATE, name.value, start, name.end, nl)
            self.pos = start + 1
            return Token("#", "#", start, start + 1, nl)
        m = _PUNCT.match(text, start)
        if m is not None:
            p = m.group()
            self.pos = m.end()
            return Token(p, p, start, self.pos, nl)
        if ch == "\\" or is_id_start(ch):
            return self._scan_unicode_name(start, nl)
        # Anything else: report, skip it and go on.
        self.error(f"unexpected character '{ch}'", start, start + 1)
        self.pos = start + 1
        tok = self.scan()
        tok.nl = tok.nl or nl
        return tok

    def _scan_unicode_name(self, start: int, nl: bool) -> Token:
        text, n = self.text, self.n
        pos = start
        parts: list[str] = []
        first = True
        while pos < n:
            ch = text[pos]
            if ch == "\\":
                end = pos + 1
                if end < n and text[end] == "u":
                    end += 1
                    if end < n and text[end] == "{":
                        close = text.find("}", end)
                        end = close + 1 if close >= 0 else end + 1
                    else:
                        end = min(end + 4, n)
                self.error("unicode escapes are not allowed in identifiers", pos, end)
                pos = end
                first = False
                continue
            if (is_id_start(ch) if first else is_id_part(ch)):
                m = _ASCII_ID_PART.match(text, pos + 1)
                parts.append(text[pos : m.end()])
                pos = m.end()
                first = False
                continue
            break
        self.pos = pos
        return Token(T.NAME, "".join(parts), start, pos, nl)

    # -- numbers ----------------------------------------------------------------------------------------

    def _scan_number(self, start: int, nl: bool) -> Token:
        text, n = self.text, self.n
        pos = start
        value: float
        integer = True
        if text[pos] == "0" and pos + 1 < n and text[pos + 1] in "xXoObB":
            base = {"x": 16, "o": 8, "b": 2}[text[pos + 1].lower()]
            end = _ALNUM.match(text, pos + 2).end()
            digits = text[pos + 2 : end]
            valid = "0123456789abcdefABCDEF"[: base + (6 if base == 16 else 0)] + "_"
            pos = end
            if not digits or any(c not in valid for c in digits):
                self.error(f"invalid numeric literal '{text[start:end]}'", start, end)
                value = 0.0
            else:
                if _BAD_SEPARATOR.search(digits) or digits.startswith("_") or digits.endswith("_"):
                    self.error("invalid numeric separator", start, end)
                value = _int_to_float(int(digits.replace("_", ""), base))
        elif text[pos] == "0" and pos + 1 < n and (text[pos + 1].isdigit() or text[pos + 1] == "_"):
            end = _DIGITS.match(text, pos).end()
            raw = text[start:end]
            digits = raw.replace("_", "")
            if all(c in "01234567" for c in digits):
                help = f"write '0o{digits[1:].lstrip('0') or '0'}' for octal or '{digits.lstrip('0') or '0'}' for decimal"
                value = float(int(digits, 8))
            else:
                help = f"write '{digits.lstrip('0') or '0'}' for decimal"
                value = float(digits)
            self.error(f"legacy octal literal '{raw}' is not allowed", start, end, help)
            pos = end
            integer = False
        else:
            pos = _DIGITS.match(text, pos).end()
            if pos < n and text[pos] == ".":
                integer = False
                pos = _DIGITS.match(text, pos + 1).end()
            if pos < n and text[pos] in "eE":
                integer = False
                exp = pos + 1
                if exp < n and text[exp] in "+-":
                    exp += 1
                exp_end = _DIGITS.match(text, exp).end()
                if exp_end == exp:
                    self.error(f"invalid numeric literal '{text[start:exp]}'", start, exp)
                pos = exp_end
            raw = text[start:pos]
            if "_" in raw and _bad_decimal_separator(raw):
                self.error("invalid numeric separator", start, pos)
            try:
                value = float(raw.replace("_", "") or "0")
            except ValueError:
                value = 0.0
        bigint = False
        if pos < n and text[pos] == "n" and integer:
            pos += 1
            bigint = True
            self.error(
                "'BigInt' is not supported",
                start,
                pos,
                "use a number (integers are exact up to 2^53 - 1) or a decimal string",
                code="ZT0200",
            )
        if pos < n and (is_id_start(text[pos]) or text[pos].isdigit() or text[pos] == "\\"):
            end = pos
            while end < n and (is_id_part(text[end]) or text[end] == "\\"):
                end += 1
            self.error(
                f"an identifier cannot directly follow a numeric literal: '{text[start:end]}'", start, end
            )
            pos = end
        self.pos = pos
        return Token(T.NUM, value, start, pos, nl, bigint)

    # -- strings ----------------------------------------------------------------------------------------

    def _scan_string(self, start: int, nl: bool) -> Token:
        text, n = self.text, self.n
        quote = text[start]
        run = _STRING_RUN[quote]
        pos = start + 1
        parts: list[str] = []
        while True:
            m = run.match(text, pos)
            if m.end() > pos:
                parts.append(to_js(m.group()))
            pos = m.end()
            if pos >= n or text[pos] in "\n\r":
                self.error("unterminated string literal", start, pos)
                break
            ch = text[pos]
            if ch == quote:
                pos += 1
                break
            pos = self._escape(pos, parts, template=False)
        self.pos = pos
        return Token(T.STRING, "".join(parts), start, pos, nl)

    def _escape(self, pos: int, parts: list[str], template: bool) -> int:
        """Read the escape starting at the backslash ``pos``; append its code units; return the end."""
        text, n = self.text, self.n
        if pos + 1 >= n:
            return pos + 1
        ch = text[pos + 1]
        simple = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v"}
        if ch in simple:
            parts.append(simple[ch])
            return pos + 2
        if ch == "\r":
            return pos + 3 if text.startswith("\r\n", pos + 1) else pos + 2
        if ch in "\n\u2028\u2029":
            return pos + 2
        if ch == "0" and not (pos + 2 < n and text[pos + 2].isdigit()):
            parts.append("\0")
            return pos + 2
        if ch in "0123456789":
            end = pos + 2
            self.error("octal escape sequences are not allowed", pos, end)
            return end
        if ch == "x":
            hexd = text[pos + 2 : pos + 4]
            if len(hexd) == 2 and all(c in _HEX for c in hexd):
                parts.append(chr(int(hexd, 16)))
                return pos + 4
            self.error("invalid hexadecimal escape sequence", pos, pos + 2)
            return pos + 2
        if ch == "u":
            if pos + 2 < n and text[pos + 2] == "{":
                close = text.find("}", pos + 3)
                hexd = text[pos + 3 : close] if close >= 0 else ""
                if close < 0 or not hexd or len(hexd) > 6 or any(c not in _HEX for c in hexd):
                    end = close + 1 if close >= 0 and close - pos < 12 else pos + 2
                    self.error("invalid Unicode escape sequence", pos, end)
                    return end
                cp = int(hexd, 16)
                if cp > 0x10FFFF:
                    self.error("Unicode escape sequence out of range (at most 10FFFF)", pos, close + 1)
                    return close + 1
                parts.append(to_js(chr(cp)) if cp < 0xD800 or cp > 0xDFFF else chr(cp))
                return close + 1
            hexd = text[pos + 2 : pos + 6]
            if len(hexd) == 4 and all(c in _HEX for c in hexd):
                parts.append(chr(int(hexd, 16)))
                return pos + 6
            self.error("invalid Unicode escape sequence", pos, pos + 2)
            return pos + 2
        # Any other character stands for itself (astral characters in UTF-16 form).
        parts.append(to_js(ch))
        return pos + 2

    # -- templates --------------------------------------------------------------------------------------

    def _scan_template(self, start: int, nl: bool, head: bool) -> Token:
        """Scan template text from ``pos`` (just after `` ` `` or ``}``) to `` ` `` or ``${``."""
        text, n = self.text, self.n
        pos = self.pos
        parts: list[str] = []
        while True:
            m = _TEMPLATE_RUN.match(text, pos)
            if m.end() > pos:
                parts.append(to_js(m.group()))
            pos = m.end()
            if pos >= n:
                self.error("unterminated template literal", start, pos)
                kind = T.TEMPLATE if head else T.TEMPLATE_TAIL
                break
            ch = text[pos]
            if ch == "`":
                pos += 1
                kind = T.TEMPLATE if head else T.TEMPLATE_TAIL
                break
            if ch == "$":
                if text.startswith("${", pos):
                    pos += 2
                    kind = T.TEMPLATE_HEAD if head else T.TEMPLATE_MIDDLE
                    break
                parts.append("$")
                pos += 1
            elif ch == "\r":
                parts.append("\n")
                pos += 2 if text.startswith("\r\n", pos) else 1
            else:
                pos = self._escape(pos, parts, template=True)
        self.pos = pos
        return Token(kind, "".join(parts), start, pos, nl)

    def rescan_template(self, tok: Token) -> Token:
        """``tok`` is a ``}`` that closes a template substitution: read the following template text."""
        self.pos = tok.start + 1
        return self._scan_template(tok.start, tok.nl, head=False)

    # -- re-scans ---------------------------------------------------------------------------------------

    def rescan_gt(self, tok: Token) -> Token:
        """Join a ``>`` token with directly following ``>``/``=`` characters (``>>>=`` at most)."""
        if tok.kind != ">":
            return tok
        text = self.text
        for p in (">>>=", ">>>", ">>=", ">=", ">>"):
            if text.startswith(p, tok.start):
                self.pos = tok.start + len(p)
                return Token(p, p, tok.start, self.pos, tok.nl)
        return tok

    def rescan_regex(self, tok: Token) -> Token:
        """Read a regular-expression literal starting at the ``/`` (or ``/=``) token ``tok``."""
        text, n = self.text, self.n
        pos = tok.start + 1
        in_class = False
        while pos < n:
            ch = text[pos]
            if ch in LINE_TERMINATORS:
                break
            if ch == "\\":
                pos += 2
                continue
            if ch == "[":
                in_class = True
            elif ch == "]":
                in_class = False
            elif ch == "/" and not in_class:
                pos += 1
                pos = _ASCII_ID_PART.match(text, pos).end()
                self.pos = pos
                return Token(T.REGEX, text[tok.start : pos], tok.start, pos, tok.nl)
            pos += 1
        self.error("unterminated regular expression literal", tok.start, pos)
        self.pos = pos
        return Token(T.REGEX, text[tok.start : pos], tok.start, pos, tok.nl)

    # -- JSX --------------------------------------------------------------------------------------------

    def jsx_name_rest(self, tok: Token) -> Token:
        """Extend a name token with ``-`` segments (``hx-post``, ``hx-on--after-request``)."""
        text, n = self.text, self.n
        pos = tok.end
        while pos < n and (text[pos] == "-" or is_id_part(text[pos])):
            pos += 1
        if pos == tok.end:
            return tok
        self.pos = pos
        return Token(T.NAME, text[tok.start : pos], tok.start, pos, tok.nl)

    def jsx_text(self) -> tuple[int, int]:
        """Raw JSX text from ``pos`` up to ``{``, ``<`` or the end; returns (start, end)."""
        text = self.text
        start = self.pos
        end = start
        n = self.n
        while end < n and text[end] not in "{<":
            end += 1
        self.pos = end
        return start, end

    def jsx_attr_string(self, start: int) -> tuple[str, int]:
        """The raw text of a JSX attribute string whose quote is at ``start``; returns (raw, end)."""
        quote = self.text[start]
        close = self.text.find(quote, start + 1)
        if close < 0:
            self.error("unterminated string literal", start, self.n)
            self.pos = self.n
            return self.text[start + 1 :], self.n
        self.pos = close + 1
        return self.text[start + 1 : close], close + 1


def _int_to_float(value: int) -> float:
    try:
        return float(value)
    except OverflowError:
        return float("inf")


def _bad_decimal_separator(raw: str) -> bool:
    """True when some ``_`` in a decimal literal is not between two digits."""
    for i, c in enumerate(raw):
        if c == "_":
            if i == 0 or i + 1 >= len(raw) or not raw[i - 1].isdigit() or not raw[i + 1].isdigit():
                return True
    return False
