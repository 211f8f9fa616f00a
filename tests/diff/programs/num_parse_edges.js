// parseInt / parseFloat / Number() edge cases: prefixes, radix coercion, whitespace, partial parses, constants
console.log(parseInt("  -0x1F"), parseInt("0x"), parseInt("1e3"), parseInt(0.0000005), parseInt("123", 1), parseInt("123", 37), parseInt("z", 36));
console.log(parseInt("-"), parseInt("+12"), parseInt("12abc"), parseInt("  \n 42"), parseInt("\u00a042"), parseInt("４２"), parseInt("0b11"), parseInt("0o17"));
console.log(parseInt("11", 0), parseInt("11", undefined), parseInt("11", "2"), parseInt("11", 2.9), parseInt("11", -1), parseInt("0x11", 16), parseInt("0x11", 10));
console.log(parseInt(""), parseInt("   "), parseInt(undefined), parseInt(true), parseInt([12, 3]), parseInt(1e21), parseInt("9007199254740993"), parseInt("123456789012345678901234567890"));
console.log(parseFloat("3.5kg"), parseFloat(".5"), parseFloat("-.5e-3x"), parseFloat("1e"), parseFloat("1e+"), parseFloat("e5"), parseFloat("  +1.5"), parseFloat("0x10"));
console.log(parseFloat("Infinityx"), parseFloat("-Infinity"), parseFloat("infinity"), parseFloat("1_000"), parseFloat("1.2.3"), parseFloat(""), parseFloat([" 7.5"]));
console.log(Number(""), Number(" "), Number("\n12\t"), Number("1_0"), Number("0x1g"), Number("0b102"), Number("-0x10"), Number("+0x10"), Number(".e1"), Number("1."), Number("Infinity"), Number("-Infinity"), Number("+Infinity"));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number(true), Number(undefined), Number("١٢"), Number("1e1000"), Number("-1e-1000"));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
console.log(isNaN(undefined), isNaN("0x10"), isNaN(""), isNaN(" "), isNaN([]), isNaN({}), isFinite("0x10"), isFinite(""), Number.isFinite(Infinity));
