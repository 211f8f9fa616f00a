function f() {
  const fs = [];
  let total = 0;
  for (let i of [1, 2]) {
    for (const j of [10, 20]) {
      i += j;
      total += i;
      fs.push(() => [i, j]);
    }
    fs.push(() => i);
  }
  return [total, fs.map((g) => g())];
}
console.log(JSON.stringify(f()));
function makeAdders() {
  const adders = {};
  for (const name of ["one", "two", "three"]) {
    const n = name.length;
    adders[name] = (x) => x + n;
  }
  return adders;
}
const adders = makeAdders();
console.log(adders.one(1), adders.two(2), adders.three(3));
function shadow() {
  const out = [];
  const x = "outer";
  for (const x of ["a", "b"]) {
    out.push(() => x);
    {
      const x = "block";
      out.push(() => x);
    }
  }
  out.push(() => x);
  return out.map((g) => g()).join(",");
}
console.log(shadow());
function search(grid) {
  for (const [r, row] of grid.map((v, i) => [i, v])) {
    for (const c of range(row.length)) {
      const cell = row[c];
      const here = () => `${r},${c}`;
      if (cell === "x") {
        return here();
      }
    }
  }
  return "none";
}
console.log(search([["a", "b"], ["c", "x"]]), search([]));
const memo = {};
function fibm(n) {
  const key = `${n}`;
  if (memo[key] !== undefined) {
    return memo[key];
  }
  const v = n < 2 ? n : fibm(n - 1) + fibm(n - 2);
  memo[key] = v;
  return v;
}
console.log(fibm(80));
const compose = (...fns) => (x) => fns.reduce((acc, fn) => fn(acc), x);
console.log(compose((x) => x + 1, (x) => x * 2, String)(4));
function counterFactory() {
  let count = 0;
  function inc() { count += 1; return count; }
  function get() { return count; }
  return { inc, get };
}
const c1 = counterFactory();
const c2 = counterFactory();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
