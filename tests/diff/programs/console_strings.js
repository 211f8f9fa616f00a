// strings nested in objects: quote selection and escapes; top-level strings print raw
console.log("top level 'raw' \"text\"");
console.log(["plain", "it's", 'say "hi"', "both ' and \"", "all ' \" `", "back`tick"]);
console.log({ s: "tab\there", n: "new\nline", b: "back\\slash", c: "\u0001\u001f\u007f", e: "" });
console.log(["é", "😀", "\u00a0", "\u2028", "zero\u0000byte"]);
console.log({ "key'quote": 1, 'key"dq': 2, "key space": 3, key_ok: 4, "0": 5, "-1": 6 });
console.log("multiple", "args", 1, "and", ["array"]);
console.log(["a".repeat(20), "b".repeat(20), "c".repeat(20), "d".repeat(20)]);
console.log({ long: "x".repeat(90) });
