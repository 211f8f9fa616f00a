// console.log of nested values: depth limit [Object]/[Array], line breaking
const deep = { l1: { l2: { l3: { l4: "hidden" } }, arr: [[1, [2, [3, [4]]]]] } };
console.log(deep);
console.log([[[[1]]]], [[[[]]]], [[[{}]]], { a: { b: { c: {} } } }, { a: { b: { c: [] } } });
const wide = {
  alpha: "a fairly long string value",
  beta: "another long string value here",
  gamma: { inner: "short", list: [1, 2, 3] },
};
console.log(wide);
console.log({ a: 1, b: "two", c: [3], d: { e: 4 } });
const config = {
  server: { host: "127.0.0.1", port: 8080, tls: { enabled: false, cert: "cert.pem" } },
  routes: [{ path: "/", handler: "index" }, { path: "/api", handler: "api", methods: ["GET", "POST"] }],
};
console.log(config);
console.log([deep, deep]);
console.log({ fn: () => 1, named: function_named, list: [function_named] });
function function_named() {}
