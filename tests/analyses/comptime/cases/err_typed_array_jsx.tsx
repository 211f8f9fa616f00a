const A = comptime(Uint8Array(2));
const B = comptime(<p>x</p>);
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
