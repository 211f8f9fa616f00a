// Doubling a string in a loop runs out of room: a RangeError (or the timeout
// first, on a slow machine: 504) ends the request.
// expect-status: 500|504
// expect-error-prefix: corpus/string_growth_doubling.js:
let unused = 0;
export function attack(req) {
  let s = "0123456789abcdef";
  for (const i of range(64)) {
    s += s;
  }
  return Response.text(String(s.length));
}
