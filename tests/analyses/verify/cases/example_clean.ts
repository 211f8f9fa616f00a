// build: --verify
import { env } from "zigttp:env";

const GREETING = comptime("Hello".toUpperCase());

export function handler(req: Request): Response {
  const name = env("NAME") ?? "world";
  const parsed = JSON.tryParse(req.text());
  if (!parsed.ok) {
    return Response.json({ error: parsed.error }, { status: 400 });
  }
  return match (req.method) {
    when "GET": Response.text(`${GREETING}, ${name}`)
    default: Response.json(parsed.value)
  };
}
