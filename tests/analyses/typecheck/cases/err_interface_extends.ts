interface Named { name: string }
interface Person extends Named { age: number }
const p: Person = { age: 3 };
const q: Person = { name: "x", age: "3" };
export function handler(_req: Request): Response {
  return Response.json({ p, q, n: p.name.length });
}
