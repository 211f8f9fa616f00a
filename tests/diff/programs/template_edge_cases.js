// template literals: empty pieces, adjacent substitutions, expressions with templates and ternaries inside
const a = 1;
const b = "two";
const arr = [1, 2];
console.log(`${a}${b}${a}`, `${""}`, `x${a}`, `${a}x`, `${`${`${a}`}`}`, `${a > 0 ? `pos${a}` : `neg`}`);
console.log(`${arr.map((x) => `<${x}>`).join("")}`, `${{ a }.a}`, `${[`a`, `b`]}`, `${(() => "iife")()}`);
console.log(`line1
line2 ${a}
  line3`.split("\n").length, `\u{61}\x62\u0063`, `a\
b`);
console.log(`${1}${2}` === "12", `${1 + 1}` === "2", typeof `${a}`, `${undefined}${true}`);
