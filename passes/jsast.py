"""The typed syntax tree shared by every pass.

Every node carries ``span = (line, col, end_line, end_col)``: 1-based, columns count Unicode code points,
the end is exclusive (SPEC §5.1). Nodes are plain dataclasses so that passes can pattern-match on them, and
they serialise to canonical JSON (``to_data`` / ``from_data``) so that a pass output is the same bytes for the
same tree.

Conventions
-----------
* Identifiers that *refer* to a binding and identifiers that *declare* one are both ``Identifier`` nodes;
  the parse pass's scope resolver fills ``binding`` with an index into ``Module.bindings`` (``-1`` means a
  global/built-in name, or an unresolved name that produced a diagnostic).
* Literal numbers are Python floats (never ints), strings are Python ``str`` in *UTF-16 form*: astral
  characters are stored as surrogate pairs, so ``len()`` equals the JS ``length`` (see ``vm.strings``).
* ``undefined`` is ``Identifier(name="undefined")`` (it is a reserved global, never shadowed).
* Unsupported constructs never appear in the tree: the parser reports them and skips them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Union

Span = tuple[int, int, int, int]
NO_SPAN: Span = (0, 0, 0, 0)


@dataclass(slots=True)
class Node:
    span: Span = field(default=NO_SPAN, kw_only=True)


# --------------------------------------------------------------------------------------------------------
# Type syntax (.ts/.tsx only). Kept small; the type checker interprets it.
# --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class TypeNode(Node):
    pass


@dataclass(slots=True)
class TypeRef(TypeNode):
    """``Name``, ``Name<A, B>``, ``ui.Name``, primitives (``string``, ``number``, ...) included."""

    name: str
    args: list[TypeNode] = field(default_factory=list)


@dataclass(slots=True)
class LiteralType(TypeNode):
    value: str | float | bool


@dataclass(slots=True)
class ArrayType(TypeNode):
    element: TypeNode
    readonly: bool = False


@dataclass(slots=True)
class TupleType(TypeNode):
    elements: list[TypeNode]
    optional: list[bool] = field(default_factory=list)  # per element: written ``T?``
    readonly: bool = False  # ``readonly [A, B]``


@dataclass(slots=True)
class UnionType(TypeNode):
    types: list[TypeNode]


@dataclass(slots=True)
class IntersectionType(TypeNode):
    types: list[TypeNode]


@dataclass(slots=True)
class TypeParam(Node):
    name: str
    constraint: TypeNode | None = None
    default: TypeNode | None = None


@dataclass(slots=True)
class ParamType(Node):
    """A parameter inside a function type or method signature."""

    name: str
    type: TypeNode | None
    optional: bool = False
    rest: bool = False


@dataclass(slots=True)
class FunctionType(TypeNode):
    params: list[ParamType]
    returns: TypeNode
    type_params: list[TypeParam] = field(default_factory=list)


@dataclass(slots=True)
class PropertySig(Node):
    name: str
    type: TypeNode | None
    optional: bool = False
    readonly: bool = False


@dataclass(slots=True)
class MethodSig(Node):
    name: str
    params: list[ParamType]
    returns: TypeNode | None
    optional: bool = False
    type_params: list[TypeParam] = field(default_factory=list)


@dataclass(slots=True)
class IndexSig(Node):
    key_name: str
    key_type: TypeNode
    value_type: TypeNode
    readonly: bool = False


@dataclass(slots=True)
class ObjectType(TypeNode):
    members: list[PropertySig | MethodSig | IndexSig]


@dataclass(slots=True)
class TypeQuery(TypeNode):
    """``typeof x`` / ``typeof x.y``."""

    name: str


@dataclass(slots=True)
class KeyofType(TypeNode):
    type: TypeNode


# --------------------------------------------------------------------------------------------------------
# Expressions
# --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Expr(Node):
    pass


@dataclass(slots=True)
class Invalid(Expr):
    """Placeholder for an expression the parser reported as an error (an unsupported construct or a
    syntax error it recovered from). It only occurs in trees whose module has parse errors, which never
    reach a later pass."""

    construct: str = ""


@dataclass(slots=True)
class Identifier(Expr):
    name: str
    binding: int = -1


@dataclass(slots=True)
class NumberLit(Expr):
    value: float
    raw: str = ""


@dataclass(slots=True)
class StringLit(Expr):
    value: str


@dataclass(slots=True)
class BoolLit(Expr):
    value: bool


@dataclass(slots=True)
class TemplateLit(Expr):
    """``quasis`` has one more element than ``exprs``; quasis are cooked text."""

    quasis: list[str]
    exprs: list[Expr]


@dataclass(slots=True)
class Spread(Expr):
    """``...expr`` inside an array literal, a call's arguments, or an object literal."""

    argument: Expr


