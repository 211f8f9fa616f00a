// String(f) of a user function is its source text, exactly as written (comments and spacing kept)
function add(a, b) {
  // adds
  return a + b; /* trailing */
}
const arrow = (x) =>   x * 2;
const block = (x) => {
  return x;
};
const obj = { m(v) { return v; }, a: async1 };
function async1() { return "not really async"; }
console.log(String(add));
console.log(`${arrow}`);
console.log(block + "");
console.log(String(obj.m));
console.log([arrow].join(";"), String(obj.a).length);
console.log(String((a, b = 1, ...c) => [a, b, c]));
