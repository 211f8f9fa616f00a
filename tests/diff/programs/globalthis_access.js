// globalThis: its properties are the globals; module bindings are not on it; feature tests with typeof
const local = 1;
console.log(typeof globalThis, globalThis.Math === Math, globalThis.JSON === JSON, globalThis.parseInt === parseInt);
console.log(globalThis.local, typeof globalThis.local, "Math" in globalThis, "local" in globalThis);
console.log(globalThis.Math.max(1, 2), globalThis["JSON"].stringify([1]), globalThis.String(5), globalThis.Number("7"));
console.log(globalThis.undefined, globalThis.NaN, globalThis.Infinity, globalThis.isNaN(NaN), globalThis.encodeURIComponent(" "));
console.log(typeof globalThis.console.log, typeof globalThis.Array.isArray, globalThis.Object.keys({ a: 1 }));
const g = globalThis;
console.log(g === globalThis, g.Boolean(""), typeof g.Uint8Array.from, g.Math.PI);
console.log(typeof notAGlobalAnywhere === "undefined", typeof globalThis.notAGlobalAnywhere);
