// encodeURIComponent and encodeURI over every ASCII character, and their inverses
const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join("");
const c = encodeURIComponent(all);
const u = encodeURI(all);
console.log(c);
console.log(u);
console.log(decodeURIComponent(c) === all, decodeURI(u) === all, decodeURI(c).length, decodeURIComponent(u) === all);
console.log([..."é€😀"].map((ch) => encodeURIComponent(ch)).join(" "));
