// declarations, returns, falling off the end, name and length
function add(x, y) {
  return x + y;
}
function nothing() {}
function early(n) {
  if (n > 5) {
    return "big";
  }
  return "small";
}
function noValue(x) {
  if (x > 0) {
    return;
  }
  return x;
}
console.log(add(2, 3), add("a", "b"), add(1.5, 2.25));
console.log(nothing(), early(10), early(1), noValue(3), noValue(-3));
console.log(add.name, add.length, nothing.name, nothing.length);
const sq = (v) => v * v;
console.log(sq.name, sq.length, sq(12));
console.log(add(1), add(1, 2, 3));
console.log(typeof add, typeof sq);
const ops = [add, sq, nothing];
console.log(ops.map((f) => f.name).join("|"));
