// join/toString of arrays containing themselves (cycles become empty), nested arrays and undefined
const a = [1, 2];
a.push(a);
console.log(a.join(), String(a), `${a}`, a.length);
const b = ["x"];
const c = [b, "y"];
b.push(c);
console.log(b.join("-"), c.join("+"), String([b, c]));
console.log([[1, [2, [3]]], [], [undefined, [undefined]]].join(";"), [, 1].length);
console.log([1, [2, 3]].toString(), [[], [[]]].toString().length, ["a", ["b", ["c"]]].join("/"));
