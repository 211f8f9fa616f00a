// pipelines over collections: |> with curried helpers, arrows in parentheses, mixing with method chains
const map = (f) => (xs) => xs.map(f);
const filter = (p) => (xs) => xs.filter(p);
const take = (n) => (xs) => xs.slice(0, n);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const words = "the quick brown fox jumps over the lazy dog the end";
const result = words.split(" ")
  |> filter((w) => w.length > 3)
  |> map((w) => w.toUpperCase())
  |> take(3);
console.log(result);
const total = [1, 2, 3, 4, 5, 6] |> filter((n) => n % 2 === 0) |> map((n) => n * n) |> sum;
console.log(total, total |> String |> ((s) => s.padStart(6, "*")));
const freq = words.split(" ") |> ((ws) => ws.reduce((acc, w) => ({ ...acc, [w]: (acc[w] ?? 0) + 1 }), {}));
console.log(freq, Object.keys(freq).length |> ((n) => n * 10));
const compose = (...fns) => (x) => fns.reduce((acc, f) => acc |> f, x);
console.log(compose(map((x) => x + 1), sum, (n) => n / 2)([1, 2, 3]));
