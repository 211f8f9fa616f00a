"""The ``bytecode`` pass: a checked, folded module tree -> a marshalled CPython code object (DESIGN §5).

The tree is lowered to a Python ``ast`` module whose every node carries its JS source position
(passes/codegen), compiled with ``compile()``, and stored with ``marshal`` version 2 together with the
loader's tables (vm/loader.py describes the format). The bytes depend only on the tree and the Python
version: no hash-ordered containers, no absolute paths.
"""

from __future__ import annotations

import dis
import io
import re
import warnings
from types import CodeType
from typing import Any

from ..vm.functions import MARKER
from ..vm.loader import decode_module, encode_module
from .codegen import generate
from .jsast import Module

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _rename(code: CodeType, functions: dict[str, tuple[str, int]]) -> CodeType:
    """Give every JS function's code object its JS name and the ``js:<length>`` marker."""
    consts = tuple(_rename(c, functions) if isinstance(c, CodeType) else c for c in code.co_consts)
    meta = functions.get(code.co_name)
    if meta is None:
        return code.replace(co_consts=consts)
    name, length = meta
    return code.replace(co_consts=consts, co_name=name, co_qualname=f"{MARKER}{length}")


def compile_tree(module: Module, facts: dict[str, Any] | None = None) -> tuple[CodeType, Any]:
    """Generate and compile ``module``; returns the code object and the generator's tables."""
    generated = generate(module, facts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. SyntaxWarning for `"a" is True` (a JS literal compared with ===)
        code = compile(generated.tree, module.path, "exec", dont_inherit=True, optimize=0)
    return _rename(code, generated.functions), generated


def compile_module(module: Module, *, facts: dict[str, Any] | None = None) -> bytes:
    """The stored bytes of ``module``: the same tree always gives the same bytes.

    ``facts`` are the type checker's proofs (``{"number": [span, ...], "boolean": [...], "string": [...],
    "number_bindings": [binding, ...]}``); where operand types are proven the generator emits plain Python
    operators instead of runtime helpers.
    """
    code, g = compile_tree(module, facts)
    return encode_module(code, g.toplevel, g.exports, g.imports, g.handler, g.members, g.callees)


def disassemble(data: bytes) -> str:
    """A readable listing of compiled module bytes (``zigttp show <hash> bytecode``)."""
    image = decode_module("<module>", data)
    out = io.StringIO()
    out.write(f"module {image.code.co_filename}\n")
    if image.handler:
        out.write(f"handler: {image.handler}\n")
    for name, py in image.toplevel:
        out.write(f"{'export ' if name in image.exports else ''}{name} = {py}\n")
    for name, py in image.imports:
        out.write(f"import {name} -> {py}\n")
    for py, g, m in image.members:
        out.write(f"global {py} = {g}.{m}\n")
    out.write("\n")
    _listing(image.code, out)
    return _ADDRESS.sub("", out.getvalue())


def _listing(code: CodeType, out: io.StringIO) -> None:
    title = code.co_name if code.co_name != "<module>" else "<module>"
    marker = f" (JS function, length {code.co_qualname[len(MARKER):]})" if code.co_qualname.startswith(MARKER) else ""
    out.write(f"== {title or '(anonymous)'}{marker} ==\n")
    dis.dis(code, file=out, depth=0)
    out.write("\n")
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _listing(const, out)


def python_source(module: Module, facts: dict[str, Any] | None = None) -> str:
    """The generated Python code as text (for debugging and documentation; not stored)."""
    import ast

    return ast.unparse(generate(module, facts).tree)
