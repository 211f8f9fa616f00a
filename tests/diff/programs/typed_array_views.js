// typed-array views: subarray of subarray shares storage; slice copies; fill/set through views; offsets
const base = Int16Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
const v1 = base.subarray(2, 8);
const v2 = v1.subarray(1, 4);
v2[0] = 100;
v2.fill(-1, 1);
console.log(base.join(), v1.join(), v2.join(), v1.length, v2.length);
const copy = v1.slice(1, 3);
copy[0] = 999;
console.log(base.join(), copy.join());
v1.set([7, 7], 4);
console.log(base.join(), v1.subarray(-2).join(), v1.subarray(4, 2).length, v2.subarray(5).length);
const u8 = Uint8Array.from([250, 251, 252]);
u8.subarray(1).set([300, -1]);
console.log(u8.join(), u8.map((x) => x + 10).join(), u8.reduce((a, b) => a + b));
