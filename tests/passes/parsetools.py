"""Print a syntax tree back as JavaScript/TypeScript with every compound expression parenthesised.

Used by the round-trip tests: the output shows the tree's structure, and reparsing it must give the same
tree (spans aside). With ``chains=True`` optional chains print as ``chain(...)`` to make ``Chain`` visible.
"""

from __future__ import annotations

import json
from typing import Any

from zigttp.passes import jsast as A
from zigttp.passes.parser_expr import number_key


def _num(value: float) -> str:
    text = number_key(value)
    return f"({text})" if text.startswith("-") else text


def _str(value: str) -> str:
    return json.dumps(value, ensure_ascii=True)


class Unparser:
    def __init__(self, chains: bool = False) -> None:
        self.chains = chains

    # -- statements -------------------------------------------------------------------------------------

    def module(self, module: A.Module) -> str:
        return "\n".join(self.stmt(s) for s in module.body)

    def block(self, body: list[A.Stmt]) -> str:
        if not body:
            return "{}"
        return "{ " + " ".join(self.stmt(s) for s in body) + " }"

    def stmt(self, s: A.Stmt) -> str:
        exp = "export " if getattr(s, "exported", False) else ""
        if isinstance(s, A.VarDecl):
            decls = ", ".join(self.declarator(d) for d in s.declarations)
            return f"{exp}{s.kind} {decls};"
        if isinstance(s, A.FunctionDecl):
            return exp + self.function(s.function)
        if isinstance(s, A.ExprStmt):
            return self.expr(s.expression) + ";"
        if isinstance(s, A.Block):
            return self.block(s.body)
        if isinstance(s, A.If):
            out = f"if ({self.expr(s.test)}) {self.stmt(s.consequent)}"
            if s.alternate is not None:
                out += f" else {self.stmt(s.alternate)}"
            return out
        if isinstance(s, A.ForOf):
            return f"for ({s.kind} {self.pattern(s.target)} of {self.expr(s.iterable)}) {self.stmt(s.body)}"
        if isinstance(s, A.Switch):
            cases = []
            for c in s.cases:
                head = f"case {self.expr(c.test)}:" if c.test is not None else "default:"
                body = " ".join(self.stmt(x) for x in c.body)
                cases.append(f"{head} {body}".rstrip())
            return f"switch ({self.expr(s.discriminant)}) {{ " + " ".join(cases) + " }"
        if isinstance(s, A.Return):
            return "return;" if s.argument is None else f"return {self.expr(s.argument)};"
        if isinstance(s, A.Empty):
            return ";"
        if isinstance(s, A.Import):
            specs = []
            for sp in s.specifiers:
                t = "type " if sp.type_only and not s.type_only else ""
                local = "" if sp.local.name == sp.imported else f" as {sp.local.name}"
                specs.append(f"{t}{sp.imported}{local}")
            t = "type " if s.type_only else ""
            return f"import {t}{{ {', '.join(specs)} }} from {_str(s.source)};"
        if isinstance(s, A.TypeAlias):
            return f"{exp}type {s.name}{self.type_params(s.type_params)} = {self.type(s.type)};"
        if isinstance(s, A.Interface):
            ext = " extends " + ", ".join(self.type(t) for t in s.extends) if s.extends else ""
            members = self.members(s.members)
            return f"{exp}interface {s.name}{self.type_params(s.type_params)}{ext} {members}"
        raise TypeError(type(s).__name__)

    def declarator(self, d: A.Declarator) -> str:
        out = self.pattern(d.target)
        if d.type is not None:
            out += f": {self.type(d.type)}"
        if d.init is not None:
            out += f" = {self.expr(d.init)}"
        return out

    # -- functions --------------------------------------------------------------------------------------

    def params(self, params: list[A.Param]) -> str:
        out = []
        for p in params:
            text = ("..." if p.rest else "") + self.pattern(p.pattern) + ("?" if p.optional else "")
            if p.type is not None:
                text += f": {self.type(p.type)}"
            if p.default is not None:
                text += f" = {self.expr(p.default)}"
            out.append(text)
        return "(" + ", ".join(out) + ")"

    def function(self, fn: A.Function, key: str | None = None) -> str:
        sig = self.type_params(fn.type_params) + self.params(fn.params)
        if fn.returns is not None:
            sig += f": {self.type(fn.returns)}"
        if isinstance(fn.body, A.Block):
            body = self.block(fn.body.body)
        else:
            body = self.expr(fn.body)
            if isinstance(fn.body, A.ObjectLit):
                body = f"({body})"
        if fn.is_arrow:
            return f"({sig} => {body})"
        if key is not None:
            return f"{key}{sig} {body}"
        return f"function {fn.name}{sig} {body}"

    # -- expressions ------------------------------------------------------------------------------------

    def expr(self, e: Any) -> str:
        if isinstance(e, A.Identifier):
            return e.name
        if isinstance(e, A.NumberLit):
            return _num(e.value)
        if isinstance(e, A.StringLit):
            return _str(e.value)
        if isinstance(e, A.BoolLit):
            return "true" if e.value else "false"
        if isinstance(e, A.TemplateLit):
            out = "`"
            for i, q in enumerate(e.quasis):
                out += q.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
                if i < len(e.exprs):
                    out += "${" + self.expr(e.exprs[i]) + "}"
            return out + "`"
        if isinstance(e, A.Spread):
            return "..." + self.expr(e.argument)
        if isinstance(e, A.Hole):
            return ""
        if isinstance(e, A.ArrayLit):
            items = [self.expr(x) for x in e.elements]
            trailing = "," if e.elements and isinstance(e.elements[-1], A.Hole) else ""
            return "[" + ", ".join(items) + trailing + "]"
        if isinstance(e, A.ObjectLit):
            return "{ " + ", ".join(self.prop(p) for p in e.properties) + " }" if e.properties else "{}"
        if isinstance(e, A.Member):
            dot = "?." if e.optional else "."
            if e.computed:
                return f"{self.expr(e.object)}{'?.' if e.optional else ''}[{self.expr(e.prop)}]"
            return f"{self.expr(e.object)}{dot}{e.prop}"
        if isinstance(e, A.Call):
            targs = "<" + ", ".join(self.type(t) for t in e.type_args) + ">" if e.type_args else ""
            args = ", ".join(self.expr(a) for a in e.args)
            return f"{self.expr(e.callee)}{'?.' if e.optional else ''}{targs}({args})"
        if isinstance(e, A.Chain):
            inner = self.expr(e.expression)
            return f"chain({inner})" if self.chains else f"({inner})"
        if isinstance(e, A.Unary):
            space = " " if e.op == "typeof" else ""
            return f"({e.op}{space}{self.expr(e.operand)})"
        if isinstance(e, (A.Binary, A.Logical)):
            return f"({self.expr(e.left)} {e.op} {self.expr(e.right)})"
        if isinstance(e, A.Conditional):
            return f"({self.expr(e.test)} ? {self.expr(e.consequent)} : {self.expr(e.alternate)})"
        if isinstance(e, A.Assign):
            return f"({self.pattern(e.target)} {e.op} {self.expr(e.value)})"
        if isinstance(e, A.Pipe):
            return f"({self.expr(e.value)} |> {self.expr(e.func)})"
        if isinstance(e, A.Function):
            return self.function(e)
        if isinstance(e, A.Match):
            arms = []
            for arm in e.arms:
                head = "default" if arm.pattern is None else "when " + self.match_pattern(arm.pattern)
                arms.append(f"{head}: {self.expr(arm.body)}")
            return f"match ({self.expr(e.discriminant)}) {{ " + ", ".join(arms) + " }"
        if isinstance(e, A.JSXElement):
            return self.jsx(e)
        if isinstance(e, A.JSXFragment):
            return "<>" + "".join(self.jsx_child(c) for c in e.children) + "</>"
        raise TypeError(type(e).__name__)

    def prop(self, p: Any) -> str:
        if isinstance(p, A.Spread):
            return "..." + self.expr(p.argument)
        key = f"[{self.expr(p.key)}]" if p.computed else _key(p.key)
        if isinstance(p.value, A.Function) and p.value.is_method:
            return self.function(p.value, key=key)
        if p.shorthand:
            return p.key
        return f"{key}: {self.expr(p.value)}"

    def pattern(self, t: Any) -> str:
        if isinstance(t, A.Identifier):
            return t.name
        if isinstance(t, A.Member):
            return self.expr(t)
        if isinstance(t, A.PatternDefault):
            return f"{self.pattern(t.target)} = {self.expr(t.default)}"
        if isinstance(t, A.RestElement):
            return "..." + self.pattern(t.target)
        if isinstance(t, A.ArrayPattern):
            items = ["" if x is None else self.pattern(x) for x in t.elements]
            trailing = "," if t.elements and t.elements[-1] is None else ""
            return "[" + ", ".join(items) + trailing + "]"
        if isinstance(t, A.ObjectPattern):
            items = []
            for p in t.properties:
                if isinstance(p, A.RestElement):
                    items.append(self.pattern(p))
                elif p.shorthand:
                    items.append(self.pattern(p.value))
                else:
                    key = f"[{self.expr(p.key)}]" if p.computed else _key(p.key)
                    items.append(f"{key}: {self.pattern(p.value)}")
            return "{ " + ", ".join(items) + " }" if items else "{}"
        raise TypeError(type(t).__name__)

    def match_pattern(self, p: A.MatchPattern) -> str:
        if isinstance(p, A.WildcardPattern):
            return "_"
        if isinstance(p, A.LiteralPattern):
            v = p.value
            if v is None:
                return "undefined"
            if isinstance(v, bool):
                return "true" if v else "false"
            if isinstance(v, float):
                return number_key(v)
            return _str(v)
        if isinstance(p, A.ObjectMatchPattern):
            items = [f"{_key(k)}: {self.match_pattern(v)}" for k, v in zip(p.keys, p.patterns, strict=True)]
            return "{ " + ", ".join(items) + " }" if items else "{}"
        if isinstance(p, A.ArrayMatchPattern):
            return "[" + ", ".join(self.match_pattern(x) for x in p.elements) + "]"
        raise TypeError(type(p).__name__)

    # -- JSX --------------------------------------------------------------------------------------------

    def jsx(self, e: A.JSXElement) -> str:
        tag = e.tag if isinstance(e.tag, str) else self.expr(e.tag)
        attrs = ""
        for a in e.attrs:
            if isinstance(a, A.JSXSpreadAttr):
                attrs += " {..." + self.expr(a.argument) + "}"
            elif a.value is None:
                attrs += f" {a.name}"
            elif isinstance(a.value, A.StringLit):
                attrs += f' {a.name}="{_jsx_escape(a.value.value)}"'
            else:
                attrs += f" {a.name}={{{self.expr(a.value)}}}"
        if not e.children:
            return f"<{tag}{attrs} />"
        return f"<{tag}{attrs}>" + "".join(self.jsx_child(c) for c in e.children) + f"</{tag}>"

    def jsx_child(self, c: Any) -> str:
        if isinstance(c, A.JSXText):
            return _jsx_escape(c.value)
        if isinstance(c, A.JSXExprContainer):
            return "{" + self.expr(c.expression) + "}"
        if isinstance(c, A.JSXSpreadChild):
            return "{..." + self.expr(c.expression) + "}"
        return self.expr(c)

    # -- types ------------------------------------------------------------------------------------------

    def type_params(self, params: list[A.TypeParam]) -> str:
        if not params:
            return ""
        out = []
        for p in params:
            text = p.name
            if p.constraint is not None:
                text += f" extends {self.type(p.constraint)}"
            if p.default is not None:
                text += f" = {self.type(p.default)}"
            out.append(text)
        return "<" + ", ".join(out) + ">"

    def type(self, t: Any) -> str:
        if isinstance(t, A.TypeRef):
            args = "<" + ", ".join(self.type(a) for a in t.args) + ">" if t.args else ""
            return t.name + args
        if isinstance(t, A.LiteralType):
            v = t.value
            if isinstance(v, bool):
                return "true" if v else "false"
            if isinstance(v, float):
                return number_key(v)
            return _str(v)
        if isinstance(t, A.ArrayType):
            return ("readonly " if t.readonly else "") + f"{self.type(t.element)}[]"
        if isinstance(t, A.TupleType):
            items = [self.type(x) + ("?" if opt else "") for x, opt in zip(t.elements, t.optional, strict=True)]
            return ("readonly " if t.readonly else "") + "[" + ", ".join(items) + "]"
        if isinstance(t, A.UnionType):
            return "(" + " | ".join(self.type(x) for x in t.types) + ")"
        if isinstance(t, A.IntersectionType):
            return "(" + " & ".join(self.type(x) for x in t.types) + ")"
        if isinstance(t, A.FunctionType):
            return f"({self.type_params(t.type_params)}{self.param_types(t.params)} => {self.type(t.returns)})"
        if isinstance(t, A.ObjectType):
            return self.members(t.members)
        if isinstance(t, A.TypeQuery):
            return f"typeof {t.name}"
        if isinstance(t, A.KeyofType):
            return f"(keyof {self.type(t.type)})"
        raise TypeError(type(t).__name__)

    def param_types(self, params: list[A.ParamType]) -> str:
        out = []
        for p in params:
            text = ("..." if p.rest else "") + p.name + ("?" if p.optional else "")
            if p.type is not None:
                text += f": {self.type(p.type)}"
            out.append(text)
        return "(" + ", ".join(out) + ")"

    def members(self, members: list[Any]) -> str:
        out = []
        for m in members:
            if isinstance(m, A.PropertySig):
                ro = "readonly " if m.readonly else ""
                typ = f": {self.type(m.type)}" if m.type is not None else ""
                out.append(f"{ro}{_key(m.name)}{'?' if m.optional else ''}{typ}")
            elif isinstance(m, A.MethodSig):
                ret = f": {self.type(m.returns)}" if m.returns is not None else ""
                out.append(
                    f"{_key(m.name)}{'?' if m.optional else ''}{self.type_params(m.type_params)}"
                    f"{self.param_types(m.params)}{ret}"
                )
            elif isinstance(m, A.IndexSig):
                ro = "readonly " if m.readonly else ""
                out.append(f"{ro}[{m.key_name}: {self.type(m.key_type)}]: {self.type(m.value_type)}")
        return "{ " + "; ".join(out) + " }" if out else "{}"


