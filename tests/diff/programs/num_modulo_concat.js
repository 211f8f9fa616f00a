// % keeps the dividend's sign; + concatenates left to right once a string appears
console.log(-7 % 3, 7 % -3, -7 % -3, 7.5 % 2, -7.5 % 2, 5 % 0, 0 % 5, -0 % 5, 5.25 % 0.5, 1e17 % 3);
console.log(0.3 % 0.1, 10 % 3.3, -1e-300 % 1, 2 ** 60 % 7, 123456789.123 % 1000, (-2) ** 31 % 10);
console.log(1 + 2 + "a", "a" + 1 + 2, 1 + (2 + "a"), "a" + (1 + 2), 1 + "2" - 1, "3" * "4", "10" / "4");
console.log(true + 1, true + "1", undefined + 1, undefined + "x", [] + [], [] + {}, [1] + [2], [1, 2] + 3);
console.log({} + "x", "x" + { a: 1 }, [undefined] + "", [[1, 2], [3]] + "", (() => 1) + "");
console.log(1 - "x", "5" - - "2", - "-3", +"", +" 12 ", +"1_000", +"0b11", +"0o17", +"0x1F", +"1e3", +".5", +"5.");
console.log("b" > "a", "B" > "a", "10" < "9", 10 < "9", "10" < 9, [2] > 1, [10] < [9], "abc" < "abd");
console.log(1 < 2 < 3, 3 > 2 > 1, "" < 1, " " < 1, undefined < 1, undefined > -1);
