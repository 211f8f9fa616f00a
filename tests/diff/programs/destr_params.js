// destructuring parameters: objects, arrays, defaults for the whole pattern, rest, arrow and method forms
function area({ w = 1, h = w } = {}) {
  return w * h;
}
console.log(area(), area({}), area({ w: 3 }), area({ w: 3, h: 4 }), area(undefined));
function head([first, ...others] = ["empty"]) {
  return `${first}|${others.length}`;
}
console.log(head(), head([]), head([1, 2, 3]), head("xyz"));
const swap = ([x, y]) => [y, x];
console.log(swap([1, 2]), swap(["a"]));
const pick = ({ a, c }) => ({ a, c });
console.log(pick({ a: 1, b: 2, c: 3 }));
const obj = {
  describe({ name, tags: [tag = "untagged"] = [] }) {
    return `${name}:${tag}`;
  },
};
console.log(obj.describe({ name: "n" }), obj.describe({ name: "m", tags: ["t1", "t2"] }));
function mixed(plain, { opt = "o" } = {}, [e1, e2 = "e2"] = [], ...rest) {
  return [plain, opt, e1, e2, rest];
}
console.log(mixed(1), mixed(1, { opt: 2 }, [3], 4, 5));
console.log(mixed.length, area.length, head.length, swap.length);
function entries(o) {
  return Object.entries(o).map(([k, v], i) => `${i}:${k}=${v}`);
}
console.log(entries({ x: 1, y: 2 }));
function withRest({ id, ...fields }) {
  return Object.keys(fields).join("+") + "#" + id;
}
console.log(withRest({ b: 1, id: 9, a: 2, 3: "n" }));
const counts = [["a", 3], ["b", 1]].reduce((acc, [k, n]) => ({ ...acc, [k]: n * 2 }), {});
console.log(counts);
