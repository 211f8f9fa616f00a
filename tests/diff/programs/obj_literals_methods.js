// object literal methods: shorthand methods with defaults and rest, nested objects of functions, computed methods
const api = {
  base: "/api",
  url(path = "", ...parts) {
    return [api.base, path, ...parts].filter((p) => p.length > 0).join("/");
  },
  nested: {
    deep: {
      fn(x) {
        return x * 2;
      },
    },
  },
  ["dyn" + 1](a, b) {
    return `${a}-${b}`;
  },
  "quoted-name"() {
    return "q";
  },
  42() {
    return "num";
  },
};
console.log(api.url(), api.url("users"), api.url("users", "7", "posts"), api.nested.deep.fn(21));
console.log(api.dyn1("a", "b"), api["quoted-name"](), api[42](), Object.keys(api));
console.log(api.url.name, api.nested.deep.fn.name, api.dyn1.name, api["quoted-name"].name, api[42].name);
console.log(api.url.length, api.dyn1.length, typeof api.nested, api);
const counter = { n: 0, inc(by = 1) { counter.n += by; return counter; } };
console.log(counter.inc().inc(5).inc().n);
