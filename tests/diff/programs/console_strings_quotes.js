// nested strings choose single, double or back quotes; escapes of control characters; long strings
console.log(["plain", "it's", 'say "x"', "both ' \"", "all ' \" `", "tab\tnew\nline", "\x00\x1f\x7f", "\u{1F600}"]);
console.log({ multi: "line one\nline two\nline three that is long enough to be split across lines in the output" });
console.log(["a".repeat(20), "b".repeat(30), "c".repeat(40)]);
console.log("top level strings print raw:", "it's", 'say "x"', "tab\tand\nnewline");
console.log([["it's"]], { k: { k: "it's" } }, ["\\ backslash", "\r carriage"]);
