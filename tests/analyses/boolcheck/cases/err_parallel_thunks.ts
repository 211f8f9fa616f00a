import { parallel } from "zigttp:io";
export function handler(_req: Request): Response {
  const [a, b] = parallel([
    () => fetchSync("https://example.com/a"),
    () => fetchSync("https://example.com/b"),
  ]);
  if (a.status) {
    return Response.text("a");
  }
  return b.ok && b.body ? Response.text("b") : Response.text("none");
}
