// format strings with too few or too many arguments, %% escapes, and non-string first arguments
console.log("%s %s", "one");
console.log("%d%%", 42, "extra", { a: 1 });
console.log("%s", "%s", "nested %d", 5);
console.log(5, "%s", 6);
console.log("%o and %O", [1, { a: [2] }], { b: { c: { d: { e: 1 } } } });
console.log("%i|%f|%d", "12.9abc", "1.5e3", "0x10");
console.log("%j", { toJSON: () => "custom" }, "%j");
console.log("%c%s%c", "color: red", "text", "", "tail");
console.log("100%");
console.log("%", 1, "%%", 2);
