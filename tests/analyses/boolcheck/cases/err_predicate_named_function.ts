function weight(n: number): number {
  return n * 2;
}
function log(n: number): void {
  console.log(n);
}
export function handler(_req: Request): Response {
  const heavy = [1, 2].filter(weight);
  const none = [1, 2].filter(log);
  const bare = [1, 2].some((n) => {
    if (n > 1) {
      return;
    }
    return true;
  });
  return Response.json({ heavy, none, bare });
}
