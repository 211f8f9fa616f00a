// Node twin of err_function_property_write.js: V8 functions are extensible, zigttp's are not (SPEC 3.6)
function helper(x) {
  return x * 2;
}
console.log(helper.name, helper.length, helper(2));
throw new TypeError("Cannot add property cache, object is not extensible");
