// a small text-processing program: word frequencies, top-N, formatted table
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness`;
const words = text
  .toLowerCase()
  .replaceAll(",", " ")
  .replaceAll("\n", " ")
  .split(" ")
  .filter((w) => w.length > 0);
const freq = {};
for (const w of words) {
  freq[w] = (freq[w] ?? 0) + 1;
}
const ranked = Object.entries(freq).sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : 1));
console.log(words.length, ranked.length);
for (const [word, count] of ranked.slice(0, 8)) {
  console.log(`${word.padEnd(12, ".")}${String(count).padStart(3)} ${"#".repeat(count)}`);
}
console.log(ranked.slice(8).map(([w]) => w).join(", "));
console.log(freq);
