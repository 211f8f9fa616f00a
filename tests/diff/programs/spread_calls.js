// spread arguments: several spreads, mixed with plain arguments, into rest parameters and built-ins
function all(...xs) {
  return xs;
}
console.log(all(...[1, 2], 3, ...[], ...[4], ..."ab"));
function fixed(a, b, c) {
  return [a, b, c];
}
console.log(fixed(...[1]), fixed(...[1, 2, 3, 4, 5]), fixed(0, ...[1, 2, 3]));
console.log(Math.max(...[3, 9, 2]), Math.min(...[3, 9, 2], -1), Math.hypot(...[3, 4]));
console.log(String.fromCharCode(...[72, 105]), String.fromCodePoint(...[128512, 33]));
const arr = [3, 1, 2];
const pushed = [];
pushed.push(...arr, ...arr);
console.log(pushed, pushed.length);
const sp = ["x", "y"];
sp.unshift(...["v", "w"]);
console.log(sp, [].concat(...[[1], [2, [3]]]));
const order = [];
function t(v) {
  order.push(v);
  return v;
}
all(t(1), ...[t(2), t(3)], t(4));
console.log(order);
const o = { m: (...args) => args.join("-") };
console.log(o.m(..."xyz"), o["m"](...[1, 2]), o.m?.(...[]));
const nums = Array.from({ length: 500 }, (_, i) => i);
console.log(Math.max(...nums), all(...nums).length);
