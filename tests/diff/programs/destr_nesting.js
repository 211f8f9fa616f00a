// deeply nested object and array patterns, mixed, with renames, computed keys and rest at every level
const data = {
  id: 7,
  owner: { name: "Ada", roles: ["admin", "dev", "ops"], address: { city: "London", zip: "N1" } },
  items: [
    { sku: "a1", qty: 2, tags: ["x"] },
    { sku: "b2", qty: 5, tags: ["y", "z"] },
  ],
  "odd-key": "dash",
  10: "ten",
};
const {
  owner: { name, roles: [firstRole, ...otherRoles], address: { city: town, ...addrRest } },
  items: [{ sku: firstSku }, { tags: [, secondTag] }],
  "odd-key": odd,
  10: ten,
  ...top
} = data;
console.log(name, firstRole, otherRoles, town, addrRest, firstSku, secondTag, odd, ten);
console.log(top);
const key = "qty";
const { items: [{ [key]: q1 }, { [key + ""]: q2 }] } = data;
console.log(q1, q2);
const [[a, [b, [c, [d]]]]] = [[1, [2, [3, [4]]]]];
console.log(a + b + c + d);
const [{ k: [{ j: deepest }] }] = [{ k: [{ j: "found" }] }];
console.log(deepest);
const matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
const [[m00, , m02], , [, m21]] = matrix;
console.log(m00, m02, m21);
const { owner: { roles: { length: roleCount } } } = data;
console.log(roleCount);
const { 0: ch0, 1: ch1, length: sl } = "hi!";
console.log(ch0, ch1, sl);
