// expect-error: err_index_undefined_element.js:5:13 TypeError: Cannot read properties of undefined (reading 'id')
// reading past the end gives undefined; reading a property of that undefined raises
const rows = [{ id: 1 }, { id: 2 }];
console.log(rows[1].id, rows[2]);
console.log(rows[2].id);
