// rest parameters: always a new array, with defaults before, length excludes rest, destructuring rest
function count(first, ...others) {
  return `${first}:${others.length}:${JSON.stringify(others)}`;
}
console.log(count(), count(1), count(1, 2, 3));
const sum = (...ns) => ns.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1), sum(1, 2, 3, 4.5));
console.log(count.length, sum.length);
function d(a = 1, ...r) {
  return [a, r];
}
console.log(d(), d(undefined, 2), d.length);
function pairs(...[a, b]) {
  return [a, b];
}
console.log(pairs(1), pairs(1, 2, 3));
function restObj(...{ length }) {
  return length;
}
console.log(restObj(), restObj(1, 2, 3));
function mutate(...xs) {
  xs.push("added");
  return xs;
}
const src = [1, 2];
console.log(mutate(...src), src);
const nested = (...outer) => (...inner) => [...outer, "|", ...inner];
console.log(nested(1, 2)(3, 4));
console.log(Array.isArray(count.length), typeof sum);
