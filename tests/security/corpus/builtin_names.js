// Every built-in function shows a JS name (no Python function names, reprs or module paths) and its
// source text is `function <name>() { [native code] }`.
// expect-status: 200
// expect-body: {"count":81,"bad":[]}
export function attack(req) {
  const s = "x";
  const a = [1];
  const n = 1.5;
  const h = Headers({ a: "b" });
  const fns = [Math.abs, Math.max, Math.random, Math.hypot, JSON.parse, JSON.stringify, JSON.tryParse, Object.keys,
    Object.values, Object.entries, Object.fromEntries, Object.hasOwn, Array.isArray, Array.from, Array.of,
    String.fromCharCode, String.fromCodePoint, Number.isInteger, Number.parseFloat, parseInt, parseFloat, isNaN,
    isFinite, encodeURIComponent, decodeURIComponent, encodeURI, decodeURI, console.log, console.error,
    performance.now, Uint8Array.from, Float64Array.of, Response.json, Response.redirect, s.trim, s.padStart,
    s.replaceAll, s.split, s.normalize, s.at, a.map, a.filter, a.reduce, a.sort, a.toSorted, a.flatMap, a.join,
    a.push, a.splice, a.with, n.toFixed, n.toString, n.toPrecision, true.toString, h.get, h.forEach, h.entries,
    req.text, req.json, Uint8Array.of(1).map, Uint8Array.of(1).subarray, Uint8Array.of(1).set,
    String, Number, Boolean, Object, Array, Uint8Array, Int32Array, Response, Request, Headers, range, Math.floor,
    Math.sign, Math.imul, JSON.parse, a.indexOf, s.codePointAt, s.localeCompare, n.toString];
  const bad = [];
  for (const f of fns) {
    if (typeof f !== "function") {
      bad.push(`not a function: ${typeof f}`);
    } else {
      const text = String(f);
      const ok = /* plain identifier */ [...f.name].every((c) => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".includes(c))
        && text === `function ${f.name}() { [native code] }`;
      if (!ok) {
        bad.push(`${f.name} ${text}`);
      }
    }
  }
  return Response.json({ count: fns.length, bad });
}
