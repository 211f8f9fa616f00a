// zigttp-only syntax: the pipe operator and match expressions (the Node twin spells them out)
const double = (x) => x * 2;
const inc = (x) => x + 1;
const add = (n) => (x) => x + n;
console.log(5 |> double |> inc, 5 |> inc |> double, [1, 2, 3] |> ((xs) => xs.length), 1 |> add(10));
function describe(v) {
  return match (v) {
    when 0: "zero"
    when "a": "letter a"
    when -1: "minus one"
    when { kind: "circle", r: _ }: `circle ${v.r}`
    when { kind: "square" }: "square"
    when [1, _]: "pair starting with 1"
    when [[_], { x: 1 }]: "nested"
    when true: "yes"
    when undefined: "nothing"
    default: "other"
  };
}
const inputs = [0, "a", -1, { kind: "circle", r: 2 }, { kind: "square", side: 3 }, [1, 9], [1], [[5], { x: 1, y: 2 }], true, undefined, false, {}];
console.log(inputs.map(describe));
const sign = (n) => match (n > 0) { when true: "+" default: "-" };
console.log([3, -3].map(sign).join(""), (4 |> double) |> ((x) => match (x) { when 8: "eight" default: "?" }));