@dataclass(slots=True)
class Hole(Expr):
    """An elision in an array literal ``[a, , b]`` (evaluates to undefined)."""


@dataclass(slots=True)
class ArrayLit(Expr):
    elements: list[Expr]  # Expr | Spread | Hole


@dataclass(slots=True)
class Property(Node):
    """``key: value``, shorthand ``key`` (value is an Identifier), method ``key(p) {}`` (value is a
    Function with ``is_method``), or computed ``[k]: v`` (``computed`` is True and ``key`` is an Expr)."""

    key: str | Expr
    value: Expr
    computed: bool = False
    shorthand: bool = False


@dataclass(slots=True)
class ObjectLit(Expr):
    properties: list[Property | Spread]


@dataclass(slots=True)
class Member(Expr):
    """``obj.prop`` (``computed`` False, ``prop`` a str) or ``obj[expr]`` (``computed`` True).
    ``optional`` marks this link as ``?.``; ``Chain`` delimits the short-circuit region."""

    object: Expr
    prop: str | Expr
    computed: bool = False
    optional: bool = False


@dataclass(slots=True)
class Call(Expr):
    callee: Expr
    args: list[Expr]  # Expr | Spread
    optional: bool = False  # f?.(x)
    type_args: list[TypeNode] = field(default_factory=list)


@dataclass(slots=True)
class Chain(Expr):
    """Wraps an optional chain ``a?.b.c(d)``: when any optional link's base is undefined, the whole
    chain is undefined."""

    expression: Expr


@dataclass(slots=True)
class Unary(Expr):
    op: str  # "!" "-" "+" "~" "typeof"
    operand: Expr


@dataclass(slots=True)
class Binary(Expr):
    op: str  # + - * / % ** << >> >>> & | ^ < <= > >= in === !==
    left: Expr
    right: Expr


@dataclass(slots=True)
class Logical(Expr):
    op: str  # && || ??
    left: Expr
    right: Expr


@dataclass(slots=True)
class Conditional(Expr):
    test: Expr
    consequent: Expr
    alternate: Expr


@dataclass(slots=True)
class Assign(Expr):
    """``target op value``; op is "=" or a compound operator such as "+=", "??=".
    ``target`` is an Identifier, a Member, or (for "=") an ArrayPattern/ObjectPattern."""

    op: str
    target: Expr | Pattern
    value: Expr


@dataclass(slots=True)
class Pipe(Expr):
    """``value |> func``."""

    value: Expr
    func: Expr


@dataclass(slots=True)
class Param(Node):
    pattern: Pattern
    default: Expr | None = None
    rest: bool = False
    optional: bool = False  # ``b?: T``
    type: TypeNode | None = None


@dataclass(slots=True)
class Function(Expr):
    """Function declarations, arrow functions and object-literal methods.

    ``body`` is a ``Block`` or, for expression-bodied arrows, an ``Expr``. ``name`` is the declared name
    (declarations, methods) or the name inferred from ``const f = () => ...`` / ``{ f: () => ... }``
    ("" when anonymous). ``source`` is the exact source text of the function (Function.prototype.toString).
    """

    name: str
    params: list[Param]
    body: Block | Expr
    is_arrow: bool = False
    is_method: bool = False
    returns: TypeNode | None = None
    type_params: list[TypeParam] = field(default_factory=list)
    source: str = ""
    name_id: Identifier | None = None  # the declaring identifier of a function declaration


