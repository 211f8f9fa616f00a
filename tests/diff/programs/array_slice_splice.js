// slice / splice / toSpliced / with and length writes
const base = [0, 1, 2, 3, 4, 5, 6];
console.log(base.slice(2), base.slice(2, 4), base.slice(-2), base.slice(-3, -1), base.slice(5, 2), base.slice());
const a = [...base];
const removed = a.splice(2, 3);
console.log(removed, a);
const b = [...base];
console.log(b.splice(1, 0, "x", "y"), b);
const c = [...base];
console.log(c.splice(-2), c, c.splice(1, 1, "one"), c);
const d = [...base];
console.log(d.splice(3), d, d.splice(0), d);
console.log(base.toSpliced(1, 2, "new"), base.with(0, "zero"), base.with(-1, "last"), base);
const e = [1, 2, 3, 4, 5];
e.length = 2;
console.log(e, e.length);
const f = [1, 2, 3];
f[3] = 4;
console.log(f, f.length);
