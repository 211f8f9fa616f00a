// match with literal patterns: strings, numbers, negative numbers, booleans, undefined, _ and default
function lit(v) {
  return match (v) {
    when "": "empty string"
    when "0": "string zero"
    when 0: "zero"
    when -0.5: "minus half"
    when 1e3: "thousand"
    when 0x10: "sixteen"
    when true: "true"
    when false: "false"
    when undefined: "undefined"
    default: `other ${typeof v}`
  };
}
console.log(["", "0", 0, -0, -0.5, 1000, 16, true, false, undefined, NaN, "x", [], {}].map(lit));
const noDefault = (v) => match (v) { when 1: "one", when 2: "two", };
console.log(noDefault(1), noDefault(2), noDefault(3));
const order = [];
const disc = (v) => {
  order.push("disc");
  return v;
};
const once = match (disc(2)) { when 1: "a" when 2: "b" when 3: "c" };
console.log(once, order.length);
const nestedArms = (a, b) => match (a) {
  when 1: match (b) { when 1: "1-1" default: "1-?" }
  when 2: b > 0 ? "2-pos" : "2-nonpos"
  default: ((x) => `f(${x})`)(a)
};
console.log(nestedArms(1, 1), nestedArms(1, 5), nestedArms(2, 1), nestedArms(2, -1), nestedArms(9, 9));
