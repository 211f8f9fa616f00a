"""Running pass invocations against the store: pass keys, record lookup, early cutoff (DESIGN §3).

A pass key is the blake3 of the canonical JSON ``{pass, version, inputs, options, runtime}``. Before running
a pass the engine looks the key up in records/; a hit reuses the stored output. Early cutoff is a
consequence: when a pass reruns but produces byte-identical output, every downstream key is unchanged.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from blake3 import blake3

from .. import __version__
from ..passes.diagnostics import Diagnostic
from ..store.objects import Store, digest
from .canonical import canonical_json, load_json
from .models import PassRecord
from .registry import PassInputs, PassResult, PassSpec


@dataclass
class NodeOutcome:
    """The result of one pass invocation (ran or cached)."""

    spec: PassSpec
    module: str | None
    key: str
    output: str
    diagnostics_object: str | None
    diagnostics: list[Diagnostic]
    ran: bool
    ms: float
    size: int

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)


# The top-level packages of the distribution; their subpackages are found by walking.
ROOT_PACKAGES = ("zigttp", "zigttp.pipeline", "zigttp.passes", "zigttp.vm", "zigttp.store", "zigttp.schemas")


def package_sources() -> list[tuple[str, Path]]:
    """(module-qualified name, path) of every Python source of zigttp, independent of the install layout."""
    import importlib
    import os

    roots = {name: Path(importlib.import_module(name).__path__[0]).resolve() for name in ROOT_PACKAGES}
    root_dirs = set(roots.values())
    found: list[tuple[str, Path]] = []
    for name, base in roots.items():
        for dirpath, dirnames, filenames in os.walk(base):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if (here / d) not in root_dirs
                                 and (here / d / "__init__.py").exists())
            package = ".".join([name, *here.relative_to(base).parts])
            found.extend((f"{package}/{f}", here / f) for f in sorted(filenames) if f.endswith(".py"))
    return sorted(found)


@functools.cache
def implementation_digest() -> str:
    """blake3 over zigttp's own Python sources, named by module: a changed compiler never reuses stale
    records, and the same release gives the same keys in any directory, editable install or not."""
    hasher = blake3()
    for name, path in package_sources():
        hasher.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def pass_key(spec: PassSpec, inputs: dict[str, str], options: dict[str, Any]) -> str:
    """The key of a pass invocation: blake3 of its declared inputs, options and runtime."""
    document = {
        "pass": spec.name,
        "version": spec.version,
        "inputs": inputs,
        "options": options,
        "runtime": {"zigttp": __version__, "implementation": implementation_digest(), **spec.runtime()},
    }
    return digest(canonical_json(document))


def encode_diagnostics(diagnostics: list[Diagnostic]) -> bytes:
    return canonical_json([d.to_data() for d in diagnostics])


def decode_diagnostics(data: bytes) -> list[Diagnostic]:
    return [Diagnostic.from_data(d) for d in load_json(data)]


@dataclass
class Engine:
    """Executes pass invocations with caching. ``store`` is the only I/O it does."""

    store: Store
    outcomes: list[NodeOutcome] = field(default_factory=list)

    def execute(
        self,
        spec: PassSpec,
        module: str | None,
        single: dict[str, str],
        per_module: dict[str, dict[str, str]] | None = None,
        options: dict[str, Any] | None = None,
    ) -> NodeOutcome:
        """Run (or reuse) one invocation. ``single`` maps input names to object hashes; ``per_module``
        maps input names to {module path: hash} for program-scoped passes."""
        options = options or {}
        per_module = per_module or {}
        flat = dict(single)
        for name, mapping in per_module.items():
            for path, h in mapping.items():
                flat[f"{name}:{path}"] = h
        key = pass_key(spec, flat, options)
        outcome = self._lookup(spec, module, key)
        if outcome is None:
            outcome = self._run(spec, module, key, flat, single, per_module, options)
        self.outcomes.append(outcome)
        return outcome

    def _lookup(self, spec: PassSpec, module: str | None, key: str) -> NodeOutcome | None:
        record = self.store.get_record(key)
        if record is None:
            return None
        output = record.get("output")
        diag_obj = record.get("diagnostics")
        if not output or not self.store.has(output) or (diag_obj and not self.store.has(diag_obj)):
            return None
        try:
            diagnostics = decode_diagnostics(self.store.get(diag_obj, verify=True)) if diag_obj else []
        except Exception:
            return None
        return NodeOutcome(spec, module, key, output, diag_obj, diagnostics, False, 0.0, self.store.size(output))

    def _run(
        self,
        spec: PassSpec,
        module: str | None,
        key: str,
        flat: dict[str, str],
        single: dict[str, str],
        per_module: dict[str, dict[str, str]],
        options: dict[str, Any],
    ) -> NodeOutcome:
        inputs = PassInputs(
            module=module,
            options=options,
            _single={name: self.store.get(h, verify=True) for name, h in single.items()},
            _per_module={
                name: {path: self.store.get(h, verify=True) for path, h in mapping.items()}
                for name, mapping in per_module.items()
            },
        )
        start = time.perf_counter()
        result: PassResult = spec.run(inputs)
        ms = (time.perf_counter() - start) * 1000
        output = self.store.put(result.data)
        diag_obj = self.store.put(encode_diagnostics(result.diagnostics)) if result.diagnostics else None
        errors = sum(1 for d in result.diagnostics if d.is_error)
        record = PassRecord(
            name=spec.name,
            version=spec.version,
            module=module,
            inputs=flat,
            output=output,
            diagnostics=diag_obj,
            errors=errors,
            warnings=len(result.diagnostics) - errors,
        )
        self.store.put_record(key, record.canonical())
        return NodeOutcome(spec, module, key, output, diag_obj, result.diagnostics, True, ms, len(result.data))
