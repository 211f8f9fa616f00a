// encodeURIComponent / encodeURI / decodeURIComponent / decodeURI: reserved sets, UTF-8, surrogate pairs
const samples = ["hello world", "a b&c=d/e?f#g", "ümlaut €", "😀", "~!@#$%^&*()_+-={}[]|\\:;\"'<>,.?/", "\t\n", "%", "100% sure", "a+b c"];
for (const s of samples) {
  const c = encodeURIComponent(s);
  const u = encodeURI(s);
  console.log(JSON.stringify(s), c, u, decodeURIComponent(c) === s, decodeURI(u) === s);
}
console.log(decodeURI("%2F%3F%23%26%3D%2B%24%2C%3B%3A%40"), decodeURIComponent("%2F%3F%23%26%3D%2B%24%2C%3B%3A%40"));
console.log(decodeURIComponent("%E2%82%AC%20%F0%9F%98%80"), decodeURIComponent("%e2%82%ac"), decodeURI("%41%42"), decodeURIComponent("abc"));
console.log(encodeURIComponent("\ud83d\ude00"), encodeURI("http://x.com/a b?q=1&r=é#frag"), encodeURIComponent(undefined), encodeURIComponent(12.5));
console.log(decodeURIComponent("%"+"25"), decodeURIComponent("%C3%A9"), decodeURI("%25%32%35"), decodeURIComponent("%F4%8F%BF%BF").codePointAt(0).toString(16));
