// Node twin of match_routing.js: the match expressions written as explicit tests
function route(method, path) {
  const parts = path.split("/").filter((p) => p.length > 0);
  const d = [method, parts.length, parts[0]];
  if (d[0] === "GET" && d[1] === 0) return "home";
  if (d[0] === "GET" && d[1] === 1 && d[2] === "users") return "list users";
  if (d[0] === "GET" && d[1] === 2 && d[2] === "users") return `show user ${parts[1]}`;
  if (d[0] === "POST" && d[1] === 1 && d[2] === "users") return "create user";
  if (d[0] === "DELETE" && d[1] === 2 && d[2] === "users") return `delete user ${parts[1]}`;
  if (d[2] === "health") return "health";
  return "not found";
}
const reqs = [["GET", "/"], ["GET", "/users"], ["GET", "/users/42"], ["POST", "/users"], ["DELETE", "/users/7"],
  ["PUT", "/health"], ["GET", "/health/deep"], ["PATCH", "/users/1"]];
for (const [m, p] of reqs) {
  console.log(m.padEnd(7), p.padEnd(14), route(m, p));
}
function describe(result) {
  const v = result.value;
  const isObj = (x) => typeof x === "object" && x !== undefined;
  if (result.ok === true && isObj(v) && v.kind === "list" && Array.isArray(v.items) && v.items.length === 0) return "empty list";
  if (result.ok === true && isObj(v) && v.kind === "list") return `list of ${result.value.items.length}`;
  if (result.ok === true) return "ok";
  if (result.ok === false && result.error === "timeout") return "retry later";
  if (result.ok === false) return `failed: ${result.error}`;
  return undefined;
}
console.log([{ ok: true, value: { kind: "list", items: [] } }, { ok: true, value: { kind: "list", items: [1, 2] } },
  { ok: true, value: 5 }, { ok: false, error: "timeout" }, { ok: false, error: "denied" }, {}].map(describe));
