// closures capture the innermost binding; shadowed names in blocks and parameters stay separate
const x = "module";
function outer(x) {
  const read = () => x;
  {
    const x = "block";
    const readBlock = () => x;
    console.log(read(), readBlock());
  }
  return read;
}
console.log(outer("param")(), x);
function counterPair() {
  let n = 0;
  const inc = () => {
    n += 1;
    return n;
  };
  const make = () => {
    let n = 100;
    return () => {
      n += 1;
      return n;
    };
  };
  return [inc, make()];
}
const [inc, inner] = counterPair();
console.log(inc(), inc(), inner(), inner(), inc());
const fns = {};
for (const name of ["a", "b"]) {
  const upper = name.toUpperCase();
  fns[name] = () => `${name}:${upper}`;
}
console.log(fns.a(), fns.b());
function defaultsCapture(a, f = () => a) {
  const a2 = a;
  return [f(), a2];
}
console.log(defaultsCapture(1), defaultsCapture("z", () => "own"));
