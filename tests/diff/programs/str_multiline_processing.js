// multi-line text: split into lines, number them, strip comments, find longest, join back with CRLF
const text = `# config
name = demo   
  port=8080
# comment line

debug = true
path = /a/b # trailing comment
`;
const lines = text.split("\n");
const entries = lines
  .map((l, i) => [i + 1, l.split("#")[0].trim()])
  .filter(([, l]) => l.length > 0)
  .map(([n, l]) => {
    const [k, ...v] = l.split("=");
    return { line: n, key: k.trim(), value: v.join("=").trim() };
  });
console.log(entries);
const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
console.log(lines.length, JSON.stringify(longest), lines.map((l, i) => `${String(i + 1).padStart(2)}: ${l}`).join("\r\n").length);
console.log(Object.fromEntries(entries.map((e) => [e.key, e.value === "true" ? true : Number.isNaN(Number(e.value)) ? e.value : Number(e.value)])));
