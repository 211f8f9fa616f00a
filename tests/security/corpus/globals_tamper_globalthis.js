// globalThis itself is read-only: adding a global raises.
// expect-status: 500
// expect-error: corpus/globals_tamper_globalthis.js:6:3 TypeError: Cannot assign to read only property 'Math' of object 'globalThis'
export function attack(req) {
  const g = globalThis;
  g["Math"] = { max: () => 0 };
  return Response.text(String(Math.max(1, 2)));
}
