// the in operator: keys of every kind against objects, arrays, typed arrays, functions and factories
const KEYS = ["a", "0", 0, 1, "1", -0, 1.5, "length", "name", "map", "x", undefined, true];
const targets = [{ a: 1, 0: "z", undefined: 1, true: 2 }, ["p", "q"], [], Uint8Array.of(7), () => 1];
for (const t of targets) {
  console.log(KEYS.map((k) => (k in t ? "1" : "0")).join(""));
}
