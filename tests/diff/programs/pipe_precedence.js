// the pipe operator: left associativity, curried right operands, precedence against ?: and assignment
const double = (x) => x * 2;
const inc = (x) => x + 1;
const add = (n) => (x) => x + n;
const tag = (t) => (s) => `<${t}>${s}</${t}>`;
console.log(3 |> double |> inc |> double, 3 |> add(4) |> add(-1), "hi" |> tag("b") |> tag("p"));
const flag = true;
const r1 = flag ? 1 : 2 |> double;
console.log(r1);
let y = 5 |> inc;
y = y |> double |> String;
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
console.log(val("x") |> noted("1") |> noted("2"), log.join(" "));
const words = "the quick brown fox" |> ((s) => s.split(" ")) |> ((ws) => ws.map((w) => w.length));
console.log(words);
console.log([3, 1, 2] |> ((xs) => xs.toSorted()) |> JSON.stringify);
const pipeline = [double, inc, double];
console.log(pipeline.reduce((acc, f) => acc |> f, 1), 10 |> pipeline[1]);
const obj = { m: (x) => x * 100 };
console.log(2 |> obj.m, 2 |> obj["m"], -4 |> Math.abs |> Math.sqrt);
function rebindPipe() {
  let f = (v) => `f1(${v})`;
  const h = () => {
    f = (v) => `f2(${v})`;
    return "x";
  };
  return h() |> f;
}
console.log(rebindPipe());
