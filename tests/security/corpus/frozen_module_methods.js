// Mutating methods on module-level arrays, typed arrays and headers raise the same TypeError.
// expect-status: 500
// expect-error: corpus/frozen_module_methods.js:9:3 TypeError: Cannot modify module-level state during a request
export const users = ["root"];
const bytes = Uint8Array.of(1, 2, 3);
const headers = Headers({ "x-a": "1" });
export function attack(req) {
  const copy = [...users, "guest"];
  users.push("mallory");
  return Response.json({ copy, bytes: [...bytes], h: headers.get("x-a") });
}
