// the left operand of a binary operator is read before the right operand runs, even if the right operand
// (a closure call or an assignment) rebinds the same local variable
function plus() {
  let x = 1;
  const h = () => {
    x = 50;
    return 5;
  };
  return [x + h(), x];
}
function minus() {
  let x = 1;
  const h = () => {
    x = 50;
    return 5;
  };
  return [x - h(), x];
}
function less() {
  let x = 1;
  const h = () => {
    x = 50;
    return 5;
  };
  return [x < h(), x];
}
function timesAssign() {
  let x = 2;
  const h = () => {
    x = 10;
    return 3;
  };
  x *= h();
  return x;
}
function nestedAssign() {
  let x = 1;
  x += (x += 1);
  return x;
}
console.log(plus(), minus(), less(), timesAssign(), nestedAssign());
