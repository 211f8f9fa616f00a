"""The bytecode pass is a pure function of the tree: same bytes in any process (SPEC §1.5)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from .jsrun import compile_js

PROGRAMS = Path(__file__).parent / "programs"

SCRIPT = r"""
import hashlib, sys
from pathlib import Path
from zigttp.passes.frontend import parse_module
from zigttp.passes.bytecode import compile_module
for path in sorted(Path(sys.argv[1]).glob("*.js")):
    parsed = parse_module(path.read_bytes(), path.name)
    print(path.name, hashlib.sha256(compile_module(parsed.module)).hexdigest())
"""

EXTRA = """
const o = { b: 1, a: 2, [`k${1}`]: 3, "x y": 4, 10: 5, 2: 6 };
const s = new_set_free(o);
function new_set_free(v) { return Object.keys(v).map((k) => `${k}=${v[k]}`).join("&"); }
const m = (v) => match (v) { when { a: 2, b: 1 }: "x" when [1, "two", true, undefined]: "y" default: "z" };
export const handler = (req) => [s, m(o), 1 |> ((n) => n + 1), req?.path ?? "/"];
"""


def _hashes(seed: str, directory: Path) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(directory)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    for program in PROGRAMS.glob("*.js"):
        (tmp_path / program.name).write_bytes(program.read_bytes())
    (tmp_path / "extra.js").write_text(EXTRA, encoding="utf-8")
    first = _hashes("1", tmp_path)
    assert first.count("\n") == len(list(tmp_path.glob("*.js")))
    assert _hashes("12345", tmp_path) == first
    assert _hashes("random", tmp_path) == first


def test_same_bytes_twice_in_one_process() -> None:
    assert hashlib.sha256(compile_js(EXTRA)).digest() == hashlib.sha256(compile_js(EXTRA)).digest()


def test_output_uses_marshal_version_2_without_references() -> None:
    import marshal

    data = compile_js(EXTRA)
    assert marshal.dumps(marshal.loads(data), 2) == data
    # FLAG_REF (0x80) marks shared objects in marshal version 3+; version 2 never sets it on type codes
    record = marshal.loads(data)
    assert record[0] == "zigttp-bytecode" and record[2].co_filename == "main.js"


def test_file_name_is_the_module_path() -> None:
    import marshal

    record = marshal.loads(compile_js("const f = () => 1;", "lib/util.ts".replace(".ts", ".js")))
    code = record[2]
    assert code.co_filename == "lib/util.js"
    assert all(c.co_filename == "lib/util.js" for c in code.co_consts if hasattr(c, "co_filename"))
