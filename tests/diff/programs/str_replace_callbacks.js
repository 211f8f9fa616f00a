// replace/replaceAll callbacks: offsets in UTF-16 units, the whole string argument, non-string returns
const s = "a😀b😀c";
console.log(s.replaceAll("😀", (m, off, whole) => `[${off}/${whole.length}]`), s.replace("b", (m, off) => off));
console.log("aaa".replaceAll("a", (m, off) => off * 2), "x-y-z".replaceAll("-", () => undefined), "1.2.3".replace(".", () => [4, 5]));
console.log("hello".replace("l", (m) => m.toUpperCase()), "hello".replaceAll("l", (m) => `${m}${m}`), "".replace("", () => "empty"));
const counter = { n: 0 };
console.log("x,x,x".replaceAll("x", () => {
  counter.n += 1;
  return String(counter.n);
}), counter.n);
