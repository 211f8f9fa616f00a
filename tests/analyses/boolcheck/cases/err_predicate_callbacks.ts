const nums = [1, 2, 3];
const words = ["a", "", "b"];
export function handler(_req: Request): Response {
  const a = nums.filter((n) => n % 2);
  const b = words.find((w) => w);
  const c = nums.some((n) => n);
  const d = words.every((w) => w.length);
  const e = nums.findIndex((n) => {
    return n - 2;
  });
  const f = nums.findLast((n) => n);
  const g = nums.findLastIndex((n) => String(n));
  return Response.json({ a, b, c, d, e, f, g });
}
