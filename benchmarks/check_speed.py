"""How long parse + typecheck + boolcheck take on a generated 2,000-line handler (target: under a second).

    .venv/bin/python benchmarks/check_speed.py [--lines 2000] [--repeat 3]

The handler mixes what real handlers contain: type aliases and interfaces, annotated and inferred
functions, narrowing on optional values and discriminated unions, array callbacks, object literals checked
against declared types, virtual-module calls and a route table. It must check with no diagnostics. The
first figure includes loading the built-in declarations; the others are warm.
"""

from __future__ import annotations

import argparse
import time

BLOCK = """\
type Item{i} = {{ id: string; price: number; tags?: string[]; kind: "a" | "b" }};
interface Repo{i} {{
  find(id: string): Item{i} | undefined;
  all(): Item{i}[];
}}
type Outcome{i} = {{ ok: true; value: Item{i} }} | {{ ok: false; error: string }};

const repo{i}: Repo{i} = {{
  find(id) {{
    return items{i}.find((it) => it.id === id);
  }},
  all() {{
    return items{i};
  }},
}};
const items{i}: Item{i}[] = [{{ id: "a{i}", price: {i}, kind: "a" }}, {{ id: "b{i}", price: 2, tags: ["x"], kind: "b" }}];

function price{i}(item: Item{i}, discount?: number): number {{
  const base = item.kind === "a" ? item.price : item.price * 2;
  if (discount === undefined) {{
    return base;
  }}
  return Math.max(0, base - discount);
}}

function lookup{i}(id: string | undefined): Outcome{i} {{
  if (id === undefined || id.length === 0) {{
    return {{ ok: false, error: "missing id" }};
  }}
  const found = repo{i}.find(id);
  if (found === undefined) {{
    return {{ ok: false, error: `no item ${{id}}` }};
  }}
  return {{ ok: true, value: found }};
}}

function summary{i}(req: Request): Response {{
  const result = lookup{i}(req.query.id);
  if (!result.ok) {{
    return Response.json({{ error: result.error }}, {{ status: 404 }});
  }}
  const tags = (result.value.tags ?? []).filter((t) => t.length > 0).map((t) => t.toUpperCase());
  const total = repo{i}.all().reduce((sum, it) => sum + price{i}(it, 1), 0);
  const hits = cacheIncr("summary", `item-${{result.value.id}}`);
  return Response.json({{ id: result.value.id, tags, total, hits, hash: sha256(result.value.id).slice(0, 8) }});
}}

"""

HEADER = """\
import {{ routerMatch }} from "zigttp:router";
import {{ sha256 }} from "zigttp:crypto";
import {{ cacheIncr }} from "zigttp:cache";

type RouteHandler = (req: Request) => Response;

"""

FOOTER = """\
const routes: Record<string, RouteHandler> = {{
{routes}
}};

export function handler(req: Request): Response {{
  const found = routerMatch(routes, req);
  if (found === undefined) {{
    return Response.json({{ error: "not found", path: req.path }}, {{ status: 404 }});
  }}
  return found.handler(req);
}}
"""


def generate(lines: int) -> str:
    """A handler of about ``lines`` lines."""
    block_lines = BLOCK.count("\n")
    blocks = max(1, (lines - 20) // block_lines)
    body = "".join(BLOCK.format(i=i) for i in range(blocks))
    routes = "\n".join(f'  "GET /items{i}": summary{i},' for i in range(blocks))
    return HEADER.format() + body + FOOTER.format(routes=routes)


def check_once(source: str) -> tuple[float, int]:
    from zigttp.passes import boolcheck, frontend
    from zigttp.passes.typecheck import check_module, load_types

    start = time.perf_counter()
    parsed = frontend.parse_text(source, "handler.ts", "ts")
    result = check_module(parsed, {})
    table = load_types(result.to_data())
    bools = boolcheck.check(parsed.module, table)
    elapsed = time.perf_counter() - start
    diagnostics = parsed.diagnostics + result.diagnostics + bools.diagnostics
    for d in diagnostics[:5]:
        print(f"  unexpected: {d.span[0]}:{d.span[1]} {d.code} {d.message}")
    return elapsed, len(diagnostics)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = generate(args.lines)
    print(f"generated handler: {source.count(chr(10))} lines")
    times = []
    for _ in range(args.repeat):
        elapsed, count = check_once(source)
        assert count == 0, "the generated handler must check cleanly"
        times.append(elapsed)
    print("parse + typecheck + boolcheck: " + ", ".join(f"{t * 1000:.0f} ms" for t in times)
          + " (first includes loading the built-in declarations)")


if __name__ == "__main__":
    main()
