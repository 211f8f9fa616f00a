// template literals: nesting, ToString of values, escapes, multi-line text
const n = 42;
const arr = [1, [2, 3], undefined];
const obj = { a: 1 };
console.log(`n=${n} half=${n / 2} neg=${-n} float=${0.1 + 0.2}`);
console.log(`arr=${arr} obj=${obj} undef=${undefined} bool=${true} empty=${[]}`);
console.log(`outer ${`inner ${`innermost ${n}`}`} done`);
console.log(`tab:\t| newline:\n| unicode:\u00e9\u{1F600} | dollar: \${n} $ {n} | backtick: \``);
const multi = `line one
  line two
line three`;
console.log(multi, multi.length);
console.log(`${1}${2}${3}`, `${"a" + "b"}${n > 40 ? "big" : "small"}`);
console.log(`${-0} ${1e21} ${1e-7} ${NaN} ${-Infinity} ${2 ** 53}`);
const f = (x) => `<${x}>`;
console.log(`${[1, 2, 3].map(f).join("")}`);
