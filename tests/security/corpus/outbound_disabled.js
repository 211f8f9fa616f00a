// Outbound HTTP is disabled unless the server enables it (and no literal URL in the code derives a host
// policy): every attempt is a 599 value, no connection is made.
// expect-status: 200
// expect-body: {"status":599,"error":"OutboundHttpDisabled","raw":"{\"ok\":false,\"error\":\"OutboundHttpDisabled\",\"details\":\"outbound HTTP is not enabled; start the server with --outbound-http\"}"}
export function attack(req) {
  const host = ["127", "0", "0", "1"].join(".");
  const r = fetchSync(`http://${host}:1/admin`);
  const raw = httpRequest(JSON.stringify({ url: ["file:", "", "", "etc", "passwd"].join("/") }));
  return Response.json({ status: r.status, error: r.error, raw });
}
