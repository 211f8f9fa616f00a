"""Public API of the front end of the ``parse`` pass.

``parse_module(data, path)`` decodes and parses one file, resolves its names and summarises its imports,
exports and handler; ``resolve_specifier`` and ``link`` (from ``modgraph``) build the module graph.
Everything is a pure function of its inputs.
"""

from __future__ import annotations

import posixpath
import sys
from dataclasses import dataclass, field

from . import jsast as A
from .diagnostics import Diagnostic, error
from .modgraph import (
    VIRTUAL_EXPORTS,
    HandlerInfo,
    ImportName,
    ImportRequest,
    LinkResult,
    link,
    resolve_specifier,
)
from .parser import parse
from .scope import pattern_identifiers, resolve

__all__ = [
    "VIRTUAL_EXPORTS",
    "HandlerInfo",
    "ImportName",
    "ImportRequest",
    "LinkResult",
    "ParsedModule",
    "language_of",
    "link",
    "parse_module",
    "parse_text",
    "resolve_specifier",
]

MAX_SOURCE_BYTES = 10 * 1024 * 1024
_RECURSION_LIMIT = 12000
_LANGUAGES = {".ts": "ts", ".tsx": "tsx", ".js": "js", ".jsx": "jsx"}


@dataclass
class ParsedModule:
    path: str  # relative path as given, e.g. "handler.ts", "lib/util.ts"
    module: A.Module | None  # None only when the file could not be decoded (ZT0001)
    diagnostics: list[Diagnostic]  # parse-level diagnostics of this file, in source order
    imports: list[ImportRequest] = field(default_factory=list)
    exports: list[str] = field(default_factory=list)  # exported value names
    type_exports: list[str] = field(default_factory=list)  # exported type aliases / interfaces
    handler: HandlerInfo | None = None  # the top-level binding named `handler`, if any
    export_info: dict[str, HandlerInfo] = field(default_factory=dict)  # per exported value name

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def language_of(path: str) -> str | None:
    """"ts", "tsx", "js", "jsx" from the extension ("js" for ``<inline>``); None when unsupported."""
    if path == "<inline>":
        return "js"
    return _LANGUAGES.get(posixpath.splitext(path)[1])


def parse_module(data: bytes, path: str) -> ParsedModule:
    """Decode (UTF-8, BOM ignored), parse and resolve one module."""
    language = language_of(path)
    if language is None:
        ext = posixpath.splitext(path)[1] or "(none)"
        return _unreadable(path, f"unsupported file extension '{ext}'", "use a .ts, .tsx, .js or .jsx file")
    if len(data) > MAX_SOURCE_BYTES:
        return _unreadable(path, "file is larger than 10 MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _unreadable(path, "file is not valid UTF-8")
    return parse_text(text, path, language)


def parse_text(text: str, path: str, language: str) -> ParsedModule:
    """Parse already decoded source text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)  # deeply nested sources stop at MAX_NESTING instead
    module, diags = parse(text, path, language)
    diags = diags + resolve(module, path)
    diags.sort(key=lambda d: (d.span[0], d.span[1]))
    parsed = ParsedModule(path, module, diags)
    _summarise(parsed, module)
    return parsed


def _unreadable(path: str, message: str, help: str | None = None) -> ParsedModule:
    return ParsedModule(path, None, [error("ZT0001", message, path, A.NO_SPAN, help)])


def _summarise(parsed: ParsedModule, module: A.Module) -> None:
    """Fill imports, exports, export_info and handler from the top-level statements."""
    candidates: dict[str, HandlerInfo] = {}
    for stmt in module.body:
        if isinstance(stmt, A.Import):
            request = ImportRequest(stmt.source, stmt.source_span, type_only=stmt.type_only)
            for spec in stmt.specifiers:
                if spec.imported in ("default", "*"):
                    continue  # `import x from` / `import * as x`: unsupported, already reported
                request.names.append(
                    ImportName(spec.imported, spec.local.name, spec.span, spec.type_only or stmt.type_only)
                )
                if not (spec.type_only or stmt.type_only):
                    candidates.setdefault(
                        spec.local.name,
                        HandlerInfo("import", spec.local.span, 0, spec.local.span[0], stmt.source, spec.imported),
                    )
            parsed.imports.append(request)
        elif isinstance(stmt, A.FunctionDecl):
            fn = stmt.function
            span = fn.name_id.span if fn.name_id is not None else fn.span
            info = HandlerInfo("function", span, len(fn.params), span[0])
            candidates.setdefault(fn.name, info)
            if stmt.exported:
                parsed.exports.append(fn.name)
                parsed.export_info[fn.name] = info
        elif isinstance(stmt, A.VarDecl):
            for decl in stmt.declarations:
                for ident in pattern_identifiers(decl.target):
                    if decl.target is ident and isinstance(decl.init, A.Function) and decl.init.is_arrow:
                        info = HandlerInfo("arrow", ident.span, len(decl.init.params), ident.span[0])
                    else:
                        info = HandlerInfo("other", ident.span, 0, ident.span[0])
                    candidates.setdefault(ident.name, info)
                    if stmt.exported:
                        parsed.exports.append(ident.name)
                        parsed.export_info[ident.name] = info
        elif isinstance(stmt, (A.TypeAlias, A.Interface)) and stmt.exported:
            parsed.type_exports.append(stmt.name)
    parsed.handler = candidates.get("handler")
