// typeof of property reads on every kind of receiver: length, indices, methods, missing names (no prototype
// names: objects have no inherited toString or constructor in zigttp, SPEC 3.14)
const receivers = ["abc", "", 5, -0, true, [1, 2], [], {}, { length: 3 }, () => 1, Math, JSON, Uint8Array.of(1)];
const KEYS = ["length", "0", "1", "slice", "toFixed", "map", "name", "max", "parse", "missing"];
for (const r of receivers) {
  console.log(KEYS.map((k) => typeof r[k]).map((t) => t[0]).join(""), String(r.length));
}
