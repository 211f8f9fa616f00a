// a scheduler with a binary heap of tasks ordered by priority then insertion; stable ties
function heap(less) {
  const items = [];
  function up(i) {
    const p = Math.floor((i - 1) / 2);
    if (i > 0 && less(items[i], items[p])) {
      [items[i], items[p]] = [items[p], items[i]];
      up(p);
    }
  }
  function down(i) {
    const l = 2 * i + 1;
    const r = l + 1;
    const m = [l, r].filter((c) => c < items.length).reduce((best, c) => (less(items[c], items[best]) ? c : best), i);
    if (m !== i) {
      [items[i], items[m]] = [items[m], items[i]];
      down(m);
    }
  }
  return {
    push(x) {
      items.push(x);
      up(items.length - 1);
    },
    pop() {
      const top = items[0];
      const last = items.pop();
      if (items.length > 0) {
        items[0] = last;
        down(0);
      }
      return top;
    },
    size: () => items.length,
  };
}
const q = heap((a, b) => a.pri < b.pri || (a.pri === b.pri && a.seq < b.seq));
const tasks = [["write", 2], ["read", 1], ["sync", 3], ["log", 2], ["ping", 1], ["gc", 5], ["flush", 2]];
tasks.forEach(([name, pri], seq) => q.push({ name, pri, seq }));
const order = [];
for (const _ of tasks) {
  order.push(q.pop().name);
}
console.log(order.join(" > "), q.size(), q.pop());
