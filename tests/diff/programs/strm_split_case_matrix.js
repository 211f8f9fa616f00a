// split with every kind of limit; case mapping and trimming of assorted text
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
for (const a of ARGS) {
  console.log(show(a).padEnd(10), JSON.stringify(["a,b,c,d".split(",", a), "abc".split("", a)]));
}
for (const t of ["", " x ", "MiXeD 123", "ÀÉÎÕÜ", "ǆǅǄ", "ﬃ", "İı", "\t\n\u00a0 y \u3000"]) {
  console.log(JSON.stringify([t.toUpperCase(), t.toLowerCase(), t.trim(), t.trimStart(), t.trimEnd()]));
}
