"""Command-line conventions (SPEC §16.1): version, help, usage errors with exit code 2."""

from __future__ import annotations

import pytest

from zigttp import __version__


def test_version(zigttp) -> None:
    r = zigttp("--version")
    assert (r.code, r.out, r.err) == (0, f"zigttp {__version__}\n", "")


@pytest.mark.parametrize("command", ["build", "serve", "show", "run", "store"])
def test_help_after_any_command(zigttp, command: str) -> None:
    r = zigttp(command, "--help")
    assert r.code == 0
    assert r.out.startswith(f"usage: zigttp {command}")
    assert r.err == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "x.ts", "--foo"], "error: unknown option '--foo'\nrun 'zigttp build --help' for usage\n"),
        (["serve", "abc", "--port"], "error: option '--port' requires a value\nrun 'zigttp serve --help' for usage\n"),
        (["serve", "abc", "--port", "abc"], "error: invalid value 'abc' for '--port'\nrun 'zigttp serve --help' for usage\n"),
        (["serve", "abc", "--port=70000"], "error: invalid value '70000' for '--port'\nrun 'zigttp serve --help' for usage\n"),
        (["serve", "abc", "--max-body", "12q"],
         "error: invalid size '12q' (expected digits with an optional k, kb, m, mb, g or gb suffix)\n"
         "run 'zigttp serve --help' for usage\n"),
        (["serve", "abc", "-n", "zero"], "error: invalid value 'zero' for '-n'\nrun 'zigttp serve --help' for usage\n"),
        (["build"], "error: missing argument <handler>\nrun 'zigttp build --help' for usage\n"),
        (["build", "a.ts", "--define", "1X=2"],
         "error: invalid value '1X=2' for '--define' (expected NAME=VALUE)\nrun 'zigttp build --help' for usage\n"),
        (["build", "a.ts", "--diagnostics", "xml"],
         "error: invalid value 'xml' for '--diagnostics'\nrun 'zigttp build --help' for usage\n"),
        (["frobnicate"], "error: unknown command 'frobnicate'\nrun 'zigttp --help' for usage\n"),
        (["serve"], "error: missing argument <hash | file>\nrun 'zigttp serve --help' for usage\n"),
    ],
)
def test_usage_errors_exit_2(zigttp, args: list[str], message: str) -> None:
    r = zigttp(*args)
    assert r.code == 2
    assert r.err == message
    assert r.out == ""


def test_sizes_accept_every_suffix() -> None:
    from zigttp.args import parse_size

    assert parse_size("512") == 512
    assert parse_size("64k") == 65536
    assert parse_size("1m") == 1048576
    assert parse_size("2GB") == 2 * 1024**3
    assert parse_size("3Kb") == 3072


def test_store_path_and_empty_listing(zigttp) -> None:
    r = zigttp("store", "path")
    assert (r.code, r.out) == (0, f"{zigttp.store}\n")
    r = zigttp("store", "ls")
    assert (r.code, r.out) == (0, "")
    r = zigttp("store", "verify")
    assert (r.code, r.out) == (0, "verified 0 objects, 0 corrupt\n")
    r = zigttp("store", "path", "--store", str(zigttp.cwd / "s"))
    assert r.out == f"{zigttp.cwd / 's'}\n"


def test_unknown_hash(zigttp) -> None:
    r = zigttp("show", "deadbeefdeadbeef")
    assert r.code == 1
    assert r.err == f"error: no artifact matching 'deadbeefdeadbeef' in {zigttp.store}\n"
    r = zigttp("serve", "deadbeefdeadbeef")
    assert r.code == 1
    assert r.err == f"error: no artifact matching 'deadbeefdeadbeef' in {zigttp.store}\n"
