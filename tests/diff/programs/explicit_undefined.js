// explicitly passed undefined: an initial value of undefined still counts, optional positions use defaults
console.log([1, 2, 3].reduce((a, b) => a + b, undefined), [1, 2, 3].reduce((a, b) => `${a}${b}`, undefined));
console.log(Array.from({ length: 2.5 }).length, "abc".padStart(5, undefined), [1, 2, 3].indexOf(2, undefined));
console.log("abc".slice(undefined, 2), "abc".substring(2, undefined), [1, 2, 3].slice(undefined, -1));
console.log("abc".split(undefined, 0), "a-b-c".split("-", undefined), [3, 2, 10].sort(undefined));
console.log(Math.max(undefined), Math.min(""), Math.max(), "abc".at(undefined), "abc".charAt(undefined));
console.log((12.5).toFixed(undefined), (123).toString(undefined), (1.5).toPrecision(undefined), [1, [2, [3]]].flat(undefined));
console.log([1, 2, 3].join(undefined), [0, 0].fill(undefined), "x".repeat(undefined), "abc".includes(undefined));
console.log(JSON.stringify({ a: 1 }, undefined, undefined), parseInt("10", undefined), "aXb".replace("X", undefined));
