// Chaining through Python internals stops at the first missing property: a JS TypeError, no escape.
// expect-status: 500
// expect-body: Internal Server Error
// expect-error: corpus/dunder_chain.js:7:10 TypeError: Cannot read properties of undefined (reading '__builtins__')
export function attack(req) {
  const f = (x) => x;
  return f["__globals__"]["__builtins__"]["open"]("/etc/passwd");
}
