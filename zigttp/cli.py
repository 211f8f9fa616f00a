"""`zigttp` command-line entry point (SPEC §16).

Imports stay lazy: `zigttp serve <hash>` must reach its first response without loading the compiler
(zigttp.passes, zigttp.pipeline, networkx, pydantic), so each command imports what it needs when it runs.
"""

from __future__ import annotations

import sys

from . import __version__
from .args import (
    Command,
    Opt,
    UsageError,
    choice,
    define_value,
    header_value,
    non_negative_int,
    parse,
    parse_size,
    port_number,
    workers_value,
)

STORE = Opt(("--store",), "store", "value", value_name="DIR", help="store directory")
DIAGNOSTICS = Opt(("--diagnostics",), "diagnostics", "value", choice("text", "json"), "text", "text|json",
                  "diagnostic format")
BUILD_OPTIONS = [
    Opt(("--verify",), "verify", help="run the verify pass"),
    Opt(("--contract",), "contract", help="also write contract.json (or --contract=PATH)"),
    Opt(("--policy",), "policy", "value", value_name="FILE", help="explicit capability policy"),
    # Any target is accepted here: an unknown one is the build error ZT0803 (SPEC §15.1).
    Opt(("--deploy",), "deploy", "value", value_name="aws", help="produce the deploy manifest"),
    Opt(("--define",), "define", "multi", define_value, value_name="NAME=VALUE", help="build-time Env.NAME"),
    Opt(("--no-jit",), "no_jit", help="skip the JIT image"),
    STORE,
    DIAGNOSTICS,
]
OUTBOUND_OPTIONS = [
    Opt(("--outbound-http",), "outbound_http", help="enable fetchSync/httpRequest"),
    Opt(("--outbound-host",), "outbound_host", "multi", value_name="H", help="allowed outbound host (repeatable)"),
]

COMMANDS: dict[str, Command] = {
    "build": Command(
        "build",
        "Build a handler into an artifact and print its hash.",
        [("handler", True)],
        BUILD_OPTIONS,
        "zigttp build <handler> [options]",
    ),
    "serve": Command(
        "serve",
        "Serve an artifact (hash or unique prefix), or build a file or -e code first and serve it.",
        [("hash | file", False)],
        [
            Opt(("-e", "--eval"), "eval", "value", value_name="CODE", help="inline JavaScript handler"),
            Opt(("-p", "--port"), "port", "value", port_number, 8080, "N", "TCP port (0 picks a free port)"),
            Opt(("-h", "--host"), "host", "value", None, "127.0.0.1", "H", "address to bind"),
            Opt(("-n", "--workers"), "workers", "value", workers_value, "auto", "N|auto", "worker processes"),
            Opt(("-m", "--memory"), "memory", "value", parse_size, None, "SIZE", "per-worker memory cap"),
            Opt(("--timeout-ms",), "timeout_ms", "value", non_negative_int, 30000, "N", "handler time limit"),
            Opt(("--max-body",), "max_body", "value", parse_size, 1024 * 1024, "SIZE", "request body limit"),
            Opt(("--cors",), "cors", help="CORS headers and preflight answers"),
            Opt(("--static",), "static", "value", value_name="DIR", help="serve DIR under /static/"),
            *OUTBOUND_OPTIONS,
            Opt(("--outbound-timeout-ms",), "outbound_timeout_ms", "value", non_negative_int, None, "N",
                "outbound connect/read timeout"),
            Opt(("--outbound-max-response",), "outbound_max_response", "value", parse_size, None, "SIZE",
                "upstream body limit"),
            Opt(("--cache-max-entries",), "cache_max_entries", "value", non_negative_int, 10000, "N",
                "zigttp:cache entries per worker"),
            Opt(("--cache-max-bytes",), "cache_max_bytes", "value", parse_size, 16 * 1024 * 1024, "SIZE",
                "zigttp:cache bytes per worker"),
            Opt(("--metrics-every",), "metrics_every", "value", non_negative_int, 0, "SECONDS",
                "periodic metrics line"),
            Opt(("-q", "--quiet"), "quiet", help="no access log lines"),
            *BUILD_OPTIONS,
        ],
        "zigttp serve <hash | file> [options]  |  zigttp serve -e CODE [options]",
    ),
    "show": Command(
        "show",
        "Inspect an artifact or one of its pass outputs.",
        [("hash", True), ("pass", False)],
        [Opt(("--json",), "json", help="JSON output"), STORE],
        "zigttp show <hash> [summary|parse|bytecode|diagnostics|...] [--json] [--store DIR]",
    ),
    "run": Command(
        "run",
        "Build a file and send it one request (default GET /), or run it as a script when it has no handler.",
        [("file", True)],
        [
            Opt(("--request",), "request", "pair", value_name="METHOD PATH", help="request method and path"),
            Opt(("--header",), "header", "multi", header_value, value_name="'Name: value'", help="request header"),
            Opt(("--body",), "body", "value", value_name="TEXT|@FILE", help="request body"),
            *OUTBOUND_OPTIONS,
            *BUILD_OPTIONS,
        ],
        "zigttp run <file> [--request METHOD PATH] [--header 'Name: value']... [--body TEXT|@FILE] [options]",
    ),
    "bundle": Command(
        "bundle",
        "Write an artifact, the runtime and its dependencies to a directory AWS Lambda can run.",
        [("hash", True)],
        [Opt(("--out",), "out", "value", value_name="DIR", help="output directory (must not exist or be empty)"),
         STORE],
        "zigttp bundle <hash> --out DIR [--store DIR]",
    ),
    "store": Command(
        "store",
        "Manage the store: path, ls, verify, gc [--keep N].",
        [("subcommand", True)],
        [Opt(("--keep",), "keep", "value", non_negative_int, 0, "N", "gc: keep the N newest artifacts"), STORE],
        "zigttp store path|ls|verify|gc [--keep N] [--store DIR]",
    ),
}

