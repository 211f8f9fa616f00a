// console.log of every value kind at top level and nested one and three levels deep
const VALUES = [undefined, true, 0, -0, 1e21, NaN, "s", "", [], [[]], {}, { a: {} }, () => 1, (x) => x,
  Math.max, Uint8Array.of(1, 2), Float64Array.of(), [undefined, undefined]];
for (const v of VALUES) {
  console.log(v, [v], { k: v }, [[[v]]], { a: { b: { c: v } } });
}
