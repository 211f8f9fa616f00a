// dot and bracket access, computed keys, missing properties, string and array indexing
const user = { id: 7, profile: { name: "Ada", langs: ["en", "fr"] }, "x-y": "dash" };
console.log(user.id, user.profile.name, user.profile.langs[1], user["x-y"]);
const field = "profile";
console.log(user[field]["name"], user[field].langs.length);
console.log(user.missing, user.profile.missing, user.profile.langs[5]);
const arr = [10, 20, 30];
console.log(arr[0], arr["1"], arr[arr.length - 1], arr[-1], arr[1.5], arr.length);
const s = "zigttp";
console.log(s[0], s[5], s[6], s.length, s["length"]);
const idx = { 0: "zero", 10: "ten", 2: "two" };
console.log(idx[0], idx["10"], idx[2], idx[3]);
user.profile.name = "Grace";
user["new key"] = [1];
user.profile.langs[0] = "de";
console.log(user);
console.log((5).toFixed(1), true.toString(), "abc".toUpperCase());
