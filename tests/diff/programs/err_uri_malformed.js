// expect-error: err_uri_malformed.js:8:13 URIError: URI malformed
// malformed percent escapes in decodeURIComponent (overlong forms, surrogates, truncated sequences)
const ok = ["%41", "%C3%A9", "%F0%9F%98%80"];
console.log(ok.map((s) => decodeURIComponent(s)));
const candidates = ["%E0%A4%A", "%C3%28", "%ED%A0%80", "%C0%AF", "%FF", "%", "%G1"];
const results = candidates.map((s) => s.length);
console.log(results);
console.log(decodeURIComponent(candidates[2]));
