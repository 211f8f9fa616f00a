// array patterns accept any iterable: strings (code points), arrays and spread copies; holes and rest
const [c1, c2, ...cs] = "a😀bc";
console.log(c1, c2, c2.length, cs);
const [, , third = "none"] = "ab";
console.log(third);
const [only, ...empty] = [1];
console.log(only, empty, empty.length);
const [e1 = "d1", e2 = "d2"] = [];
console.log(e1, e2);
const [[x1, x2], [y1, y2]] = ["xy", "zw"];
console.log(x1 + y1, x2 + y2);
const [u, v, w] = [..."uvw"].reverse();
console.log(u, v, w);
