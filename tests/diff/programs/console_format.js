// console.log format substitutions when the first argument is a string
console.log("%s is %d years", "Ann", 31.9);
console.log("%i and %f", 42.9, "3.5");
console.log("%j", { a: [1, 2] });
console.log("%o | %O", { a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 1 } } } });
console.log("100%% sure, %s", "yes", "extra", 7);
console.log("%s %s", "only one");
console.log("%d", "not a number", "%s");
console.log("%c styled %s", "color: red", "text");
console.log("%s", { nested: { obj: true } }, [1, 2]);
console.log("no substitutions", { a: 1 });
console.log(5, "%s", "x");
console.log("%s|%s|%s", -0, 1e21, undefined);
console.log("%d|%i|%f", -0, -0, -0);
console.log();
console.log("");
