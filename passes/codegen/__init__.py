"""The code generator of the ``bytecode`` pass: checked JS tree -> Python ``ast`` (see generator.py)."""

from .generator import CodegenError, Generated, generate

__all__ = ["CodegenError", "Generated", "generate"]
