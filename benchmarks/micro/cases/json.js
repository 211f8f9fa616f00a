// JSON: one op = JSON.stringify of a 10-field object with a nested array, then JSON.parse of the text
function bench(n) {
  let size = 0;
  for (const i of range(n)) {
    const doc = { id: i, user: "ada", email: "ada@example.com", active: true, score: i / 3,
      tags: ["x", "y", "z"], meta: { created: 1700000000 + i, version: 2 }, note: "hello \"world\"" };
    const text = JSON.stringify(doc);
    const back = JSON.parse(text);
    size += text.length + back.tags.length;
  }
  return size;
}
