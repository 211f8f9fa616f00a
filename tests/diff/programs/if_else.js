// if / else chains and nesting with boolean conditions
function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
console.log([-5, 0, 3, 42].map(classify));
function describe(s) {
  let out = "";
  if (s.length > 0) {
    out += "non-empty";
    if (s.startsWith("a")) out += ", starts with a";
    else out += ", starts with something else";
  } else out += "empty";
  return out;
}
console.log(describe(""), "|", describe("abc"), "|", describe("xyz"));
const flags = [true, false];
for (const a of flags) {
  for (const b of flags) {
    if (a && !b) {
      console.log(a, b, "a only");
    } else if (a && b) {
      console.log(a, b, "both");
    } else if (b) {
      console.log(a, b, "b only");
    } else {
      console.log(a, b, "neither");
    }
  }
}
