// template literals: ToString of every value kind, nested templates, escapes, multi-line text
const o = { a: 1 };
const arr = [1, [2, 3], undefined, "x"];
console.log(`${undefined} ${true} ${0} ${-0} ${NaN} ${1e21} ${1e-7} ${0.1 + 0.2} ${-1e-7}`);
console.log(`${o} ${arr} ${[]} ${[undefined]} ${[[], []]} ${"str"}`);
console.log(`${(x) => x + 1}`);
console.log(`outer ${`inner ${`innermost ${1 + 1}`}`} done`);
console.log(`tab\there\nnew line \u0041 \x42 \u{1F600} \` \$ \${not} $notsub {braces}`);
console.log(`line one
line two
  indented`);
const name = "world";
const n = 3;
console.log(`Hello, ${name.toUpperCase()}! ${n} item${n === 1 ? "" : "s"}, ${n * 2.5}`);
console.log(`${Uint8Array.of(1, 2, 3)} ${Float64Array.of(0.5, -0)}`);
console.log(`a${1}b${2}c${3}d`.length, `${""}${""}`.length, ``.length);
console.log(`\\ backslash \\n not newline`);
console.log(`${"$"}{x}`, `$${"{"}`, `${1}${2}`);
