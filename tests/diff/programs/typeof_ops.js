// typeof for every kind of value
const values = [1, NaN, "s", "", true, undefined, {}, [], () => 1, Math.max, Math, JSON, console.log];
console.log(values.map((v) => typeof v));
function declared() {}
console.log(typeof declared, typeof notDeclaredAnywhere, typeof typeof 1);
console.log(typeof Uint8Array, typeof Date.now(), typeof JSON.parse("{}"), typeof [1, 2].length);
console.log(typeof undefined === "undefined", typeof globalThis);
const check = (v) => (typeof v === "string" ? v.length : typeof v === "number" ? v * 2 : -1);
console.log(check("abc"), check(21), check(true));
