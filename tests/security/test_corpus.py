"""Hostile handlers served over real HTTP (SPEC §3.14 "No reflection", §3.15, §3.16, §17.8): none reaches a
Python object, module or file, none crashes the worker (the next request is served by the same worker), and
each gets its specified JS outcome (status, body, ERROR log line), as written in its corpus file."""

from __future__ import annotations

import http.client
import re

import pytest

from tests.e2e.conftest import Served

from .conftest import TIMEOUT_MS
from .corpus import Case, load_cases

CASES = load_cases()
# Python object reprs, module paths and tracebacks must never reach a client or the error log.
LEAKS = re.compile(r"<(?:function|built-in|bound method|module|class)\b| object at 0x|Traceback|File \"|zigttp\.vm|"
                   r"\.py\b|site-packages")


def _get(server: Served, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _error_line(server: Served, case: Case) -> str | None:
    line = server.wait_for(re.compile(rf" w\d+ ERROR GET {re.escape(case.route)}: "), 10)
    return None if line is None else line.split(f"ERROR GET {case.route}: ", 1)[1]


def _check(server: Served, case: Case) -> None:
    status, body = _get(server, case.route)
    assert status in case.statuses, (status, body)
    if case.body is not None:
        assert body == case.body
    assert LEAKS.search(body) is None, body
    if status == 504:  # a runaway loop stopped by --timeout-ms (allowed where the case lists 504)
        assert _error_line(server, case) == f"handler timed out after {TIMEOUT_MS} ms"
    elif case.error is not None or case.error_prefix is not None:
        text = _error_line(server, case)
        assert text is not None, server.lines[-5:]
        assert LEAKS.search(text) is None, text
        if case.error is not None:
            assert text == case.error
        else:
            assert text.startswith(case.error_prefix or "")
    # the worker survived: it answers the next request, and it is still the first (only) worker
    assert _get(server, "/ping") == (200, "pong")
    access = server.wait_for(re.compile(rf" w1 GET {re.escape(case.route)} {status} "), 10)
    assert access is not None, server.lines[-5:]


@pytest.mark.parametrize("case", [c for c in CASES if not c.last], ids=lambda c: c.name)
def test_hostile_handler(corpus_server: Served, case: Case) -> None:
    _check(corpus_server, case)


def test_state_after_attacks(corpus_server: Served) -> None:
    """Module state and the built-ins are unchanged after every tampering attempt (run here again, so the
    check does not depend on test order or distribution)."""
    for case in CASES:
        if not case.last and any(word in case.name for word in ("frozen", "tamper")):
            _get(corpus_server, case.route)
    for case in CASES:
        if case.last:
            _check(corpus_server, case)


def test_no_worker_was_replaced(corpus_server: Served) -> None:
    _get(corpus_server, "/ping")
    assert not [line for line in corpus_server.lines if "exited unexpectedly" in line or "recycled" in line]
    assert not [line for line in corpus_server.lines if LEAKS.search(line)]


def test_every_case_is_routed() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) and len(names) >= 30
