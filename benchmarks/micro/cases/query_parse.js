// query-string parsing: one op = split a 6-parameter query, decode each key and value, count keys
const QUERIES = ["a=1&b=two&c=%E2%82%AC&d=x+y&e=&f", "page=2&size=50&sort=name&dir=asc&q=hello%20world&x=1",
  "token=abc123&redirect=%2Fhome%3Fx%3D1&lang=en&tz=UTC&v=2&debug"];
function bench(n) {
  let count = 0;
  for (const i of range(n)) {
    const out = {};
    for (const part of QUERIES[i % 3].split("&")) {
      const eq = part.indexOf("=");
      const k = eq < 0 ? part : part.slice(0, eq);
      const v = eq < 0 ? "" : part.slice(eq + 1);
      out[decodeURIComponent(k.replaceAll("+", " "))] = decodeURIComponent(v.replaceAll("+", " "));
    }
    count += Object.keys(out).length;
  }
  return count;
}
