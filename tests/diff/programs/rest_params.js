// rest parameters and spread arguments
function sum(...nums) {
  return nums.reduce((acc, n) => acc + n, 0);
}
function head(first, ...rest) {
  return { first, rest };
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));
console.log(head(1, 2, 3), head("only"), head());
const xs = [5, 6, 7];
console.log(sum(...xs), sum(1, ...xs, 100), head(...xs));
const collect = (...items) => items.length;
console.log(collect(...[], ...[1], ..."abc"));
console.log(Math.max(...xs), Math.min(...xs, -1));
function restLength(a, ...b) {
  return b;
}
console.log(restLength.length, restLength(1));
