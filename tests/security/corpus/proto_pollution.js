// __proto__ is an ordinary key: writes, JSON.parse, spread and fromEntries never change other objects.
// expect-status: 200
// expect-body: {"o":["__proto__","x"],"fresh":"undefined","parsed":["__proto__"],"spread":["a","__proto__"],"entries":["__proto__"],"admin":"undefined","inner":true}
export function attack(req) {
  const o = {};
  o.__proto__ = { admin: true };
  o["x"] = 1;
  const parsed = JSON.parse('{"__proto__": {"admin": true}}');
  const spread = { a: 1, ...parsed };
  const entries = Object.fromEntries([["__proto__", { admin: true }]]);
  const fresh = {};
  return Response.json({
    o: Object.keys(o), fresh: typeof fresh.admin, parsed: Object.keys(parsed), spread: Object.keys(spread),
    entries: Object.keys(entries), admin: typeof ({}).admin, inner: o.__proto__.admin,
  });
}
