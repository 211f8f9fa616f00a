// reduce and reduceRight: with and without initial values, index and array arguments, non-numeric accumulators
const xs = [1, 2, 3, 4];
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 10), xs.reduceRight((a, b) => a + "" + b), xs.reduceRight((a, b) => a + b, ""));
console.log(xs.reduce((acc, x, i, arr) => [...acc, `${x}@${i}/${arr.length}`], []), [7].reduce((a, b) => a * b), [].reduce((a, b) => a + b, "init"));
console.log(xs.reduce((acc, x) => ({ ...acc, [x]: x * x }), {}), xs.reduceRight((acc, x) => [x, acc], []));
console.log([[1, 2], [3], []].reduce((a, b) => a.concat(b)), ["a", "b", "c"].reduceRight((acc, s, i) => acc + s + i, ">"));
console.log([0.1, 0.2, 0.3].reduce((a, b) => a + b), [0.1, 0.2, 0.3].reduceRight((a, b) => a + b), [1e308, 1e308, -1e308].reduce((a, b) => a + b));
