"""zigttp: a runtime for serverless request handlers written in a proven subset of TypeScript/TSX."""

__version__ = "0.1.0"
