// === and !== : no coercion, NaN unequal to itself, +0 === -0, identity for objects
console.log(1 === 1, 1 === "1", "a" === "a", true === 1, undefined === undefined);
console.log(NaN === NaN, NaN !== NaN, 0 === -0, -0 === 0, Infinity === Infinity);
const o = { a: 1 };
const p = o;
console.log(o === p, o === { a: 1 }, [] === [], [1] !== [1]);
const f = () => 1;
console.log(f === f, f === (() => 1), "ab" === "a" + "b", 0.1 + 0.2 === 0.3);
console.log([1, 2, 3].indexOf(2) === 1, [NaN].indexOf(NaN) === -1, [NaN].includes(NaN));
console.log("5" !== 5, undefined !== 0, "" !== 0, false !== 0);
