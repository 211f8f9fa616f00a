"""The build driver: module discovery, the pass DAG, and the image manifest.

This module is the I/O edge of the pipeline: it reads source files and hands their bytes to pure passes
through the engine. Everything stored is relative to the entry's directory.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .. import __version__
from ..passes.diagnostics import Diagnostic
from ..passes.diagnostics import error as diag_error
from ..store.objects import Store, digest
from .canonical import canonical_json, load_json
from .engine import Engine, NodeOutcome
from .models import ImportBinding, Manifest, ModuleEntry, PassEntry
from .registry import PassSpec, all_passes, pass_groups
from .report import Reporter

MAX_SOURCE = 10 * 1024 * 1024


@dataclass
class BuildOptions:
    """What a build depends on. Only declared options reach pass keys."""

    entry: Path  # as given on the command line
    store: Store
    verify: bool = False
    defines: dict[str, str] = field(default_factory=dict)
    script: bool | None = False  # None: decide after parsing the entry (run: script mode when no handler)
    no_jit: bool = False
    inline_source: bytes | None = None  # `serve -e CODE`: the entry's bytes, named <inline>
    deploy: str | None = None  # --deploy TARGET (SPEC §15)
    # --policy FILE as the policy pass's declared option: {"path": as given, "text": contents | None,
    # "error": read error | None}; None without --policy (SPEC §14.3). Read by the build command.
    policy: dict[str, Any] | None = None
    # Called after a successful build, before the final `built` line, with the artifact hash and manifest:
    # the build command writes its files (deploy/, SPEC §0.6) and report lines here.
    after_build: list[Callable[[str, Manifest], None]] = field(default_factory=list)
    # Filled in during the build:
    entry_name: str = ""
    existing: set[str] = field(default_factory=set)

    def manifest_options(self) -> dict[str, Any]:
        return {
            "verify": self.verify,
            "defines": dict(sorted(self.defines.items())),
            "script": self.script,
            "jit": not self.no_jit,
            "deploy": self.deploy,
            "policy": None if self.policy is None else digest(canonical_json(self.policy.get("text"))),
        }


@dataclass
class BuildResult:
    artifact: str | None
    diagnostics: list[Diagnostic]
    manifest: Manifest | None = None

    @property
    def ok(self) -> bool:
        return self.artifact is not None


class _Discovery:
    """Reads the entry and every file reachable through relative imports, parsing each once."""

    def __init__(self, options: BuildOptions, engine: Engine, spec: PassSpec):
        self.options = options
        self.engine = engine
        self.spec = spec
        self.base = options.entry.parent if options.inline_source is None else Path.cwd()
        self.outcomes: dict[str, NodeOutcome] = {}
        self.sources: dict[str, str] = {}
        self.source_objects: dict[str, str] = {}
        self.read_errors: list[Diagnostic] = []

    def _exists(self, rel: str) -> bool:
        ok = (self.base / rel).is_file()
        if ok:
            self.options.existing.add(rel)
        return ok

    def _read(self, rel: str) -> bytes | None:
        if rel == self.options.entry_name and self.options.inline_source is not None:
            return self.options.inline_source
        path = self.base / rel
        try:
            if path.is_dir():
                raise IsADirectoryError(21, "is a directory")
            with open(path, "rb") as f:
                return f.read(MAX_SOURCE + 1)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            self.read_errors.append(diag_error("ZT0001", f"cannot read '{rel}': {reason}", rel, (0, 0, 0, 0)))
            return None

    def run(self) -> list[str]:
        from ..passes import frontend

        queue = [self.options.entry_name]
        seen = {self.options.entry_name}
        order: list[str] = []
        while queue:
            rel = queue.pop(0)
            data = self._read(rel)
            if data is None:
                continue
            order.append(rel)
            self.sources[rel] = data.decode("utf-8", "replace").lstrip("\ufeff")
            source_hash = self.engine.store.put(data)
            self.source_objects[rel] = source_hash
            outcome = self.engine.execute(self.spec, rel, {"source": source_hash}, options=self.spec.options(
                self.options, rel))
            self.outcomes[rel] = outcome
            parsed = load_json(self.engine.store.get(outcome.output))
            for request in parsed.get("imports", []):
                resolved, _ = frontend.resolve_specifier(rel, request["specifier"], tuple(request["span"]),
                                                         self._exists)
                if resolved is not None and not resolved.startswith("zigttp:") and resolved not in seen:
                    seen.add(resolved)
                    queue.append(resolved)
        return order


class _InputSources:
    """Which invocation outputs feed a pass invocation.

    An input name is a pass name (the same module's output for module-scoped passes, every module's for
    program-scoped ones) or ``<pass>@deps``: the outputs of that pass for the module's direct imports."""

    def __init__(self, by_name: dict[str, PassSpec], order: list[str], deps: dict[str, list[str]],
                 discovery: _Discovery, options: BuildOptions):
        self.by_name = by_name
        # An input from a pass that is disabled in this build (verify without --verify) is absent.
        self.disabled = {name for name, spec in by_name.items() if not spec.enabled(options)}
        self.order = order
        self.deps = deps
        self.discovery = discovery

    def targets(self, spec: PassSpec) -> list[str]:
        return list(self.order) if spec.scope == "module" else [""]

    def nodes(self, spec: PassSpec, dep: str, module: str) -> list[tuple[str, str]]:
        name, _, qualifier = dep.partition("@")
        dep_spec = self.by_name[name]
        if name in self.disabled:
            return []
        if dep_spec.scope == "program":
            return [(name, "")]
        if qualifier == "deps":
            return [(name, m) for m in self.deps.get(module, [])]
        if spec.scope == "module":
            return [(name, module)]
        return [(name, m) for m in self.order]

    def gather(self, spec: PassSpec, module: str, results: dict[tuple[str, str], NodeOutcome]
               ) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
        single: dict[str, str] = {}
        per_module: dict[str, dict[str, str]] = {}
        for dep in spec.inputs:
            name, _, qualifier = dep.partition("@")
            nodes = self.nodes(spec, dep, module)
            if name in self.disabled:
                continue

            def output(node: tuple[str, str]) -> str:
                if node[0] == "parse":
                    return self.discovery.outcomes[node[1]].output
                return results[node].output

            if self.by_name[name].scope == "module" and (qualifier or spec.scope == "program"):
                per_module[dep] = {m: output((n, m)) for n, m in nodes}
            else:
                single[dep] = output(nodes[0])
        return single, per_module


