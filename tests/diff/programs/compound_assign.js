// compound assignment on bindings, properties and elements; the target is evaluated once
let x = 10;
x += 5;
x -= 3;
x *= 2;
x /= 8;
x **= 3;
x %= 7;
console.log(x);
const o = { n: 1, s: "a", list: [1, 2, 3] };
o.n += 41;
o.s += "b";
o.list[1] *= 10;
o["new"] ??= "created";
o.n ??= 0;
console.log(o);
const log = [];
const obj = { k0: 0, k1: 10 };
function key(i) {
  log.push(`key${i}`);
  return `k${i}`;
}
obj[key(1)] += 5;
obj[key(0)] -= 1;
console.log(obj, log);
const arr = [1, 2, 3];
let i = 0;
arr[i] += 100;
i += 1;
arr[i] **= 4;
console.log(arr, i);
let str = "";
for (const w of ["a", "b", "c"]) {
  str += w;
  str += w.toUpperCase();
}
console.log(str);
