// map / filter / reduce / reduceRight / forEach with (element, index, array)
const xs = [5, 3, 8, 1, 9, 2];
console.log(xs.map((x, i) => x * i), xs.filter((x) => x % 2 === 1), xs.filter((x, i) => i > 3));
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 100), xs.reduce((acc, x) => [...acc, x * 2], []));
console.log(xs.reduceRight((acc, x) => acc + x, ""), [[1, 2], [3]].reduce((a, b) => a.concat(b)));
const seen = [];
xs.forEach((x, i, arr) => {
  seen.push(`${i}:${x}/${arr.length}`);
});
console.log(seen.join(" "));
console.log(["1", "2", "3"].map((s) => parseInt(s)), ["10", "10", "10"].map(Number));
const grouped = ["apple", "avocado", "banana", "blueberry", "cherry"].reduce((acc, w) => {
  const k = w[0];
  return { ...acc, [k]: [...(acc[k] ?? []), w] };
}, {});
console.log(grouped);
console.log([1, 2, 3].map((x) => [x, x * x]), [[1, 2], [3, 4]].map(([a, b]) => a + b));
console.log([3, 1, 2].map(String), [0, 1, 2].map((i) => "abc"[i]));
