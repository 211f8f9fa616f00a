// switch bodies end in returns: blocks, if/else with returns on both sides, nested switch with default
function classify(n) {
  switch (typeof n) {
    case "number": {
      if (n < 0) {
        return "negative";
      } else if (n === 0) {
        return "zero";
      } else {
        return "positive";
      }
    }
    case "string":
      switch (n.length) {
        case 0:
          return "empty string";
        default:
          return `string of ${n.length}`;
      }
    case "object": {
      const keys = Object.keys(n);
      return keys.length > 0 ? `object with ${keys.join("/")}` : "empty object";
    }
  }
  return `unhandled ${typeof n}`;
}
console.log([-1, 0, 5, "", "abc", {}, { a: 1, b: 2 }, [1], true, undefined].map(classify));
function calc(op, a, b) {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? "div by zero" : a / b;
    case "**":
      return a ** b;
    default:
      return `unknown ${op}`;
  }
}
console.log(["+", "-", "*", "/", "**", "%"].map((op) => calc(op, 7, 2)), calc("/", 1, 0));
function loopSwitch(items) {
  const out = [];
  for (const it of items) {
    const tag = (() => {
      switch (it) {
        case "x":
          return "ex";
        case "y":
          return "why";
      }
      return "?";
    })();
    out.push(tag);
  }
  return out;
}
console.log(loopSwitch(["x", "y", "z"]));
