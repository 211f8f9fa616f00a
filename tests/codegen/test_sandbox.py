"""No reflection: Python objects, builtins and modules are unreachable from JS (SPEC §3.14, DESIGN §5)."""

from __future__ import annotations

import pytest

from .jsrun import compile_js, load, out, run


@pytest.mark.parametrize("name", ["__class__", "constructor", "__proto__", "prototype", "__globals__",
                                  "__builtins__", "__dict__", "__code__", "__closure__", "__import__",
                                  "__getattribute__", "get", "keys", "items", "append", "f_globals",
                                  "__subclasses__", "mro", "__reduce__"])
def test_reflective_names_are_plain_missing_keys(name: str) -> None:
    src = f"""
    const f = () => 1;
    const values = [{{}}, [], "s", 1, true, f, Math, console, range(2), JSON];
    const seen = values.map((v) => v["{name}"]);
    const dotted = ({{}}).{name} === undefined && [].{name} === undefined;
    console.log(seen.every((x) => x === undefined || typeof x === "function"), dotted);
    """
    result = run(src)
    assert result.error is None, result.error
    assert result.stdout == "true true\n"


def test_functions_found_by_name_are_js_methods_not_python_attributes() -> None:
    # `keys`/`get` only ever resolve to JS-visible built-ins, never to Python's dict methods
    assert out("const o = {}; console.log(o.keys, o.get, o.items, [].append, 's'.encode);") == \
        "undefined undefined undefined undefined undefined\n"
    assert out("const o = { get: 1 }; console.log(o.get, o['__class__'], typeof o.constructor);") == \
        "1 undefined undefined\n"


def test_reflective_keys_can_be_stored_as_data() -> None:
    src = """
    const o = {};
    o.__proto__ = 1; o["__class__"] = 2; o.constructor = 3; o.__globals__ = 4;
    console.log(JSON.stringify(o), Object.keys(o).length);
    """
    assert out(src) == '{"__proto__":1,"__class__":2,"constructor":3,"__globals__":4} 4\n'


def test_unknown_globals_are_undefined_under_typeof() -> None:
    assert out("console.log(typeof __builtins__, typeof __import__, typeof open, typeof eval2, typeof Z_get);") \
        == "undefined undefined undefined undefined undefined\n"


def test_identifiers_cannot_collide_with_runtime_names() -> None:
    src = """
    const Z_get = 1, G_Math = 2, GM_Math_floor = 3, _t1_ = 4, None = 5, True = 6, __builtins__ = 7;
    const print = 8, type = 9, open = 10, _module_ = 11, $ = 12, _ = 13, été = 14, x$y = 15;
    console.log(Z_get + G_Math + GM_Math_floor + _t1_ + None + True + __builtins__ + print + type + open
      + _module_ + $ + _ + été + x$y, Math.floor(1.5));
    """
    assert out(src) == "120 1\n"


def test_generated_code_runs_without_python_builtins() -> None:
    program = load("const f = () => 1;")
    namespace = program.namespaces["main.js"]
    assert namespace["__builtins__"] == {}
    f = program.get("main.js", "f")
    assert f.__globals__["__builtins__"] == {}


def test_code_objects_reference_no_python_builtins() -> None:
    import marshal

    code = marshal.loads(compile_js("const o = { a: [1, 2] }; for (const x of o.a) { console.log(`${x}`); }"))[2]

    def names(c):
        yield from c.co_names
        for const in c.co_consts:
            if hasattr(const, "co_names"):
                yield from names(const)

    allowed_prefixes = ("Z_", "G_", "GM_", "_module_")
    suspicious = {n for n in names(code) if not n.startswith(allowed_prefixes) and n not in ("get", "__class__")}
    assert suspicious == set()
