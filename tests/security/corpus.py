"""The hostile-handler corpus: ``corpus/<name>.js`` modules exporting ``attack(req)``, each starting with a
comment block that states what it tries and the specified outcome:

```
// expect-status: 500                                        (or alternatives: 504|500)
// expect-body: Internal Server Error                        (exact body; optional)
// expect-error: corpus/x.js:7:3 TypeError: ...               (the ERROR log line's text; optional)
// expect-error-prefix: corpus/x.js:                          (its start, where the location may vary)
// expect-log: handler timed out after 3000 ms                (another ERROR line text)
// expect-order: last                                         (checks state after the other cases ran)
```

All cases are served by one artifact: ``entry_source`` writes an entry module that imports every case and
routes ``/<name>`` to it, so one build and one server cover the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    statuses: tuple[int, ...]
    body: str | None
    error: str | None  # the exact text after "ERROR GET /<name>: "
    error_prefix: str | None
    last: bool

    @property
    def route(self) -> str:
        return f"/{self.name}"


def _field(lines: list[str], key: str) -> str | None:
    prefix = f"// expect-{key}: "
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix):]
    return None


def load_cases(directory: Path = CORPUS) -> list[Case]:
    """Every case of the corpus, sorted by name."""
    cases = []
    for path in sorted(directory.glob("*.js")):
        head = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("//"):
                break
            head.append(line)
        status = _field(head, "status")
        if status is None:
            raise ValueError(f"{path.name}: missing '// expect-status: '")
        error = _field(head, "error") or _field(head, "log")
        cases.append(Case(path.stem, path, tuple(int(s) for s in status.split("|")), _field(head, "body"), error,
                          _field(head, "error-prefix"), _field(head, "order") == "last"))
    return cases


def entry_source(cases: list[Case]) -> str:
    """The entry module: imports ``attack`` from every case and dispatches on the request path."""
    lines = [f'import {{ attack as {c.name} }} from "./corpus/{c.name}.js";' for c in cases]
    lines.append("export function handler(req) {")
    lines.append("  switch (req.path) {")
    for c in cases:
        lines.append(f'    case "/{c.name}":')
        lines.append(f"      return {c.name}(req);")
    lines.append('    case "/ping":')
    lines.append('      return Response.text("pong");')
    lines.append("  }")
    lines.append('  return Response.text("no such case", { status: 404 });')
    lines.append("}")
    return "\n".join(lines) + "\n"
