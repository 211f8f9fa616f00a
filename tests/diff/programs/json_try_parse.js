// JSON.tryParse (zigttp-only): { ok, value } or { ok: false, error } with the SyntaxError text
const inputs = ['{"a":1}', "[1,2", "", "   ", "{a:1}", "[1,]", '{"a":1,}', "01", "1.", ".5", "-", "+1", "tru", "nul",
  '"abc', '"\\x41"', '"\\u12g4"', '"a\nb"', "[1] x", "{}{}", "1e", "NaN", "Infinity", '{"a" 1}', '["a" "b"]', "[1 2]",
  "\u00a01", '"\t"', "{'a':1}", '{"a":{"b":[1,{"c":}]}}', "[" .repeat(1001) + "]".repeat(1001), "[".repeat(1000) + "]".repeat(1000)];
for (const t of inputs) {
  const r = JSON.tryParse(t);
  console.log(JSON.stringify(t.length > 40 ? t.slice(0, 20) + "..." : t), r.ok, r.ok ? JSON.stringify(r.value).slice(0, 30) : r.error);
}
