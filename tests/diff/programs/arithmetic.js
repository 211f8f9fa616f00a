// arithmetic operators with JavaScript number semantics
console.log(1 + 2, 7 - 10, 6 * 7, 7 / 2, 4 / 2, 2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5);
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 * 1, 0 * -1, -0 + 0, -0 - 0);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity, Infinity + 1);
console.log(0.1 * 3, 0.1 + 0.7, 1.1 * 1.1, 3 * 1.1, 100 / 3, 9007199254740993, 2 ** 53 + 1);
console.log(+"3", -"3", +"", +" 12 ", +"1e3", +"0x10", +"abc", +true, +false, +undefined, +[], +[7]);
console.log("6" * "7", "10" / 4, "9" - 3, "2" ** 3, [4] * [5], true + true, true - 1);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, -(2 ** 2), 10 - 2 - 3, 100 / 10 / 2);
console.log(1e308 * 10, -1e308 * 10, 5e-324 / 2, 5e-324, Number.MAX_SAFE_INTEGER + 2);
let x = 5;
x = x * 2 + 1;
console.log(x, -x, +x, - -x);
