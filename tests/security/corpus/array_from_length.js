// Array.from an array-like with a huge length.
// expect-status: 500
// expect-error: corpus/array_from_length.js:5:13 RangeError: Invalid array length
export function attack(req) {
  const a = Array.from({ length: 2 ** 32 - 1 }, (_, i) => i);
  return Response.json(a.length);
}
