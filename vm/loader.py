"""Load and run a compiled program: the bytecode pass's module format, module evaluation with import
binding, the call-depth limit, and the freeze of module state (SPEC §1.3, §3.1, §3.6, §3.15).

Module format (written by passes/bytecode.py, ``marshal`` version 2)::

    ("zigttp-bytecode", 1, <code object>, toplevel, exports, imports, handler, members, callees)

Running the code object defines ``_module_``, a function that runs the module's top level and returns the
values of its top-level declarations, named by ``toplevel`` (tuples of JS name, Python name). ``exports``
are JS names; ``imports`` tuples (local JS name, Python name) of globals the loader binds before the run;
``handler`` the Python name of the ``handler`` binding or None; ``members`` tuples (Python name, global,
member) for ``GM_`` names; ``callees`` tuples (co_positions entry, callee source) for the message
``<callee> is not a function``.
"""

from __future__ import annotations

import marshal
import re
import sys
import weakref
from collections.abc import Callable
from types import CodeType, FunctionType
from typing import Any

from .locate import to_js_error
from .namespace import module_namespace, resolve_global_member, virtual_export
from .record import Factory, record
from .values import FrozenArray, FrozenObject, HostObject, JSArray, JSError, JSObject

FORMAT = "zigttp-bytecode"
FORMAT_VERSION = 1
MAX_CALL_DEPTH = 1000
_MODULE_FRAMES = 1  # the recursion depth the module runner adds before the top-level frame
MODULE_FUNCTION = "_module_"


@record
class ModuleImage:
    """One compiled module, decoded."""

    path: str
    code: CodeType
    toplevel: tuple[tuple[str, str], ...] = ()
    exports: tuple[str, ...] = ()
    imports: tuple[tuple[str, str], ...] = ()
    handler: str | None = None
    members: tuple[tuple[str, str, str], ...] = ()
    callees: dict[tuple[int, int, int, int], str] = Factory(dict)


def encode_module(code: CodeType, toplevel: Any, exports: Any, imports: Any, handler: str | None,
                  members: Any, callees: Any) -> bytes:
    """The stored bytes of one compiled module (deterministic: marshal version 2, tuples only)."""
    record = (FORMAT, FORMAT_VERSION, code, tuple(map(tuple, toplevel)), tuple(exports),
              tuple(map(tuple, imports)), handler, tuple(map(tuple, members)),
              tuple((tuple(pos), src) for pos, src in callees))
    return marshal.dumps(record, 2)


def decode_module(path: str, data: bytes) -> ModuleImage:
    """Decode bytes written by ``encode_module``."""
    record = marshal.loads(data)
    if not isinstance(record, tuple) or len(record) != 9 or record[0] != FORMAT or record[1] != FORMAT_VERSION:
        raise ValueError(f"{path}: not a zigttp bytecode module (format {FORMAT} {FORMAT_VERSION})")
    _, _, code, toplevel, exports, imports, handler, members, callees = record
    return ModuleImage(path, code, toplevel, exports, imports, handler, members, dict(callees))


# ---------------------------------------------------------------------------------------------------------
# The call-depth limit (SPEC §3.6): Python's recursion limit, set relative to the caller's depth
# ---------------------------------------------------------------------------------------------------------


_DEPTH = re.compile(r"recursion depth (\d+)")


def recursion_depth() -> int:
    """The interpreter's current recursion depth (which also counts C-level re-entries, unlike a walk
    over the frames). CPython reports it when asked for a limit below it."""
    try:
        sys.setrecursionlimit(1)
    except RecursionError as exc:
        m = _DEPTH.search(str(exc))
        if m is not None:
            return int(m.group(1))
    frame, n = sys._getframe(1), 0  # pragma: no cover - other interpreters
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n


