// function declarations are hoisted to the top of their block, body or module
console.log(twice(21));
function twice(n) {
  return n * 2;
}
function outer(v) {
  const result = inner(v) + 1;
  function inner(w) {
    return w * 10;
  }
  return result;
}
console.log(outer(4));
{
  console.log(local("block"));
  function local(s) {
    return s.toUpperCase();
  }
}
console.log(isEven(10), isOdd(7), isEven(3));
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
