// indexOf / lastIndexOf / includes / startsWith / endsWith with every kind of position argument
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const s = "abcabcab";
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
for (const a of ARGS) {
  console.log(show(a).padEnd(10), [s.indexOf("b", a), s.lastIndexOf("b", a), s.includes("ca", a), s.startsWith("ab", a),
    s.endsWith("ab", a), s.indexOf("", a), s.lastIndexOf("", a)].join(" "));
}
