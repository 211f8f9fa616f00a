// Python attribute names are plain (absent) JS property names on every kind of value: dot, bracket,
// optional and destructuring reads, `in` tests and typeof all see undefined / false.
// expect-status: 200
// expect-body: {"receivers":34,"names":26,"defined":[],"inTrue":[],"destructured":"undefined undefined undefined"}
const NAMES = ["__class__", "__dict__", "__globals__", "__builtins__", "__code__", "__closure__", "__module__",
  "__init__", "__subclasses__", "__mro__", "__bases__", "__base__", "__getattribute__", "__reduce__",
  "__reduce_ex__", "__doc__", "__name__", "__qualname__", "__self__", "__func__", "__wrapped__", "__defaults__",
  "__kwdefaults__", "__annotations__", "f_globals", "gi_frame"];
function user(a, b) {
  return a + b;
}
export function attack(req) {
  const receivers = [{}, { a: 1 }, [], [1], "str", 5, true, user, (x) => x, Math.max, "x".trim, [].map, Math, JSON,
    console, globalThis, Object, Array, String, Number, Uint8Array, Uint8Array.of(1), range(3), req, req.headers,
    req.query, Response, Response.json, Response.text("x"), Headers({ a: "b" }), performance, parseInt,
    JSON.parse("{}"), Object.keys];
  const defined = [];
  const inTrue = [];
  receivers.forEach((r, i) => {
    for (const name of NAMES) {
      const v1 = r[name];
      const v2 = r?.[name];
      if (v1 !== undefined || v2 !== undefined || typeof v1 !== "undefined") {
        defined.push(`${i}.${name}`);
      }
      if (typeof r === "object" && name in r) {
        inTrue.push(`${i}.${name}`);
      }
    }
  });
  const { __class__: c, __globals__: g, __dict__: d } = user;
  return Response.json({ receivers: receivers.length, names: NAMES.length, defined, inTrue,
    destructured: `${c} ${g} ${d}` });
}
