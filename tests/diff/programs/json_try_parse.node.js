// Node twin of json_try_parse.js: the expected { ok, value } / { ok: false, error } results written out
const inputs = ['{"a":1}', "[1,2", "", "   ", "{a:1}", "[1,]", '{"a":1,}', "01", "1.", ".5", "-", "+1", "tru", "nul",
  '"abc', '"\\x41"', '"\\u12g4"', '"a\nb"', "[1] x", "{}{}", "1e", "NaN", "Infinity", '{"a" 1}', '["a" "b"]', "[1 2]",
  "\u00a01", '"\t"', "{'a':1}", '{"a":{"b":[1,{"c":}]}}', "[" .repeat(1001) + "]".repeat(1001), "[".repeat(1000) + "]".repeat(1000)];
const errors = {
  1: "invalid JSON at position 4: unexpected end of input",
  2: "invalid JSON at position 0: unexpected end of input",
  3: "invalid JSON at position 3: unexpected end of input",
  4: "invalid JSON at position 1: unexpected character 'a'",
  5: "invalid JSON at position 3: unexpected character ']'",
  6: "invalid JSON at position 7: unexpected character '}'",
  7: "invalid JSON at position 0: invalid number",
  8: "invalid JSON at position 0: invalid number",
  9: "invalid JSON at position 0: unexpected character '.'",
  10: "invalid JSON at position 0: invalid number",
  11: "invalid JSON at position 0: unexpected character '+'",
  12: "invalid JSON at position 3: unexpected end of input",
  13: "invalid JSON at position 3: unexpected end of input",
  14: "invalid JSON at position 0: unterminated string",
  15: "invalid JSON at position 1: invalid escape",
  16: "invalid JSON at position 1: invalid escape",
  17: "invalid JSON at position 2: unexpected character '\\n'",
  18: "invalid JSON at position 4: unexpected data after JSON value",
  19: "invalid JSON at position 2: unexpected data after JSON value",
  20: "invalid JSON at position 0: invalid number",
  21: "invalid JSON at position 0: unexpected character 'N'",
  22: "invalid JSON at position 0: unexpected character 'I'",
  23: "invalid JSON at position 5: unexpected character '1'",
  24: "invalid JSON at position 5: unexpected character '\"'",
  25: "invalid JSON at position 3: unexpected character '2'",
  26: "invalid JSON at position 0: unexpected character '\u00a0'",
  27: "invalid JSON at position 1: unexpected character '\\t'",
  28: "invalid JSON at position 1: unexpected character '''",
  29: "invalid JSON at position 18: unexpected character '}'",
  30: "invalid JSON at position 1000: nesting too deep",
};
inputs.forEach((t, i) => {
  const ok = !(i in errors);
  console.log(JSON.stringify(t.length > 40 ? t.slice(0, 20) + "..." : t), ok, ok ? JSON.stringify(JSON.parse(t)).slice(0, 30) : errors[i]);
});
