"""Return analysis (SPEC §13.2): statement classification, ZT0701–ZT0703 for the handler, ZT0705 everywhere.

Every statement is *always*, *sometimes* or *never* returning; the subset has no loops with back edges,
no exceptions and no ``break``, so the tree is the control-flow graph.
"""

from __future__ import annotations

from typing import Any

from . import jsast as A
from . import types as T
from .diagnostics import Diagnostic, error, warning
from .verify_walk import keyword_span, paren_span, statement_lists

ALWAYS = "always"
SOMETIMES = "sometimes"
NEVER = "never"

HELP_701 = "ensure every branch (if/else, switch/default) ends with a return statement"
HELP_702 = "wrap the value, e.g. 'return Response.json(value)'"
HELP_703 = "add a default case that returns a Response"
HELP_705 = "remove the unreachable code, or restructure the control flow"
END = "execution reaches the end of the function"
_NOT_CODE = (A.FunctionDecl, A.Empty, A.TypeAlias, A.Interface)


def classify(stmt: Any) -> str:
    """How a statement returns (the table of SPEC §13.2)."""
    if isinstance(stmt, A.Return):
        return ALWAYS
    if isinstance(stmt, A.Block):
        return classify_list(stmt.body)
    if isinstance(stmt, A.If):
        then = classify(stmt.consequent)
        if stmt.alternate is None:
            return NEVER if then == NEVER else SOMETIMES
        other = classify(stmt.alternate)
        if then == other and then in (ALWAYS, NEVER):
            return then
        return SOMETIMES
    if isinstance(stmt, A.Switch):
        return ALWAYS if has_default(stmt) else SOMETIMES
    if isinstance(stmt, A.ForOf):
        return NEVER if classify(stmt.body) == NEVER else SOMETIMES
    return NEVER


def classify_list(stmts: list[Any]) -> str:
    kinds = [classify(s) for s in stmts]
    if ALWAYS in kinds:
        return ALWAYS
    return SOMETIMES if SOMETIMES in kinds else NEVER


def has_default(switch: A.Switch) -> bool:
    return any(case.test is None for case in switch.cases)


# ---------------------------------------------------------------------------------------------------------
# ZT0705
# ---------------------------------------------------------------------------------------------------------


def unreachable(module: A.Module, path: str) -> list[Diagnostic]:
    """The first statement after an always-returning one, in every statement list of the module."""
    out = []
    for stmts in statement_lists(module):
        for i, stmt in enumerate(stmts):
            if classify(stmt) != ALWAYS:
                continue
            following = next((s for s in stmts[i + 1:] if not isinstance(s, _NOT_CODE)), None)
            if following is not None:
                out.append(warning("ZT0705", "unreachable code after return statement", path, following.span,
                                   HELP_705))
            break
    return out


# ---------------------------------------------------------------------------------------------------------
# ZT0701 / ZT0703
# ---------------------------------------------------------------------------------------------------------


def _reason(stmt: Any) -> tuple[str, A.Switch | None]:
    """A path on which ``stmt`` (not always returning) completes without returning."""
    line = stmt.span[0]
    if isinstance(stmt, A.Block):
        return _list_reason(stmt.body)
    if isinstance(stmt, A.If):
        if stmt.alternate is None or classify(stmt.alternate) == NEVER:
            return f"when the condition at line {line} is false, {END}", None
        if classify(stmt.alternate) == SOMETIMES:
            return _reason(stmt.alternate)
        return _reason(stmt.consequent)
    if isinstance(stmt, A.Switch):
        return f"when no case of the switch at line {line} matches, {END}", stmt
    if isinstance(stmt, A.ForOf):
        return f"when the loop at line {line} finishes, {END}", None
    return END, None


def _list_reason(stmts: list[Any]) -> tuple[str, A.Switch | None]:
    for stmt in reversed(stmts):
        if classify(stmt) == SOMETIMES:
            return _reason(stmt)
    return END, None


def _falling_switches(stmts: list[Any], completes: bool, out: list[A.Switch]) -> None:
    """Switches without ``default`` after which execution can reach the end of the function."""
    for i, stmt in enumerate(stmts):
        after = completes and all(classify(s) != ALWAYS for s in stmts[i + 1:])
        _falling_switches_in(stmt, after, out)


