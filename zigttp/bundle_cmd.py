"""`zigttp bundle <hash> --out DIR` (SPEC §15.4, §16.7): a directory AWS Lambda can run as it is.

Layout of DIR::

    ARTIFACT            the artifact hash and a newline
    zigttp/             the runtime package: zigttp's top-level modules, zigttp.vm and zigttp.store (the
                        compiler packages pipeline/passes/schemas are left out)
    <dependencies>      the runtime's dependencies as installed for this interpreter (files and dist-info)
    zigttp_artifact/    a store holding the manifest and every object it lists (objects/ab/cdef...)

Every Python source is precompiled (unchecked-hash .pyc: Lambda's code directory is read-only, so the
interpreter could not cache them itself). Like `serve <hash>`, this command never loads the compiler.
"""

from __future__ import annotations

import compileall
import importlib.metadata as metadata
import importlib.util
import os
import py_compile
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

# Packages copied with every module and subpackage; "zigttp" itself contributes only its top-level modules.
RUNTIME_PACKAGES = ("zigttp.vm", "zigttp.store")
# Dependencies of zigttp that only the compiler imports.
COMPILER_ONLY = frozenset({"networkx", "pydantic", "packaging"})
# Needed only to run native code of a JIT image.
JIT_ONLY = frozenset({"llvmlite"})
ARTIFACT_DIR = "zigttp_artifact"


class BundleError(Exception):
    """A problem reported as one `error:` line (exit 1)."""


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _requirements(requires: list[str] | None) -> list[str]:
    """Names of the unconditional requirements (markers evaluated for this interpreter, no extras)."""
    from packaging.requirements import Requirement

    names = []
    for text in requires or []:
        req = Requirement(text)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            names.append(req.name)
    return names


def runtime_distributions(*, jit: bool) -> list[metadata.Distribution]:
    """The installed distributions the runtime needs: zigttp's requirements minus the compiler's, with
    their requirements, transitively (sorted by name)."""
    skip = COMPILER_ONLY | (frozenset() if jit else JIT_ONLY)
    queue = [n for n in _requirements(metadata.requires("zigttp")) if _canonical(n) not in skip]
    found: dict[str, metadata.Distribution] = {}
    while queue:
        name = _canonical(queue.pop())
        if name in found:
            continue
        dist = metadata.distribution(name)
        found[name] = dist
        queue.extend(_requirements(dist.requires))
    return [found[n] for n in sorted(found)]


def _copy_distribution(dist: metadata.Distribution, out: Path) -> None:
    for file in dist.files or []:
        parts = Path(file).parts
        if not parts or parts[0] == ".." or "__pycache__" in parts:
            continue  # console scripts live outside site-packages; bytecode is regenerated below
        source = Path(str(dist.locate_file(file)))
        if source.is_file():
            target = out.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise BundleError(f"cannot find the package {name}")
    return Path(list(spec.submodule_search_locations)[0])


def _copy_python_files(source: Path, target: Path, *, recursive: bool) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(source.iterdir()):
        if entry.is_file() and entry.suffix == ".py":
            shutil.copy2(entry, target / entry.name)
        elif recursive and entry.is_dir() and (entry / "__init__.py").is_file():
            _copy_python_files(entry, target / entry.name, recursive=True)


def copy_runtime_package(out: Path) -> None:
    """zigttp/ with its top-level modules and the runtime subpackages, from wherever zigttp is installed
    (an editable install maps the subpackages to other folders)."""
    _copy_python_files(_package_dir("zigttp"), out / "zigttp", recursive=False)
    for name in RUNTIME_PACKAGES:
        _copy_python_files(_package_dir(name), out.joinpath(*name.split(".")), recursive=True)


def copy_artifact(store: Any, artifact: str, manifest: dict[str, Any], out: Path) -> None:
    """zigttp_artifact/: a store with the manifest and every object it references."""
    from .store.objects import Store

    target = Store(out / ARTIFACT_DIR)
    for h in [artifact, *manifest.get("objects", [])]:
        target.put(store.get(h, verify=True))
    (out / "ARTIFACT").write_text(artifact + "\n", encoding="ascii")


def _check_out_dir(out: Path, shown: str) -> None:
    if out.exists() and not out.is_dir():
        raise BundleError(f"output directory '{shown}' is not a directory")
    if out.is_dir() and any(out.iterdir()):
        raise BundleError(f"output directory '{shown}' is not empty")


def _make_readable(root: Path) -> None:
    """Directories 0755 and files 0644: Lambda runs the code as another user than the one who unpacks it
    (store objects and temporary directories are created private)."""
    os.chmod(root, 0o755)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            os.chmod(os.path.join(dirpath, name), 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)


def _tree_size(root: Path) -> tuple[int, int]:
    files = size = 0
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, name))
    return files, size


def bundle(store: Any, prefix: str, out: Path, shown: str) -> tuple[str, int, int]:
    """Write the bundle of artifact ``prefix`` to ``out``; returns (artifact, files, bytes)."""
    from .store.objects import StoreError
    from .vm.image import ImageError, read_image

    try:
        artifact = store.resolve(prefix)
        image = read_image(store, artifact, verify=True)
    except (StoreError, ImageError) as exc:
        raise BundleError(str(exc)) from None
    _check_out_dir(out, shown)
    jit = (image.manifest.get("passes") or {}).get("jit") is not None
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".zigttp-bundle-", dir=out.parent))
    try:
        copy_runtime_package(staging)
        for dist in runtime_distributions(jit=jit):
            _copy_distribution(dist, staging)
        copy_artifact(store, artifact, image.manifest, staging)
        compileall.compile_dir(staging, quiet=2, workers=0,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        _make_readable(staging)
        if out.is_dir():
            out.rmdir()  # empty (checked above)
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files, size = _tree_size(out)
    return artifact, files, size


def bundle_command(options: dict[str, Any], positionals: list[str]) -> int:
    from .sizes import format_size
    from .store.location import store_dir
    from .store.objects import Store

    shown = options["out"]
    try:
        artifact, files, size = bundle(Store(store_dir(options.get("store"))), positionals[0], Path(shown), shown)
    except BundleError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stderr.write(f"Bundled artifact {artifact[:12]} into {shown} ({files} files, {format_size(size)})\n")
    return 0