# match ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class MatchPattern(Node):
    pass


@dataclass(slots=True)
class WildcardPattern(MatchPattern):
    pass


@dataclass(slots=True)
class LiteralPattern(MatchPattern):
    value: str | float | bool | None  # None is ``undefined``


@dataclass(slots=True)
class ObjectMatchPattern(MatchPattern):
    keys: list[str]
    patterns: list[MatchPattern]


@dataclass(slots=True)
class ArrayMatchPattern(MatchPattern):
    elements: list[MatchPattern]


@dataclass(slots=True)
class MatchArm(Node):
    pattern: MatchPattern | None  # None for ``default``
    body: Expr


@dataclass(slots=True)
class Match(Expr):
    discriminant: Expr
    arms: list[MatchArm]


# JSX -----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class JSXAttr(Node):
    name: str
    value: Expr | None  # None: bare attribute (true); StringLit for "text" (references decoded)


@dataclass(slots=True)
class JSXSpreadAttr(Node):
    argument: Expr


@dataclass(slots=True)
class JSXText(Expr):
    value: str  # after the whitespace rules of SPEC §8.2 and reference decoding (never empty)


@dataclass(slots=True)
class JSXExprContainer(Expr):
    expression: Expr


@dataclass(slots=True)
class JSXSpreadChild(Expr):
    expression: Expr


@dataclass(slots=True)
class JSXElement(Expr):
    """``tag`` is a str for HTML elements (lowercase start); for components it is an Identifier or a
    Member expression (``ui.Button``). ``is_component`` tells which."""

    tag: str | Expr
    attrs: list[JSXAttr | JSXSpreadAttr]
    children: list[Expr]  # JSXText | JSXExprContainer | JSXSpreadChild | JSXElement | JSXFragment
    is_component: bool = False


@dataclass(slots=True)
class JSXFragment(Expr):
    children: list[Expr]


# --------------------------------------------------------------------------------------------------------
# Patterns (binding and assignment targets)
# --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ArrayPattern(Node):
    elements: list[Pattern | PatternDefault | RestElement | None]  # None: hole


@dataclass(slots=True)
class PatternProp(Node):
    key: str | Expr  # Expr when computed
    value: Pattern | PatternDefault
    computed: bool = False
    shorthand: bool = False


@dataclass(slots=True)
class ObjectPattern(Node):
    properties: list[PatternProp | RestElement]


@dataclass(slots=True)
class PatternDefault(Node):
    """``target = default`` inside a pattern."""

    target: Pattern
    default: Expr


@dataclass(slots=True)
class RestElement(Node):
    target: Pattern


# In declarations a Pattern leaf is an Identifier; in assignment targets it may also be a Member.
Pattern = Union[Identifier, Member, ArrayPattern, ObjectPattern]  # noqa: UP007


# --------------------------------------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Stmt(Node):
    pass


@dataclass(slots=True)
class Declarator(Node):
    target: Pattern
    init: Expr | None
    type: TypeNode | None = None


@dataclass(slots=True)
class VarDecl(Stmt):
    kind: str  # "let" | "const"
    declarations: list[Declarator]
    exported: bool = False


@dataclass(slots=True)
class FunctionDecl(Stmt):
    function: Function
    exported: bool = False


@dataclass(slots=True)
class ExprStmt(Stmt):
    expression: Expr


@dataclass(slots=True)
class Block(Stmt):
    body: list[Stmt]


@dataclass(slots=True)
class If(Stmt):
    test: Expr
    consequent: Stmt
    alternate: Stmt | None = None


@dataclass(slots=True)
class ForOf(Stmt):
    kind: str  # "let" | "const"
    target: Pattern
    iterable: Expr
    body: Stmt


@dataclass(slots=True)
class SwitchCase(Node):
    test: Expr | None  # None: default
    body: list[Stmt]


@dataclass(slots=True)
class Switch(Stmt):
    discriminant: Expr
    cases: list[SwitchCase]


@dataclass(slots=True)
class Return(Stmt):
    argument: Expr | None = None


@dataclass(slots=True)
class Empty(Stmt):
    pass


