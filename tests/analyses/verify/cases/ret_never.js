// build: --verify
export function handler(req) {
  const text = req.path;
  Response.text(text);
}