def _group_status(outcomes: list[NodeOutcome]) -> tuple[str, float]:
    ran = [o for o in outcomes if o.ran]
    if any(o.errors for o in outcomes):
        return "failed", sum(o.ms for o in ran)
    return ("ran", sum(o.ms for o in ran)) if ran else ("cached", 0.0)


def _order_diagnostics(diags: list[Diagnostic], file_order: list[str]) -> list[Diagnostic]:
    rank = {path: i for i, path in enumerate(file_order)}
    return sorted(diags, key=lambda d: (rank.get(d.file, len(rank)), d.span[0], d.span[1]))


def build(options: BuildOptions, reporter: Reporter) -> BuildResult:
    """Build the entry file into an artifact; return its hash (None on failure) and every diagnostic."""
    store = options.store
    engine = Engine(store)
    options.entry_name = "<inline>" if options.inline_source is not None else options.entry.name
    reporter.header(options.entry_name if options.inline_source is not None else str(options.entry))
    specs = all_passes()
    by_name = {s.name: s for s in specs}

    discovery = _Discovery(options, engine, by_name["parse"])
    order = discovery.run()
    if options.script is None:
        entry_outcome = discovery.outcomes.get(options.entry_name)
        options.script = entry_outcome is None or load_json(store.get(entry_outcome.output)).get("handler") is None
    reporter.sources.update({rel: (discovery.base / rel, text) for rel, text in discovery.sources.items()})
    all_diags: list[Diagnostic] = []
    group_outcomes: dict[str, list[NodeOutcome]] = {}

    if discovery.read_errors and not order:
        reporter.group("parse", "failed", 0.0)
        reporter.diagnostics(discovery.read_errors)
        reporter.footer(None, str(options.entry))
        return BuildResult(None, discovery.read_errors)

    link_spec = by_name["link"]
    link = engine.execute(
        link_spec,
        None,
        {},
        {"parse": {rel: discovery.outcomes[rel].output for rel in order}},
        link_spec.options(options, None),
    )
    link_data = load_json(store.get(link.output))
    module_order: list[str] = link_data["order"] or order
    parse_outcomes = [discovery.outcomes[rel] for rel in order] + [link]
    group_outcomes["parse"] = parse_outcomes
    diags = discovery.read_errors + [d for o in parse_outcomes for d in o.diagnostics]
    diags = _order_diagnostics(diags, order)
    status, ms = _group_status(parse_outcomes)
    if discovery.read_errors:
        status = "failed"
    reporter.group("parse", status, ms)
    reporter.diagnostics(diags)
    all_diags.extend(diags)
    failed = status == "failed"

    # The rest of the pipeline is a static DAG over the discovered modules.
    deps = {path: [t for _, t in link_data["edges"].get(path, []) if not t.startswith("zigttp:")]
            for path in module_order}
    sources = _InputSources(by_name, module_order, deps, discovery, options)
    rest = [s for s in specs if s.report_as != "parse"]
    graph = nx.DiGraph()
    for spec in rest:
        for module in sources.targets(spec):
            graph.add_node((spec.name, module))
            for dep in spec.inputs:
                for src in sources.nodes(spec, dep, module):
                    if src[0] != "parse":
                        graph.add_edge(src, (spec.name, module))
    results: dict[tuple[str, str], NodeOutcome] = {}
    skipped: list[str] = []
    blocked = failed  # a failed group whose spec stops the build blocks every later group
    for group in pass_groups():
        if group == "parse":
            continue
        specs_in_group = [s for s in rest if s.report_as == group]
        if blocked or not all(s.enabled(options) for s in specs_in_group):
            skipped.append(group)
            ran_early = [o for n, o in results.items() if by_name[n[0]].report_as == group]
            reporter.group(group, *(_group_status(ran_early) if ran_early else ("skipped", 0.0)))
            continue
        topological = list(nx.lexicographical_topological_sort(graph))
        nodes = [n for n in topological if by_name[n[0]].report_as == group]
        # Dependencies in later groups (contract reads bytecode's outputs) run first; they report in their
        # own group's turn (SPEC §0.1 order), reusing the outcome.
        needed = set(nodes).union(*(nx.ancestors(graph, n) for n in nodes))
        for name, module in [n for n in topological if n in needed and n not in results]:
            spec = by_name[name]
            single, per_module = sources.gather(spec, module, results)
            outcome = engine.execute(spec, module or None, single, per_module, spec.options(options, module or None))
            results[(name, module)] = outcome
        outcomes = [results[n] for n in nodes]
        group_outcomes[group] = outcomes
        status, ms = _group_status(outcomes)
        reporter.group(group, status, ms)
        group_diags = _order_diagnostics([d for o in outcomes for d in o.diagnostics], order)
        header = None
        if group == "policy" and any(d.code == "ZT0802" for d in group_diags) and options.policy is not None:
            from ..passes.policy_report import violations_header  # SPEC §14.5

            header = violations_header(str(options.policy.get("path")))
        reporter.diagnostics(group_diags, header=header)
        all_diags.extend(group_diags)
        if group == "policy" and status != "failed":  # SPEC §14.7
            from ..passes.policy_report import sandbox_report

            policy_data = load_json(store.get(outcomes[0].output))
            for line in sandbox_report(policy_data, (options.policy or {}).get("path")):
                reporter.message(line)
        if group == "verify":  # SPEC §13.4
            entry_label = options.entry_name if options.inline_source is not None else str(options.entry)
            reporter.message("Verification passed" if status != "failed" else f"Verification failed for {entry_label}")
        if status == "failed":
            failed = True
        if failed and all(s.stop_on_error for s in specs_in_group):
            blocked = True

    if failed:
        reporter.footer(None, options.entry_name if options.inline_source is not None else str(options.entry))
        return BuildResult(None, all_diags)

    manifest = _manifest(options, store, discovery, module_order, link_data, group_outcomes, results, skipped,
                         all_diags)
    data = manifest.canonical()
    artifact = store.put(data)
    store.add_artifact(artifact, {
        "entry": options.entry_name,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "proof": _proof_level(store, results),
        "deploy": options.deploy is not None,  # a gc root (SPEC §16.6)
    })
    if options.inline_source is None:
        store.set_root("entry-" + digest(os.fsencode(options.entry.absolute()))[:24], artifact)
    for hook in options.after_build:
        hook(artifact, manifest)
    reporter.footer(artifact)
    return BuildResult(artifact, all_diags, manifest)


