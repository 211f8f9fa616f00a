// a ledger: transactions grouped by account and month, running balances, cents arithmetic, sorted report
const txs = [
  { id: 1, account: "cash", date: "2024-01-05", amount: 1250.5, kind: "in" },
  { id: 2, account: "bank", date: "2024-01-07", amount: 300, kind: "out" },
  { id: 3, account: "cash", date: "2024-02-01", amount: 0.1, kind: "in" },
  { id: 4, account: "cash", date: "2024-02-01", amount: 0.2, kind: "in" },
  { id: 5, account: "bank", date: "2024-02-14", amount: 99.99, kind: "in" },
  { id: 6, account: "card", date: "2024-03-03", amount: 45.45, kind: "out" },
  { id: 7, account: "bank", date: "2024-03-30", amount: 1000, kind: "in" },
];
const cents = (x) => Math.round(x * 100);
const byAccount = {};
for (const t of txs) {
  const month = t.date.slice(0, 7);
  const signed = t.kind === "in" ? cents(t.amount) : -cents(t.amount);
  byAccount[t.account] ??= { total: 0, months: {} };
  byAccount[t.account].total += signed;
  byAccount[t.account].months[month] = (byAccount[t.account].months[month] ?? 0) + signed;
}
for (const [account, info] of Object.entries(byAccount).toSorted(([a], [b]) => (a < b ? -1 : 1))) {
  const months = Object.entries(info.months).map(([m, c]) => `${m}:${(c / 100).toFixed(2)}`).join(", ");
  console.log(account.padEnd(6), (info.total / 100).toFixed(2).padStart(10), months);
}
const acc = { balance: 0 };
const running = txs.map((t) => {
  acc.balance += t.kind === "in" ? cents(t.amount) : -cents(t.amount);
  return `${t.id}:${(acc.balance / 100).toFixed(2)}`;
});
console.log(running.join(" "), 0.1 + 0.2, (cents(0.1) + cents(0.2)) / 100);
console.log(JSON.stringify(byAccount, undefined, 1).split("\n").length);
