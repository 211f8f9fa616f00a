export function money(n) {
  return n.toFixed(2);
}
