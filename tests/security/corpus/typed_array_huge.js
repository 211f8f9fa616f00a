// A typed array larger than memory allows is refused with a RangeError.
// expect-status: 500
// expect-error: corpus/typed_array_huge.js:5:13 RangeError: Invalid typed array length
export function attack(req) {
  const t = Float64Array(2 ** 32);
  return Response.json(t.length);
}
