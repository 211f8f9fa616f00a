"""The stored form of the typecheck output's types, and ``TypeTable``, the reader later passes use.

Stored data (inside the typecheck output, key ``"table"``)::

    {"types": [<encoded type>, ...],                 # each distinct type once (passes.types.TypeCodec)
     "exprs": [[line, col, endLine, endCol, "<NodeClass>", <type index>], ...],
     "bindings": [[<binding index>, <type index>], ...],
     "decls": {"<module>#<Name>": <encoded declaration>, ...}}

An expression is identified by its span and node class (a ``Chain`` and the ``Member`` it wraps share a
span). The type stored for an expression is the one in force where it is evaluated (narrowings applied).
"""

from __future__ import annotations

from typing import Any

from . import jsast as A
from . import types as T


def encode_table(table: dict[tuple[A.Span, str], T.Type], bindings: dict[int, T.Type],
                 extra_decls: list[T.Decl] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    codec = T.TypeCodec()
    index: dict[T.Type, int] = {}
    types: list[Any] = []

    def idx(t: T.Type) -> int:
        i = index.get(t)
        if i is None:
            i = index[t] = len(types)
            types.append(codec.encode(t))
        return i

    exprs = [[*span, cls, idx(t)] for (span, cls), t in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1]))]
    binds = [[b, idx(t)] for b, t in sorted(bindings.items())]
    return {"types": types, "exprs": exprs, "bindings": binds, "decls": encode_decls(codec, extra_decls)}


def encode_decls(codec: T.TypeCodec, extra: list[T.Decl] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    """Every user declaration ``codec`` has referenced (transitively), plus ``extra``."""
    out: dict[str, Any] = {}
    for d in extra:
        codec.referenced.setdefault(d.key, d)
    while True:
        pending = [k for k in codec.referenced if k not in out]
        if not pending:
            break
        for key in sorted(pending):
            out[key] = None
            out[key] = codec.encode_decl(codec.referenced[key])
    return dict(sorted(out.items()))


class DeclRegistry:
    """Declarations by key: built-ins plus those decoded from stored data."""

    def __init__(self) -> None:
        from .builtin_types import builtins

        self.builtin = builtins()
        self.decls: dict[str, T.Decl] = {}
        self.codec = T.TypeCodec(self.lookup)

    def lookup(self, key: str) -> T.Decl | None:
        if key.startswith("#"):
            return self.builtin.decls.get(key) or T.UTILITIES.get(key[1:])
        return self.decls.get(key)

    def add(self, decls: dict[str, Any]) -> None:
        for key, data in decls.items():
            if key not in self.decls:
                self.decls[key] = self.codec.decode_decl(key, data)


class TypeTable:
    """Types of one module's expressions and bindings, read back from the typecheck output.

    ``type_of(node)`` gives the type of an expression node (None when it was not typed, e.g. a type
    annotation or code the checker did not reach); ``binding_type(index)`` the declared type of a binding.
    """

    def __init__(self, data: dict[str, Any], registry: DeclRegistry | None = None) -> None:
        self.registry = registry or DeclRegistry()
        self.registry.add(data.get("decls", {}))
        self._types_data = data.get("types", [])
        self._decoded: dict[int, T.Type] = {}
        self._exprs = {(tuple(e[:4]), e[4]): e[5] for e in data.get("exprs", [])}
        self._bindings = {b: i for b, i in data.get("bindings", [])}

    def _type(self, i: int) -> T.Type:
        t = self._decoded.get(i)
        if t is None:
            t = self._decoded[i] = self.registry.codec.decode(self._types_data[i])
        return t

    def type_of(self, node: A.Node) -> T.Type | None:
        i = self._exprs.get((tuple(node.span), type(node).__name__))
        return self._type(i) if i is not None else None

    def type_at(self, span: A.Span, node_class: str) -> T.Type | None:
        i = self._exprs.get((tuple(span), node_class))
        return self._type(i) if i is not None else None

    def binding_type(self, index: int) -> T.Type | None:
        i = self._bindings.get(index)
        return self._type(i) if i is not None else None
