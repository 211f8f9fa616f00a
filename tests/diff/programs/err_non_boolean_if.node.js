// Node twin of err_non_boolean_if.js: JavaScript converts the condition; zigttp raises (SPEC 12.5)
const input = JSON.parse('{"count": 3}');
if (input.count > 0) {
  console.log("positive");
}
throw new TypeError("non-boolean value (number) in 'if' condition");
