"""The compiler-side commands: build, show and run (SPEC §16.2, §16.4, §16.5)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..store.location import store_dir
from ..store.objects import Store, StoreError
from .build import BuildOptions, BuildResult, build
from .report import Reporter

NOT_YET = ("deploy",)


def _error(message: str, code: int = 1) -> int:
    sys.stderr.write(f"error: {message}\n")
    return code


def build_options_from(options: dict[str, Any], entry: Path, *, script: bool | None = False,
                       inline: bytes | None = None) -> BuildOptions:
    """BuildOptions from parsed command-line options."""
    return BuildOptions(
        entry=entry,
        store=Store(store_dir(options.get("store"))),
        verify=bool(options.get("verify")),
        defines=dict(options.get("define") or []),
        script=script,
        no_jit=bool(options.get("no_jit")),
        inline_source=inline,
        policy=read_policy_option(options.get("policy")),
    )


def read_policy_option(path: str | None) -> dict[str, Any] | None:
    """``--policy FILE`` as the policy pass's declared option (SPEC §14.4): the path as given and the file's
    text, or why it could not be read (the pass reports both as ZT0801)."""
    if path is None:
        return None
    option: dict[str, Any] = {"path": path, "text": None, "error": None, "not_utf8": False}
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        option["error"] = (exc.strerror or str(exc)).lower()
        return option
    try:
        option["text"] = data.decode("utf-8")
    except UnicodeDecodeError:
        option["not_utf8"] = True
    return option


def contract_writer(options: dict[str, Any], result_store: Store) -> Any:
    """The after-build hook of ``--contract[=PATH]``: writes contract.json from the stored contract (§0.6);
    None without the option. Returns (hook, failures) where failures collects error messages."""
    target = options.get("contract")
    if not target:
        return None, []
    path = Path("contract.json" if target is True else str(target))
    failures: list[str] = []

    def write(artifact: str, manifest: Any) -> None:
        from ..passes.contract_json import contract_bytes
        from ..passes.contract_model import load_contract_output

        entry = manifest.passes.get("contract")
        if entry is None:
            return
        data = contract_bytes(load_contract_output(result_store.get(entry.output)).contract)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as exc:
            failures.append(f"cannot write '{path}': {(exc.strerror or str(exc)).lower()}")
            sys.stderr.write(f"error: {failures[-1]}\n")

    return write, failures


def _unsupported(options: dict[str, Any]) -> str | None:
    for name in NOT_YET:
        if options.get(name):
            return f"option '--{name}' is not available in this version of zigttp yet"
    return None


def build_quietly(options: dict[str, Any], entry: Path, *, script: bool | None = False,
                  inline: bytes | None = None) -> BuildResult:
    """An implicit build (run, serve <file>, serve -e): only diagnostics and the summary on stderr."""
    reporter = Reporter(progress=False, fmt=options.get("diagnostics") or "text")
    return build(build_options_from(options, entry, script=script, inline=inline), reporter)


def cmd_build(options: dict[str, Any], positionals: list[str]) -> int:
    problem = _unsupported({k: v for k, v in options.items() if k != "deploy"})
    if problem:
        return _error(problem)
    reporter = Reporter(progress=True, fmt=options.get("diagnostics") or "text")
    build_options = build_options_from(options, Path(positionals[0]))
    failures: list[str] = []
    if options.get("deploy") is not None:  # SPEC §15.1: deploy/ is written by the command (§0.6)
        from .deploy_files import write_deploy_files

        def write_deploy(artifact: str, manifest: Any) -> None:
            if not write_deploy_files(build_options.store, artifact, manifest, reporter):
                failures.append("deploy")

        build_options.deploy = options["deploy"]
        build_options.after_build.append(write_deploy)
    contract_hook, contract_failures = contract_writer(options, build_options.store)
    if contract_hook is not None:  # SPEC §14.2: --contract[=PATH]
        build_options.after_build.append(contract_hook)
    result = build(build_options, reporter)
    if not result.ok or failures or contract_failures:
        return 1
    sys.stdout.write(f"{result.artifact}\n")
    return 0


def cmd_show(options: dict[str, Any], positionals: list[str]) -> int:
    from . import show

    store = Store(store_dir(options.get("store")))
    what = positionals[1] if len(positionals) > 1 else "summary"
    if what not in show.VIEWS:
        sys.stderr.write(f"error: unknown pass '{what}' (expected one of: {', '.join(show.VIEWS)})\n"
                         "run 'zigttp show --help' for usage\n")
        return 2
    try:
        artifact = store.resolve(positionals[0])
    except StoreError as exc:
        return _error(str(exc))
    return show.show(store, artifact, what, as_json=bool(options.get("json")))


def cmd_run(options: dict[str, Any], positionals: list[str]) -> int:
    from . import run

    problem = _unsupported(options)
    if problem:
        return _error(problem)
    return run.run(options, Path(positionals[0]))


def run_command(name: str, options: dict[str, Any], positionals: list[str]) -> int:
    """Dispatch a compiler-side command."""
    return {"build": cmd_build, "show": cmd_show, "run": cmd_run}[name](options, positionals)
