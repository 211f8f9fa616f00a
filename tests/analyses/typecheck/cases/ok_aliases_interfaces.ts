type Id = string;
type Point = { x: number; y: number };
interface Named { name: string }
interface Person extends Named { age?: number; readonly id: Id }
interface Box<T = string> { value: T }
type Pair<A, B extends string = "b"> = [A, B];
const p: Point = { x: 1, y: 2 };
const who: Person = { name: "Ann", id: "a1" };
const box: Box = { value: "s" };
const nums: Box<number> = { value: 3 };
const pair: Pair<number> = [1, "b"];
function describe(n: Named): string {
  return n.name;
}
export function handler(_req: Request): Response {
  return Response.json({ p, who: describe(who), box: box.value.length + nums.value, pair });
}
