// padStart/padEnd to an absurd length is refused before anything is allocated.
// expect-status: 500
// expect-error: corpus/string_growth_pad.js:5:15 RangeError: Invalid string length
export function attack(req) {
  const big = "x".padEnd(2 ** 31, "ab");
  return Response.text(String(big.length));
}
