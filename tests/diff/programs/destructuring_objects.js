// object destructuring: rename, defaults, nesting, rest (order preserved), parameters
const user = { id: 1, name: "Ada", meta: { tags: ["x", "y"], score: 0 }, 2: "two", extra: true };
const { id, name: fullName, missing = "dflt", meta: { tags: [firstTag], score = 99 } } = user;
console.log(id, fullName, missing, firstTag, score);
const { name, ...rest } = user;
console.log(name, rest);
const { 2: two, ["ex" + "tra"]: ex } = user;
console.log(two, ex);
function show({ a, b: { c = "c-default" } = {}, ...others }) {
  return [a, c, others];
}
console.log(show({ a: 1 }), show({ a: 2, b: { c: 3 }, z: 26, y: 25 }));
let x, y;
({ x, y = "y-default" } = { x: "X" });
console.log(x, y);
const { length } = "hello";
console.log(length);
const { 0: first, length: n } = ["p", "q"];
console.log(first, n);
