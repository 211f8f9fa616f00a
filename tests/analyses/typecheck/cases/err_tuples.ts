const pair: [string, number] = ["a", "b"];
const short: [string, number] = ["a"];
const long: [string] = ["a", "b"];
export function handler(_req: Request): Response {
  return Response.json({ pair, short, long });
}
