// Array.from over every kind of source, with and without a map function
const sources = ["ab😀", [1, [2]], Uint8Array.of(3, 4), { length: 2, 0: "x" }, { length: "2" }, { length: -1 }, {},
  { 0: "no length" }, 5, true, [], ""];
for (const s of sources) {
  console.log(JSON.stringify(Array.from(s)), JSON.stringify(Array.from(s, (v, i) => `${i}:${v}`)));
}
