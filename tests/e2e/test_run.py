"""`zigttp run`: request mode and script mode (SPEC §16.5)."""

from __future__ import annotations

import shutil

from tests.conftest import EXAMPLES, write


def test_request_mode_prints_the_response(zigttp) -> None:
    shutil.copy(EXAMPLES / "hello.ts", zigttp.cwd / "hello.ts")
    r = zigttp("run", "hello.ts", "--request", "GET", "/hi?x=1")
    assert r.code == 0, r.err
    assert r.out == ("HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: 54\n\n"
                     '{"message":"Hello, World","method":"GET","path":"/hi"}\n')
    assert r.err == ""


def test_request_mode_headers_and_body(zigttp) -> None:
    write(zigttp.cwd / "echo.js", "export function handler(req) {\n"
          "  return Response.text(req.method + ' ' + req.headers.get('x-a') + ' ' + req.text(), "
          "{ status: 201 });\n}\n")
    write(zigttp.cwd / "body.txt", "from a file")
    r = zigttp("run", "echo.js", "--request", "PUT", "/p", "--header", "X-A: yes", "--body", "@body.txt")
    assert r.code == 0, r.err
    assert r.out.startswith("HTTP/1.1 201 Created\n")
    assert r.out.endswith("\n\nPUT yes from a file\n")


def test_runtime_error_exit_1_and_500(zigttp) -> None:
    write(zigttp.cwd / "boom.js", "export function handler(req) {\n  return req.nope.deeper;\n}\n")
    r = zigttp("run", "boom.js")
    assert r.code == 1
    assert r.out.startswith("HTTP/1.1 500 Internal Server Error\n")
    assert "boom.js:2:10 TypeError: Cannot read properties of undefined (reading 'deeper')" in r.err


def test_script_mode_prints_console_output_only(zigttp) -> None:
    write(zigttp.cwd / "script.js", "const xs = [3, 1, 2];\nconsole.log('sum', xs[0] + xs[1] + xs[2]);\n"
          "console.log({ a: 1, b: [true, undefined] });\n")
    r = zigttp("run", "script.js")
    assert (r.code, r.out, r.err) == (0, "sum 6\n{ a: 1, b: [ true, undefined ] }\n", "")


def test_script_mode_runtime_error(zigttp) -> None:
    write(zigttp.cwd / "s.js", "console.log('before');\nconst o = JSON.parse('{}');\nconsole.log(o.a.b);\n")
    r = zigttp("run", "s.js")
    assert r.code == 1
    assert r.out == "before\n"
    assert r.err == "s.js:3:13 TypeError: Cannot read properties of undefined (reading 'b')\n"


def test_script_mode_refuses_request_options(zigttp) -> None:
    write(zigttp.cwd / "s.js", "console.log(1);\n")
    r = zigttp("run", "s.js", "--request", "GET", "/")
    assert r.code == 2
    assert "has no handler" in r.err


def test_build_error_in_run(zigttp) -> None:
    write(zigttp.cwd / "bad.js", "while (true) {}\n")
    r = zigttp("run", "bad.js")
    assert r.code == 1
    assert r.out == ""
    assert r.err.startswith("error[ZT0200]: 'while' is not supported\n")
    assert r.err.endswith("1 error\n")


def test_head_request_prints_headers_without_body(zigttp) -> None:
    shutil.copy(EXAMPLES / "hello.ts", zigttp.cwd / "hello.ts")
    r = zigttp("run", "hello.ts", "--request", "HEAD", "/x")
    assert r.code == 0, r.err
    assert r.out == "HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: 54\n\n\n"  # empty body
