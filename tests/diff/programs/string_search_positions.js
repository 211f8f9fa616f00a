// search methods with positions: indexOf/lastIndexOf/includes/startsWith/endsWith clamping and coercion
const s = "abcabcabc";
console.log(s.indexOf("c"), s.indexOf("c", 3), s.indexOf("c", -5), s.indexOf("c", 100), s.indexOf(""), s.indexOf("", 4), s.indexOf("", 99));
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 5), s.lastIndexOf("a", -1), s.lastIndexOf("a", NaN), s.lastIndexOf(""), s.lastIndexOf("", 3));
console.log(s.includes("ca"), s.includes("ca", 7), s.includes(""), s.startsWith("bc", 1), s.startsWith("a", -3), s.endsWith("ab", 7), s.endsWith("c", 100));
console.log(s.indexOf("b", 1.7), s.indexOf("b", "2"), s.indexOf(undefined), "undefined".indexOf(undefined), s.at(1.9), s.at("-1"));
console.log("a,b".indexOf(","), "aaa".lastIndexOf("aa"), "aaa".indexOf("aa", 1), "".lastIndexOf(""), "abc".at(0));
console.log(s.charAt(-1) === "", s.charAt(2.5), s.charCodeAt(99), s.codePointAt(-1), s.charAt(0), s.charCodeAt(0));
console.log(s.slice(-3, -1), s.slice(5, 2), s.substring(5, 2), s.substring(-3, 2), s.substring(NaN, 2), s.slice(2));
console.log("12".concat(3, [4, 5], undefined, true), "x".concat(), "ab".concat("cd", "ef"));
