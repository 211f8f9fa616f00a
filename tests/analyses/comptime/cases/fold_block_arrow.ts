const X = comptime([1, 2, 3].map((n) => {
  const d = n * 2;
  if (d > 2) {
    return d;
  }
  return 0;
}));
export function handler(_req: Request): Response {
  return Response.json(X);
}
