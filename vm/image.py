"""Loading an artifact from the store: read the manifest, check versions, verify objects, run modules.

This is the serving path's only contact with the store. It uses the standard library's json (never pydantic)
and imports the code generator's loader only to execute the stored code objects.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from .. import __version__
from ..store.objects import Store, StoreError, digest


class ImageError(Exception):
    """The artifact cannot be booted (message is one `error:` line)."""


class Image:
    """A checked artifact: its hash and its manifest (a plain class: no dataclasses on the serving path)."""

    __slots__ = ("artifact", "manifest")

    def __init__(self, artifact: str, manifest: dict[str, Any]):
        self.artifact = artifact
        self.manifest = manifest

    @property
    def entry(self) -> str:
        return self.manifest["entry"]


def read_image(store: Store, artifact: str, *, verify: bool = True) -> Image:
    """Read and check an artifact's manifest; with ``verify`` re-hash every object it references."""
    try:
        data = store.get(artifact)
    except StoreError as exc:
        raise ImageError(f"artifact verification failed: {artifact}") from exc
    if verify and digest(data) != artifact:
        raise ImageError(f"artifact verification failed: {artifact}")
    try:
        manifest = json.loads(data)
    except ValueError:
        raise ImageError(f"artifact verification failed: {artifact}") from None
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    if manifest.get("zigttp") != __version__ or manifest.get("python") != python:
        raise ImageError(
            f"artifact {artifact[:12]} was built by zigttp {manifest.get('zigttp')} "
            f"(python{manifest.get('python')}); this is zigttp {__version__} (python{python}); rebuild it"
        )
    if verify:
        for h in manifest.get("objects", []):
            try:
                store.get(h, verify=True)
            except StoreError:
                raise ImageError(f"artifact verification failed: {h}") from None
    return Image(artifact, manifest)


def load_program(store: Store, image: Image) -> Any:
    """Execute the image's modules (dependencies first, entry last) and return the loader's Program."""
    from .loader import load_program as run_modules

    modules = [(m["path"], store.get(m["code"])) for m in image.manifest["modules"]]
    imports = {
        m["path"]: {b["local"]: (b["source"], b["name"]) for b in m["imports"]} for m in image.manifest["modules"]
    }
    return run_modules(modules, image.entry, imports)