def _proof_level(store: Store, results: dict[tuple[str, str], NodeOutcome]) -> str:
    """The proof level of §15.1 from the contract (``none`` when no contract was built)."""
    outcome = results.get(("contract", ""))
    if outcome is None:
        return "none"
    from ..passes.contract_model import load_contract_output, proof_level

    return proof_level(load_contract_output(store.get(outcome.output)).contract)


def _group_entry(store: Store, outcomes: list[NodeOutcome]) -> tuple[PassEntry, list[str]]:
    """The manifest entry of a user-facing pass: one invocation, or an index over several."""
    diag_objects = [o.diagnostics_object for o in outcomes if o.diagnostics_object]
    objects = [o.output for o in outcomes] + diag_objects
    if len(outcomes) == 1:
        o = outcomes[0]
        return PassEntry(key=o.key, output=o.output, size=o.size, diagnostics=diag_objects), objects
    index = canonical_json({
        "invocations": [{"pass": o.spec.name, "module": o.module, "key": o.key, "output": o.output}
                        for o in outcomes],
    })
    out = store.put(index)
    key = digest(canonical_json([o.key for o in outcomes]))
    return PassEntry(key=key, output=out, size=sum(o.size for o in outcomes), diagnostics=diag_objects), objects + [
        out]


def _manifest(options: BuildOptions, store: Store, discovery: _Discovery, module_order: list[str],
              link_data: dict, group_outcomes: dict[str, list[NodeOutcome]],
              results: dict[tuple[str, str], NodeOutcome], skipped: list[str],
              diags: list[Diagnostic]) -> Manifest:
    objects: set[str] = set(discovery.source_objects.values())
    passes: dict[str, PassEntry | None] = {}
    for group, outcomes in group_outcomes.items():
        entry, objs = _group_entry(store, outcomes)
        passes[group] = entry
        objects.update(objs)
    for group in skipped:
        passes[group] = None
    modules = []
    for path in module_order:
        parsed = load_json(store.get(discovery.outcomes[path].output))
        resolved = {spec: target for spec, target in link_data["edges"].get(path, [])}
        bindings = []
        for request in parsed.get("imports", []):
            target = resolved.get(request["specifier"])
            if target is None:
                continue
            for name in request.get("names", []):
                if name.get("type_only") or request.get("type_only"):
                    continue
                bindings.append(ImportBinding(local=name["local"], source=target, name=name["imported"]))
        modules.append(ModuleEntry(
            path=path,
            source=discovery.source_objects[path],
            code=results[("bytecode", path)].output,
            imports=bindings,
        ))
    entry_parsed = load_json(store.get(discovery.outcomes[options.entry_name].output))
    handler = entry_parsed.get("handler")
    return Manifest(
        zigttp=__version__,
        python=f"{sys.version_info.major}.{sys.version_info.minor}",
        cache_tag=sys.implementation.cache_tag,
        arch=platform.machine() if options.deploy is not None else None,  # SPEC §0.7
        entry=options.entry_name,
        handler_line=(handler or {}).get("line") if handler else None,
        options=options.manifest_options(),
        modules=modules,
        passes=passes,
        warnings=sum(1 for d in diags if not d.is_error),
        objects=sorted(objects),
    )

