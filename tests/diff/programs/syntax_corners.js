#!/usr/bin/env node
// syntax corners: shebang, Unicode identifiers, reserved words as keys, contextual keywords as names, ASI
const café = 1, π = Math.PI, $ = 2, _ = 3, ᚠ = 4, $_$ = 5;
console.log(café + π + $ + _ + ᚠ + $_$);
const o = { default: 1, new: 2, class: 3, if: 4, for: 5, null: 6, true: 7, typeof: 8, get: 9, set: 10, of: 11 };
console.log(o.default, o.new, o.class, o.if, o.for, o.null, o.true, o.typeof, o.get, o.set, o["of"], o);
const of = 1, as = 2, from = 3, type = 4, get = 5, set = 6, match = 7, when = 8, satisfies = 9, is = 10, keyof = 11, readonly = 12;
console.log(of + as + from + type + get + set + match + when + satisfies + is + keyof + readonly);
const m = { get() { return "g"; }, set(v) { return v; }, match: (x) => x };
console.log(m.get(), m.set(3), m.match(4));
const flag = true;
console.log(flag?.5:1, flag ? .5 : 1);
console.log(`${{ a: 1 }.a} ${`${`${1 + 1}`}`}`, 1_000.5_5, 1e1_0, 0.000_1);
/* block
   comment */ console.log(/* inline */ "after comments" // trailing
);
const x = 5
const y = x
  + 1
console.log(x, y)
const arr = [1, 2, 3]
for (const v of arr) console.log(v)
