// for-of over strings yields code points; length and indexing count UTF-16 code units
const s = "héllo😀w🎉";
const points = [];
for (const ch of s) {
  points.push(ch);
}
console.log(points, points.length, s.length);
console.log(s[0], s.charCodeAt(6), s.codePointAt(5), [..."a😀b"]);
let vowels = 0;
for (const ch of "programming language") {
  if ("aeiou".includes(ch)) {
    vowels += 1;
  }
}
console.log(vowels);
const codes = [];
for (const ch of "AZaz09") {
  codes.push(ch.codePointAt(0));
}
console.log(codes);
for (const ch of "") {
  console.log("never", ch);
}
