import { env } from "zigttp:env";

export function handler(req: Request): Response {
  if (req.path === "/café/\u{1F600}") {
    return Response.text(env('QUOTE"BACKSLASH\\TAB\t') ?? "");
  }
  if (req.path === "/lone\uD800") {
    return Response.text("lone");
  }
  const r = fetchSync("https://Bücher.example/katalog");
  return Response.text(String(r.status));
}
