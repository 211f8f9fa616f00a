type Event = { type: "click"; x: number } | { type: "key"; code: string };
function describe(e: Event): string {
  switch (e.type) {
    case "click":
      return `click at ${e.x}`;
    default:
      return `key ${e.code}`;
  }
}
export function handler(_req: Request): Response {
  return Response.text(describe({ type: "key", code: "Enter" }));
}
