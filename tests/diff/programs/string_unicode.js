// UTF-16 semantics: lengths, surrogate pairs, code points, escapes
const emoji = "👍🏽 family: 👨‍👩‍👧";
console.log(emoji.length, [...emoji].length, emoji.slice(0, 2), emoji.codePointAt(0));
console.log(String.fromCharCode(72, 105, 0x263a), String.fromCodePoint(0x1f600, 97, 0x10ffff).length);
console.log(String.fromCharCode(0xd83d, 0xde00), "\u{1F600}" === "\ud83d\ude00", "\x41\u0042\u{43}");
console.log("line\
continued", "tab\there".length, "\0".length, "\v\f".charCodeAt(1));
console.log("ÀÉÎõü".toLowerCase(), "ǆ".toUpperCase(), "ΣΑΣ".toLowerCase());
console.log("e\u0301" === "é", "e\u0301".normalize() === "é", "é".normalize("NFD").length);
console.log([..."añ😀"].map((c) => c.codePointAt(0).toString(16)));
console.log("a😀".split("").map((u) => u.charCodeAt(0)), "😀".at(0) === "\ud83d");
console.log("abc".isWellFormed(), encodeURIComponent("é &😀=/"), decodeURIComponent("%E2%82%AC%20x"));
console.log(encodeURI("http://x.y/a b?q=é&r=1#h"), decodeURI("%41%2F"));
