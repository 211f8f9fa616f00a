export function handler(_req: Request): Response {
  const words = ["a", "b"];
  for (const w of words) {
    const n: number = w;
    console.log(n);
  }
  for (const [k, v] of Object.entries({ a: 1 })) {
    const bad: string = v;
    console.log(k, bad);
  }
  for (const ch of "abc") {
    const c: number = ch;
    console.log(c);
  }
  return Response.text("ok");
}
