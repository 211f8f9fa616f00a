// Float32Array stores round to the nearest float32 (ties to even); reads give the widened double
const inputs = [0.1, 0.2, 0.3, 1 / 3, 16777216, 16777217, 16777218, 16777219, 3.4028234663852886e38, 3.4028235677973366e38,
  1e-45, 1.401298464324817e-45, 7e-46, 2 ** -150, -0.1, 1.1754943508222875e-38, 1.0000000596046448, 1.0000001788139343];
const f = Float32Array.from(inputs);
console.log(Array.from(f).map(String).join(" "));
console.log(inputs.map((x) => Math.fround(x) === f[inputs.indexOf(x)]).every((b) => b === true));
const acc = Float32Array.of(0);
for (const _ of Array.from({ length: 10 })) {
  acc[0] += 0.1;
}
console.log(acc[0], acc[0] === 1, Float64Array.from(f).join(",") === Array.from(f).join(","));
