// long optional chains mixed with ?? and calls, over data with missing levels
const docs = [
  { meta: { author: { name: "Ann", links: [{ href: "/a" }] } } },
  { meta: { author: { name: "Bob" } } },
  { meta: {} },
  {},
];
for (const d of docs) {
  console.log(d.meta?.author?.name ?? "anonymous", d.meta?.author?.links?.[0]?.href ?? "-",
    d.meta?.author?.links?.length ?? 0, d.meta?.author?.name?.toUpperCase?.() ?? "?");
}
const handlers = { onSave: (x) => `saved ${x}` };
console.log(handlers.onSave?.("doc"), handlers.onLoad?.("doc") ?? "no loader", handlers?.["onSave"]?.("x"));
const nums = { a: 0, b: undefined };
console.log(nums.a ?? 5, nums.b ?? 5, nums.c?.d ?? nums.a ?? 7, (nums.b ?? nums.c) ?? "both missing");
