"""Statements: declarations, hoisting, if/else, for-of (fresh bindings), switch, return (SPEC §3.2–§3.5)."""

from __future__ import annotations

from .jsrun import error, load, out


def test_let_const_and_several_declarators() -> None:
    assert out("let a = 1, b, c = a + 1; const d = 4, e = 'x'; console.log(a, b, c, d, e);") == "1 undefined 2 4 x\n"


def test_block_scopes_shadow_without_clashing() -> None:
    src = """
    const x = 1;
    const fs = [];
    { const x = 2; fs.push(() => x); { const x = 3; fs.push(() => x); } }
    function f() { const x = 4; { const x = 5; return x; } }
    console.log(x, fs[0](), fs[1](), f());
    """
    assert out(src) == "1 2 3 5\n"


def test_function_declarations_are_hoisted_per_block() -> None:
    src = """
    console.log(early());
    function early() { return later(); }
    function later() { return "ok"; }
    function outer() {
      const r = [inner()];
      { r.push(blockLocal()); function blockLocal() { return "block"; } }
      return r;
      function inner() { return "inner"; }
    }
    console.log(outer());
    """
    assert out(src) == "ok\n[ 'inner', 'block' ]\n"


def test_if_else_chains() -> None:
    src = """
    function grade(n) {
      if (n >= 90) { return "A"; } else if (n >= 80) { return "B"; } else { return "C"; }
    }
    let seen = "";
    if (true) seen += "t";
    if (false) { seen += "f"; }
    console.log(grade(95), grade(85), grade(10), seen);
    """
    assert out(src) == "A B C t\n"


def test_for_of_creates_a_fresh_binding_per_iteration() -> None:
    src = """
    const fs = [];
    for (const x of [1, 2, 3]) { fs.push(() => x); }
    for (let y of ["a", "b"]) { y = y + "!"; fs.push(() => y); }
    for (const [k, v] of [["p", 1], ["q", 2]]) { fs.push(() => k + v); }
    for (const i of range(2)) { const sq = i * i; fs.push(() => sq); }
    console.log(fs.map((f) => f()).join(" "));
    """
    assert out(src) == "1 2 3 a! b! p1 q2 0 1\n"


def test_return_from_a_loop_compiled_as_a_function() -> None:
    src = """
    function firstBig(xs) {
      const seen = [];
      for (const x of xs) {
        seen.push(() => x);
        if (x > 10) { return [x, seen.length]; }
      }
      return undefined;
    }
    function deep() {
      for (const a of [1, 2]) {
        for (const b of [3, 4]) {
          const f = () => a * b;
          if (f() === 8) { return f(); }
        }
      }
      return 0;
    }
    console.log(firstBig([1, 20, 30]), firstBig([1]), deep());
    """
    assert out(src) == "[ 20, 2 ] undefined 8\n"


def test_loop_body_function_updates_outer_bindings() -> None:
    src = """
    function sum(xs) {
      let total = 0;
      const later = [];
      for (const x of xs) { total += x; later.push(() => x); }
      return [total, later.length];
    }
    let top = 0;
    for (const x of [5, 6]) { top += x; const g = () => x; }
    console.log(sum([1, 2, 3]), top);
    """
    assert out(src) == "[ 6, 3 ] 11\n"


def test_for_of_iterables() -> None:
    src = """
    const seen = [];
    for (const c of "a😀b") { seen.push(c); }
    for (const n of range(5, 0, -2)) { seen.push(n); }
    for (const n of Uint8Array.from([7, 8])) { seen.push(n); }
    console.log(seen.join(" "));
    """
    assert out(src) == "a 😀 b 5 3 1 7 8\n"


def test_for_of_rereads_the_array_length() -> None:
    src = """
    const xs = [1, 2];
    const seen = [];
    for (const x of xs) { seen.push(x); if (x < 4) { xs.push(x + 2); } }
    console.log(seen);
    """
    assert out(src) == "[ 1, 2, 3, 4, 5 ]\n"


def test_switch_semantics() -> None:
    src = """
    function f(x) {
      switch (x) {
        case "a":
        case "b":
          return "ab";
        case 1: return "one";
        default: return "other";
        case undefined: return "undef";
        case true: return "yes";
      }
    }
    function g(x) {
      switch (x) {
        case 1: return "one";
      }
      return "none";
    }
    function h(x) {
      switch (x) {
        default:
        case 2: return "two or default";
        case 3: return "three";
      }
    }
    console.log(f("a"), f("b"), f(1), f(2), f(undefined), f(true), g(1), g(5), h(2), h(3), h(9));
    """
    assert out(src) == "ab ab one other undef yes one none two or default three two or default\n"


def test_switch_discriminant_and_tests_evaluate_once_in_order() -> None:
    src = """
    const log = [];
    const v = (x) => { log.push(x); return x; };
    function s(x) {
      switch (v(x)) {
        case v(1): return "one";
        case v(2): return "two";
        default: return "d";
      }
    }
    console.log(s(2), log);
    """
    assert out(src) == "two [ 2, 1, 2 ]\n"


def test_switch_hoists_function_declarations() -> None:
    src = """
    function f(x) {
      switch (x) {
        case 1: return helper();
        default: function helper() { return "h"; } return "d";
      }
    }
    console.log(f(1), f(2));
    """
    assert out(src) == "h d\n"


def test_top_level_bindings_are_visible_on_the_program() -> None:
    program = load("export const answer = 42; let hidden = 'x'; export function twice(n) { return n * 2; }")
    assert program.exports("main.js")["answer"] == 42.0
    assert program.get("main.js", "hidden") == "x"
    assert program.exports("main.js")["twice"](4.0) == 8.0
    assert set(program.exports("main.js")) == {"answer", "twice"}


def test_tdz_from_a_hoisted_function() -> None:
    src = "function f() { return later; }\nf();\nlet later = 1;"
    assert error(src) == "main.js:1:23 ReferenceError: Cannot access 'later' before initialization"


def test_tdz_of_a_captured_block_binding() -> None:
    src = "function g() {\n  { const r = read(); const late = 1; function read() { return late; } return r; }\n}\ng();"
    assert error(src) == "main.js:2:64 ReferenceError: Cannot access 'late' before initialization"


def test_tdz_inside_a_loop_iteration() -> None:
    src = """for (const i of [1, 2]) {
  if (i === 2) { peek(); }
  const late = i;
  function peek() { return late; }
}"""
    assert error(src) == "main.js:4:28 ReferenceError: Cannot access 'late' before initialization"


def test_deeply_nested_loops_compile() -> None:
    depth = 40
    head = "".join(f"for (const i{k} of [{k}]) {{\n" for k in range(depth))
    src = f"function f() {{\n  let c = 0;\n{head}c += i{depth - 1};\n{'}' * depth}\n  return c;\n}}\nconsole.log(f());"
    assert out(src) == f"{depth - 1}\n"


def test_long_operator_chains_compile() -> None:
    src = "function f(a) { return " + " + ".join(["a"] * 1200) + "; }\nconsole.log(f(1), f('x').length);"
    assert out(src) == "1200 1200\n"
