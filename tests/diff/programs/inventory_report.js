// a small business-logic program: grouping, totals, JSON output with indentation
const orders = JSON.parse(`[
  {"id": 1, "customer": "acme", "items": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 24.5}]},
  {"id": 2, "customer": "globex", "items": [{"sku": "A1", "qty": 10, "price": 9.99}]},
  {"id": 3, "customer": "acme", "items": [{"sku": "C3", "qty": 3, "price": 0.1}, {"sku": "B2", "qty": 2, "price": 24.5}]}
]`);
const lineTotal = ({ qty, price }) => qty * price;
const orderTotal = (o) => o.items.reduce((s, it) => s + lineTotal(it), 0);
const byCustomer = {};
for (const order of orders) {
  const prev = byCustomer[order.customer] ?? { orders: 0, total: 0, skus: [] };
  const skus = [...prev.skus, ...order.items.map((i) => i.sku)].filter((s, i, all) => all.indexOf(s) === i);
  byCustomer[order.customer] = { orders: prev.orders + 1, total: prev.total + orderTotal(order), skus };
}
console.log(byCustomer);
console.log(JSON.stringify(byCustomer, undefined, 2));
const units = {};
for (const { items } of orders) {
  for (const { sku, qty } of items) {
    units[sku] = (units[sku] ?? 0) + qty;
  }
}
console.log(units, orders.map(orderTotal), orders.map((o) => orderTotal(o).toFixed(2)));
const summary = Object.entries(byCustomer).map(([name, v]) => `${name}: ${v.orders} orders, $${v.total.toFixed(2)}`);
console.log(summary.join("\n"));
