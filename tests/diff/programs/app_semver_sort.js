// semantic versions: parsing, comparison with pre-release rules, sorting, range checks
function parse(v) {
  const [core, pre] = v.split("-");
  const [major, minor, patch] = core.split(".").map(Number);
  return { major, minor, patch, pre: pre === undefined ? [] : pre.split(".") };
}
function cmpIds(a, b) {
  const an = 0;
  const na = a.length > 0 && [...a].every((c) => c >= "0" && c <= "9");
  const nb = b.length > 0 && [...b].every((c) => c >= "0" && c <= "9");
  if (na && nb) {
    return Number(a) - Number(b);
  }
  if (na !== nb) {
    return na ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : an;
}
function compare(x, y) {
  const a = parse(x);
  const b = parse(y);
  for (const k of ["major", "minor", "patch"]) {
    if (a[k] !== b[k]) {
      return a[k] - b[k];
    }
  }
  if (a.pre.length === 0 || b.pre.length === 0) {
    return b.pre.length - a.pre.length;
  }
  for (const i of Array.from({ length: Math.max(a.pre.length, b.pre.length) }, (_, k) => k)) {
    if (a.pre[i] === undefined || b.pre[i] === undefined) {
      return a.pre.length - b.pre.length;
    }
    const c = cmpIds(a.pre[i], b.pre[i]);
    if (c !== 0) {
      return c;
    }
  }
  return 0;
}
const versions = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "0.9.12", "1.10.0", "1.2.0", "1.0.0-alpha.beta", "2.0.0-0"];
console.log(versions.toSorted(compare).join(" < "));
const satisfies = (v, min, max) => compare(v, min) >= 0 && compare(v, max) < 0;
console.log(versions.filter((v) => satisfies(v, "1.0.0-beta", "1.3.0")));
