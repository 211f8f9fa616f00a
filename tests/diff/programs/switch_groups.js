// switch: grouped labels including default in a group, default first, === comparison without coercion
function kind(v) {
  switch (v) {
    default:
      return "other";
    case 1:
    case 2:
      return "small";
    case "1":
      return "string one";
    case 3:
    case undefined:
      return "three-or-undefined";
  }
}
console.log([1, 2, "1", 3, undefined, 4, "2", NaN, -0].map(kind));
function nan(v) {
  switch (v) {
    case NaN:
      return "nan";
    case 0:
      return "zero";
  }
  return "fell out";
}
console.log(nan(NaN), nan(-0), nan(0), nan("0"));
function order(log, v) {
  switch (log(v)) {
    case log("a"):
      return "A";
    case log("b"):
      return "B";
    case log("c"):
      return "C";
  }
  return "none";
}
const seen = [];
const logger = (x) => {
  seen.push(x);
  return x;
};
console.log(order(logger, "b"), seen.join(","));
seen.length = 0;
console.log(order(logger, "z"), seen.join(","));
function mid(v) {
  switch (v) {
    case "a":
      return 1;
    case "b":
    default:
    case "c":
      return 2;
    case "d":
      return 3;
  }
}
console.log(["a", "b", "c", "d", "e"].map(mid));
