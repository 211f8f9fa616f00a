// lone surrogates and astral characters through string methods; printing replaces lone halves with U+FFFD
const astral = "a😀b";
const lone = "x\ud83dy\ude00z";
console.log(astral.length, astral.at(1), astral.at(2), astral.charAt(1).length, astral.charCodeAt(1), astral.codePointAt(1), astral.codePointAt(2));
console.log(lone.length, lone.codePointAt(1), lone.codePointAt(3), [...lone].length, lone.isWellFormed(), astral.isWellFormed());
console.log(JSON.stringify(lone.toWellFormed()), JSON.stringify(lone), JSON.stringify(astral), JSON.stringify("\ud800\udc00"));
console.log(astral.slice(0, 2), astral.slice(2), astral.substring(1, 3), astral.split(""), [...astral]);
console.log(astral.indexOf("\ude00"), astral.includes("\ud83d"), astral.lastIndexOf("b"), astral.padEnd(6, "😀"));
console.log("😀".repeat(3).length, "😀😀".slice(1, 3), "😀".split("").map((c) => c.charCodeAt(0).toString(16)));
console.log(String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(0x1f600), String.fromCodePoint(0x1f600, 0x41));
console.log([..."👨‍👩‍👧"].length, "👨‍👩‍👧".length, "e\u0301".normalize().length, "é".normalize("NFD").length);
console.log(lone, [lone], { lone });
console.log("\ud800".toUpperCase().charCodeAt(0), "a\udc00b".toUpperCase().length, "\udbff\udfff".codePointAt(0));
const sorted = ["\uffff", "😀", "\ue000", "z"].toSorted();
console.log(sorted.map((s) => s.codePointAt(0).toString(16)));
console.log(astral.at(-1), astral.at(-2).charCodeAt(0), astral.at(10), "".at(0));
