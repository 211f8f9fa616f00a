// match-based routing on [method, path segments] and on result shapes (SPEC 18.7 style)
function route(method, path) {
  const parts = path.split("/").filter((p) => p.length > 0);
  return match ([method, parts.length, parts[0]]) {
    when ["GET", 0, _]: "home"
    when ["GET", 1, "users"]: "list users"
    when ["GET", 2, "users"]: `show user ${parts[1]}`
    when ["POST", 1, "users"]: "create user"
    when ["DELETE", 2, "users"]: `delete user ${parts[1]}`
    when [_, _, "health"]: "health"
    default: "not found"
  };
}
const reqs = [["GET", "/"], ["GET", "/users"], ["GET", "/users/42"], ["POST", "/users"], ["DELETE", "/users/7"],
  ["PUT", "/health"], ["GET", "/health/deep"], ["PATCH", "/users/1"]];
for (const [m, p] of reqs) {
  console.log(m.padEnd(7), p.padEnd(14), route(m, p));
}
function describe(result) {
  return match (result) {
    when { ok: true, value: { kind: "list", items: [] } }: "empty list"
    when { ok: true, value: { kind: "list" } }: `list of ${result.value.items.length}`
    when { ok: true }: "ok"
    when { ok: false, error: "timeout" }: "retry later"
    when { ok: false }: `failed: ${result.error}`
  };
}
console.log([{ ok: true, value: { kind: "list", items: [] } }, { ok: true, value: { kind: "list", items: [1, 2] } },
  { ok: true, value: 5 }, { ok: false, error: "timeout" }, { ok: false, error: "denied" }, {}].map(describe));
