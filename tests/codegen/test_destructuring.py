"""Destructuring in declarations, assignments and for-of heads (SPEC §3.8)."""

from __future__ import annotations

from .jsrun import error, out


def test_object_patterns() -> None:
    src = """
    const o = { a: 1, b: { c: [2, 3] }, "d-e": 4, 5: "five", f: undefined };
    const { a, b: { c: [first, second] }, "d-e": de, 5: five, f = "dflt", g = a + 100, ...rest } = o;
    console.log(a, first, second, de, five, f, g, JSON.stringify(rest));
    """
    assert out(src) == '1 2 3 4 five dflt 101 {}\n'


def test_object_rest_keeps_order_and_skips_taken_keys() -> None:
    src = """
    const key = "b";
    const { [key]: taken, a, ...rest } = { 2: "two", a: 1, b: 2, c: 3, 1: "one" };
    console.log(taken, a, JSON.stringify(rest));
    """
    assert out(src) == '2 1 {"1":"one","2":"two","c":3}\n'


def test_array_patterns_with_holes_defaults_rest_and_iterables() -> None:
    src = """
    const [a, , b = 5, [c, d] = [6, 7], ...rest] = [1, 2, undefined, undefined, 8, 9];
    const [x, y, ...chars] = "h😀llo";
    const [r0, r1] = range(10, 20);
    const [u] = [];
    console.log(a, b, c, d, rest, x, y, chars.join(""), r0, r1, u);
    """
    assert out(src) == "1 5 6 7 [ 8, 9 ] h 😀 llo 10 11 undefined\n"


def test_primitives_destructure_like_objects() -> None:
    assert out("const { length } = 'abcd'; const { toFixed } = 1; console.log(length, typeof toFixed);") == \
        "4 function\n"


def test_assignment_patterns_including_members() -> None:
    src = """
    function main() {
      let a = 1, b = 2;
      [a, b] = [b, a];
      const o = { list: [] };
      let k;
      ({ k, z: o.z = "zz" } = { k: "kk" });
      [o.list[0], o.first] = ["L", "F"];
      console.log(a, b, k, JSON.stringify(o));
    }
    main();
    """
    assert out(src) == '2 1 kk {"list":["L"],"z":"zz","first":"F"}\n'


def test_for_of_heads() -> None:
    src = """
    const out = [];
    for (const [k, v] of Object.entries({ a: 1, b: 2 })) { out.push(k + v); }
    for (const { id, tags: [t = "none"] = [] } of [{ id: 1, tags: ["x"] }, { id: 2 }]) { out.push(id + t); }
    console.log(out.join(" "));
    """
    assert out(src) == "a1 b2 1x 2none\n"


def test_defaults_only_evaluated_when_needed() -> None:
    src = """
    function main() {
      let calls = 0;
      const d = () => { calls += 1; return "d"; };
      const { p = d(), q = d() } = { p: 0 };
      const [r = d(), s = d()] = [false];
      console.log(p, q, r, s, calls);
    }
    main();
    """
    assert out(src) == "0 d false d 2\n"


def test_destructuring_undefined_errors() -> None:
    assert error("const { a: { b } } = {};") == "main.js:1:12 TypeError: Cannot destructure '{}.a' as it is undefined"
    assert error("const [[x]] = [];") == "main.js:1:8 TypeError: Cannot destructure '[][0]' as it is undefined"
