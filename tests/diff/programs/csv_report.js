// a small CSV parser (quoted fields, escaped quotes) and an aggregate report
const csv = `region,product,units,price
north,"Widget, large",10,2.50
south,Gadget,3,10
north,Gadget,7,10
east,"Thing ""quoted""",1,0.1
south,"Widget, large",4,2.5
north,Widget,0,1e2`;
function parseLine(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  for (const ch of line) {
    if (quoted) {
      if (ch === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      if (afterQuote) {
        field += '"';
      }
      quoted = true;
      afterQuote = false;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else {
      field += ch;
      afterQuote = false;
    }
  }
  fields.push(field);
  return fields;
}
const [header, ...lines] = csv.split("\n");
const columns = parseLine(header);
const rows = lines.map((line) => Object.fromEntries(parseLine(line).map((v, i) => [columns[i], v])));
console.log(rows);
const byRegion = {};
for (const row of rows) {
  const revenue = Number(row.units) * parseFloat(row.price);
  const prev = byRegion[row.region] ?? { units: 0, revenue: 0, products: [] };
  byRegion[row.region] = {
    units: prev.units + Number(row.units),
    revenue: prev.revenue + revenue,
    products: prev.products.includes(row.product) ? prev.products : [...prev.products, row.product],
  };
}
console.log(byRegion);
console.log(JSON.stringify(byRegion, undefined, 2));
const totals = Object.values(byRegion).reduce((acc, r) => ({ units: acc.units + r.units, revenue: acc.revenue + r.revenue }), { units: 0, revenue: 0 });
console.log(totals, (totals.revenue / totals.units).toFixed(4));
