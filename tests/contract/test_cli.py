"""`zigttp build --contract[=PATH]` (SPEC §14.2, §0.6): where the file goes, cached builds, write errors."""

from __future__ import annotations

from tests.conftest import EXAMPLES, Zigttp, write


def _router(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "router.ts", (EXAMPLES / "router.ts").read_text())


def test_default_path_and_cached_rebuild(zigttp: Zigttp) -> None:
    _router(zigttp)
    first = zigttp("build", "router.ts", "--contract")
    assert first.code == 0, first.err
    written = (zigttp.cwd / "contract.json").read_bytes()
    assert written.startswith(b'{\n  "version": 1,\n  "handler": {\n    "path": "router.ts",')
    (zigttp.cwd / "contract.json").unlink()
    second = zigttp("build", "router.ts", "--contract")  # every pass cached: the file is still written
    assert second.out == first.out
    assert "  contract   cached" in second.err and "  policy     cached" in second.err
    assert (zigttp.cwd / "contract.json").read_bytes() == written
    assert zigttp("show", first.out.strip(), "contract").stdout_bytes == written
    assert zigttp("show", first.out.strip(), "contract", "--json").stdout_bytes == written


def test_path_option_creates_directories(zigttp: Zigttp) -> None:
    _router(zigttp)
    r = zigttp("build", "router.ts", "--contract=build/out/c.json")
    assert r.code == 0, r.err
    assert (zigttp.cwd / "build" / "out" / "c.json").exists()
    assert not (zigttp.cwd / "contract.json").exists()


def test_unwritable_path_fails_the_command(zigttp: Zigttp) -> None:
    _router(zigttp)
    (zigttp.cwd / "taken").mkdir()
    r = zigttp("build", "router.ts", "--contract=taken")
    assert r.code == 1 and r.out == ""
    assert "error: cannot write 'taken': is a directory\n" in r.err


def test_failed_build_writes_nothing(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.ts", "export function handler(req: Request): Response {\n  return 1;\n}\n")
    r = zigttp("build", "bad.ts", "--contract", "--verify")
    assert r.code == 1
    assert "  contract   skipped" in r.err
    assert not (zigttp.cwd / "contract.json").exists()


def test_contract_follows_the_build_options(zigttp: Zigttp) -> None:
    _router(zigttp)
    plain = zigttp("build", "router.ts")
    verified = zigttp("build", "router.ts", "--verify")
    assert plain.out != verified.out
    assert '"verification": null' in zigttp("show", plain.out.strip(), "contract").out
    assert '"bytecodeVerified": true' in zigttp("show", verified.out.strip(), "contract").out
    assert "proof complete" in zigttp("show", verified.out.strip()).out.splitlines()
