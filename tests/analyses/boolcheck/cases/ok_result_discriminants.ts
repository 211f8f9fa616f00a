import { jwtVerify } from "zigttp:auth";
import { validateObject } from "zigttp:validate";
export function handler(req: Request): Response {
  const auth = jwtVerify(req.headers.get("authorization") ?? "", "secret");
  const input = validateObject("x", req.json());
  if (!auth.ok || !input.ok) {
    return Response.text("no", { status: 401 });
  }
  return Response.json({ claims: auth.value, input: input.value });
}
