// Host values (Request, Headers, Response, typed arrays, ranges) enumerate as plain data only.
// expect-status: 200
// expect-body: {"req":["method","url","path","query","headers","body"],"spread":["method","url","path","query","headers","body"],"headers":[["accept","*/*"],["host","x"],["x-a","1"]],"response":["status","statusText","ok","headers","body"],"typed":["0","1"],"range":[],"json":"{\"status\":201,\"statusText\":\"Created\",\"ok\":true,\"headers\":{\"content-type\":\"text/plain; charset=utf-8\"},\"body\":\"x\"}"}
export function attack(req) {
  const r = Request("/p?q=1", { headers: { "x-a": "1", accept: "*/*", host: "x" } });
  const res = Response.text("x", { status: 201 });
  return Response.json({
    req: Object.keys(r), spread: Object.keys({ ...r }), headers: Object.entries(r.headers),
    response: Object.keys(res), typed: Object.keys(Uint8Array.of(5, 6)), range: Object.keys(range(3)),
    json: JSON.stringify(res),
  });
}
