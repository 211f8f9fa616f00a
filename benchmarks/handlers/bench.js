// The zigttp side of benchmarks/http_bench.py; benchmarks/node/server.js answers the same endpoints.
//   GET  /hello         the hello JSON of SPEC §18.1
//   GET  /work?n=..&q=  parse the query, build an object, JSON.stringify it
//   POST /echo          echo the request body back
function hello(req) {
  return Response.json({ message: "Hello, World", method: req.method, path: req.path });
}

function work(req) {
  const n = Math.min(Math.max(parseInt(req.query.n ?? "10"), 0), 100);
  const q = req.query.q ?? "";
  const items = Array.from({ length: n }, (_, i) => ({ id: i, name: `${q}-${i}`, even: i % 2 === 0, score: (i * 37) % 101 }));
  const total = items.reduce((sum, item) => sum + item.score, 0);
  const body = JSON.stringify({ query: q, count: n, total, top: items.filter((item) => item.score > 50).map((item) => item.id), items });
  return Response(body, { headers: { "content-type": "application/json" } });
}

function echo(req) {
  return Response(req.body ?? "", { headers: { "content-type": req.headers["content-type"] ?? "application/octet-stream" } });
}

export function handler(req) {
  if (req.path === "/hello") {
    return hello(req);
  }
  if (req.path === "/work") {
    return work(req);
  }
  if (req.path === "/echo" && req.method === "POST") {
    return echo(req);
  }
  return Response("not found", { status: 404 });
}
