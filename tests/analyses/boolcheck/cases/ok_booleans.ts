export function handler(req: Request): Response {
  const isGet = req.method === "GET";
  const hasBody = req.body !== undefined;
  const flags = [true, false];
  const first = flags[0];
  if (isGet && !hasBody) {
    return Response.text("get");
  }
  const n = req.path.length;
  const big = n > 10 ? "big" : "small";
  let seen = false;
  seen ||= n === 3;
  seen &&= isGet;
  return Response.text(big + String(seen || first));
}
