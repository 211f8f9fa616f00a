"""`@record`: the small subset of `@dataclass` the serving path needs, without its import cost.

`dataclasses` imports `inspect` (and with it `ast`, `dis`, `tokenize`), which costs 7–10 ms of every cold
start. The serving path's plain data classes use this decorator instead: fields come from the class
annotations in order; a class attribute is the default; `Factory(f)` gives a fresh default per instance;
`frozen=True` forbids assignment and makes instances hashable. `__init__`, `__repr__` and `__eq__` are
generated. Nothing else of dataclasses is supported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_MISSING = object()


class Factory:
    """A per-instance default: ``items: list = Factory(list)``."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]):
        self.make = make


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise AttributeError(f"cannot assign to field '{name}' of frozen {type(self).__name__}")


def record(cls: type | None = None, *, frozen: bool = False) -> Any:
    """Class decorator generating ``__init__``, ``__repr__`` and ``__eq__`` from annotated fields."""

    def wrap(cls: type) -> type:
        names = [n for c in reversed(cls.__mro__) for n in c.__dict__.get("__annotations__", {})]
        names = list(dict.fromkeys(names))
        defaults = {n: getattr(cls, n) for n in names if hasattr(cls, n)}
        params, body = [], []
        scope: dict[str, Any] = {"_MISSING": _MISSING, "_set": object.__setattr__}
        seen_default = False
        for n in names:
            seen_default = seen_default or n in defaults
            if n in defaults and isinstance(defaults[n], Factory):
                scope[f"_f_{n}"] = defaults[n].make
                params.append(f"{n}=_MISSING")
                body.append(f"  _set(self, '{n}', _f_{n}() if {n} is _MISSING else {n})")
            elif n in defaults:
                scope[f"_d_{n}"] = defaults[n]
                params.append(f"{n}=_d_{n}")
                body.append(f"  _set(self, '{n}', {n})")
            else:
                if seen_default:
                    raise TypeError(f"non-default field '{n}' follows a default in {cls.__name__}")
                params.append(n)
                body.append(f"  _set(self, '{n}', {n})")
        source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "  pass") + "\n"
        exec(source, scope)  # noqa: S102 - generated from the class's own annotations
        init = scope["__init__"]
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = init  # type: ignore[misc]

        def __repr__(self: Any) -> str:
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
            return f"{type(self).__name__}({inner})"

        def __eq__(self: Any, other: Any) -> bool:
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, n) == getattr(other, n) for n in names)

        cls.__repr__ = __repr__  # type: ignore[method-assign]
        cls.__eq__ = __eq__  # type: ignore[method-assign]
        if frozen:
            cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign]
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in names))  # type: ignore[method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]
        return cls

    return wrap(cls) if cls is not None else wrap
