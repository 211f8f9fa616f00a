// ** : right associativity, NaN and infinity rules, negative bases, fractional exponents, -0
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1, (-2) ** 3, (-2) ** 2, (-8) ** (1 / 3));
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, 1 ** NaN, 2 ** Infinity, 0.5 ** Infinity, 2 ** -Infinity);
console.log((-0) ** 3, (-0) ** 2, (-0) ** -1, 0 ** -1, (-Infinity) ** 3, (-Infinity) ** 2, (-Infinity) ** -3);
console.log(10 ** 21, 10 ** -7, 2 ** 53, 2 ** 53 + 1, 2 ** 1023 * 2, 2 ** -1074, 2 ** -1075);
console.log(1.0000001 ** 1e7, 9 ** 0.5, 27 ** (1 / 3), 4 ** 0.25);
console.log("2" ** "3", true ** 5, undefined ** 0, "x" ** 1);
let v = 3;
v **= 2;
v **= 0.5;
console.log(v);
console.log([1, 2, 3, 4, 5].map((n) => n ** n));
console.log(Math.pow(-2, 0.5), (-2) ** 0.5, Math.pow(2, 10) === 2 ** 10);
