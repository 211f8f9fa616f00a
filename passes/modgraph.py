"""The module graph (SPEC §3.1, §1.3): resolving import specifiers, evaluation order, cycles, missing
exports and the handler check. Pure functions: the caller supplies ``exists`` and the parsed modules."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .diagnostics import Diagnostic, error
from .jsast import NO_SPAN, Span

if TYPE_CHECKING:
    from .frontend import ParsedModule

# SPEC §6.9 / §11, in the order the help texts list them.
VIRTUAL_EXPORTS: dict[str, list[str]] = {
    "zigttp:env": ["env"],
    "zigttp:crypto": [
        "sha256",
        "hmacSha256",
        "base64Encode",
        "base64Decode",
        "base64DecodeBytes",
        "base64urlEncode",
        "base64urlDecode",
        "base64urlDecodeBytes",
        "randomUUID",
    ],
    "zigttp:router": ["routerMatch"],
    "zigttp:auth": ["parseBearer", "jwtVerify", "jwtSign", "verifyWebhookSignature", "timingSafeEqual"],
    "zigttp:validate": ["schemaCompile", "validateJson", "validateObject", "coerceJson", "schemaDrop"],
    "zigttp:cache": ["cacheGet", "cacheSet", "cacheDelete", "cacheIncr", "cacheStats"],
    "zigttp:io": ["parallel", "race"],
}
SOURCE_EXTENSIONS = (".ts", ".tsx", ".js", ".jsx")
_CYCLE_HELP = "move the shared declarations into a third module"
_HANDLER_HELP = "declare it as a function: export function handler(req: Request): Response { ... }"


@dataclass(slots=True)
class ImportName:
    """One imported name: ``imported`` in the source module, ``local`` in the importer."""

    imported: str
    local: str
    span: Span
    type_only: bool = False


@dataclass(slots=True)
class ImportRequest:
    """One import declaration: its specifier as written (and its span) and the names it imports."""

    specifier: str
    span: Span
    names: list[ImportName] = field(default_factory=list)
    type_only: bool = False


@dataclass(slots=True)
class HandlerInfo:
    """A top-level binding that may serve as the handler. ``kind``: "function" (declaration), "arrow"
    (const/let initialised with an arrow), "import" (see ``import_source``/``import_name``) or "other".
    ``params`` counts declared parameters (0 for "import"/"other"); ``span`` is the declaring name."""

    kind: str
    span: Span
    params: int
    line: int
    import_source: str = ""
    import_name: str = ""


@dataclass(slots=True)
class LinkResult:
    order: list[str]  # evaluation order: dependencies first (depth-first in import order), entry last
    diagnostics: list[Diagnostic]


def resolve_specifier(
    importer: str, spec: str, span: Span, exists: Callable[[str], bool]
) -> tuple[str | None, Diagnostic | None]:
    """Resolve ``spec`` imported by ``importer`` (paths relative to the entry's directory)."""
    if spec.startswith("zigttp:"):
        if spec in VIRTUAL_EXPORTS:
            return spec, None
        return None, error(
            "ZT0310",
            f"unknown module '{spec}'",
            importer,
            span,
            "available modules: " + ", ".join(VIRTUAL_EXPORTS),
        )
    if not (spec.startswith("./") or spec.startswith("../")):
        return None, error(
            "ZT0310",
            f"'{spec}' cannot be imported",
            importer,
            span,
            'only "zigttp:*" modules and relative files such as "./util" can be imported',
        )
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
    if posixpath.splitext(spec)[1] in SOURCE_EXTENSIONS:
        candidates = [(joined, spec)]
    else:
        candidates = [(joined + ext, spec + ext) for ext in SOURCE_EXTENSIONS]
    for path, _ in candidates:
        if exists(path):
            return path, None
    return None, error(
        "ZT0310",
        f"cannot find module '{spec}'",
        importer,
        span,
        "tried " + ", ".join(tried for _, tried in candidates),
    )


def link(
    entry: str,
    modules: Mapping[str, ParsedModule],
    edges: Mapping[str, list[tuple[ImportRequest, str]]],
    *,
    script: bool,
) -> LinkResult:
    """Evaluation order and whole-graph diagnostics: cycles, missing exports, ZT0311."""
    order: list[str] = []
    discovery: list[str] = []
    diags: list[Diagnostic] = []
    visiting: set[str] = set()
    done: set[str] = set()
    stack: list[str] = []

    def visit(path: str) -> None:
        visiting.add(path)
        stack.append(path)
        discovery.append(path)
        for request, target in edges.get(path, []):
            if target.startswith("zigttp:") or target not in modules:
                continue
            if target in visiting:
                cycle = stack[stack.index(target) :] + [target]
                diags.append(
                    error("ZT0310", "circular import: " + " -> ".join(cycle), path, request.span, _CYCLE_HELP)
                )
            elif target not in done:
                visit(target)
        stack.pop()
        visiting.discard(path)
        done.add(path)
        order.append(path)

    if entry in modules:
        visit(entry)
    for path in discovery:
        for request, target in edges.get(path, []):
            diags.extend(_missing_exports(path, request, target, modules))
    if not script and entry in modules:
        diags.extend(_check_handler(entry, modules, edges))
    rank = {path: i for i, path in enumerate(discovery)}
    diags.sort(key=lambda d: (rank.get(d.file, len(rank)), d.span[0], d.span[1]))
    return LinkResult(order, diags)


def _missing_exports(
    importer: str, request: ImportRequest, target: str, modules: Mapping[str, ParsedModule]
) -> list[Diagnostic]:
    if target in VIRTUAL_EXPORTS:
        available = VIRTUAL_EXPORTS[target]
    elif target in modules:
        module = modules[target]
        available = [*module.exports, *module.type_exports]
    else:
        return []
    out = []
    for name in request.names:
        if name.imported not in available:
            listed = ", ".join(available) if available else "(none)"
            out.append(
                error(
                    "ZT0310",
                    f"module '{request.specifier}' has no export '{name.imported}'",
                    importer,
                    name.span,
                    f"available exports: {listed}",
                )
            )
    return out


def _check_handler(
    entry: str, modules: Mapping[str, ParsedModule], edges: Mapping[str, list[tuple[ImportRequest, str]]]
) -> list[Diagnostic]:
    handler = modules[entry].handler
    if handler is None:
        return [error("ZT0311", f"no handler found in '{entry}'", entry, NO_SPAN, _HANDLER_HELP)]
    info = handler
    if handler.kind == "import":
        target = next(
            (t for req, t in edges.get(entry, []) if req.specifier == handler.import_source), None
        )
        source = modules.get(target) if target is not None else None
        if source is None:
            return []  # unresolved or virtual: reported elsewhere
        exported = source.export_info.get(handler.import_name)
        if exported is None:
            return []  # missing export: reported by _missing_exports
        info = exported
    if info.kind == "other":
        return [error("ZT0311", f"no handler found in '{entry}'", entry, handler.span, _HANDLER_HELP)]
    if info.params >= 2:
        return [
            error(
                "ZT0311",
                f"the handler takes one parameter (the request), found {info.params}",
                entry,
                handler.span,
            )
        ]
    return []
