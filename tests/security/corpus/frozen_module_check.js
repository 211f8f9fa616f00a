// After the attempts above, module state is exactly as it was at boot (per-request isolation).
// expect-status: 200
// expect-order: last
// expect-body: {"state":{"hits":0,"users":["root"],"nested":{"admin":false}},"users":["root"],"sorted":["a","b","c"],"letters":["c","a","b"]}
import { state } from "./frozen_module_object.js";
import { users } from "./frozen_module_methods.js";
const letters = ["c", "a", "b"];
export function attack(req) {
  const sorted = letters.toSorted();
  return Response.json({ state, users, sorted, letters });
}
