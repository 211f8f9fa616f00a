// replace / replaceAll with string patterns: $ substitutions, empty patterns, callbacks with offsets
const s = "the cat sat on the mat";
console.log(s.replace("at", "og"), s.replaceAll("at", "og"), s.replace("xyz", "!"), s.replaceAll("the ", ""));
console.log(s.replace("cat", "[$&]"), s.replace("cat", "[$`]"), s.replace("cat", "[$']"), s.replace("cat", "$$"), s.replace("cat", "$"));
console.log(s.replace("cat", "$1"), s.replace("cat", "$0"), s.replace("cat", "$<name>"), s.replace("cat", "$$&"), s.replace("cat", "$$$"));
console.log("abc".replace("", "-"), "abc".replaceAll("", "-"), "".replaceAll("", "x"), "aaa".replaceAll("aa", "b"), "aaa".replace("a", ""));
console.log(s.replace("at", (m, off, str) => `<${m}@${off}/${str.length}>`), s.replaceAll("at", (m, off) => String(off)));
console.log("a.b.c".replaceAll(".", "$&$&"), "x".replace("x", "$'$`"), "1+1=2".replace("+", " plus "), "😀x😀".replaceAll("😀", "y"));
console.log("abc".replace(undefined, "u"), "undefined!".replace(undefined, "U"), "12345".replace(3, "three"), "a,b".replace(",", 7));
console.log("tmpl {name} {name}".replaceAll("{name}", (m) => m.slice(1, -1).toUpperCase()), "x".replace("x", () => 42));
