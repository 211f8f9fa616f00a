// Object.keys / values / entries / hasOwn over every kind of receiver that is not undefined
const receivers = [{}, { b: 1, a: 2, 1: 3 }, [], ["x", "y"], "str", "", "😀a", 42, true, () => 1, Uint8Array.of(5, 6),
  [undefined], { u: undefined }];
for (const r of receivers) {
  console.log(JSON.stringify([Object.keys(r), Object.values(r), Object.entries(r)]), Object.hasOwn(r, "0"), Object.hasOwn(r, "length"));
}
console.log(Object.fromEntries([]), Object.fromEntries([["a", 1], ["a", 2]]), Object.fromEntries([["x"]]), Object.fromEntries("ab".split("").map((c, i) => [c, i])));
console.log([Object.hasOwn(Math, "max"), Object.hasOwn(Math, "PI"), Object.hasOwn(Math, "nope"), Object.hasOwn(JSON, "parse"),
  Object.hasOwn(() => 1, "name"), Object.hasOwn(Math.max, "length"), Object.hasOwn(String, "fromCharCode"),
  Object.hasOwn(Uint8Array.of(1), "length"), Object.hasOwn(Uint8Array.of(1), "0"), Object.hasOwn(console, "log"),
  Object.hasOwn(parseInt, "x")]);
