"""Functions: parameters, defaults, rest, destructuring, closures, metadata (SPEC §3.6, §3.8)."""

from __future__ import annotations

from zigttp.vm.functions import function_length, function_name, function_source, is_function

from .jsrun import load, out


def test_missing_and_extra_arguments() -> None:
    program = load("export function f(a, b) { return [a, b]; }\nexport const g = (...r) => r.length;")
    f, g = program.get("main.js", "f"), program.get("main.js", "g")
    assert f() == [None, None]
    assert f(1.0) == [1.0, None]
    assert f(1.0, 2.0, 3.0, 4.0) == [1.0, 2.0]
    assert g() == 0.0 and g(1.0, 2.0, 3.0) == 3.0


def test_defaults_apply_to_undefined_only_and_see_earlier_parameters() -> None:
    src = """
    let calls = 0;
    function f(a, b = a * 2, c = [a, b]) { return [a, b, c]; }
    console.log(JSON.stringify([f(1), f(1, undefined, undefined), f(1, 0, false)]));
    """
    assert out(src) == "[[1,2,[1,2]],[1,2,[1,2]],[1,0,false]]\n"


def test_defaults_are_evaluated_at_call_time() -> None:
    src = """
    function f(list = []) { list.push(1); return list.length; }
    console.log(f(), f(), f([5]));
    """
    assert out(src) == "1 1 2\n"


def test_destructuring_parameters() -> None:
    src = """
    function f({ a, b: [x, y = 9] = [], ...rest }, [first, , third] = "abc", ...more) {
      return JSON.stringify([a, x, y, rest, first, third, more]);
    }
    console.log(f({ a: 1, b: [2], c: 3, d: 4 }));
    console.log(f({ a: 1 }, [7, 8, 9], 10, 11));
    const g = ({ name = "anon" } = {}) => name;
    console.log(g(), g({}), g({ name: "x" }));
    """
    assert out(src) == ('[1,2,9,{"c":3,"d":4},"a","c",[]]\n[1,null,9,{},7,9,[10,11]]\nanon anon x\n')


def test_closures_share_and_update_bindings() -> None:
    src = """
    function makeCounter() {
      let n = 0;
      return { inc: () => { n += 1; return n; }, get: () => n, reset() { n = 0; } };
    }
    const c = makeCounter();
    c.inc(); c.inc();
    const before = c.get();
    c.reset();
    console.log(before, c.get(), c.inc());
    """
    assert out(src) == "2 0 1\n"


def test_recursion_and_mutual_recursion() -> None:
    src = """
    function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
    function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
    const fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
    console.log(isEven(10), isOdd(7), fib(15));
    """
    assert out(src) == "true true 610\n"


def test_function_metadata() -> None:
    src = """
    export function named(a, b = 1, c) { return a; }
    export const arrow = (x, y) => x;
    export const restOnly = (...xs) => xs;
    export const obj = { method(p) { return p; }, prop: () => 1 };
    export const anon = [(q) => q][0];
    """
    program = load(src)
    exports = program.exports("main.js")
    named, arrow, rest = exports["named"], exports["arrow"], exports["restOnly"]
    method, prop = exports["obj"]["method"], exports["obj"]["prop"]
    assert [function_name(f) for f in (named, arrow, rest, method, prop)] == ["named", "arrow", "restOnly", "method",
                                                                            "prop"]
    assert [function_length(f) for f in (named, arrow, rest, method)] == [1, 2, 0, 1]
    assert function_source(named) == "function named(a, b = 1, c) { return a; }"
    assert function_source(arrow) == "(x, y) => x"
    assert function_name(exports["anon"]) == ""
    assert all(is_function(f) for f in (named, arrow, method))
    assert not is_function(exports["obj"]) and not is_function("s") and not is_function(None)


def test_name_and_length_from_js() -> None:
    src = """
    function f(a, b) {}
    const g = (x = 1) => x;
    console.log(f.name, f.length, g.name, g.length, [1].map.name, Math.max.name);
    console.log(String(f), `${g}`);
    """
    assert out(src) == "f 2 g 0 map max\nfunction f(a, b) {} (x = 1) => x\n"


def test_functions_as_values() -> None:
    src = """
    const ops = { add: (a, b) => a + b, mul: (a, b) => a * b };
    const apply = (name, a, b) => ops[name](a, b);
    const compose = (f, g) => (x) => g(f(x));
    const inc = (x) => x + 1;
    console.log(apply("add", 2, 3), apply("mul", 2, 3), compose(inc, (x) => x * 10)(1), [3, 1, 2].sort((a, b) => a - b));
    """
    assert out(src) == "5 6 20 [ 1, 2, 3 ]\n"
