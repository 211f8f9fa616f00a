"""The serving path never loads the compiler, asyncio, networkx or pydantic (DESIGN §1, §7)."""

from __future__ import annotations

import json

from conftest import read_response, split_response


def test_serving_process_imports(make_server) -> None:
    srv = make_server({"workers": 1})
    with srv.connect() as sock:
        sock.sendall(b"GET /modules HTTP/1.1\r\nHost: t\r\n\r\n")
        data = json.loads(split_response(read_response(sock))[2])
    assert data == {"forbidden": [], "httptools": True, "server": True}
