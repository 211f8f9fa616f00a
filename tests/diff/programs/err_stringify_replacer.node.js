// Node twin of err_stringify_replacer.js (SPEC 9.8: replacer MUST be undefined)
console.log(JSON.stringify({ a: 1 }, undefined, 2));
throw new TypeError("JSON.stringify replacer is not supported; pass undefined");
