// grouped arrays pad columns by display width as Node's ICU getStringWidth measures it:
// wide (W/F) characters count 2, combining and format characters 0, everything else 1
const samples = [
  "中文", "😀", "\u{1F1FA}\u{1F1F8}", "\u{20000}", "e\u0301", "\u200b", "\u00ad", "\ue000", "\ufffd", "é",
  "\uffff", "\ufffe", "\u0378", "\u{2FFFF}", "\u{10FFFF}", "\u{1F44D}\u{1F3FD}", "\u302a", "\u{1F468}\u200d\u{1F469}",
  "\u4dbf", "\u{3134F}", "\u{E0001}", "\u0600", "x\u20dd", "\u{1F3FB}", "\u{1F469}\u200d\u{1F467}\u200d\u{1F466}", "a\u200d\u{1F600}", "\u{1F3F3}\uFE0F\u200D\u{1F308}",
];
for (const s of samples) {
  console.log([s, "a", "b", "c", "d", "e", "f"]);
}
