// parseInt / parseFloat / isNaN / isFinite and the Number predicates
const ints = ["42", "  42px", "08", "0x1A", "-0x10", "1e3", "3.99", "", "abc", "-0", "+12", "123456789012345678901234"];
console.log(ints.map((s) => parseInt(s)));
console.log(parseInt("ff", 16), parseInt("101", 2), parseInt("z", 36), parseInt("9", 8), parseInt("10", 37), parseInt("10", 1), parseInt("10", 0));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt("  -17  "), parseInt("٣"));
const floats = ["3.5kg", ".5", "-.5e2", "1e-7", "Infinity", "-Infinity", "infinity", "1.2.3", "  7  ", "", "0x10", "1e400"];
console.log(floats.map(parseFloat));
console.log(isNaN("abc"), isNaN("12"), isNaN(undefined), isNaN(""), isFinite("12"), isFinite(Infinity), isFinite("1e400"));
console.log(Number.isNaN("abc"), Number.isNaN(NaN), Number.isFinite("12"), Number.isFinite(12));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(-0), Number.isInteger("5"), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.parseInt === parseInt, Number.parseFloat("2.5x"), Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
