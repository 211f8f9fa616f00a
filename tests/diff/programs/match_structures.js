// match with object and array patterns: nesting, extra keys, missing keys, exact array length, strings keys
function shape(s) {
  return match (s) {
    when { kind: "circle", r: 0 }: "dot"
    when { kind: "circle" }: `circle r=${s.r}`
    when { kind: "rect", w: 1, h: 1 }: "unit square"
    when { kind: "rect", size: { unit: "cm" } }: `rect in cm`
    when { kind: "rect" }: "rect"
    when { "content-type": "json" }: "json-typed"
    when { missing: undefined, tag: "t" }: "tag t without missing"
    when [] : "empty array"
    when [_]: "one element"
    when [1, [2, [3]]]: "deep array"
    when [{ x: 1 }, _]: "pair starting with x=1"
    when [_, _, _]: "triple"
    default: "unknown"
  };
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
const arrKeys = (v) => match (v) { when { length: 2 }: "length two" default: "no" };
console.log(arrKeys([1, 2]), arrKeys("ab"), arrKeys({ length: 2 }), arrKeys([1]));
const fnObj = (v) => match (v) { when {}: "object-ish" default: "not an object" };
console.log(fnObj({}), fnObj([]), fnObj(() => 1), fnObj("s"), fnObj(0));
