// JSON.parse of every value kind (no nulls), escapes, duplicate keys, whitespace
const text = '{"a": 1, "b": [true, false, "x", 1.5e3, -0.25, {"c": {}}], "d": "\\u00e9\\n\\"q\\"", "e": []}';
const parsed = JSON.parse(text);
console.log(parsed);
console.log(parsed.b[3], parsed.d, parsed.b.length, typeof parsed.b[5]);
console.log(JSON.parse("42"), JSON.parse(" \n\t\"str\" "), JSON.parse("true"), JSON.parse("-0"), JSON.parse("1E2"));
console.log(JSON.parse('{"x": 1, "y": 2, "x": 3}'));
console.log(JSON.parse('{"2": "two", "1": "one", "b": 0, "a": 0}'));
console.log(JSON.parse('"\\ud83d\\ude00 \\u0041\\/\\b\\f\\r\\t"'));
console.log(JSON.parse("[[[[[1]]]]]"), JSON.parse("[1, [2, [3, [4, [5]]]]]"));
console.log(JSON.parse("123456789012345678901234567890"), JSON.parse("0.1"), JSON.parse("1e400"));
const nums = JSON.parse("[0, -1, 2.5, 1e-7, 12345678901234567890]");
console.log(nums, nums.map((n) => typeof n));
