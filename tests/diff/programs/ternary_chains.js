// conditional operator: right associativity, nesting, short-circuit of the unchosen branch
function grade(n) {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : n >= 60 ? "D" : "F";
}
console.log([95, 85, 75, 65, 55, 90, 89.99].map(grade).join(""));
const log = [];
function side(v) {
  log.push(v);
  return v;
}
const r = true ? side("yes") : side("no");
const s = false ? side("yes2") : side("no2");
console.log(r, s, log);
const nested = (a, b) => (a > b ? (a > 10 ? "big-a" : "small-a") : b > 10 ? "big-b" : "small-b");
console.log(nested(20, 1), nested(5, 1), nested(1, 20), nested(1, 5));
const x = 5;
const label = `${x > 3 ? "many" : "few"} (${x === 1 ? "one" : x})`;
console.log(label);
const fns = [1, 2, 3].map((n) => (n % 2 === 0 ? () => "even" : () => "odd"));
console.log(fns.map((f) => f()));
const obj = x > 0 ? { sign: "+" } : { sign: "-" };
console.log(obj, (x > 0 ? [1] : [2])[0]);
let t;
t = x > 100 ? "a" : x > 4 ? "b" : "c";
console.log(t);
