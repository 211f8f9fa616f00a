// slice / splice / toSpliced / fill / copyWithin with every kind of index argument
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
const base = [0, 1, 2, 3, 4, 5];
for (const a of ARGS) {
  const sp = [...base];
  const removed = sp.splice(a, 2, "x");
  console.log(show(a).padEnd(10), JSON.stringify([base.slice(a), base.slice(1, a), removed, sp, base.toSpliced(a, 1),
    [...base].fill(9, a), [...base].fill(9, 1, a), [...base].copyWithin(a, 3), [...base].copyWithin(0, a)]));
}
