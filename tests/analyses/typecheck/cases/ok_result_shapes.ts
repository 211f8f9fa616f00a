import { validateJson } from "zigttp:validate";
function parseAge(s: string): Result<number> {
  const n = Number(s);
  if (Number.isNaN(n)) {
    return { ok: false, error: "not a number" };
  }
  return { ok: true, value: n };
}
export function handler(req: Request): Response {
  const age = parseAge(req.query.age ?? "");
  const body = validateJson("x", req.body);
  if (!body.ok) {
    return Response.json({ errors: body.errors }, { status: 400 });
  }
  return Response.json({ age: age.ok ? age.value : -1, body: body.value });
}
