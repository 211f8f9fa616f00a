// an HTTP-handler-like loop: one op = parse a URL and its query, route on the path, validate fields, build a
// response object and serialise it
const ROUTES = { "/users": "list", "/users/42": "show", "/health": "health" };
function parseQuery(qs) {
  const out = {};
  for (const pair of qs.split("&")) {
    if (pair.length > 0) {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      out[decodeURIComponent(key)] = eq < 0 ? "" : decodeURIComponent(pair.slice(eq + 1).replaceAll("+", " "));
    }
  }
  return out;
}
function handle(req) {
  const q = req.url.indexOf("?");
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? {} : parseQuery(req.url.slice(q + 1));
  const route = ROUTES[path] ?? "notFound";
  if (route === "notFound") {
    return { status: 404, body: JSON.stringify({ error: "not found", path }) };
  }
  const limit = Math.min(100, parseInt(query.limit ?? "10", 10));
  const items = [];
  for (const i of range(limit)) {
    items.push({ id: i, name: `user ${i}` });
  }
  return { status: 200, body: JSON.stringify({ route, method: req.method, limit, q: query.q ?? "", items }) };
}
function bench(n) {
  const urls = ["/users?limit=5&q=ada+lovelace", "/users/42", "/health?verbose", "/missing?x=1"];
  let bytes = 0;
  for (const i of range(n)) {
    const res = handle({ method: "GET", url: urls[i % 4] });
    bytes += res.status + res.body.length;
  }
  return bytes;
}
