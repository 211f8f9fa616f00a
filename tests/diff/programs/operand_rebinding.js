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
// the same with operands of unknown type (the fast paths test the type first), member reads and writes
function untypedPlus() {
  let x = 1;
  const h = () => {
    x = 50;
    return JSON.parse("5");
  };
  return [x + h(), x];
}
function untypedLess() {
  let x = JSON.parse("1");
  const h = () => {
    x = 50;
    return 5;
  };
  return [x < h(), x];
}
function strcat() {
  let s = "a";
  const h = () => {
    s = "zzz";
    return JSON.parse("5");
  };
  return [s + h(), s];
}
function idx() {
  let arr = [1, 2];
  const h = () => {
    arr = [7, 8];
    return JSON.parse("1");
  };
  return [arr[h()], arr];
}
function call() {
  let f = (a) => "first" + a;
  const h = () => {
    f = (a) => "second" + a;
    return 1;
  };
  return f(h());
}
function member() {
  let o = { k: "old" };
  const h = () => {
    o = { k: "new" };
    return "k";
  };
  return o[h()];
}
function store() {
  let o = { k: 1 };
  const first = o;
  const h = () => {
    o = { k: 2 };
    return 9;
  };
  o.k = h();
  return [first, o];
}
function storeK() {
  let o = { k: 1 };
  const first = o;
  const h = () => {
    o = { k: 2 };
    return "k";
  };
  o[h()] = 5;
  return [first, o];
}
function cmpd() {
  let x = JSON.parse("1");
  const h = () => {
    x = 50;
    return 5;
  };
  x += h();
  let y = 1;
  y += (y += 1);
  let z = 2;
  z *= (z = 10);
  let s = "a";
  s += (s = "b");
  return [x, y, z, s];
}
console.log(untypedPlus(), untypedLess(), strcat(), idx(), call(), member());
console.log(store(), storeK(), cmpd());
