// immutable-style updates of nested state with spread, and in-place updates of request-time objects
const state = { user: { name: "ann", prefs: { theme: "dark", langs: ["en"] } }, items: [{ id: 1, qty: 1 }], version: 1 };
const next = {
  ...state,
  user: { ...state.user, prefs: { ...state.user.prefs, langs: [...state.user.prefs.langs, "fr"] } },
  items: state.items.map((it) => (it.id === 1 ? { ...it, qty: it.qty + 1 } : it)),
  version: state.version + 1,
};
console.log(JSON.stringify(state), JSON.stringify(next), state.user === next.user, state.user.name === next.user.name);
const live = { counts: {}, list: [] };
for (const w of "to be or not to be".split(" ")) {
  live.counts[w] = (live.counts[w] ?? 0) + 1;
  live.list.push(w.length);
}
live.list.sort((a, b) => b - a);
console.log(live, Object.keys(live.counts).length);
