const NAME = "x";
const T = comptime(`v${1 + 1}-${NAME}`);
export function handler(_req: Request): Response {
  return Response.json(T);
}
