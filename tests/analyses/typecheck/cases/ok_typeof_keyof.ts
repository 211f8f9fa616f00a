const defaults = { color: "red", size: 3 };
type Defaults = typeof defaults;
type Key = keyof Defaults;
const k: Key = "size";
const copy: Defaults = { color: "blue", size: 4 };
export function handler(_req: Request): Response {
  return Response.json({ k, copy });
}
