// graph algorithms over adjacency lists: BFS distances, DFS order, topological sort, Dijkstra with a heap
const edges = [["a", "b", 4], ["a", "c", 1], ["c", "b", 2], ["b", "d", 1], ["c", "d", 5], ["d", "e", 3], ["f", "e", 1]];
const graph = {};
for (const [from, to, w] of edges) {
  graph[from] ??= [];
  graph[to] ??= [];
  graph[from].push({ to, w });
}
console.log(Object.keys(graph), graph.a);
function bfs(start) {
  const dist = { [start]: 0 };
  const queue = [start];
  for (const node of queue) {
    for (const { to } of graph[node]) {
      if (!(to in dist)) {
        dist[to] = dist[node] + 1;
        queue.push(to);
      }
    }
  }
  return dist;
}
console.log(bfs("a"), bfs("f"));
function dfs(node, seen, order) {
  if (seen.includes(node)) {
    return order;
  }
  seen.push(node);
  for (const { to } of graph[node]) {
    dfs(to, seen, order);
  }
  order.push(node);
  return order;
}
console.log(dfs("a", [], []));
function topo() {
  const seen = [];
  const order = [];
  for (const n of Object.keys(graph).toSorted()) {
    dfs(n, seen, order);
  }
  return order.toReversed();
}
console.log(topo().join(" -> "));
function heapPush(h, item) {
  h.push(item);
  let i = h.length - 1;
  for (const _ of h) {
    const parent = Math.floor((i - 1) / 2);
    if (i === 0 || h[parent][0] <= h[i][0]) {
      return;
    }
    [h[parent], h[i]] = [h[i], h[parent]];
    i = parent;
  }
}
function heapPop(h) {
  const top = h[0];
  const last = h.pop();
  if (h.length > 0) {
    h[0] = last;
    let i = 0;
    for (const _ of h) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l][0] < h[m][0]) {
        m = l;
      }
      if (r < h.length && h[r][0] < h[m][0]) {
        m = r;
      }
      if (m === i) {
        return top;
      }
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
  return top;
}
function dijkstra(start) {
  const best = { [start]: 0 };
  const prev = {};
  const heap = [[0, start]];
  for (const _ of range(100)) {
    if (heap.length === 0) {
      return { best, prev };
    }
    const [d, node] = heapPop(heap);
    if (d > best[node]) {
      continue0();
    } else {
      for (const { to, w } of graph[node]) {
        const nd = d + w;
        if (best[to] === undefined || nd < best[to]) {
          best[to] = nd;
          prev[to] = node;
          heapPush(heap, [nd, to]);
        }
      }
    }
  }
  return { best, prev };
}
function continue0() {}
const { best, prev } = dijkstra("a");
console.log(best, prev);
function path(to) {
  return prev[to] === undefined ? [to] : [...path(prev[to]), to];
}
console.log(path("e").join(">"), path("a"));
