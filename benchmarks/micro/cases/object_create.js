// object creation: one op = an object literal with 5 properties, a nested array and a spread copy
function bench(n) {
  let sum = 0;
  for (const i of range(n)) {
    const o = { id: i, name: "item", price: i * 0.5, tags: ["a", "b"], active: i % 2 === 0 };
    const copy = { ...o, price: o.price + 1 };
    sum += copy.price + copy.tags.length;
  }
  return sum;
}
