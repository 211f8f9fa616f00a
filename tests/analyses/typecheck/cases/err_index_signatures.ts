const scores: Record<string, number> = { ann: 1 };
const labels: { [key: string]: string } = { a: "A", b: 2 };
export function handler(req: Request): Response {
  scores["bob"] = "two";
  const s: string = scores[req.path];
  return Response.json({ scores, labels, s });
}