def _key(key: str) -> str:
    if key.isidentifier() or (key.replace("$", "a").isidentifier()):
        return key
    return _str(key)


def _jsx_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("{", "&#123;")
        .replace("}", "&#125;").replace('"', "&quot;")
    )


def unparse(node: Any, chains: bool = False) -> str:
    """Render a module, statement or expression."""
    u = Unparser(chains)
    if isinstance(node, A.Module):
        return u.module(node)
    if isinstance(node, A.Stmt):
        return u.stmt(node)
    return u.expr(node)


# -- helpers for the tests ------------------------------------------------------------------------------

from zigttp.passes.frontend import ParsedModule, parse_text  # noqa: E402


def parse(src: str, path: str = "t.ts") -> ParsedModule:
    """Parse source text as the file ``path`` (language from the extension)."""
    language = {"ts": "ts", "tsx": "tsx", "js": "js", "jsx": "jsx"}[path.rsplit(".", 1)[1]]
    return parse_text(src, path, language)


def diags(src: str, path: str = "t.ts") -> list[tuple[str, str, int, int]]:
    """(code, message, line, col) of every diagnostic."""
    return [(d.code, d.message, d.span[0], d.span[1]) for d in parse(src, path).diagnostics]


def clean(src: str, path: str = "t.ts") -> ParsedModule:
    """Parse and assert there are no diagnostics."""
    parsed = parse(src, path)
    assert [(d.code, d.message, d.span) for d in parsed.diagnostics] == []
    return parsed


def roundtrip(src: str, path: str = "t.ts", chains: bool = False) -> str:
    """Parse (no diagnostics allowed), print, reparse the print and check it prints the same."""
    parsed = clean(src, path)
    assert parsed.module is not None
    printed = unparse(parsed.module, chains=False)
    again = parse(printed, path)
    assert [(d.code, d.message) for d in again.diagnostics] == [], printed
    assert again.module is not None
    assert unparse(again.module) == printed
    return unparse(parsed.module, chains=chains)


def expr(src: str, path: str = "t.ts", chains: bool = True) -> str:
    """Round-trip one expression (written as an expression statement, names declared as globals)."""
    out = roundtrip_expr(src, path, chains)
    return out


def roundtrip_expr(src: str, path: str, chains: bool) -> str:
    parsed = parse(src + ";", path)
    errors = [(d.code, d.message) for d in parsed.diagnostics if d.code not in ("ZT0301",)]
    assert errors == []
    assert parsed.module is not None
    stmt = parsed.module.body[0]
    assert isinstance(stmt, A.ExprStmt)
    printed = unparse(stmt.expression)
    again = parse(printed + ";", path)
    assert again.module is not None
    assert unparse(again.module.body[0].expression) == printed
    return unparse(stmt.expression, chains=chains)
