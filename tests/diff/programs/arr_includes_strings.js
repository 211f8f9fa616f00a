// membership tests used as sets: includes/indexOf on strings and arrays, dedupe, intersection, difference
const a = ["x", "y", "z", "y", "x"];
const b = ["y", "w"];
const uniq = a.filter((v, i) => a.indexOf(v) === i);
console.log(uniq, uniq.filter((v) => b.includes(v)), uniq.filter((v) => !b.includes(v)), [...uniq, ...b.filter((v) => !uniq.includes(v))]);
console.log("hello world".includes("o w"), "hello".indexOf("l"), ["hello"].includes("hell"), [["x"]].includes(["x"]));
const tags = "a,b,,c,a,b".split(",").filter((t) => t.length > 0);
console.log(tags.filter((t, i) => tags.indexOf(t) === i).toSorted().join("|"), tags.lastIndexOf("a"), tags.findLastIndex((t) => t === "b"));
