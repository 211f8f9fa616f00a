type Handler = (req: Request) => Response;
type Reducer = (acc: number, v: number) => number;
const add: Reducer = (acc, v) => acc + v;
const routes: Record<string, Handler> = {
  "GET /": () => Response.text("home"),
  "GET /x": (req) => Response.text(req.path),
};
function apply(f: (n: number) => void): void {
  f(1);
}
export function handler(req: Request): Response {
  apply((n) => console.log(n));
  const h = routes["GET /"];
  const total = [1, 2].reduce(add, 0);
  return h === undefined ? Response.text(String(total)) : h(req);
}
