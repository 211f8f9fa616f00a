// method calls whose names exist on strings and arrays too: objects call their own functions, values of
// changing type dispatch on what they hold at each call
const obj = { trim: () => "own trim", map: (f) => f("own map"), slice: (a, b) => `own slice ${a}-${b}`, length: 3 };
console.log(obj.trim(), obj.map((x) => x.toUpperCase()), obj.slice(1, 2), obj.length);
const values = ["  text  ", [3, 1, 2], { slice: () => "object slice", includes: () => "object includes" }, "abc"];
for (const v of values) {
  console.log(v.slice(0, 2), v.includes("a"), typeof v.at, v.indexOf === undefined);
}
let poly = "a,b";
const seen = [];
for (const _ of [1, 2, 3]) {
  seen.push(poly.concat("!"));
  poly = typeof poly === "string" ? poly.split(",") : { concat: (x) => `obj${x}` };
}
console.log(seen);
const weird = { at: 5 };
console.log(typeof weird.at, [1, 2].at(-1), "xy".at(-1));