@dataclass(slots=True)
class ImportSpec(Node):
    imported: str
    local: Identifier
    type_only: bool = False


@dataclass(slots=True)
class Import(Stmt):
    source: str
    specifiers: list[ImportSpec]
    type_only: bool = False
    source_span: Span = NO_SPAN  # the specifier string literal


@dataclass(slots=True)
class TypeAlias(Stmt):
    name: str
    type: TypeNode
    type_params: list[TypeParam] = field(default_factory=list)
    exported: bool = False


@dataclass(slots=True)
class Interface(Stmt):
    name: str
    members: list[PropertySig | MethodSig | IndexSig]
    extends: list[TypeRef] = field(default_factory=list)
    type_params: list[TypeParam] = field(default_factory=list)
    exported: bool = False


# --------------------------------------------------------------------------------------------------------
# Modules and bindings
# --------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Binding(Node):
    """One declared name. ``kind``: "let" "const" "function" "param" "import" (catch-all "local").
    ``function`` is the id of the enclosing function (index in pre-order of Function nodes of the module,
    -1 for module level); ``scope`` the id of the declaring scope. ``captured`` is True when a function
    other than the declaring one references it; ``reassigned`` when it is assigned after declaration;
    ``in_loop`` when it is declared inside a for-of head or body (fresh binding per iteration)."""

    name: str
    kind: str
    function: int = -1
    scope: int = 0
    captured: bool = False
    reassigned: bool = False
    in_loop: bool = False
    exported: bool = False
    import_source: str = ""  # for kind == "import": the specifier
    import_name: str = ""  # for kind == "import": the exported name


@dataclass(slots=True)
class ComptimeFold(Node):
    """A ``comptime(...)`` call folded by the comptime pass (SPEC §7.5). ``span`` is the call's; ``value`` is
    the listing text of its value (compact JSON, bare ``undefined``/``NaN``/``Infinity``); ``uses`` are the
    bindings referenced inside the argument, which count as used (SPEC §0.1)."""

    value: str
    uses: list[int] = field(default_factory=list)


@dataclass(slots=True)
class ComptimeConst(Node):
    """An exported ``const`` as the comptime pass evaluated it, read by importing modules' comptime calls.
    ``value`` is the encoded build-time value (passes/comptime_values.py), "" when it is not one."""

    name: str
    value: str = ""


@dataclass(slots=True)
class Module(Node):
    path: str  # relative to the entry's directory, '/'-separated
    body: list[Stmt]
    bindings: list[Binding] = field(default_factory=list)
    language: str = "ts"  # "ts" | "tsx" | "js" | "jsx"
    # Filled by the comptime pass (empty in the parse output):
    folds: list[ComptimeFold] = field(default_factory=list)
    comptime_exports: list[ComptimeConst] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------------
# Canonical (de)serialisation
# --------------------------------------------------------------------------------------------------------

_NODE_TYPES: dict[str, type[Node]] = {}


def _register() -> None:
    for value in list(globals().values()):
        if isinstance(value, type) and issubclass(value, Node) and dataclasses.is_dataclass(value):
            _NODE_TYPES[value.__name__] = value


def to_data(value: Any) -> Any:
    """Convert a tree into JSON-compatible data: ``{"$": TypeName, field: value, ...}``."""
    if isinstance(value, Node):
        out: dict[str, Any] = {"$": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_data(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, float) and value != value:
        return {"$nan": True}
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return {"$inf": 1 if value > 0 else -1}
    return value


def from_data(data: Any) -> Any:
    """Inverse of ``to_data``."""
    if isinstance(data, dict):
        if "$nan" in data:
            return float("nan")
        if "$inf" in data:
            return float("inf") if data["$inf"] > 0 else float("-inf")
        cls = _NODE_TYPES[data["$"]]
        kwargs = {k: from_data(v) for k, v in data.items() if k != "$"}
        if "span" in kwargs:
            kwargs["span"] = tuple(kwargs["span"])
        return cls(**kwargs)
    if isinstance(data, list):
        return [from_data(v) for v in data]
    return data


_register()
