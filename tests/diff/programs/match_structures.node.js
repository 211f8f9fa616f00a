// match with object and array patterns: nesting, extra keys, missing keys, exact array length, strings keys
const isObj = (v) => typeof v === "object" && v !== undefined;
const isArr = (v, n) => Array.isArray(v) && v.length === n;
function shape(s) {
  if (isObj(s) && s.kind === "circle" && s.r === 0) return "dot";
  if (isObj(s) && s.kind === "circle") return `circle r=${s.r}`;
  if (isObj(s) && s.kind === "rect" && s.w === 1 && s.h === 1) return "unit square";
  if (isObj(s) && s.kind === "rect" && isObj(s.size) && s.size.unit === "cm") return `rect in cm`;
  if (isObj(s) && s.kind === "rect") return "rect";
  if (isObj(s) && s["content-type"] === "json") return "json-typed";
  if (isObj(s) && s.missing === undefined && s.tag === "t") return "tag t without missing";
  if (isArr(s, 0)) return "empty array";
  if (isArr(s, 1)) return "one element";
  if (isArr(s, 2) && s[0] === 1 && isArr(s[1], 2) && s[1][0] === 2 && isArr(s[1][1], 1) && s[1][1][0] === 3) return "deep array";
  if (isArr(s, 2) && isObj(s[0]) && s[0].x === 1) return "pair starting with x=1";
  if (isArr(s, 3)) return "triple";
  return "unknown";
}
const inputs = [
  { kind: "circle", r: 0 },
  { kind: "circle", r: 5, extra: true },
  { kind: "rect", w: 1, h: 1 },
  { kind: "rect", w: 2, h: 1, size: { unit: "cm", v: 3 } },
  { kind: "rect", w: 2, h: 2 },
  { "content-type": "json" },
  { tag: "t" },
  { tag: "t", missing: 1 },
  [],
  ["solo"],
  [1, [2, [3]]],
  [1, [2, [4]]],
  [{ x: 1, y: 2 }, "anything"],
  [1, 2, 3],
  [1, 2, 3, 4],
  "string",
  42,
  undefined,
];
for (const v of inputs) {
  console.log(shape(v));
}
const arrKeys = (v) => (isObj(v) && v.length === 2 ? "length two" : "no");
console.log(arrKeys([1, 2]), arrKeys("ab"), arrKeys({ length: 2 }), arrKeys([1]));
const fnObj = (v) => (isObj(v) ? "object-ish" : "not an object");
console.log(fnObj({}), fnObj([]), fnObj(() => 1), fnObj("s"), fnObj(0));
