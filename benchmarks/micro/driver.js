// measurement driver (zigttp and Node): grow n until one call takes MIN_MS, then keep the best of ROUNDS;
// `check` is bench(CHECK_N), which every engine must compute identically
function measure() {
  let n = 1;
  let result = bench(1);
  for (const _ of range(60)) {
    const t0 = performance.now();
    result = bench(n);
    const ms = performance.now() - t0;
    if (ms >= MIN_MS) {
      let best = ms;
      for (const _r of range(ROUNDS - 1)) {
        const t1 = performance.now();
        bench(n);
        best = Math.min(best, performance.now() - t1);
      }
      return { n, ms: best, result };
    }
    n *= ms * 8 < MIN_MS ? 8 : 2;
  }
  return { n, ms: 0, result };
}
console.log(JSON.stringify({ ...measure(), check: bench(CHECK_N) }));
