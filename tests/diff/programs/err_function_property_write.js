// expect-error: err_function_property_write.js:7:1 TypeError: Cannot add property cache, object is not extensible
// function properties are read-only in zigttp
function helper(x) {
  return x * 2;
}
console.log(helper.name, helper.length, helper(2));
helper.cache = {};
