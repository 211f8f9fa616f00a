"""Test entry: serve a Python handler through zigttp.vm.server.serve.

Usage: python app.py '<ServeOptions fields as JSON>'
The handler dispatches on the request path (see ``handler``).
"""

from __future__ import annotations

import json
import os
import sys
import time

from zigttp.vm.http_values import RESPONSE, Request
from zigttp.vm.server import ServeOptions, serve
from zigttp.vm.values import JSArray, JSError, JSObject


def _json(data: object, status: float = 200.0) -> object:
    return RESPONSE.js_get("json")(data, JSObject(status=status))


def handler(req: Request) -> object:
    path = req.js_get("path")
    if path == "/text":
        return "hello"
    if path == "/echo":
        headers = req.js_get("headers")
        return _json(JSObject(
            method=req.js_get("method"),
            url=req.js_get("url"),
            path=path,
            query=req.js_get("query"),
            headers=JSObject((k, headers.js_get(k)) for k in headers.js_keys()),
            body=req.js_get("body"),
        ))
    if path == "/pid":
        return str(os.getpid())
    if path == "/sleep":
        time.sleep(float(req.js_get("query").get("s", "0.2")))
        return "slept"
    if path == "/spin":
        while True:
            pass
    if path == "/error":
        raise JSError("TypeError", "Cannot read properties of undefined (reading 'x')", ("app.ts", 3, 14))
    if path == "/number":
        return 42.0
    if path == "/array":
        return JSArray()
    if path == "/undefined":
        return None
    if path == "/headers":
        resp = RESPONSE("body", JSObject(headers=JSArray([
            JSArray(["Set-Cookie", "a=1"]), JSArray(["set-cookie", "b=2"]), JSArray(["X-Custom", "v"]),
            JSArray(["Content-Length", "999"]), JSArray(["Connection", "close"]),
        ])))
        return resp
    if path == "/date":
        return RESPONSE("d", JSObject(headers=JSObject(date="Thu, 01 Jan 1970 00:00:00 GMT")))
    if path == "/status":
        return RESPONSE(None, JSObject(status=299.0))
    if path == "/modules":
        names = sorted(m for m in sys.modules
                       if m.split(".")[0] in ("asyncio", "networkx", "pydantic")
                       or m.startswith(("zigttp.passes", "zigttp.pipeline")))
        return _json(JSObject(forbidden=JSArray(names), httptools="httptools" in sys.modules,
                              server="zigttp.vm.server" in sys.modules))
    if path == "/big":
        return "x" * int(float(req.js_get("query").get("n", "1000000")))
    if path == "/crash":
        os._exit(3)
    return _json(JSObject(error="not found"), 404.0)


class Program:
    handler = staticmethod(handler)


def main() -> int:
    fields = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    options = ServeOptions(**{"port": 0, "workers": 1, "artifact": "0123456789ab", "entry": "app.ts",
                              **fields})
    if os.environ.get("ZT_LOAD_FAIL"):
        def loader() -> object:
            raise JSError("ReferenceError", "x is not defined", ("app.ts", 2, 7))
        return serve(loader, options)
    return serve(lambda: Program, options)


if __name__ == "__main__":
    sys.exit(main())
