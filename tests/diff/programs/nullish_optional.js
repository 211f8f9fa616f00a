// ?? keeps everything but undefined; optional chaining short-circuits the rest of the chain
const cfg = { port: 0, host: "", debug: false, nested: { level: 2, list: [1, 2] }, fn: (x) => x * 2 };
console.log(cfg.port ?? 8080, cfg.host ?? "localhost", cfg.debug ?? true, cfg.missing ?? "fallback");
console.log(cfg.nested?.level, cfg.absent?.level, cfg.absent?.level.deeper.still, cfg.nested?.list?.[1]);
console.log(cfg.fn?.(21), cfg.nope?.(21), cfg.absent?.[0], cfg.nested.list?.length);
let maybe;
console.log(maybe?.x, maybe ?? "was undefined", maybe?.a.b.c(), (maybe ?? { x: 5 }).x);
let setting;
setting ??= "initial";
setting ??= "ignored";
console.log(setting);
const arr = [{ name: "a" }, undefined, { name: "c" }];
console.log(arr.map((item) => item?.name ?? "(none)"));
const deep = { a: { b: { c: { d: "found" } } } };
console.log(deep?.a?.b?.c?.d, deep.a?.x?.c?.d, (deep.a.b ?? {}).c);
