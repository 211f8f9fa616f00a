// property access: one op = 8 reads (dot, bracket with a variable key, nested) and 2 writes
function bench(n) {
  const cfg = { a: 1, b: 2, nested: { c: 3, d: { e: 4 } }, keys: ["a", "b"] };
  const out = { total: 0, count: 0 };
  for (const i of range(n)) {
    const k = cfg.keys[i % 2];
    out.total += cfg.a + cfg.b + cfg[k] + cfg.nested.c + cfg.nested.d.e;
    out.count += 1;
  }
  return out.total + out.count;
}
