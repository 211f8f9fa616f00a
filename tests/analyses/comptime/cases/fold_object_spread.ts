const BASE = { a: 1, b: 2 };
const O = comptime({ ...BASE, b: 3, ["c" + 1]: 4 });
export function handler(_req: Request): Response {
  return Response.json(O);
}
