// string building: one op = append 3 pieces (+=, a template literal and a number) to a growing string
function bench(n) {
  let s = "";
  let total = 0;
  for (const i of range(n)) {
    s += "<li>";
    s += `${i}:${i % 3 === 0 ? "fizz" : "x"}`;
    s += "</li>";
    if (s.length > 10000) {
      total += s.length;
      s = "";
    }
  }
  return total + s.length;
}
