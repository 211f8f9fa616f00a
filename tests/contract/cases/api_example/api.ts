import { env } from "zigttp:env";
import { parseBearer, jwtVerify } from "zigttp:auth";
import { schemaCompile, validateJson } from "zigttp:validate";
import { cacheIncr } from "zigttp:cache";

schemaCompile("note", JSON.stringify({
  type: "object",
  required: ["title"],
  properties: {
    title: { type: "string", minLength: 1 },
    tags: { type: "array", items: { type: "string" } },
  },
  additionalProperties: false,
}));

export function handler(req: Request): Response {
  if (req.method !== "POST" || req.path !== "/notes") {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const token = parseBearer(req.headers.get("authorization"));
  if (token === undefined) {
    return Response.json({ error: "missing token" }, { status: 401 });
  }
  const auth = jwtVerify(token, env("JWT_SECRET") ?? "");
  if (!auth.ok) {
    return Response.json({ error: auth.error }, { status: 401 });
  }
  const input = validateJson("note", req.text());
  if (!input.ok) {
    return Response.json({ errors: input.errors }, { status: 400 });
  }
  const total = cacheIncr("notes", "created");
  return Response.json({ created: input.value, by: auth.value.sub, total }, { status: 201 });
}
