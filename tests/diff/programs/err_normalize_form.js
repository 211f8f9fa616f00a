// expect-error: err_normalize_form.js:5:13 RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
// normalize accepts NFC, NFD, NFKC and NFKD only
console.log("é".normalize("NFD").length);
const form = JSON.parse('"NFX"');
console.log("é".normalize(form));
