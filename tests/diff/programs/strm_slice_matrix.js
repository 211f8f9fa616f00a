// slice / substring / at / charAt / charCodeAt / codePointAt with every kind of position argument
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const s = "héllo😀!";
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
for (const a of ARGS) {
  console.log(show(a).padEnd(10), [s.slice(a), s.substring(a), s.at(a), s.charAt(a), s.charCodeAt(a), s.codePointAt(a)].map(show).join(" "));
}
for (const a of ARGS.slice(0, 10)) {
  console.log(show(a).padEnd(10), ARGS.map((b) => s.slice(a, b) + "/" + s.substring(a, b)).join(" "));
}
