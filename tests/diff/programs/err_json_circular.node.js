// Node twin of err_json_circular.js: V8's message lists the cycle's path; zigttp's is the first line only
const node = { name: "root", children: [] };
node.children.push({ name: "child", parent: node });
console.log(node);
throw new TypeError("Converting circular structure to JSON");
