// + evaluates left to right: numbers add until a string appears, then everything concatenates
console.log(1 + 2 + "a", "a" + 1 + 2, 1 + 2 + "a" + 1 + 2, 1 + (2 + "a"), "" + 1 + 2);
console.log(0.1 + 0.2 + "x", "x" + 0.1 + 0.2, 1e21 + "", -0 + "", [] + 1 + 2, 1 + 2 + [], true + 1 + "t");
const parts = [1, 2, "3", 4, 5];
console.log(parts.reduce((a, b) => a + b), parts.reduce((a, b) => a + b, ""), parts.reduce((a, b) => a + b, 0));
let s = 1;
s += 2;
s += "3";
s += 4;
console.log(s, typeof s);
console.log(`${1 + 2}${"a"}`, String(1 + 2) + "a", (1).toString() + 2, 1 - "1" + "1");
