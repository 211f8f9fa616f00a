// Node twin of pipe_match.js: pipes become nested calls, match becomes explicit tests
const double = (x) => x * 2;
const inc = (x) => x + 1;
const add = (n) => (x) => x + n;
console.log(inc(double(5)), double(inc(5)), ((xs) => xs.length)([1, 2, 3]), add(10)(1));
function describe(v) {
  const isObj = typeof v === "object" && v !== undefined;
  if (v === 0) return "zero";
  if (v === "a") return "letter a";
  if (v === -1) return "minus one";
  if (isObj && v.kind === "circle") return `circle ${v.r}`;
  if (isObj && v.kind === "square") return "square";
  if (Array.isArray(v) && v.length === 2 && v[0] === 1) return "pair starting with 1";
  if (Array.isArray(v) && v.length === 2 && Array.isArray(v[0]) && v[0].length === 1 && typeof v[1] === "object" && v[1].x === 1) return "nested";
  if (v === true) return "yes";
  if (v === undefined) return "nothing";
  return "other";
}
const inputs = [0, "a", -1, { kind: "circle", r: 2 }, { kind: "square", side: 3 }, [1, 9], [1], [[5], { x: 1, y: 2 }], true, undefined, false, {}];
console.log(inputs.map(describe));
const sign = (n) => (n > 0 ? "+" : "-");
console.log([3, -3].map(sign).join(""), ((x) => (x === 8 ? "eight" : "?"))(double(4)));
