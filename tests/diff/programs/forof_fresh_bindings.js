// for-of creates a fresh binding per iteration; closures capture it; let reassignment stays per iteration
const byConst = [];
for (const x of [1, 2, 3]) {
  byConst.push(() => x);
}
console.log(byConst.map((f) => f()));
const byLet = [];
for (let x of [1, 2, 3]) {
  byLet.push(() => x);
  x *= 100;
}
console.log(byLet.map((f) => f()));
function makeCounters() {
  const counters = [];
  for (let n of [0, 10]) {
    counters.push({ inc: () => (n += 1), get: () => n });
  }
  return counters;
}
const counters = makeCounters();
counters[0].inc();
counters[0].inc();
counters[1].inc();
console.log(counters.map((c) => c.get()));
const nested = [];
for (const a of ["a", "b"]) {
  for (const b of [1, 2]) {
    nested.push(() => a + b);
  }
}
console.log(nested.map((f) => f()).join(" "));
const grow = [1, 2];
const seen = [];
for (const v of grow) {
  seen.push(v);
  if (v < 4) {
    grow.push(v + 2);
  }
}
console.log(seen, grow);
const shrink = [1, 2, 3, 4, 5];
const seen2 = [];
for (const v of shrink) {
  seen2.push(v);
  shrink.pop();
}
console.log(seen2, shrink);
let outer = "outer";
for (const outer of ["shadow"]) {
  console.log(outer);
}
console.log(outer);
outer = "changed";
console.log(outer);
const early = (items) => {
  for (const it of items) {
    if (it > 2) {
      return it;
    }
  }
  return -1;
};
console.log(early([1, 2, 3, 4]), early([]), early([0]));
