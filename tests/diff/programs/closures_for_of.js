// every for-of iteration gets a fresh binding; closures see that iteration's value
const fns = [];
for (const x of [1, 2, 3]) {
  fns.push(() => x * 10);
}
console.log(fns.map((f) => f()));
const lets = [];
for (let v of ["a", "b", "c"]) {
  v = v.toUpperCase();
  lets.push(() => v);
}
console.log(lets.map((f) => f()));
const pairs = [];
for (const [k, v] of Object.entries({ one: 1, two: 2 })) {
  pairs.push(() => `${k}=${v}`);
}
console.log(pairs.map((f) => f()).join("&"));
const nested = [];
for (const i of [0, 1]) {
  for (const j of [0, 1]) {
    nested.push(() => [i, j]);
  }
}
console.log(nested.map((f) => f()));
const chars = [];
for (const ch of "hey") {
  chars.push(() => ch + ch);
}
console.log(chars.map((f) => f()));
