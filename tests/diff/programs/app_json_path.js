// a JSON path walker: dotted paths with indices and wildcards over parsed JSON
const doc = JSON.parse(`{"store": {"books": [{"title": "A", "price": 8.95, "tags": ["x"]}, {"title": "B", "price": 12.99,
  "tags": []}, {"title": "C", "price": 22, "tags": ["x", "y"]}], "bike": {"color": "red", "price": 19.95}}, "n": 0}`);
function select(value, path) {
  const [head, ...rest] = path;
  if (head === undefined) {
    return value === undefined ? [] : [value];
  }
  if (value === undefined || typeof value !== "object") {
    return [];
  }
  if (head === "*") {
    return Object.values(value).flatMap((v) => select(v, rest));
  }
  if (head === "**") {
    return [...select(value, rest), ...Object.values(value).flatMap((v) => select(v, path))];
  }
  return select(value[head], rest);
}
const q = (p) => select(doc, p.split("."));
console.log(q("store.books.*.title"), q("store.books.1.price"), q("store.*.price"), q("**.price"), q("n"), q("store.missing.x"));
console.log(q("**.tags").map((t) => t.length ?? -1), q("store.books.*.tags.*"), q("*").length, JSON.stringify(q("store.bike")));
