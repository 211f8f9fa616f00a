"""The registered passes: thin adapters between stored bytes and the pure pass functions in passes/.

Order is the pipeline order of SPEC §0.1. ``link`` is the whole-program half of ``parse`` (module graph,
import and handler checks) and reports under ``parse``.
"""

from __future__ import annotations

import sys
from typing import Any

from .canonical import canonical_json, load_json
from .registry import PassInputs, PassResult, PassSpec

# ---------------------------------------------------------------------------------------------------------
# parse (one invocation per module)
# ---------------------------------------------------------------------------------------------------------


def run_parse(inputs: PassInputs) -> PassResult:
    from ..passes import frontend
    from .serial import parsed_to_data

    parsed = frontend.parse_module(inputs.get("source"), inputs.options["path"])
    return PassResult(canonical_json(parsed_to_data(parsed)), list(parsed.diagnostics))


def parse_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"path": module}


# ---------------------------------------------------------------------------------------------------------
# link (whole program)
# ---------------------------------------------------------------------------------------------------------


def run_link(inputs: PassInputs) -> PassResult:
    from ..passes import frontend
    from .serial import link_to_data, parsed_from_data

    opts = inputs.options
    parsed = {path: parsed_from_data(load_json(data)) for path, data in inputs.modules("parse").items()}
    existing = set(opts["existing"])
    edges: dict[str, list[Any]] = {}
    diagnostics = []
    for path, pm in parsed.items():
        edges[path] = []
        for request in pm.imports:
            resolved, diag = frontend.resolve_specifier(path, request.specifier, request.span, existing.__contains__)
            if diag is not None:
                diagnostics.append(diag)
            if resolved is not None:
                edges[path].append((request, resolved))
    result = frontend.link(opts["entry"], parsed, edges, script=opts["script"])
    entry = parsed.get(opts["entry"])
    unreadable_entry = entry is None or entry.module is None
    # An entry that could not be decoded (ZT0001) has no handler to find: one construct, one diagnostic.
    diagnostics.extend(d for d in result.diagnostics if not (unreadable_entry and d.code == "ZT0311"))
    return PassResult(canonical_json(link_to_data(result, edges)), diagnostics)


def link_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"entry": build.entry_name, "script": build.script, "existing": sorted(build.existing)}


# ---------------------------------------------------------------------------------------------------------
# comptime (one invocation per module; reads the folded exports of its direct imports)
# ---------------------------------------------------------------------------------------------------------


def run_comptime(inputs: PassInputs) -> PassResult:
    from .. import __version__
    from ..passes import comptime
    from .serial import parsed_from_data, parsed_to_data

    parsed = parsed_from_data(load_json(inputs.get("parse")))
    deps = {path: comptime.exports_of(load_json(data)) for path, data in inputs.modules("comptime@deps").items()}
    result = comptime.fold_module(parsed, deps, inputs.options["defines"], __version__)
    return PassResult(canonical_json(parsed_to_data(result.parsed)), result.diagnostics)


def comptime_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"defines": dict(sorted(build.defines.items()))}


# ---------------------------------------------------------------------------------------------------------
# typecheck (one invocation per module; reads the exported-type summaries of its direct imports) and
# typeiface (the summary alone, so that a body edit that keeps the exported types stops there)
# ---------------------------------------------------------------------------------------------------------


def run_typecheck(inputs: PassInputs) -> PassResult:
    from ..passes import typecheck
    from .serial import parsed_from_data

    parsed = parsed_from_data(load_json(inputs.get("comptime")))
    deps = {path: load_json(data) for path, data in inputs.modules("typeiface@deps").items()}
    data, diagnostics = typecheck.run(parsed, deps)
    return PassResult(canonical_json(data), diagnostics)


def run_typeiface(inputs: PassInputs) -> PassResult:
    from ..passes import typecheck

    return PassResult(canonical_json(typecheck.interface_of(load_json(inputs.get("typecheck")))))


# ---------------------------------------------------------------------------------------------------------
# boolcheck (one invocation per module)
# ---------------------------------------------------------------------------------------------------------


def run_boolcheck(inputs: PassInputs) -> PassResult:
    from ..passes import boolcheck, typecheck
    from .serial import parsed_from_data

    parsed = parsed_from_data(load_json(inputs.get("comptime")))
    if parsed.module is None:
        return PassResult(canonical_json({"contexts": []}))
    table = typecheck.load_types(load_json(inputs.get("typecheck")))
    result = boolcheck.check(parsed.module, table)
    return PassResult(canonical_json(result.to_data()), result.diagnostics)


# ---------------------------------------------------------------------------------------------------------
# verify (whole program, with --verify)
# ---------------------------------------------------------------------------------------------------------


def run_verify(inputs: PassInputs) -> PassResult:
    from ..passes import typecheck, verify
    from .serial import parsed_from_data

    modules = {path: parsed_from_data(load_json(data)) for path, data in inputs.modules("comptime").items()}
    tables = {path: typecheck.load_types(load_json(data)) for path, data in inputs.modules("typecheck").items()}
    result = verify.verify_program(modules, tables, inputs.options["entry"])
    return PassResult(canonical_json(result.to_data()), result.diagnostics)


