// split: separators of every length, limits (0, negative, fractional, huge), undefined separator, astral text
const s = "a,b,,c,";
console.log(s.split(","), s.split(",", 2), s.split(",", 0), s.split(",", -1), s.split(",", 2.9), s.split(",", 2 ** 32 + 1));
console.log(s.split(), s.split(undefined), s.split(undefined, 0), s.split(""), s.split("", 3), "".split(""), "".split(","));
console.log("a--b----c".split("--"), "aaaa".split("aa"), "abc".split("abc"), "abc".split("abcd"), "x".split("x"));
console.log("😀a😀".split(""), "😀a😀".split("😀"), "a\u0000b".split("\u0000"), "line1\r\nline2\nline3".split("\n"));
console.log("k=v&k2=v2&flag".split("&").map((p) => p.split("=")), "a b  c".split(" "), " lead".split(" "));
console.log("1,2,3".split(",").map(Number), "a|b|c".split("|", 1), "no-sep".split(",", 5), "ab".split(1), "a1b1c".split(1));
