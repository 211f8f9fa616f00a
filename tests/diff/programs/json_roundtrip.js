// parse -> transform -> stringify round trips
const input = '{"users":[{"name":"Ann","age":31,"tags":["admin"]},{"name":"Bob","age":27,"tags":[]}],"v":1}';
const data = JSON.parse(input);
console.log(JSON.stringify(data) === input);
const older = { ...data, users: data.users.map((u) => ({ ...u, age: u.age + 1 })) };
console.log(JSON.stringify(older));
console.log(JSON.stringify(older, undefined, 4));
const again = JSON.parse(JSON.stringify(older, undefined, 1));
console.log(again.users[1], JSON.stringify(again) === JSON.stringify(older));
const weird = ["\u0000", "\\", "\"", "/", "\u00ff", "\ud83d\ude00", "line\nbreak"];
console.log(JSON.parse(JSON.stringify(weird)).every((s, i) => s === weird[i]));
console.log(JSON.stringify(weird));
