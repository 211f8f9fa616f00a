"""The globals dict every generated module runs in, and the naming scheme of generated code.

Generated code only ever sees names of four disjoint shapes, so a JS identifier can never reach a
runtime helper, a Python builtin or another binding:

| shape                    | meaning                                                                       |
|--------------------------|-------------------------------------------------------------------------------|
| ``<mangled>_<id>``       | the JS binding number ``id`` of the module (``x_3``; ``_`` doubled, ``$`` as |
|                          | ``_S``, other non-ASCII-alphanumerics as ``_u<hex>_``)                        |
| ``G_<name>``             | the JS global ``name`` (``G_Math``)                                           |
| ``GM_<global>_<member>`` | a member of a global namespace object resolved once at load (``GM_Math_floor``) |
| ``Z_<helper>``           | a runtime helper from vm/ops.py                                               |
| ``_t<n>_``, ``_f<n>_``   | compiler temporaries and anonymous function definitions                       |

Only mangled binding names end in ``_<digits>``. The dict has an empty ``__builtins__``.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import throw

_PLAIN = re.compile(r"[A-Za-z0-9]")
_MANGLED = re.compile(r"(.*)_([0-9]+)\Z", re.S)
_ESCAPE = re.compile(r"__|_S|_u([0-9a-f]+)_")


def _sanitize(name: str) -> str:
    out = []
    for ch in name:
        if _PLAIN.match(ch):
            out.append(ch)
        elif ch == "_":
            out.append("__")
        elif ch == "$":
            out.append("_S")
        else:
            out.append(f"_u{ord(ch):x}_")
    return "".join(out)


def mangle_binding(name: str, binding: int) -> str:
    """The Python name of JS binding ``binding`` (declared as ``name``)."""
    return f"{_sanitize(name)}_{binding}"


def global_name(name: str) -> str:
    """The Python name under which the JS global ``name`` is bound."""
    return "G_" + _sanitize(name)


def global_member_name(name: str, member: str) -> str:
    """The Python name of ``<global>.<member>``, resolved by the loader."""
    return f"GM_{_sanitize(name)}_{_sanitize(member)}"


def _unescape(match: re.Match[str]) -> str:
    text = match.group()
    if text == "__":
        return "_"
    if text == "_S":
        return "$"
    return chr(int(match.group(1), 16))


def demangle(pyname: str) -> str | None:
    """The JS name behind a generated Python name (None for compiler-internal names)."""
    m = _MANGLED.match(pyname)
    if m is not None:
        return _ESCAPE.sub(_unescape, m.group(1))
    if pyname.startswith("G_"):
        return _ESCAPE.sub(_unescape, pyname[2:])
    return None


# ---------------------------------------------------------------------------------------------------------
# The namespace
# ---------------------------------------------------------------------------------------------------------

_BASE: dict[str, Any] | None = None
_BASE_GLOBALS = -1  # len(GLOBALS) when _BASE was built (runtime modules may register globals later)


def js_globals() -> dict[str, Any]:
    """The JS global name -> value table (vm/builtins.py), or a minimal one while it is missing."""
    try:
        from .builtins import GLOBALS  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - temporary, until the runtime library lands
        from .ranges import make_range

        return {"range": make_range, "undefined": None, "NaN": float("nan"), "Infinity": float("inf")}
    return GLOBALS


def base_namespace() -> dict[str, Any]:
    """The helpers and globals shared by every module (built once; copy it per module)."""
    global _BASE, _BASE_GLOBALS
    table = js_globals()
    if _BASE is None or _BASE_GLOBALS != len(table):
        from . import ops

        ns: dict[str, Any] = {"__builtins__": {}}
        for name, value in ops.HELPERS.items():
            ns["Z_" + name] = value
        for name, value in table.items():
            ns[global_name(name)] = value
        _BASE, _BASE_GLOBALS = ns, len(table)
    return _BASE


def module_namespace(meta: Any = None) -> dict[str, Any]:
    """A fresh globals dict for one module. ``meta`` (the module's tables) is kept under ``Z_meta``."""
    ns = dict(base_namespace())
    ns["Z_meta"] = meta
    return ns


def resolve_global_member(name: str, member: str) -> Any:
    """The value of ``<global>.<member>`` for a ``GM_`` name (undefined when either is missing)."""
    from .ops import js_get

    value = js_globals().get(name)
    if value is None:
        return None
    return js_get(value, member)


VIRTUAL_MODULES: dict[str, dict[str, Any]] = {}  # extra virtual modules (tests); checked before vm/modules


def virtual_export(module: str, name: str) -> Any:
    """The value of export ``name`` of the virtual module ``module`` (``zigttp:crypto``), from the registry
    in ``vm/modules`` (imported on the first virtual import, so programs without any pay nothing)."""
    exports = VIRTUAL_MODULES.get(module)
    if exports is None:
        from .modules import MODULES

        exports = MODULES.get(module)
    if exports is None:
        throw("Error", f"unknown module '{module}'")
    if name not in exports:
        throw("Error", f"module '{module}' has no export '{name}'")
    return exports[name]
