// spread in arrays, objects and calls
const a = [1, 2, 3];
const b = [0, ...a, 4, ...[5, 6]];
console.log(b, [...a].reverse(), a);
const o1 = { x: 1, y: 2, 10: "ten" };
const o2 = { y: 20, z: 30, 1: "one" };
console.log({ ...o1, ...o2 }, { ...o2, ...o1 }, { ...o1, x: "override" }, { x: "first", ...o1 });
console.log({ ..."ab" }, { ...[7, 8] }, [..."ab", ..."cd"]);
function three(x, y, z) {
  return `${x}-${y}-${z}`;
}
console.log(three(...a), three(...["only"]), three(..."xyz"), three(0, ...[1]));
console.log(Math.max(...b), Math.min(...[]), [...[], ...[]].length);
const nested = { inner: { v: 1 } };
const shallow = { ...nested };
shallow.inner.v = 2;
console.log(nested.inner.v, shallow === nested, shallow.inner === nested.inner);