def call_js(fn: Callable[..., Any], *args: Any, _extra: int = 0) -> Any:
    """Call the JS function ``fn`` with the call-depth limit in force (``fn``'s frame is the first of the
    1000 allowed); any error becomes a located ``JSError``."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(recursion_depth() + MAX_CALL_DEPTH + _extra)
    try:
        return fn(*args)
    except JSError as exc:
        raise to_js_error(exc) from None
    except Exception as exc:  # noqa: BLE001 - every Python error surfaces as a JS error
        raise to_js_error(exc) from None
    finally:
        sys.setrecursionlimit(old)


def _run_module(code: CodeType, ns: dict[str, Any]) -> tuple[Any, ...]:
    exec(code, ns)
    return ns[MODULE_FUNCTION]()


# ---------------------------------------------------------------------------------------------------------
# Programs
# ---------------------------------------------------------------------------------------------------------


@record
class Program:
    """The evaluated modules of one artifact."""

    entry: str
    values: dict[str, dict[str, Any]]  # module path -> top-level JS name -> value
    images: dict[str, ModuleImage]
    namespaces: dict[str, dict[str, Any]]  # module path -> globals dict (runtime names, imports)
    raw_handler: Callable[..., Any] | None = None
    handler: Callable[[Any], Any] | None = None

    def exports(self, path: str) -> dict[str, Any]:
        """The exported values of module ``path`` (JS name -> value)."""
        values = self.values[path]
        return {name: values[name] for name in self.images[path].exports if name in values}

    def get(self, path: str, name: str) -> Any:
        """The value of the top-level JS binding ``name`` of module ``path``."""
        return self.values[path][name]

    def freeze(self) -> None:
        """Make every value created while the modules loaded read-only (SPEC §3.15)."""
        seen: set[int] = set()
        for values in self.values.values():
            for value in values.values():
                freeze_value(value, seen)


# Functions created while modules loaded (SPEC §3.15). A function cannot change class like an object, so
# the freeze records it here; writing one of its properties then names module state (vm/ops.py).
FROZEN_FUNCTIONS: weakref.WeakSet[Any] = weakref.WeakSet()


def is_frozen_function(f: Any) -> bool:
    """True for a function that is frozen module state."""
    try:
        return f in FROZEN_FUNCTIONS
    except TypeError:  # not weak-referenceable: never recorded
        return False


def freeze_value(value: Any, seen: set[int]) -> None:
    """Freeze ``value`` and everything reachable from it (objects, arrays, closures' captured values)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if v is None or type(v) in (bool, float, int, str) or id(v) in seen:
            continue
        seen.add(id(v))
        t = type(v)
        if t is JSObject or t is FrozenObject:
            if t is JSObject:
                v.__class__ = FrozenObject
            stack.extend(v.values())
        elif t is JSArray or t is FrozenArray:
            if t is JSArray:
                v.__class__ = FrozenArray
            stack.extend(v)
        elif t is FunctionType:
            FROZEN_FUNCTIONS.add(v)
            for cell in v.__closure__ or ():
                try:
                    stack.append(cell.cell_contents)
                except ValueError:  # an empty cell (a binding still in its TDZ)
                    pass
            if v.__defaults__:
                stack.extend(v.__defaults__)
        elif isinstance(v, HostObject):
            freeze = getattr(v, "js_freeze", None)
            if freeze is not None:
                freeze()


def _bind_imports(image: ModuleImage, ns: dict[str, Any], bindings: dict[str, tuple[str, str]],
                  exported: dict[str, dict[str, Any]]) -> None:
    for local, py in image.imports:
        spec = bindings.get(local)
        if spec is None:
            continue
        source, name = spec
        if source.startswith("zigttp:"):
            ns[py] = virtual_export(source, name)
            continue
        values = exported.get(source)
        if values is None or name not in values:
            raise JSError("ReferenceError", f"module '{source}' has no export '{name}'")
        ns[py] = values[name]


def load_program(modules: list[tuple[str, bytes]], entry: str,
                 imports: dict[str, dict[str, tuple[str, str]]], *, freeze: bool = True) -> Program:
    """Evaluate ``modules`` (dependencies first, entry last) and return the program. Runtime errors while
    a module's top level runs propagate as ``JSError`` with ``location`` set. With ``freeze`` (the
    default) every value created while loading is read-only afterwards (SPEC §3.15)."""
    namespaces: dict[str, dict[str, Any]] = {}
    images: dict[str, ModuleImage] = {}
    values: dict[str, dict[str, Any]] = {}
    exported: dict[str, dict[str, Any]] = {}
    for path, data in modules:
        image = decode_module(path, data)
        ns = module_namespace(image)
        for py, name, member in image.members:
            try:
                ns[py] = resolve_global_member(name, member)
            except JSError:
                ns[py] = None
        _bind_imports(image, ns, imports.get(path, {}), exported)
        result = call_js(_run_module, image.code, ns, _extra=_MODULE_FRAMES)
        top = {name: value for (name, _), value in zip(image.toplevel, result, strict=True)}
        namespaces[path], images[path], values[path] = ns, image, top
        exported[path] = {name: top[name] for name in image.exports if name in top}
    program = Program(entry, values, images, namespaces)
    image = images.get(entry)
    if image is not None and image.handler is not None:
        by_py = {py: name for name, py in image.toplevel}
        raw = values[entry].get(by_py[image.handler]) if image.handler in by_py else namespaces[entry].get(
            image.handler)
        if raw is not None:
            program.raw_handler = raw
            program.handler = _handler_wrapper(raw)
    if freeze:
        program.freeze()
    return program


def _handler_wrapper(raw: Callable[..., Any]) -> Callable[[Any], Any]:
    def handler(request: Any = None) -> Any:
        return call_js(raw, request)

    handler.__name__ = getattr(raw, "__name__", "handler")
    return handler
