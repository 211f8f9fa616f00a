// word wrapping and justification of paragraphs at several widths
const text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! " +
  "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.";
function wrap(s, width) {
  const lines = [];
  let line = "";
  for (const word of s.split(" ")) {
    if (line.length === 0) {
      line = word;
    } else if (line.length + 1 + word.length <= width) {
      line += " " + word;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line.length > 0) {
    lines.push(line);
  }
  return lines;
}
function justify(line, width) {
  const words = line.split(" ");
  if (words.length === 1) {
    return line.padEnd(width);
  }
  const gaps = words.length - 1;
  const spaces = width - words.join("").length;
  return words.reduce((acc, w, i) => {
    if (i === 0) {
      return w;
    }
    const extra = i <= spaces % gaps ? 1 : 0;
    return acc + " ".repeat(Math.floor(spaces / gaps) + extra) + w;
  }, "");
}
for (const width of [20, 32, 50]) {
  const lines = wrap(text, width);
  console.log(`width ${width}: ${lines.length} lines`);
  for (const [i, l] of lines.map((x, k) => [k, x])) {
    console.log(`|${i === lines.length - 1 ? l.padEnd(width) : justify(l, width)}|`);
  }
}
