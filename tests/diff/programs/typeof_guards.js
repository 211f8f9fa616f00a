// functions branching on typeof to normalise loosely typed input
function normalize(v) {
  switch (typeof v) {
    case "string":
      return v.trim().length === 0 ? undefined : v.trim();
    case "number":
      return Number.isFinite(v) ? String(v) : undefined;
    case "boolean":
      return v ? "yes" : "no";
    case "object":
      return Array.isArray(v) ? v.map(normalize).filter((x) => x !== undefined).join(",") : JSON.stringify(v);
    case "function":
      return `fn:${v.name}`;
  }
  return undefined;
}
const inputs = ["  hi ", "   ", 42, NaN, -0, true, false, [1, " x ", NaN, [true]], { a: 1 }, normalize, undefined];
console.log(inputs.map(normalize));
console.log(inputs.map((v) => typeof v), typeof inputs, typeof normalize(undefined));
