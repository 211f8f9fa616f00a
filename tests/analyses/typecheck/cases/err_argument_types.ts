function greet(name: string, times: number): string {
  return name.repeat(times);
}
export function handler(req: Request): Response {
  greet(42, 1);
  greet("a", "b");
  greet(req.body, 2);
  return Response.text(greet("x", 1));
}
