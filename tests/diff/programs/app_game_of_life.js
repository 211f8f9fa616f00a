// Conway's game of life on a Uint8Array torus: a glider and a blinker over several generations
const W = 10;
const H = 8;
function step(grid) {
  const next = Uint8Array.from({ length: W * H }, () => 0);
  for (const y of Array.from({ length: H }, (_, i) => i)) {
    for (const x of Array.from({ length: W }, (_, i) => i)) {
      let n = 0;
      for (const [dx, dy] of [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]]) {
        n += grid[((y + dy + H) % H) * W + ((x + dx + W) % W)];
      }
      const alive = grid[y * W + x] === 1;
      next[y * W + x] = (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0;
    }
  }
  return next;
}
function show(grid) {
  return Array.from({ length: H }, (_, y) => Array.from(grid.subarray(y * W, y * W + W)).map((c) => (c === 1 ? "#" : ".")).join(""));
}
let grid = Uint8Array.from({ length: W * H }, () => 0);
for (const [x, y] of [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2], [6, 4], [7, 4], [8, 4]]) {
  grid[y * W + x] = 1;
}
for (const gen of [0, 1, 2, 3, 4]) {
  console.log(`gen ${gen}: ${grid.reduce((a, b) => a + b, 0)} alive`);
  console.log(show(grid).join("\n"));
  grid = step(grid);
}
