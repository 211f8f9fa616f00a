// TypeScript annotations feed the code generator's fast paths; values must still follow JS semantics
// where the static type is optimistic (out-of-range reads are undefined)
type Point = { x: number; y: number; label?: string };
interface Shape {
  kind: "circle" | "rect";
  size: number;
}
const nums: number[] = [1, 2, 3];
console.log(nums[5] + 1, nums[5] * 2, nums[5] < 5, -nums[7], nums.reduce((a: number, b: number): number => a + b, 0));
const s: string = "abc";
console.log(s[10] + "x", s[10] < "b", s.length * 2, s + 1);
function add(a: number, b: number): number {
  return a + b;
}
function scale(p: Point, k: number = 2): Point {
  return { x: p.x * k, y: p.y * k, label: p.label ?? "none" };
}
console.log(add(0.1, 0.2), add(2 ** 53, 1), scale({ x: 1.5, y: -0 }), scale({ x: 1, y: 2, label: "p" }, 0.5));
const rec: Record<string, number> = { a: 1 };
console.log(rec["zz"] + 1, rec.a / 0, -rec.a % 1);
let total: number = 0;
for (const i of [0, 1, 2, 3]) {
  total += nums[i];
}
const t: [number, string] = [1, "a"];
console.log(total, t[0] + 1, t[1] + "b");
const shapes: Shape[] = [{ kind: "circle", size: 2 }, { kind: "rect", size: 3 }];
function area(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return Math.PI * shape.size ** 2;
    default:
      return shape.size * shape.size;
  }
}
console.log(shapes.map(area), shapes.map((sh: Shape): string => `${sh.kind}:${sh.size}`).join(","));
const big: number = 1e21;
const tiny: number = 1e-7;
const ints: number[] = [7, -7, 0.5, -0.5];
console.log(big + tiny, `${big}|${tiny}`, ints.map((n: number): number => n % 2), ints.map((n: number): number => n | 0));
let flag: boolean = nums.length > 2;
flag &&= s.startsWith("a");
console.log(flag, !flag, typeof flag);
