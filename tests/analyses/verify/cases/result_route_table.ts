// build: --verify
import { routerMatch } from "zigttp:router";

type Route = (req: Request) => Response;

const routes: Record<string, Route> = {
  "POST /echo": (req) => {
    const body = JSON.tryParse(req.text());
    return Response.json(body.value);
  },
};

export function handler(req: Request): Response {
  const found = routerMatch(routes, req);
  if (found === undefined) {
    return Response.text("not found", { status: 404 });
  }
  return found.handler(req);
}
