// Node twin of pipe_data_flow.js: each |> written as a call
const map = (f) => (xs) => xs.map(f);
const filter = (p) => (xs) => xs.filter(p);
const take = (n) => (xs) => xs.slice(0, n);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const words = "the quick brown fox jumps over the lazy dog the end";
const result = take(3)(map((w) => w.toUpperCase())(filter((w) => w.length > 3)(words.split(" "))));
console.log(result);
const total = sum(map((n) => n * n)(filter((n) => n % 2 === 0)([1, 2, 3, 4, 5, 6])));
console.log(total, ((s) => s.padStart(6, "*"))(String(total)));
const freq = ((ws) => ws.reduce((acc, w) => ({ ...acc, [w]: (acc[w] ?? 0) + 1 }), {}))(words.split(" "));
console.log(freq, ((n) => n * 10)(Object.keys(freq).length));
const compose = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
console.log(compose(map((x) => x + 1), sum, (n) => n / 2)([1, 2, 3]));