MAIN_HELP = f"""zigttp {__version__}: build, inspect and serve request handlers written in a proven TypeScript subset

usage: zigttp <command> [arguments]

commands:
  build <handler>        build a handler into an artifact and print its hash
  serve <hash | file>    serve an artifact (or build a file / -e CODE first)
  show <hash> [PASS]     inspect an artifact or one of its pass outputs
  run <file>             build a file and send it one request, or run it as a script
  bundle <hash> --out DIR
                         write an artifact and the runtime to a directory for AWS Lambda
  store path|ls|verify|gc
                         manage the content-addressed store

Run 'zigttp <command> --help' for a command's options.
"""


def _usage_error(command: str | None, problem: str) -> int:
    sys.stderr.write(f"error: {problem}\n")
    if command:
        sys.stderr.write(f"run 'zigttp {command} --help' for usage\n")
    else:
        sys.stderr.write("run 'zigttp --help' for usage\n")
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (SPEC §5.5)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 1
    except BaseException as exc:  # noqa: BLE001 - no Python traceback ever reaches a user
        sys.stderr.write(f"error: internal error: {type(exc).__name__}: {exc}\n")
        return 1


def _dispatch(argv: list[str]) -> int:
    if not argv or argv[0] in ("--help", "-h", "help"):
        sys.stdout.write(MAIN_HELP)
        return 0
    if argv[0] == "--version":
        sys.stdout.write(f"zigttp {__version__}\n")
        return 0
    name = argv[0]
    command = COMMANDS.get(name)
    if command is None:
        if name.startswith("-"):
            return _usage_error(None, f"unknown option '{name}'")
        return _usage_error(None, f"unknown command '{name}'")
    rest = argv[1:]
    if "--help" in rest:
        sys.stdout.write(command.help_text())
        return 0
    try:
        options, positionals = parse(command, rest)
        if name == "serve" and options.get("eval") is not None and positionals:
            raise UsageError("give either a hash/file or -e CODE, not both")
        if name == "serve" and options.get("eval") is None and not positionals:
            raise UsageError("missing argument <hash | file>")
        if name == "bundle" and not options.get("out"):
            raise UsageError("option '--out' is required")
    except UsageError as exc:
        return _usage_error(name, str(exc))
    if name == "serve":
        from .serve_cmd import serve_command

        return serve_command(options, positionals)
    if name == "store":
        from .store_cmd import store_command

        return store_command(options, positionals)
    if name == "bundle":
        from .bundle_cmd import bundle_command

        return bundle_command(options, positionals)
    from zigttp.pipeline import commands  # the compiler is only loaded for these commands

    return commands.run_command(name, options, positionals)