def verify_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"entry": build.entry_name}


# ---------------------------------------------------------------------------------------------------------
# contract (whole program): reads the folded trees, verify's record (when verify ran) and bytecode's outputs
# (for bytecodeVerified, SPEC §0.5). It therefore runs after bytecode although it reports before it: the
# build runs a group's not-yet-run dependencies first and reports every group in §0.1 order.
# ---------------------------------------------------------------------------------------------------------


def run_contract(inputs: PassInputs) -> PassResult:
    from ..passes import contract
    from .serial import parsed_from_data

    modules = {path: parsed_from_data(load_json(data)) for path, data in inputs.modules("comptime").items()}
    try:
        verification = load_json(inputs.get("verify"))["record"]
    except KeyError:  # verify did not run (no --verify)
        verification = None
    code = inputs.modules("bytecode")
    bytecode_verified = set(code) == set(modules) and all(len(data) > 0 for data in code.values())
    output = contract.extract(modules, inputs.options["entry"], verification, bytecode_verified)
    return PassResult(canonical_json(output.model_dump(mode="json")))


def contract_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"entry": build.entry_name}


# ---------------------------------------------------------------------------------------------------------
# policy (whole program): the effective policy from the contract, or from --policy FILE (its path, text or
# read error is a declared option: the build command reads the file)
# ---------------------------------------------------------------------------------------------------------


def run_policy(inputs: PassInputs) -> PassResult:
    from ..passes import policy
    from ..passes.contract_model import load_contract_output

    output, diagnostics = policy.run_policy(load_contract_output(inputs.get("contract")), inputs.options["file"])
    return PassResult(canonical_json(output.model_dump(mode="json")), diagnostics)


def policy_options(build: Any, module: str | None) -> dict[str, Any]:
    return {"file": build.policy}


# ---------------------------------------------------------------------------------------------------------
# bytecode (one invocation per module)
# ---------------------------------------------------------------------------------------------------------


def run_bytecode(inputs: PassInputs) -> PassResult:
    from ..passes import bytecode, typecheck
    from .serial import parsed_from_data

    parsed = parsed_from_data(load_json(inputs.get("comptime")))
    facts = typecheck.facts_of(load_json(inputs.get("typecheck")))
    return PassResult(bytecode.compile_module(parsed.module, facts=facts))


def bytecode_runtime() -> dict[str, Any]:
    return {"cache_tag": sys.implementation.cache_tag, "marshal": 2}


# ---------------------------------------------------------------------------------------------------------
# deploy (whole program, with --deploy TARGET): template.json + deploy-report.txt from the contract
# ---------------------------------------------------------------------------------------------------------


def run_deploy(inputs: PassInputs) -> PassResult:
    from ..passes import deploy
    from ..passes.contract_model import load_contract_output

    opts = inputs.options
    contract = load_contract_output(inputs.get("contract")).contract
    result = deploy.deploy(contract, target=opts["target"], python=opts["python"], machine=opts["machine"],
                           version=opts["zigttp"], entry=opts["entry"])
    return PassResult(canonical_json(result.data), result.diagnostics)


def deploy_options(build: Any, module: str | None) -> dict[str, Any]:
    """The target, the building interpreter and machine (SPEC §0.7, §15.1) and the entry name."""
    import platform

    from .. import __version__

    return {"target": build.deploy, "python": f"{sys.version_info.major}.{sys.version_info.minor}",
            "machine": platform.machine(), "zigttp": __version__, "entry": build.entry_name}


PASSES: list[PassSpec] = [
    PassSpec("parse", 1, "module", ("source",), run_parse, options=parse_options),
    PassSpec("link", 1, "program", ("parse",), run_link, group="parse", options=link_options),
    PassSpec("comptime", 1, "module", ("parse", "comptime@deps"), run_comptime, options=comptime_options,
             stop_on_error=False),
    PassSpec("typecheck", 1, "module", ("comptime", "typeiface@deps"), run_typecheck, stop_on_error=False),
    PassSpec("typeiface", 1, "module", ("typecheck",), run_typeiface, group="typecheck", stop_on_error=False),
    PassSpec("boolcheck", 1, "module", ("comptime", "typecheck"), run_boolcheck),
    PassSpec("verify", 1, "program", ("comptime", "typecheck"), run_verify, options=verify_options,
             enabled=lambda build: build.verify),
    PassSpec("contract", 1, "program", ("comptime", "verify", "bytecode"), run_contract, options=contract_options),
    PassSpec("policy", 1, "program", ("contract",), run_policy, options=policy_options),
    PassSpec("bytecode", 1, "module", ("comptime", "typecheck"), run_bytecode, runtime=bytecode_runtime),
    PassSpec("deploy", 1, "program", ("contract",), run_deploy, options=deploy_options,
             enabled=lambda build: build.deploy is not None),
]
