// A single huge string is refused with V8's limit (2^29 - 24 code units).
// expect-status: 500
// expect-error: corpus/string_growth_repeat.js:5:15 RangeError: Invalid string length
export function attack(req) {
  const big = "x".repeat(2 ** 30);
  return Response.text(String(big.length));
}
