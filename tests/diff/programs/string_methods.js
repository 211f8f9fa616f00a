// String.prototype: searching, slicing, case, trimming, padding (UTF-16 positions)
const s = "Hello, zigttp World";
console.log(s.slice(7), s.slice(-5), s.slice(7, -6), s.slice(20), s.slice(-100, 2), s.slice(5, 2));
console.log(s.substring(7, 13), s.substring(13, 7), s.substring(-3, 5), s.substring(5));
console.log(s.indexOf("o"), s.indexOf("o", 5), s.lastIndexOf("o"), s.indexOf("zzz"), s.indexOf(""));
console.log(s.includes("ttp"), s.includes("TTP"), s.startsWith("Hello"), s.startsWith("zig", 7), s.endsWith("World"), s.endsWith("Hello", 5));
console.log(s.toUpperCase(), s.toLowerCase(), "ß straße".toUpperCase(), "İ".toLowerCase().length);
console.log(`[${"  pad  ".trim()}] [${"  pad  ".trimStart()}] [${"  pad  ".trimEnd()}] [${"\t\n x \u00a0".trim()}]`);
console.log("5".padStart(3, "0"), "abc".padEnd(6, "12"), "abc".padStart(2), "x".padEnd(4) + "|", "7".padStart(5, ""));
console.log("ab".repeat(3), "x".repeat(0), s.at(0), s.at(-1), s.at(100), s.charAt(1), s.charAt(99));
console.log(s.charCodeAt(0), s.charCodeAt(99), "😀".codePointAt(0), "😀".codePointAt(1), "😀".charCodeAt(0));
console.log("a".concat("b", 1, [2, 3]), "abc".toString(), "abc".length, "".length);
console.log("a-b".localeCompare("a-b"), "a".localeCompare("b"), "b".localeCompare("a"));
console.log("café".normalize("NFD").length, "cafe\u0301".normalize().length, "ﬁ".normalize("NFKC"));
