// expect-error: err_json_parse.js:5:13 SyntaxError: invalid JSON at position 8: unexpected character '}'
// JSON.parse errors name the UTF-16 position and the reason
const good = JSON.parse('{"ok":true}');
console.log(good.ok);
const bad = JSON.parse('{"ok":tr}');
console.log(bad);
