// JSON.parse: number grammar, escapes including surrogate pairs, whitespace, nesting, duplicate keys, big values
const texts = ['0', '-0', '1e2', '1E-2', '-1.5e+3', '123456789012345678901234567890', '1e400', '-1e-400', '0.1',
  '"\\u0041\\u00e9\\ud83d\\ude00"', '"\\ud800"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', ' \t\n\r[1 , 2 ]\n', '{"a":1,"a":2,"b":3}',
  '{"__proto__":1}', '[[[[[[[[[[1]]]]]]]]]]', '{"":""}', 'true', 'false', '"x"', '[]', '{}', '{"1":1,"0":0,"z":2,"a":3}',
  '9007199254740993', '5e-324', '2.2250738585072014e-308', '1.7976931348623157e308', '[1e1, 1E+1, 1e-1]'];
for (const t of texts) {
  const v = JSON.parse(t);
  console.log(JSON.stringify(t), typeof v, v, JSON.stringify(v));
}
const nested = JSON.parse('{"list":[{"id":1,"tags":["a","b"]},{"id":2,"tags":[]}],"meta":{"count":2,"ok":true}}');
console.log(nested.list.map((x) => x.tags.length), nested.meta.count + 1, Object.keys(nested));
console.log(JSON.parse(" 42 "), JSON.parse("[]").length, JSON.parse(JSON.stringify({ a: [1, "2", true] })));
console.log(JSON.parse(123), JSON.parse(true), JSON.parse([1]), JSON.parse('"\u2028"').length);
const deep = "[".repeat(500) + "]".repeat(500);
const d = JSON.parse(deep);
console.log(typeof d, Array.isArray(d));
