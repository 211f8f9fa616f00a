// number literals of every form print with ToString: separators, exponents, hex/octal/binary, huge and tiny
console.log(1_000_000, 0.000_1, 1e3, 1E-3, 2.5e+10, .5, 5., 0x1F, 0XfF, 0o17, 0O777, 0b1010, 0B11, 0xFF_FF);
console.log(9007199254740993, 1.7976931348623159e308, 5e-324, 2e-324, 123456789012345678901234567890, 0.1e1, 1e-0);
console.log(0.30000000000000004, 1.0000000000000001, 4.35 * 100, 1.005 * 1000, 0.1 * 0.1, 100 / 3);
