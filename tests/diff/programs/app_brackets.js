// bracket matching with a stack: reports the first error position and the expected closer
const PAIRS = { "(": ")", "[": "]", "{": "}", "<": ">" };
function check(s) {
  const stack = [];
  const chars = [...s];
  for (const [i, c] of chars.map((ch, k) => [k, ch])) {
    if (c in PAIRS) {
      stack.push([c, i]);
    } else if (Object.values(PAIRS).includes(c)) {
      const top = stack.pop();
      if (top === undefined) {
        return `unexpected ${c} at ${i}`;
      }
      if (PAIRS[top[0]] !== c) {
        return `expected ${PAIRS[top[0]]} at ${i}, found ${c}`;
      }
    }
  }
  return stack.length === 0 ? "ok" : `unclosed ${stack.at(-1)[0]} from ${stack.at(-1)[1]}`;
}
for (const s of ["()", "([]{<>})", "(]", "((", "())", "", "a(b[c]d)e", "{[}]", "<<>>>", "😀(😀)"]) {
  console.log(JSON.stringify(s).padEnd(12), check(s));
}
