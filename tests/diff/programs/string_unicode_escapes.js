// escapes in string literals: \x, \u, \u{...} astral, line continuations, and printing of control characters
const s = "A\x42\u0043\u{44}\u{1F600}\u{10FFFF}";
console.log(s, s.length, [...s].length);
const cont = "one \
two";
console.log(cont, cont.length);
const controls = "\0\b\f\n\r\t\v\x1b\x7f";
console.log(JSON.stringify(controls), [controls], controls.length);
console.log(["\u2028", "\u2029", "\u00a0", "\ufeff", "\u200b"].map((c) => c.charCodeAt(0).toString(16)));
console.log(["'", '"', "`", "\\"], "\'\"\\");
console.log({ k: "it's" }, { k: 'say "hi"' }, { k: "both ' and \"" }, { k: "all ' \" `" });
