// escape sequences in string literals and their display
const s = "a\tb\nc\\d\'e\"f\x41\u0042\u{1F600}\0end\v\f\b\r";
console.log(JSON.stringify(s), s.length);
console.log([s]);
console.log('single \'quoted\' "double"', "double \"quoted\" 'single'", `back \`tick\` ${"x"}`);
console.log(["\x00\x01\x1b\x7f\x80\x9f\xa0\xff"], "\u00ff\u0100".length);
console.log(["\u2028\u2029", "\ud800", "\udfff", "a\ud83db"]);
console.log("\u{0}".length, "\u{10FFFF}".length, "\u{10FFFF}".codePointAt(0), "\a\c\d" === "acd");
