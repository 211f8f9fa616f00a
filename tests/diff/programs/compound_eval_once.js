// a op= b evaluates the target reference once: object and key expressions run a single time
const log = [];
const store = { items: { a: 1, b: 2 }, arr: [1, 2, 3], flags: [true, false] };
function obj(name) {
  log.push(`obj:${name}`);
  return store.items;
}
function key(k) {
  log.push(`key:${k}`);
  return k;
}
obj("1")[key("a")] += 10;
obj("2")[key("b")] **= 3;
obj("3")[key("c")] ??= "new";
obj("4")[key("a")] ??= "unused";
console.log(store.items, log.join(" "));
log.length = 0;
function arr() {
  log.push("arr");
  return store.arr;
}
function idx(i) {
  log.push(`i${i}`);
  return i;
}
arr()[idx(0)] <<= idx(2);
arr()[idx(1)] += idx(99);
store.flags[idx(0)] ||= idx(5) > 0;
store.flags[idx(1)] ||= idx(6) > 0;
arr()[idx(2)] -= arr()[idx(0)];
console.log(store.arr, store.flags, log.join(" "));
let flag = true;
function rhs() {
  log.push("rhs");
  return false;
}
log.length = 0;
flag ||= rhs();
flag &&= rhs();
flag &&= rhs();
console.log(flag, log.join(" "));
