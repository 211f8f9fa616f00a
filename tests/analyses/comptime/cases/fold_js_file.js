const A = comptime([3, 1, 2].toSorted((a, b) => a - b));
export function handler(req) {
  return Response.json(A);
}
