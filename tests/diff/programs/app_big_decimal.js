// arbitrary-precision decimal arithmetic on digit strings: add, multiply, compare, factorial, powers of two
function add(a, b) {
  const x = [...a].reverse();
  const y = [...b].reverse();
  const out = [];
  let carry = 0;
  for (const i of Array.from({ length: Math.max(x.length, y.length) }, (_, k) => k)) {
    const sum = Number(x[i] ?? 0) + Number(y[i] ?? 0) + carry;
    out.push(sum % 10);
    carry = Math.floor(sum / 10);
  }
  if (carry > 0) {
    out.push(carry);
  }
  return out.reverse().join("");
}
function mulSmall(a, n) {
  const out = [];
  let carry = 0;
  for (const d of [...a].reverse()) {
    const p = Number(d) * n + carry;
    out.push(p % 10);
    carry = Math.floor(p / 10);
  }
  for (const c of String(carry === 0 ? "" : carry).split("").reverse()) {
    out.push(c);
  }
  return out.reverse().join("").replace(/* strip */ "", "");
}
function factorial(n) {
  let acc = "1";
  for (const k of Array.from({ length: n }, (_, i) => i + 1)) {
    acc = mulSmall(acc, k);
  }
  return acc;
}
console.log(add("999999999999999999999", "1"), add("123", "98765"), add("0", "0"));
console.log(factorial(25), factorial(30).length, factorial(52));
let p = "1";
for (const _ of Array.from({ length: 100 })) {
  p = add(p, p);
}
console.log(p, p.length, String(2 ** 100), Number(p) === 2 ** 100);
console.log(mulSmall("12345678901234567890", 9), BigSum(["1", "22", "333", "4444"]));
function BigSum(xs) {
  return xs.reduce(add, "0");
}
