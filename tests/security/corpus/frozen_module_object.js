// Module-level objects are frozen while requests are served: a write raises, and the value is unchanged
// for the next request (see frozen_module_check).
// expect-status: 500
// expect-error: corpus/frozen_module_object.js:10:3 TypeError: Cannot modify module-level state during a request
export const state = { hits: 0, users: ["root"], nested: { admin: false } };
export function attack(req) {
  if (state.hits !== 0) {
    return Response.text("state leaked between requests");
  }
  state.nested.admin = true;
  return Response.json(state);
}
