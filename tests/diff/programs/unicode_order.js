// strings compare and sort by UTF-16 code units, not code points
const xs = ["\uffff", "😀", "z", "é", "Z", "a", "\u00e9", "e\u0301", "😁", "\ud7ff"];
console.log(xs.toSorted().map((s) => [...s].map((c) => c.codePointAt(0).toString(16)).join("+")));
console.log("😀" < "\uffff", "\uffff" < "😀", "😀".charCodeAt(0).toString(16));
console.log(["b", "a", "B", "A", "ä", "Ä"].sort(), ["10", "1", "2", "100", "01"].sort());
console.log(["x😀", "x\uffff", "x"].sort().map((s) => s.length));
console.log(["β", "α", "γ", "Ω"].sort(), "β" > "α");
