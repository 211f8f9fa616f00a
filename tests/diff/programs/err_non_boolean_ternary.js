// expect-error: err_non_boolean_ternary.js:5:13 TypeError: non-boolean value (string) in '?:' condition
// the run-time boolean check covers ?: conditions, ! operands and && operands of unknown type
const flags = JSON.parse('{"on": true, "name": "x"}');
console.log(flags.on ? "on" : "off", !flags.on);
console.log(flags.name ? "named" : "anonymous");
