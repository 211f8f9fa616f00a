// toFixed / toPrecision / toString(radix) with every valid kind of argument on a few numbers
const xs = [0, -0, 1.005, -1.5, 123.456, 1e21, 1e-7, 2 ** 53, NaN, -Infinity];
const fixedArgs = [undefined, 0, 0.9, 1, 2, "3", true, 20, 100, NaN];
const precArgs = [undefined, 1, 1.9, 2, "5", 21, 100];
const radixArgs = [undefined, 2, 8, 10, "16", 36, 35.9];
for (const x of xs) {
  console.log(String(x).padEnd(18), fixedArgs.map((a) => x.toFixed(a)).join(" "));
  console.log("".padEnd(18), precArgs.map((a) => x.toPrecision(a)).join(" "));
  console.log("".padEnd(18), radixArgs.map((r) => x.toString(r)).join(" "));
}
