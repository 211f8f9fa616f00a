"""Every source folder with an __init__.py is shipped as a subpackage of `zigttp` (normal installs too)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = config["package-dir"]
    listed = set(config["packages"])
    assert listed == set(mapping)
    found = set()
    for top in ("pipeline", "passes", "vm", "store", "schemas", "zigttp"):
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT).as_posix()
            found.add(rel)
    assert found == set(mapping.values())


def test_implementation_digest_covers_every_package() -> None:
    from zigttp.pipeline.engine import package_sources

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = {name.split("/")[0] for name, _ in package_sources()}
    assert packages == set(config["packages"])
