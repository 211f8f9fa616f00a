// expect-error: err_non_boolean_if.js:7:5 TypeError: non-boolean value (number) in 'if' condition
// a non-boolean condition is a run-time TypeError naming the typeof and the context
const input = JSON.parse('{"count": 3}');
if (input.count > 0) {
  console.log("positive");
}
if (input.count) {
  console.log("truthy");
}
