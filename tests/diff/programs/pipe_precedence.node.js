// the pipe operator: left associativity, curried right operands, precedence against ?: and assignment
const double = (x) => x * 2;
const inc = (x) => x + 1;
const add = (n) => (x) => x + n;
const tag = (t) => (s) => `<${t}>${s}</${t}>`;
console.log(double(inc(double(3))), add(-1)(add(4)(3)), tag("p")(tag("b")("hi")));
const flag = true;
const r1 = double(flag ? 1 : 2);
console.log(r1);
let y = inc(5);
y = String(double(y));
console.log(y, typeof y);
const log = [];
const noted = (name) => {
  log.push(`f:${name}`);
  return (v) => {
    log.push(`call:${name}(${v})`);
    return v + name;
  };
};
const val = (v) => {
  log.push(`val:${v}`);
  return v;
};
console.log(((a) => { const f1 = noted("1"); const b = f1(a); const f2 = noted("2"); return f2(b); })(val("x")), log.join(" "));
const words = ((ws) => ws.map((w) => w.length))(((s) => s.split(" "))("the quick brown fox"));
console.log(words);
console.log(JSON.stringify(((xs) => xs.toSorted())([3, 1, 2])));
const pipeline = [double, inc, double];
console.log(pipeline.reduce((acc, f) => f(acc), 1), pipeline[1](10));
const obj = { m: (x) => x * 100 };
console.log(obj.m(2), obj["m"](2), Math.sqrt(Math.abs(-4)));
function rebindPipe() {
  let f = (v) => `f1(${v})`;
  const h = () => {
    f = (v) => `f2(${v})`;
    return "x";
  };
  const v = h();
  return f(v);
}
console.log(rebindPipe());
