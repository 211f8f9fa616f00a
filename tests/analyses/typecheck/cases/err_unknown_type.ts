type A = Missing;
interface B extends Nope {
  x: Unknown[];
}
function f(x: Thing): Other {
  return x;
}
export function handler(_req: Request): Response {
  const y: Whatever = 1;
  return Response.json({ y, f });
}
