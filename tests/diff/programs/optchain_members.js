// optional member access: short-circuits the whole chain, works on primitives, arrays and computed keys
const data = { a: { b: { c: [10, 20, { d: "deep" }] } }, s: "text", n: 0, list: [] };
let none;
console.log(data?.a?.b?.c?.[2]?.d, data.a.b.c?.[5]?.d, none?.a.b.c.d.e);
console.log(data.s?.length, data.s?.toUpperCase(), data.n?.toFixed(1), data.list?.length);
console.log(data.missing?.[0], data.missing?.["x"].y, data.a?.["b"]?.["c"]?.length);
const key = "b";
console.log(data.a?.[key]?.c[0], data.a?.[key + "x"]?.c[0]);
const order = [];
function k(v) {
  order.push(v);
  return v;
}
console.log(none?.[k("not-evaluated")], data?.[k("a")]?.[k("b")] !== undefined, order);
const arr = [undefined, { v: 1 }];
console.log(arr.map((x) => x?.v), arr[0]?.v ?? "none", arr[1]?.v ?? "none");
console.log((none?.a)?.b, (data?.a).b.c.length);
const str = "abc";
console.log(str?.[1], str?.[9], str?.at?.(-1));
