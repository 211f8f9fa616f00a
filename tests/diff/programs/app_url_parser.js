// URL parsing by hand: scheme, userinfo, host, port, path segments, query pairs and fragment; then rebuild
function parseUrl(url) {
  const hashAt = url.indexOf("#");
  const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : "";
  const noHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const qAt = noHash.indexOf("?");
  const query = qAt >= 0 ? noHash.slice(qAt + 1) : "";
  const base = qAt >= 0 ? noHash.slice(0, qAt) : noHash;
  const schemeEnd = base.indexOf("://");
  const scheme = schemeEnd >= 0 ? base.slice(0, schemeEnd).toLowerCase() : "";
  const rest = schemeEnd >= 0 ? base.slice(schemeEnd + 3) : base;
  const slash = rest.indexOf("/");
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash) : "/";
  const at = authority.lastIndexOf("@");
  const user = at >= 0 ? decodeURIComponent(authority.slice(0, at)) : undefined;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const colon = hostPort.lastIndexOf(":");
  const host = (colon >= 0 ? hostPort.slice(0, colon) : hostPort).toLowerCase();
  const port = colon >= 0 ? Number(hostPort.slice(colon + 1)) : scheme === "https" ? 443 : 80;
  const params = query.split("&").filter((p) => p.length > 0).map((p) => {
    const eq = p.indexOf("=");
    const k = eq >= 0 ? p.slice(0, eq) : p;
    const v = eq >= 0 ? p.slice(eq + 1) : "";
    return [decodeURIComponent(k.replaceAll("+", " ")), decodeURIComponent(v.replaceAll("+", " "))];
  });
  return { scheme, user, host, port, segments: path.split("/").filter((s) => s.length > 0), params, fragment };
}
for (const u of ["https://Ann:p%40ss@Example.COM:8443/a/b%20c/?x=1&y=two+words&flag#top", "http://localhost/", "example.org/path?q=%E2%82%AC",
  "https://h.io?only=query", "ftp://x.y:21"]) {
  const p = parseUrl(u);
  console.log(JSON.stringify(p));
  const q = p.params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  console.log(`${p.scheme.length > 0 ? p.scheme : "http"}://${p.host}:${p.port}/${p.segments.join("/")}${q.length > 0 ? "?" + q : ""}`);
}
