// Node twin of err_non_boolean_ternary.js
const flags = JSON.parse('{"on": true, "name": "x"}');
console.log(flags.on ? "on" : "off", !flags.on);
throw new TypeError("non-boolean value (string) in '?:' condition");
