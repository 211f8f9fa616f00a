// typed records: sorting by several keys, grouping, averages and formatted output
interface Row {
  name: string;
  dept: string;
  salary: number;
  age: number;
}
const rows: Row[] = [
  { name: "ann", dept: "eng", salary: 120, age: 31 },
  { name: "bob", dept: "ops", salary: 90, age: 45 },
  { name: "cy", dept: "eng", salary: 120, age: 28 },
  { name: "dee", dept: "ops", salary: 95.5, age: 38 },
  { name: "eve", dept: "eng", salary: 150, age: 41 },
];
const sorted: Row[] = rows.toSorted((a: Row, b: Row): number => (a.dept < b.dept ? -1 : a.dept > b.dept ? 1 : b.salary !== a.salary ? b.salary - a.salary : a.age - b.age));
console.log(sorted.map((r: Row): string => `${r.dept}/${r.name}`).join(" "));
const groups: Record<string, Row[]> = {};
for (const r of rows) {
  groups[r.dept] ??= [];
  groups[r.dept].push(r);
}
for (const [dept, members] of Object.entries(groups)) {
  const avg: number = members.reduce((s: number, r: Row): number => s + r.salary, 0) / members.length;
  const oldest: Row = members.reduce((a: Row, b: Row): Row => (b.age > a.age ? b : a));
  console.log(dept, members.length, avg.toFixed(2), oldest.name, Math.max(...members.map((m: Row): number => m.age)));
}
