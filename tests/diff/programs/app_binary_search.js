// binary search variants: exact match, lower bound, upper bound, on numbers and strings
function lowerBound(xs, x, less) {
  let lo = 0;
  let hi = xs.length;
  for (const _ of xs) {
    if (lo >= hi) {
      return lo;
    }
    const mid = (lo + hi) >>> 1;
    if (less(xs[mid], x)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
const num = (a, b) => a < b;
const xs = [1, 3, 3, 3, 5, 8, 13, 21];
for (const x of [0, 1, 3, 4, 21, 22, 8]) {
  const lb = lowerBound(xs, x, num);
  const ub = lowerBound(xs, x, (a, b) => !(b < a));
  console.log(x, lb, ub, ub - lb, xs[lb] === x ? "found" : "absent");
}
const words = ["apple", "banana", "cherry", "date", "fig", "grape"];
console.log(["cherry", "coconut", "a", "zzz"].map((w) => lowerBound(words, w, (a, b) => a < b)));
console.log(lowerBound([], 5, num), lowerBound([5], 5, num), lowerBound([5], 6, num));
