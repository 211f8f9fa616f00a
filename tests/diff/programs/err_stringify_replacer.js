// expect-error: err_stringify_replacer.js:4:13 TypeError: JSON.stringify replacer is not supported; pass undefined
// JSON.stringify replacers are not supported
console.log(JSON.stringify({ a: 1 }, undefined, 2));
console.log(JSON.stringify({ a: 1 }, ["a"]));
