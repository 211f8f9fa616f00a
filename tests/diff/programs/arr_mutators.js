// mutating array methods: push/pop/shift/unshift/splice/reverse/fill/copyWithin/sort return values
const a = [1, 2, 3];
console.log(a.push(4, 5), a.pop(), a.shift(), a.unshift(0, 0.5), a);
console.log([].pop(), [].shift(), [].push(), [1].unshift(), a.length);
const s = [0, 1, 2, 3, 4, 5, 6, 7];
console.log(s.splice(2, 2), s, s.splice(-2), s, s.splice(1, 0, "a", "b"), s, s.splice(0), s);
const t = [1, 2, 3, 4, 5];
console.log(t.splice(1, -1), t.splice(10, 1), t.splice(2, Infinity, "x"), t, t.splice(NaN, 1), t);
const u = [1, 2, 3, 4, 5];
console.log(u.splice(undefined), u, [1, 2, 3].splice(1, undefined));
const r = [1, 2, 3];
console.log(r.reverse(), r, r.reverse() === r);
console.log([1, 2, 3, 4, 5].fill(0), [1, 2, 3, 4, 5].fill(9, 1, 3), [1, 2, 3, 4, 5].fill(7, -2), [1, 2, 3].fill(8, 5));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 2), [1, 2, 3, 4, 5].copyWithin(-2, 0),
  [1, 2, 3, 4, 5].copyWithin(2, -3, -1));
const grow = [1];
grow.length = 3;
console.log(grow.join("|"), grow.length, JSON.stringify(grow));
grow.length = 1;
console.log(grow);
const holes = [];
holes[2] = "c";
console.log(holes.length, holes.join("-"), JSON.stringify(holes));
const q = [3, 1, 2];
const sorted = q.sort();
console.log(sorted === q, q);
