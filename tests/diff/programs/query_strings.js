// handler-style string processing: parse URLs and query strings, decode escapes, build a canonical form
function parseQuery(qs) {
  const out = {};
  for (const piece of qs.split("&")) {
    if (piece.length > 0) {
      const at = piece.indexOf("=");
      const rawKey = at < 0 ? piece : piece.slice(0, at);
      const rawValue = at < 0 ? "" : piece.slice(at + 1);
      const key = decodeURIComponent(rawKey.replaceAll("+", " "));
      out[key] = decodeURIComponent(rawValue.replaceAll("+", " "));
    }
  }
  return out;
}
function parseUrl(url) {
  const hash = url.indexOf("#");
  const noHash = hash < 0 ? url : url.slice(0, hash);
  const q = noHash.indexOf("?");
  const path = q < 0 ? noHash : noHash.slice(0, q);
  const query = q < 0 ? {} : parseQuery(noHash.slice(q + 1));
  const segments = path.split("/").filter((s) => s.length > 0);
  return { path, segments, query, fragment: hash < 0 ? undefined : url.slice(hash + 1) };
}
const urls = [
  "/users/42?expand=true&fields=name,email",
  "/search?q=hello+world&lang=en&lang=fr&empty=&flag",
  "/files/a%20b/c%2Fd?name=%E2%82%AC%20sign#top",
  "/?a=1&&b=2&c=%3D%26",
  "/caf%C3%A9/%F0%9F%98%80",
];
for (const url of urls) {
  console.log(parseUrl(url));
}
const canonical = (q) =>
  Object.keys(q)
    .toSorted()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(q[k])}`)
    .join("&");
console.log(urls.map((u) => canonical(parseUrl(u).query)));
console.log(parseUrl(urls[4]).segments.map((s) => decodeURIComponent(s)));
