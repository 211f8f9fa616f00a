const config = { port: 80, host: "h" };
const other: typeof config = { port: "80", host: "h" };
type K = keyof typeof config;
const key: K = "nope";
export function handler(_req: Request): Response {
  return Response.json({ other, key });
}
