// split, replace and replaceAll with string patterns, $ substitutions and callbacks
const csv = "name,age,,city";
console.log(csv.split(","), csv.split(",", 2), csv.split(), csv.split(""), "".split(","), "".split(""));
console.log("a😀b".split(""), "a--b--c".split("--"), "abc".split("abc"), "aXbXc".split("X", 0));
console.log("1 2  3".split(" "), "path/to/file.txt".split("/").at(-1).split("."));
const t = "the cat sat on the mat";
console.log(t.replace("at", "og"), t.replaceAll("at", "og"), t.replace("zzz", "!"));
console.log(t.replace("cat", "[$&]"), t.replace("sat", "($`)"), t.replace("on", "<$'>"), t.replace("the", "$$"));
console.log(t.replaceAll("the", (m, offset) => `${m.toUpperCase()}@${offset}`));
console.log(t.replace("mat", (m, offset, whole) => `${whole.length}`), "aaa".replaceAll("a", "ba"));
console.log("x".replaceAll("", "-"), "abc".replace("", "^"), "1.2.3".replaceAll(".", ""));
const words = "  many   spaces here  ".trim().split(" ").filter((w) => w.length > 0);
console.log(words, words.join("_"));
console.log("key=value=more".split("="), "k=v".split("=", 1));
