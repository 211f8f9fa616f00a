"""`zigttp show <hash> [PASS]` (SPEC §16.4, §0.8): read-only views of a stored artifact."""

from __future__ import annotations

import json
import platform
import sys
from typing import Any

from ..passes.diagnostics import render_text
from ..sizes import format_size
from ..store.objects import Store
from .canonical import load_json
from .engine import decode_diagnostics
from .registry import pass_groups

VIEWS = ("summary", "parse", "typecheck", "boolcheck", "diagnostics", "comptime", "verify", "contract", "policy",
         "bytecode", "jit", "deploy")
ALL_PASSES = ("parse", "comptime", "typecheck", "boolcheck", "verify", "contract", "policy", "bytecode", "jit",
              "deploy")


def _out(text: str) -> None:
    sys.stdout.write(text)


def _invocations(store: Store, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The invocations behind a manifest pass entry (an index object, or the single output)."""
    data = store.get(entry["output"])
    try:
        doc = load_json(data)
    except ValueError:
        return [{"module": None, "output": entry["output"], "key": entry["key"]}]
    if isinstance(doc, dict) and "invocations" in doc:
        return doc["invocations"]
    return [{"module": None, "output": entry["output"], "key": entry["key"]}]


def show(store: Store, artifact: str, what: str, *, as_json: bool) -> int:
    manifest = json.loads(store.get(artifact))
    if what == "summary":
        return _summary(store, artifact, manifest, as_json)
    if what == "diagnostics":
        return _diagnostics(store, manifest, as_json)
    entry = manifest["passes"].get(what)
    if entry is None:
        sys.stderr.write(f"error: pass '{what}' did not run for this artifact\n")
        return 1
    if what == "parse":
        return _parse(store, manifest, entry, as_json)
    if what == "bytecode":
        return _bytecode(store, manifest, entry, as_json)
    if what in ("typecheck", "boolcheck"):
        return _per_module_view(store, manifest, entry, what, as_json)
    if what == "comptime":
        return _comptime(store, manifest, entry, as_json)
    if what == "verify":
        return _verify(store, manifest, entry, as_json)
    if what == "contract":
        return _contract(store, entry, as_json)
    if what == "policy":
        return _policy(store, entry, as_json)
    if what == "deploy":
        from .deploy_files import show_deploy

        return show_deploy(store, entry, as_json)
    _out(store.get(entry["output"]).decode("utf-8", "replace") + "\n")
    return 0


def _contract(store: Store, entry: dict[str, Any], as_json: bool) -> int:
    """contract.json exactly as ``build --contract`` writes it (it is JSON already)."""
    from ..passes.contract_json import render_contract_json
    from ..passes.contract_model import load_contract_output

    _out(render_contract_json(load_contract_output(store.get(entry["output"])).contract))
    return 0


def _policy(store: Store, entry: dict[str, Any], as_json: bool) -> int:
    """The effective policy in policy.json form, unrestricted sections omitted."""
    from ..passes.policy_report import policy_json_text

    data = load_json(store.get(entry["output"]))
    if as_json:
        effective = data.get("effective") or {}
        ordered = {k: effective[k] for k in ("env", "egress", "cache") if k in effective}
        _out(json.dumps(ordered, ensure_ascii=False) + "\n")
    else:
        _out(policy_json_text(data))
    return 0


def _proof_and_sandbox(store: Store, passes: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None]:
    """(proof level, ``sandbox ...`` line, effective policy) of the summary."""
    from ..passes.policy_report import sandbox_summary

    proof = "none"
    contract = passes.get("contract")
    if contract:
        from ..passes.contract_model import load_contract_output, proof_level

        proof = proof_level(load_contract_output(store.get(contract["output"])).contract)
    policy = passes.get("policy")
    data = load_json(store.get(policy["output"])) if policy else None
    return proof, sandbox_summary(data), (data or {}).get("effective")


def _summary(store: Store, artifact: str, manifest: dict[str, Any], as_json: bool) -> int:
    arch = manifest.get("arch") or platform.machine()
    passes = manifest["passes"]
    proof, sandbox, effective = _proof_and_sandbox(store, passes)
    order = [p for p in ALL_PASSES if p in passes or p in pass_groups()]
    if as_json:
        _out(json.dumps({
            "artifact": artifact,
            "zigttp": manifest["zigttp"],
            "python": manifest["python"],
            "arch": arch,
            "entry": manifest["entry"],
            "handlerLine": manifest.get("handler_line"),
            "modules": [m["path"] for m in manifest["modules"]],
            "passes": {p: passes.get(p) for p in order},
            "proof": proof,
            "sandbox": effective if effective is not None else "unrestricted",
            "warnings": manifest.get("warnings", 0),
        }, indent=2) + "\n")
        return 0
    lines = [f"artifact {artifact}", f"zigttp {manifest['zigttp']} (python{manifest['python']}, {arch})"]
    handler = manifest.get("handler_line")
    lines.append(f"entry {manifest['entry']}" + (f" (handler at line {handler})" if handler else " (script)"))
    lines.append(f"modules {len(manifest['modules'])}")
    for name in order:
        entry = passes.get(name)
        if entry is None:
            lines.append(f"{name} skipped")
        else:
            lines.append(f"{name} {entry['key'][:12]} {entry['output'][:12]} {format_size(entry['size'])}")
    lines.append(f"proof {proof}")
    lines.append(sandbox)
    lines.append(f"warnings {manifest.get('warnings', 0)}")
    _out("\n".join(lines) + "\n")
    return 0


def _parse(store: Store, manifest: dict[str, Any], entry: dict[str, Any], as_json: bool) -> int:
    from ..passes.treeprint import format_tree

    outputs = {inv["module"]: inv["output"] for inv in _invocations(store, entry) if inv.get("module")}
    docs = []
    for module in manifest["modules"]:
        source = store.get(module["source"])
        parsed = load_json(store.get(outputs[module["path"]]))
        docs.append((module, source, parsed))
    if as_json:
        _out(json.dumps([{"path": m["path"], "size": len(src), "hash": m["source"], "tree": p["module"]}
                         for m, src, p in docs], ensure_ascii=False) + "\n")
        return 0
    for module, source, parsed in docs:
        _out(f"{module['path']}  {format_size(len(source))}  {module['source']}\n")
        _out(format_tree(parsed["module"]) + "\n")
    return 0


def _bytecode(store: Store, manifest: dict[str, Any], entry: dict[str, Any], as_json: bool) -> int:
    from ..passes.bytecode import disassemble

    listings = []
    for module in manifest["modules"]:
        listings.append((module["path"], disassemble(store.get(module["code"]))))
    if as_json:
        _out(json.dumps([{"path": p, "disassembly": d} for p, d in listings]) + "\n")
        return 0
    for path, listing in listings:
        _out(f"== {path} ==\n{listing}\n")
    return 0


def _module_outputs(store: Store, manifest: dict[str, Any], entry: dict[str, Any]) -> list[tuple[dict, Any]]:
    """(manifest module, output data) of a per-module pass, entry module first, then the manifest's order."""
    by_path = {}
    for inv in _invocations(store, entry):
        data = load_json(store.get(inv["output"]))
        by_path[inv.get("module") or data.get("path")] = data
    modules = sorted(manifest["modules"], key=lambda m: m["path"] != manifest["entry"])
    return [(m, by_path[m["path"]]) for m in modules if m["path"] in by_path]


def _comptime(store: Store, manifest: dict[str, Any], entry: dict[str, Any], as_json: bool) -> int:
    from ..passes.comptime_listing import entries, format_listing

    records = []
    for module, data in _module_outputs(store, manifest, entry):
        source = store.get(module["source"]).decode("utf-8", "replace").lstrip("\ufeff")
        records.extend(entries(module["path"], source, (data.get("module") or {}).get("folds", [])))
    if as_json:
        _out(json.dumps(records, ensure_ascii=False) + "\n")
    else:
        _out(format_listing(records))
    return 0


def _verify(store: Store, manifest: dict[str, Any], entry: dict[str, Any], as_json: bool) -> int:
    """The verification record (SPEC §13.4; ``bytecodeVerified``: the bytecode pass compiled every module,
    which holds for every stored artifact) and the verify warnings."""
    data = load_json(store.get(entry["output"]))
    record = {**data["record"], "bytecodeVerified": manifest["passes"].get("bytecode") is not None}
    warnings = [d for obj in entry.get("diagnostics", []) for d in decode_diagnostics(store.get(obj))
                if not d.is_error]
    if as_json:
        _out(json.dumps({"entry": data["entry"], "record": record, "warnings": [d.to_data() for d in warnings]},
                        ensure_ascii=False) + "\n")
        return 0
    _out("".join(f"{key} {str(value).lower()}\n" for key, value in record.items()))
    if warnings:
        sources = {m["path"]: store.get(m["source"]).decode("utf-8", "replace") for m in manifest["modules"]}
        _out("\n")
        for d in warnings:
            _out(render_text(d, d.file, sources.get(d.file)))
    return 0


def _diagnostics(store: Store, manifest: dict[str, Any], as_json: bool) -> int:
    sources = {m["path"]: store.get(m["source"]).decode("utf-8", "replace") for m in manifest["modules"]}
    found = []
    for name in ALL_PASSES:
        entry = manifest["passes"].get(name)
        if not entry:
            continue
        for obj in entry.get("diagnostics", []):
            found.extend(d for d in decode_diagnostics(store.get(obj)) if not d.is_error)
    if as_json:
        _out(json.dumps([d.to_data() for d in found]) + "\n")
        return 0
    for d in found:
        _out(render_text(d, d.file, sources.get(d.file)))
    return 0


def _per_module_view(store: Store, manifest: dict[str, Any], entry: dict[str, Any], what: str,
                     as_json: bool) -> int:
    """typecheck: each module's top-level bindings with their types; boolcheck: the boolean contexts
    checked, with the type found at each."""
    outputs = {inv["module"]: inv["output"] for inv in _invocations(store, entry)
               if inv.get("pass", what) == what and inv.get("module")}
    if len(manifest["modules"]) == 1 and not outputs:
        outputs = {manifest["modules"][0]["path"]: entry["output"]}
    docs = [(m["path"], load_json(store.get(outputs[m["path"]]))) for m in manifest["modules"] if m["path"] in outputs]
    if as_json:
        key = "toplevel" if what == "typecheck" else "contexts"
        _out(json.dumps([{"path": p, key: d.get(key, [])} for p, d in docs], ensure_ascii=False) + "\n")
        return 0
    for path, doc in docs:
        _out(f"== {path} ==\n")
        if what == "typecheck":
            for name, type_text in doc.get("toplevel", []):
                _out(f"{name}: {type_text}\n")
        else:
            for line, col, context, type_text in doc.get("contexts", []):
                _out(f"{path}:{line}:{col}  {context}  {type_text or '(not typed)'}\n")
    return 0

