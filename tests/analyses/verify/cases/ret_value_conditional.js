// build: --verify
export function handler(req) {
  return req.path === "/" ? Response.text("root") : [1, 2];
}
