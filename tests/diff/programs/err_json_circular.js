// expect-error: err_json_circular.js:6:13 TypeError: Converting circular structure to JSON
// JSON.stringify of a cycle raises; console.log shows the cycle instead
const node = { name: "root", children: [] };
node.children.push({ name: "child", parent: node });
console.log(node);
console.log(JSON.stringify(node));
