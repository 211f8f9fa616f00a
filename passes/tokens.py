"""Token model of the lexer (SPEC §2).

A token is a kind, a value and a half-open range of offsets into the source text (offsets count code
points, as Python ``str`` indices do). Punctuators use their own text as kind (``"("``, ``"==="``), so the
parser can compare ``tok.kind == "("``. Identifiers and keywords are both ``"name"`` tokens; the parser
decides what a word means in its position.
"""

from __future__ import annotations

from typing import Any

NAME = "name"
NUM = "num"
STRING = "string"
TEMPLATE = "template"  # a template without substitutions: `text`
TEMPLATE_HEAD = "template_head"  # `text${
TEMPLATE_MIDDLE = "template_middle"  # }text${
TEMPLATE_TAIL = "template_tail"  # }text`
PRIVATE = "private"  # #name
REGEX = "regex"
EOF = "eof"


class Token:
    """One token. ``nl`` is True when a line terminator precedes it (for ASI)."""

    __slots__ = ("kind", "value", "start", "end", "nl", "bigint")

    def __init__(self, kind: str, value: Any, start: int, end: int, nl: bool, bigint: bool = False) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.nl = nl
        self.bigint = bigint

    def is_name(self, word: str) -> bool:
        return self.kind == NAME and self.value == word

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.kind!r}, {self.value!r}, {self.start}, {self.end}, nl={self.nl})"


# Words that can never name a binding (SPEC §2.3).
RESERVED = frozenset(
    """break case catch class const continue debugger default delete do else enum export extends false
    finally for function if import in instanceof new null return super switch this throw true try typeof
    var void while with yield let static implements interface package private protected public await""".split()
)

# Names that exist as globals and can be neither declared, assigned nor shadowed.
RESERVED_GLOBALS = frozenset(["undefined", "NaN", "Infinity", "globalThis", "comptime"])

# Punctuators, longest first (">" is always scanned alone; the parser re-scans it, see Lexer.rescan_gt).
PUNCTUATORS = [
    "...", "===", "!==", "**=", "<<=", "&&=", "||=", "??=",
    "=>", "|>", "?.", "<=", "==", "!=", "**", "<<", "&&", "||", "??", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "++", "--",
    "{", "}", "(", ")", "[", "]", ";", ",", ".", "?", ":", "<", ">", "+", "-", "*", "/", "%", "&", "|",
    "^", "!", "~", "=", "@",
]

ASSIGN_OPS = frozenset(
    ["=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??="]
)
