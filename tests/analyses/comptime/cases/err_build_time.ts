const A = comptime(__BUILD_TIME__);
const B = comptime(__GIT_COMMIT__);
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
