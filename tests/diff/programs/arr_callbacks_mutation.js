// callbacks that mutate the array they iterate: the length is read once for map/forEach, elements live
const a = [1, 2, 3];
const log = [];
a.forEach((v, i, arr) => {
  log.push(v);
  if (i === 0) {
    arr.push(99);
  }
});
console.log(log, a);
const b = [1, 2, 3, 4];
const out = b.map((v, i, arr) => {
  if (i === 0) {
    arr.pop();
  }
  return v * 2;
});
console.log(out.join(), b, out.length);
const c = [1, 2, 3];
const filtered = c.filter((v, i, arr) => {
  arr[i + 1] = (arr[i + 1] ?? 0) + 10;
  return v > 5;
});
console.log(filtered, c);
const d = [5, 6, 7];
const r = d.reduce((acc, v, i, arr) => {
  if (i === 0) {
    arr.length = 2;
  }
  return acc + v;
}, 0);
console.log(r, d);
const e = [1, 2, 3];
console.log(e.some((v, i, arr) => {
  arr.shift();
  return v === 3;
}), e);
const g = [3, 1, 2];
g.sort((x, y) => {
  if (g.length < 6) {
    g.push(0);
  }
  return x - y;
});
console.log(g.length, g.slice(0, 3));
const h = [3, 1, 2];
const hs = h.toSorted((x, y) => {
  h.pop();
  return x - y;
});
console.log(hs, h);
