type Opts = { a: number; b?: string; nested: { c: boolean } };
function f({ a, b = "x", nested: { c } }: Opts, [first, ...rest]: number[]): string {
  return `${a}${b}${c}${first}${rest.length}`;
}
export function handler(_req: Request): Response {
  const { a, ...others } = { a: 1, z: "z" };
  const [x, [y]] = [1, ["two"]];
  return Response.text(f({ a, nested: { c: true } }, [1, 2]) + others.z + x + y.length);
}
