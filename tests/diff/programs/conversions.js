// String(x), Number(x), Boolean(x) for every kind of value
const values = [0, -0, 1.5, NaN, Infinity, "", " 12 ", "0x1F", "0b101", "0o17", "1e3", "12px", "-", "\n", true, false, undefined, [], [5], [1, 2], {}, [[3]], "Infinity", "-Infinity", " -0 "];
for (const v of values) {
  console.log(JSON.stringify(String(v)), Number(v), Boolean(v));
}
console.log(String(), Number(), String([undefined, undefined]), String({ a: 1 }), String(() => 1));
console.log(String(123456789.123), String(-1e-7), Number("1_000"), Number(".5"), Number("5."), Number("+.5e1"));
console.log(Number("  \t\n 42 \u00a0"), Number("4 2"), Number("0x"), Number("00012"), Number("-0x10"));
