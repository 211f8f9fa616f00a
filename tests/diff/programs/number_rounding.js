// toFixed / toPrecision rounding of values that are not exactly representable, signs of zero
console.log((1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (1.005).toFixed(2), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((0).toPrecision(3), (-0).toFixed(2), (-0.0001).toFixed(2), (1e21).toPrecision(3), (0.00001).toPrecision(1));
console.log((123.456).toPrecision(4), (0.1).toFixed(20), (1 / 3).toFixed(16), (2 ** 70).toFixed(2), (1e-7).toPrecision(21));
console.log((999.995).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (-1.5).toFixed(0), (-0.5).toFixed(0), (0.05).toFixed(1));
console.log([0.615, 10.235, 1.255, 5e-7, 123456789.987654321].map((x) => [x.toFixed(2), x.toPrecision(5)]));
