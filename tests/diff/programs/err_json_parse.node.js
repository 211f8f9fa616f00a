// Node twin of err_json_parse.js: zigttp's SyntaxError text is specified (SPEC 9.8), V8's differs
const good = JSON.parse('{"ok":true}');
console.log(good.ok);
throw new SyntaxError("invalid JSON at position 8: unexpected character '}'");
