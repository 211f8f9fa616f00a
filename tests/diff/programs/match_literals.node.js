// match with literal patterns: strings, numbers, negative numbers, booleans, undefined, _ and default
function lit(v) {
  if (v === "") return "empty string";
  if (v === "0") return "string zero";
  if (v === 0) return "zero";
  if (v === -0.5) return "minus half";
  if (v === 1e3) return "thousand";
  if (v === 0x10) return "sixteen";
  if (v === true) return "true";
  if (v === false) return "false";
  if (v === undefined) return "undefined";
  return `other ${typeof v}`;
}
console.log(["", "0", 0, -0, -0.5, 1000, 16, true, false, undefined, NaN, "x", [], {}].map(lit));
const noDefault = (v) => (v === 1 ? "one" : v === 2 ? "two" : undefined);
console.log(noDefault(1), noDefault(2), noDefault(3));
const order = [];
const disc = (v) => {
  order.push("disc");
  return v;
};
const d = disc(2);
const once = d === 1 ? "a" : d === 2 ? "b" : d === 3 ? "c" : undefined;
console.log(once, order.length);
const nestedArms = (a, b) => a === 1 ? (b === 1 ? "1-1" : "1-?") : a === 2 ? (b > 0 ? "2-pos" : "2-nonpos") : ((x) => `f(${x})`)(a);
console.log(nestedArms(1, 1), nestedArms(1, 5), nestedArms(2, 1), nestedArms(2, -1), nestedArms(9, 9));
