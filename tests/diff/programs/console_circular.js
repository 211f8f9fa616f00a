// cycles in console output use <ref *n> and [Circular *n]
const a = { name: "a" };
a.self = a;
console.log(a);
const b = { name: "b", list: [] };
b.list.push(b, { back: b });
console.log(b);
const parent = { kind: "parent", children: [] };
const child = { kind: "child", parent };
parent.children.push(child);
console.log(parent);
console.log(child);
const arr = [1, 2];
arr.push(arr);
console.log(arr);
const x = { id: "x" };
const y = { id: "y", x };
x.y = y;
console.log([x, y]);
