// build: --verify
type Lookup = { ok: true; value: string } | { ok: false; error: string };

function find(key: string): Lookup {
  if (key === "a") {
    return { ok: true, value: "A" };
  }
  return { ok: false, error: "missing" };
}

export function handler(req: Request): Response {
  const found = find(req.path);
  return Response.json(found.value);
}
