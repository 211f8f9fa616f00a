// Setting a huge array length: the dense array cannot be allocated, a RangeError ends the request.
// expect-status: 500
// expect-error: corpus/array_length_huge.js:6:3 RangeError: Invalid array length
export function attack(req) {
  const a = [];
  a.length = 2 ** 32 - 1;
  return Response.json(a.length);
}
