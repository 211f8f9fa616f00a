// expect-error: err_uri_lone_surrogate.js:4:13 URIError: URI malformed
// encodeURIComponent of a lone surrogate raises
console.log(encodeURIComponent("\ud83d\ude00"));
console.log(encodeURIComponent("a\ud83db"));
