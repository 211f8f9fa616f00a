// JSON numbers parse to the nearest double, the same as number literals; round trips through stringify
const texts = ["0.1", "0.30000000000000004", "1.7976931348623157e308", "4.9e-324", "2.4703282292062327e-324", "123456789012345678",
  "9007199254740993", "1e23", "8.41e21", "-0.0", "1E+2", "0.000001", "1e-7", "100000000000000000000", "1e21"];
for (const t of texts) {
  const v = JSON.parse(t);
  console.log(t.padEnd(24), String(v).padEnd(24), JSON.stringify(v), v === Number(t));
}
