// build: --verify
import { jwtVerify } from "zigttp:auth";
import { validateJson } from "zigttp:validate";

export function handler(req: Request): Response {
  const auth = jwtVerify(req.headers.get("authorization") ?? "", "s");
  const parsed = JSON.tryParse(req.text());
  const a = auth.ok ? auth.value : undefined;
  const b = auth.ok && auth.value.sub !== undefined;
  const c = !auth.ok || auth.value.sub !== undefined;
  const d = match (auth) { when { ok: true }: auth.value default: undefined };
  if (parsed.ok === true) {
    return Response.json({ a, b, c, d, body: parsed.value });
  }
  if (auth.ok !== false) {
    return Response.json(auth.value);
  }
  const input = validateJson("note", req.text());
  if (!input.ok) {
    return Response.json({ errors: input.errors, reason: parsed.error }, { status: 400 });
  }
  return Response.json(input.value);
}
