type Method = "GET" | "POST";
const m: Method = "GET";
const entry: [string, number] = ["a", 1];
const opt: [string, number?] = ["b"];
const status: 200 | 404 = 404;
const neg: -1 = -1;
const flag: true = true;
export function handler(_req: Request): Response {
  const [name, count] = entry;
  return Response.json({ m, name, count: count + 1, opt, status, neg, flag });
}
