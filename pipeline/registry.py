"""The pass registry: every pass declares its name, version, scope, inputs and options (DESIGN §3).

Adding a pass is one module with a ``run`` function plus one ``PassSpec`` line in ``PASSES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..passes.diagnostics import Diagnostic

Scope = Literal["module", "program"]


@dataclass
class PassInputs:
    """What a pass invocation sees: the bytes of its declared inputs and its declared options.

    For a module-scoped pass, ``get(name)`` is that module's output of pass ``name`` (or, for a
    program-scoped input, the program output). For a program-scoped pass, ``modules(name)`` gives every
    module's output in evaluation order.
    """

    module: str | None
    options: dict[str, Any]
    _single: dict[str, bytes] = field(default_factory=dict)
    _per_module: dict[str, dict[str, bytes]] = field(default_factory=dict)

    def get(self, name: str) -> bytes:
        return self._single[name]

    def modules(self, name: str) -> dict[str, bytes]:
        return self._per_module[name]


@dataclass
class PassResult:
    """A pass's stored output plus the diagnostics it reported (stored as their own object)."""

    data: bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class PassSpec:
    name: str
    version: int
    scope: Scope
    inputs: tuple[str, ...]
    run: Callable[[PassInputs], PassResult]
    # The user-facing pass this invocation reports under (progress lines, `show`): link reports as parse.
    group: str = ""
    # Declared options that enter the pass key, computed from the build options (and the module path).
    options: Callable[[Any, str | None], dict[str, Any]] = lambda build, module: {}
    # What the output depends on besides inputs and options (e.g. the CPython cache tag for bytecode).
    runtime: Callable[[], dict[str, Any]] = lambda: {}
    enabled: Callable[[Any], bool] = lambda build: True
    # False for passes whose errors are reported together with later passes' (comptime, typecheck: §1.4).
    stop_on_error: bool = True

    @property
    def report_as(self) -> str:
        return self.group or self.name


def _stages() -> list[PassSpec]:
    from . import stages

    return stages.PASSES


def all_passes() -> list[PassSpec]:
    """Every registered pass invocation kind, in pipeline order (SPEC §0.1)."""
    return _stages()


def pass_groups() -> list[str]:
    """The user-facing pass names in pipeline order (progress lines, `show`)."""
    seen: list[str] = []
    for spec in all_passes():
        if spec.report_as not in seen:
            seen.append(spec.report_as)
    return seen
