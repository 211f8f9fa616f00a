// nested strings longer than the line are split after each newline; non-ASCII keys are quoted
console.log({ text: "line one\n".repeat(10) });
console.log(["short\nline", "x".repeat(70) + "\n" + "y".repeat(20)]);
console.log({ a: { b: "first paragraph of text that is long enough\nsecond paragraph that makes it wrap\nthird" } });
console.log({ café: 1, ñ: 2, _ok: 3, $d: 4, a1: 5, "1a": 6, A_B: 7, "π": 8 });
console.log({ "😀": "emoji key", "with space": 1, "dash-ed": 2, "dot.ted": 3 });
