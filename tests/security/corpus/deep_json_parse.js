// JSON nested deeper than 1000 levels is a SyntaxError (JSON.tryParse reports it), never a stack overflow.
// expect-status: 200
// expect-body: {"ok1000":true,"ok1001":false,"error":"invalid JSON at position 1000: nesting too deep","huge":false}
export function attack(req) {
  const at = (n) => "[".repeat(n) + "]".repeat(n);
  const huge = JSON.tryParse("[".repeat(1000000));
  const r1001 = JSON.tryParse(at(1001));
  return Response.json({ ok1000: JSON.tryParse(at(1000)).ok, ok1001: r1001.ok, error: r1001.error, huge: huge.ok });
}
