// top-level strings print raw, including newlines, lone surrogates (as U+FFFD) and control characters
console.log("plain");
console.log("two\nlines");
console.log("lone \ud800 high and \udc00 low");
console.log("emoji 😀 and tab\there");
console.log("a", "b\nc", "d");
console.log("x".repeat(200));
console.log(["x".repeat(120)]);
console.log({ long: "y".repeat(10005) }.long.length, ["z".repeat(10010)].toString().length);
