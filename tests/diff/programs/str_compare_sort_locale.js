// string comparison: code-unit order for sort and < ; localeCompare on lowercase ASCII words
const words = ["delta", "alpha", "charlie", "bravo", "alphabet", "al", "echo", "b"];
console.log(words.toSorted(), words.toSorted((a, b) => a.localeCompare(b)), words.toSorted((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
console.log(["10", "9", "100", "1"].toSorted(), ["a10", "a9", "a100"].toSorted((a, b) => a.length !== b.length ? a.length - b.length : a < b ? -1 : 1));
console.log("abc" < "abd", "ab" < "abc", "" < "a", "a" < "B", "Z" < "a", "é" < "f", "😀" < "\uffff", "\ud7ff" < "😀");
