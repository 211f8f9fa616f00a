// The Node side of benchmarks/http_bench.py: the same endpoints as handlers/bench.js on Node's http module.
// usage: node server.js PORT  (prints "listening on http://127.0.0.1:PORT" once ready)
"use strict";
const http = require("node:http");

function json(res, status, text, type = "application/json") {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function hello(req, res, path) {
  json(res, 200, JSON.stringify({ message: "Hello, World", method: req.method, path }));
}

function work(res, query) {
  const n = Math.min(Math.max(parseInt(query.get("n") ?? "10"), 0), 100);
  const q = query.get("q") ?? "";
  const items = Array.from({ length: n }, (_, i) => ({ id: i, name: `${q}-${i}`, even: i % 2 === 0, score: (i * 37) % 101 }));
  const total = items.reduce((sum, item) => sum + item.score, 0);
  const body = JSON.stringify({ query: q, count: n, total, top: items.filter((item) => item.score > 50).map((item) => item.id), items });
  json(res, 200, body);
}

function echo(req, res) {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    res.writeHead(200, { "content-type": req.headers["content-type"] ?? "application/octet-stream", "content-length": body.length });
    res.end(body);
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/hello") return hello(req, res, url.pathname);
  if (url.pathname === "/work") return work(res, url.searchParams);
  if (url.pathname === "/echo" && req.method === "POST") return echo(req, res);
  json(res, 404, "not found", "text/plain; charset=utf-8");
});
server.keepAliveTimeout = 5000;
const port = Number(process.argv[2] ?? 8080);
server.listen(port, "127.0.0.1", () => {
  console.error(`listening on http://127.0.0.1:${server.address().port}`);
});
