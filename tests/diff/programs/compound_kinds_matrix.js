// compound assignments applied to values of every kind (strings concatenate, the rest converts to numbers)
const START = [undefined, true, 0, -0, 5, "5", "x", [], [2], {}];
const OPS = [(v) => (v += 2), (v) => (v -= 2), (v) => (v *= 2), (v) => (v /= 2), (v) => (v %= 2), (v) => (v **= 2),
  (v) => (v <<= 2), (v) => (v >>= 1), (v) => (v >>>= 1), (v) => (v &= 6), (v) => (v |= 1), (v) => (v ^= 3),
  (v) => (v += "s"), (v) => (v ??= "d")];
const fmt = (v) => (v === 0 && 1 / v < 0 ? "-0" : typeof v === "string" ? JSON.stringify(v) : String(v));
for (const s of START) {
  console.log(String(JSON.stringify(s)).padEnd(10), OPS.map((op) => fmt(op(s))).join(" "));
}
