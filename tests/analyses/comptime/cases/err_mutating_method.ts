const XS = [3, 1, 2];
const A = comptime(XS.sort());
const B = comptime([1].push(2));
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
