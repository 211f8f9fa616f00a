// missing arguments are undefined, extra arguments are ignored, rest gathers what is left
function three(a, b, c) {
  return [a, b, c].map((x) => (x === undefined ? "-" : x)).join("");
}
console.log(three(), three(1), three(1, 2), three(1, 2, 3), three(1, 2, 3, 4, 5));
const arrow = (x, y) => `${x}|${y}`;
console.log(arrow(1), arrow(1, 2, 3), arrow(...[7, 8, 9]));
function withRest(a, ...rest) {
  return `${a}+${rest.length}`;
}
console.log(withRest(), withRest(1), withRest(1, 2, 3), [1, 2, 3].map(withRest));
console.log(["1", "2", "3"].map(parseInt), ["1", "2", "3"].map(Number), ["a", "b"].map(String.fromCharCode === undefined ? String : (s) => s));
console.log([3, 1, 2].map(Math.max), [[1, 2], [3]].map(Math.max), [1.5, 2.5].map(Math.round));
