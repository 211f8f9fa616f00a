import { sha256 } from "zigttp:crypto";
function user(a, b) {
  return a;
}
export function handler(req) {
  user(1);
  const m = Math.foo;
  const j = JSON.nope("x");
  const h = sha256(1);
  const arity = "abc".slice(1, 2, 3);
  for (const x of 42) {
    console.log(x);
  }
  const n = 5;
  n();
  const p = { a: 1 };
  p.b = 2;
  return Response.json({ m, j, h, arity });
}
