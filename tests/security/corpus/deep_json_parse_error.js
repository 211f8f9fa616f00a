// JSON.parse of a deeply nested body raises the SyntaxError of the nesting limit.
// expect-status: 500
// expect-error: corpus/deep_json_parse_error.js:5:10 SyntaxError: invalid JSON at position 5000: nesting too deep
export function attack(req) {
  return JSON.parse('{"a":'.repeat(5000) + "1" + "}".repeat(5000));
}
