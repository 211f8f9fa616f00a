import { routerMatch } from "zigttp:router";

const routes = {
  "GET /users": () => Response.text("list"),
  "get /users": () => Response.text("same route, lower-case method"),
  "* /users/:id/files/*": () => Response.text("prefix wins over param"),
  "POST /users/:id": () => Response.text("param"),
  "bad key": () => Response.text("invalid keys are skipped"),
  "GET /a/*/b": () => Response.text("invalid: * not last"),
};

export function handler(req: Request): Response {
  if (req.method === "GET" && req.path === "/users") {
    return Response.text("duplicate of the table's first route");
  }
  if (req.method === "GET" && req.url === "/users") {
    return Response.text("same pattern on url: another route");
  }
  const found = routerMatch(routes, req);
  if (found === undefined) {
    return Response.text("not found", { status: 404 });
  }
  return found.handler();
}
