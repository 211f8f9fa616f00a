// array destructuring: holes in patterns, defaults, nesting, rest, swaps, any iterable
const [a, , b = "b-default", [c, [d]] = ["C", ["D"]], ...rest] = [1, 2, undefined, undefined, 5, 6];
console.log(a, b, c, d, rest);
let p = 1;
let q = 2;
[p, q] = [q, p];
console.log(p, q);
const [h, ...tail] = "héllo";
console.log(h, tail);
const [only] = [];
console.log(only);
const pairs = [["a", 1], ["b", 2]];
const out = pairs.map(([k, v]) => `${k}${v}`);
console.log(out);
function firstTwo([x, y = x * 2]) {
  return x + y;
}
console.log(firstTwo([5]), firstTwo([5, 1]));
const [[n1, n2], { z = "z" }] = [[1, 2], {}];
console.log(n1, n2, z);
let m = [0, 0, 0];
[m[0], m[2]] = [7, 9];
console.log(m);
