// + concatenates when either side is a string after ToPrimitive, otherwise adds
console.log("a" + 1, 1 + "a", 1 + 2 + "3", "1" + 2 + 3, "3" - 1 + "1");
console.log([1, 2] + "x", [] + "", [[1, [2]], 3] + "", [undefined, 1] + "!");
console.log({} + "", "" + { a: 1 }, true + "x", undefined + "", "" + undefined);
console.log(1 + undefined, 1 + true, [1] + [2], [] + [], 0.1 + 0.2 + "", -0 + "");
console.log("n:" + NaN, "i:" + -Infinity, "big:" + 1e21, "small:" + 1e-7, "e:" + 123e-20);
let s = "start";
s += 1;
s += [2, 3];
s += undefined;
s += true;
console.log(s);
const parts = ["a", 1, true, undefined, 2.5];
let acc = "";
for (const p of parts) {
  acc = acc + p + ",";
}
console.log(acc);
console.log(String(1) + String(2), `${1}` + 1, "5" * 1 + 1);
