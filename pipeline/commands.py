"""The compiler-side commands: build, show and run (SPEC §16.2, §16.4, §16.5)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..store.location import store_dir
from ..store.objects import Store, StoreError
from .build import BuildOptions, BuildResult, build
from .report import Reporter

NOT_YET = ("policy", "deploy", "contract")


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
    )


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
    result = build(build_options, reporter)
    if not result.ok or failures:
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
