// seeded random nested objects and arrays printed with console.log (depth, grouping, line breaking)
function rng(seed) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 22695477) + 1) | 0;
    return (s >>> 0) / 4294967296;
  };
}
const r = rng(2024);
const int = (n) => Math.floor(r() * n);
const keys = ["a", "id", "name", "value", "x-y", "with space", "1", "20", "long_property_name", "é"];
const strings = ["", "s", "hello", "it's", "a\nb", "quite a long string value here", "😀"];
function value(depth) {
  const k = int(depth > 3 ? 4 : 7);
  switch (k) {
    case 0:
      return int(2000) - 1000;
    case 1:
      return strings[int(strings.length)];
    case 2:
      return r() < 0.5;
    case 3:
      return r() * 1000 - 500;
    case 4:
      return Array.from({ length: int(depth === 0 ? 40 : 9) }, () => value(depth + 1));
    default: {
      const obj = {};
      for (const i of Array.from({ length: int(8) }, (_, n) => n)) {
        obj[keys[int(keys.length)] + (i > 5 ? i : "")] = value(depth + 1);
      }
      return obj;
    }
  }
}
for (const i of Array.from({ length: 60 }, (_, n) => n)) {
  console.log(i, value(0));
}
