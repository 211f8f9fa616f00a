// switch: === comparison, grouped labels, default anywhere, every body returns
function kind(x) {
  switch (typeof x) {
    case "number":
      return x > 0 ? "positive number" : "non-positive number";
    case "string":
    case "boolean":
      return "primitive " + typeof x;
    default:
      return "other";
    case "function":
      return "callable";
  }
}
console.log([1, -1, "s", true, undefined, {}, kind].map(kind));
function noDefault(n) {
  switch (n) {
    case 1:
      return "one";
    case 2: {
      const word = "two";
      return word;
    }
  }
  return "no match";
}
console.log(noDefault(1), noDefault(2), noDefault(3), noDefault("1"));
function order(log, v) {
  const probe = (k) => {
    log.push(k);
    return k;
  };
  switch (v) {
    case probe("a"):
      return "A";
    default:
      return "D";
    case probe("b"):
      return "B";
  }
}
const log1 = [];
const log2 = [];
console.log(order(log1, "b"), log1, order(log2, "z"), log2);
function nan(v) {
  switch (v) {
    case NaN:
      return "nan";
    case 0:
      return "zero";
    default:
      return "default";
  }
}
console.log(nan(NaN), nan(-0), nan(0));
