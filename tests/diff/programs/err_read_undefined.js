// expect-error: err_read_undefined.js:5:15 TypeError: Cannot read properties of undefined (reading 'name')
// reading a property of undefined names the key
const users = [{ profile: { name: "Ann" } }, {}];
for (const u of users) {
  console.log(u.profile.name);
}
