// Writing far beyond the end of an array would fill the gap: refused with a RangeError.
// expect-status: 500
// expect-error: corpus/array_index_far.js:6:3 RangeError: Invalid array length
export function attack(req) {
  const a = [1];
  a[2 ** 32 - 2] = 2;
  return Response.json(a.length);
}
