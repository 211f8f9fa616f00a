// concat, localeCompare (lowercase ASCII: Node collates case with ICU, zigttp by code points), normalize forms, at/charAt/codePointAt with odd positions, toString
console.log(["b", "a", "c", "aa", "ab", "ba"].toSorted((x, y) => x.localeCompare(y)));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "".localeCompare("a"), "abc".localeCompare("ab"));
const forms = ["NFC", "NFD", "NFKC", "NFKD"];
for (const f of forms) {
  const t = "Åﬁ①é\u0065\u0301".normalize(f);
  console.log(f, t.length, [...t].map((c) => c.codePointAt(0).toString(16)).join(" "));
}
console.log("x".normalize() === "x".normalize("NFC"), "é".normalize("NFD").normalize("NFC") === "é");
console.log("abc".at(NaN), "abc".at(-0), "abc".at(2.99), "abc".at(-3), "abc".at(-4), "abc".charAt(NaN), "abc".codePointAt(NaN));
console.log("abc".toString(), "abc".concat(), "".concat(1, 2), String("x").length);
console.log("Hello".startsWith(""), "Hello".endsWith(""), "Hello".includes("", 99), "Hello".startsWith("H", -5), "Hello".endsWith("o", -1));
console.log("ABC".toLowerCase().toUpperCase(), "ß".toUpperCase(), "İ".toLowerCase().length, "ǉ".toUpperCase(), "ǈ".toLowerCase());
