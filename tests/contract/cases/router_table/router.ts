import { routerMatch } from "zigttp:router";
import { sha256 } from "zigttp:crypto";

type RouteHandler = (req: Request, params: Record<string, string>) => Response;

const routes: Record<string, RouteHandler> = {
  "GET /health": () => Response.json({ healthy: true }),
  "GET /users/:id": (_req, params) => Response.json({ id: params.id, hash: sha256(params.id).slice(0, 8) }),
  "POST /echo": (req) => Response.text(req.text()),
  "GET /files/*": (_req, params) => Response.text(`file: ${params["*"]}`),
};

export function handler(req: Request): Response {
  const found = routerMatch(routes, req);
  if (found === undefined) {
    return Response.json({ error: "not found", path: req.path }, { status: 404 });
  }
  return found.handler(req, found.params);
}
