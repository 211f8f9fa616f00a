// build: --define MODE=production
const ASSET_VERSION = "v3";
const BUILD = comptime({
  version: __VERSION__,
  etag: `"${hash("styles-" + ASSET_VERSION)}"`,
  mode: Env.MODE ?? "development",
});
const SQUARES = comptime([1, 2, 3, 4, 5].map((n) => n * n));
const CSS = "body{margin:0}";

export function handler(req: Request): Response {
  if (req.path === "/styles.css") {
    if (req.headers.get("if-none-match") === BUILD.etag) {
      return Response(undefined, { status: 304, headers: { etag: BUILD.etag } });
    }
    return Response(CSS, { headers: { "content-type": "text/css", etag: BUILD.etag } });
  }
  return Response.json({ version: BUILD.version, mode: BUILD.mode, squares: SQUARES });
}
