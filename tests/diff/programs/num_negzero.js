// negative zero: printing at top level and nested, String(), JSON, arithmetic that produces or hides it
const nz = -0;
console.log(nz, [nz], { nz }, String(nz), `${nz}`, nz + "", JSON.stringify(nz), JSON.stringify([nz]));
console.log(0 * -1, -0 + 0, -0 - 0, -0 * -0, 0 / -5, -5 % 5, Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9));
console.log(1 / nz, 1 / (0 * -1), -0 === 0, [-0].includes(0), [0].indexOf(-0), Math.sign(-0), Math.abs(-0));
console.log(Math.min(0, -0), Math.max(-0, 0), Math.min(-0, 0), Math.max(0, -0));
console.log((-0).toFixed(2), (-0).toString(), (-0).toPrecision(3), (-0.0001).toFixed(2), (-1e-10).toFixed(3));
console.log(Number("-0"), parseFloat("-0"), parseInt("-0"), -"0", +"-0", Number("-0.0"));
console.log(-0 | 0, -0 >>> 0, ~~-0, Math.floor(-0), Math.sqrt(-0), Math.cbrt(-0), Math.atan2(-0, 1));
const arr = [3, -0, 0, -1];
console.log(arr.toSorted((a, b) => a - b), arr.map((x) => x * 0));
console.log(Float64Array.of(-0), Int32Array.of(-0), [Float32Array.of(-0)[0]]);
