// recursion over nested data: deep clone, flatten, tree depth, path listing, structural equality
function clone(v) {
  if (Array.isArray(v)) {
    return v.map(clone);
  }
  if (typeof v === "object" && v !== undefined) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  }
  return v;
}
function equal(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (typeof a === "object" && typeof b === "object" && a !== undefined && b !== undefined) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => equal(a[k], b[k]));
  }
  return a === b;
}
function paths(v, prefix) {
  if (typeof v !== "object" || v === undefined) {
    return [`${prefix}=${JSON.stringify(v)}`];
  }
  return Object.entries(v).flatMap(([k, x]) => paths(x, prefix === "" ? k : `${prefix}.${k}`));
}
function depth(v) {
  if (typeof v !== "object" || v === undefined) {
    return 0;
  }
  const ds = Object.values(v).map(depth);
  return 1 + (ds.length > 0 ? Math.max(...ds) : 0);
}
const data = { a: [1, { b: [2, 3] }], c: { d: { e: "x" } }, f: [] };
const copy = clone(data);
copy.a[1].b.push(4);
console.log(data, copy, equal(data, clone(data)), equal(data, copy));
console.log(paths(data, ""), depth(data), depth([]), depth(5));
