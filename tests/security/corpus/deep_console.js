// console output and String() of deep or self-referencing structures stay bounded.
// expect-status: 200
// expect-body: {"text":"[object Object]","array":"","len":100000}
export function attack(req) {
  let node = { leaf: true };
  let list = [];
  for (const i of range(100000)) {
    node = { i, next: node };
    list = [list];
  }
  const cyclic = { name: "c" };
  cyclic.self = cyclic;
  console.log(node, list, cyclic);
  return Response.json({ text: String(node), array: `${[[[]]]}`, len: 100000 });
}
