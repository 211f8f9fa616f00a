// build: --verify
import { validateJson } from "zigttp:validate";

export function handler(req: Request): Response {
  const { value, errors } = validateJson("note", req.text());
  return Response.json({ value, errors });
}