def _falling_switches_in(stmt: Any, completes: bool, out: list[A.Switch]) -> None:
    if isinstance(stmt, A.Block):
        _falling_switches(stmt.body, completes, out)
    elif isinstance(stmt, A.If):
        _falling_switches_in(stmt.consequent, completes, out)
        if stmt.alternate is not None:
            _falling_switches_in(stmt.alternate, completes, out)
    elif isinstance(stmt, A.ForOf):
        _falling_switches_in(stmt.body, completes, out)
    elif isinstance(stmt, A.Switch):
        if completes and not has_default(stmt):
            out.append(stmt)


def handler_paths(fn: A.Function, path: str) -> list[Diagnostic]:
    """ZT0701 (with the note naming a path that falls off the end) and ZT0703 for the handler."""
    if not isinstance(fn.body, A.Block) or classify_list(fn.body.body) == ALWAYS:
        return []
    note, named = _list_reason(fn.body.body)
    out = [error("ZT0701", "not all code paths return a Response", path, paren_span(fn), HELP_701, [note])]
    switches: list[A.Switch] = []
    _falling_switches(fn.body.body, True, switches)
    if named is not None and named not in switches:
        switches.append(named)
    for switch in switches:
        out.append(error("ZT0703", "switch statement without default case may not return a Response", path,
                         keyword_span(switch, "switch"), HELP_703))
    return out


# ---------------------------------------------------------------------------------------------------------
# ZT0702
# ---------------------------------------------------------------------------------------------------------


def response_type() -> T.Type:
    """``Response | string``: what a handler may return (SPEC §0.4)."""
    from .builtin_types import builtins

    return T.union([T.Ref(builtins().decls["#Response"]), T.STRING])


class ReturnChecker:
    """Checks every value the handler returns against ``Response | string``."""

    def __init__(self, path: str, type_of: Any) -> None:
        self.path = path
        self.type_of = type_of
        self.target = response_type()
        self.out: list[Diagnostic] = []

    def report(self, span: A.Span, t: T.Type) -> None:
        text = T.print_type(T.widen(t))
        self.out.append(error("ZT0702", f"handler returns '{text}' on this path, expected a Response", self.path,
                              span, HELP_702))

    def value(self, e: Any) -> None:
        """Check one returned expression (a match arm by arm, a conditional branch by branch)."""
        if isinstance(e, A.Match):
            catch_all = False
            for arm in e.arms:
                if arm.pattern is None or isinstance(arm.pattern, A.WildcardPattern):
                    catch_all = True
                self.arm(arm)
            if not catch_all:
                self.report(keyword_span(e, "match"), T.UNDEFINED)
            return
        if isinstance(e, A.Conditional):
            self.value(e.consequent)
            self.value(e.alternate)
            return
        t = self.type_of(e)
        if t is not None and not self.ok(t):
            self.report(e.span, t)

    def arm(self, arm: A.MatchArm) -> None:
        body = arm.body
        if isinstance(body, (A.Match, A.Conditional)):
            self.value(body)
            return
        t = self.type_of(body)
        if t is not None and not self.ok(t):
            self.report(arm.span, t)

    def ok(self, t: T.Type) -> bool:
        if t == T.UNKNOWN or any(m == T.UNKNOWN for m in T.members(t)):
            return True
        return T.assignable(t, self.target)

    def function(self, fn: A.Function) -> list[Diagnostic]:
        if not isinstance(fn.body, A.Block):
            self.value(fn.body)
            return self.out
        for node in _returns(fn.body):
            if node.argument is None:
                self.report(node.span, T.UNDEFINED)
            else:
                self.value(node.argument)
        return self.out


def _returns(block: A.Block) -> list[A.Return]:
    """The return statements of a function body (not of nested functions)."""
    out: list[A.Return] = []
    stack: list[Any] = [block]
    while stack:
        n = stack.pop()
        if isinstance(n, A.Return):
            out.append(n)
            continue
        if isinstance(n, (A.Function, A.FunctionDecl)) or not isinstance(n, A.Stmt | A.SwitchCase):
            continue
        for name in n.__dataclass_fields__:
            value = getattr(n, name)
            if isinstance(value, (A.Stmt, A.SwitchCase)):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, (A.Stmt, A.SwitchCase)))
    return sorted(out, key=lambda r: (r.span[0], r.span[1]))
