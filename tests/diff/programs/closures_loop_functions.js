// functions declared inside for-of bodies and blocks capture that iteration; returned and called later
function build() {
  const out = [];
  for (const name of ["x", "y", "z"]) {
    function greet(suffix) {
      return `${name}${suffix}`;
    }
    const shout = () => greet("!").toUpperCase();
    out.push({ greet, shout });
  }
  return out;
}
const fs = build();
console.log(fs.map((f) => f.greet("?")), fs.map((f) => f.shout()), fs[0].greet.name, fs[1].shout.name);
function nested() {
  const grid = [];
  for (const r of [0, 1]) {
    for (const c of [0, 1]) {
      let cell = r * 2 + c;
      grid.push({ get: () => cell, bump: () => (cell += 10) });
    }
  }
  grid[1].bump();
  grid[3].bump();
  grid[3].bump();
  return grid.map((g) => g.get());
}
console.log(nested());
