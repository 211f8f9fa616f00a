"""Payload format 2.0 conversions of the Lambda entry, in-process (SPEC §15.5)."""

from __future__ import annotations

import base64

import pytest
from zigttp.vm.http_values import Headers, Response
from zigttp.vm.lambda_entry import EventError, LambdaApp, is_textual, request_from_event, result_of
from zigttp.vm.respond import outcome_of


def _event(**fields: object) -> dict[str, object]:
    event: dict[str, object] = {"version": "2.0", "rawPath": "/p", "rawQueryString": "",
                                "requestContext": {"http": {"method": "GET"}}, "headers": {}}
    event.update(fields)
    return event


def test_url_path_and_query() -> None:
    req = request_from_event(_event(rawPath="/a%2Fb", rawQueryString="q=1+2&r=%C3%A9&q=3"))
    assert (req.method, req.url, req.path) == ("GET", "/a%2Fb?q=1+2&r=%C3%A9&q=3", "/a%2Fb")
    assert dict(req.query) == {"q": "3", "r": "é"}
    assert request_from_event(_event(rawQueryString="")).url == "/p"


def test_cookies_join_the_cookie_header() -> None:
    req = request_from_event(_event(cookies=["a=1", "b=2"], headers={"accept": "text/html"}))
    assert req.headers.get("cookie") == "a=1; b=2"
    assert req.headers.get("accept") == "text/html"
    both = request_from_event(_event(cookies=["b=2"], headers={"cookie": "a=1"}))
    assert both.headers.get("cookie") == "a=1; b=2"
    assert request_from_event(_event()).headers.get("cookie") is None


@pytest.mark.parametrize(("fields", "body"), [
    ({"body": "héllo"}, "héllo"),
    ({"body": base64.b64encode("héllo".encode()).decode(), "isBase64Encoded": True}, "héllo"),
    ({"body": base64.b64encode(b"\xff\xfe").decode(), "isBase64Encoded": True}, "\ufffd\ufffd"),
    ({"body": ""}, None),
    ({}, None),
])
def test_bodies(fields: dict[str, object], body: str | None) -> None:
    assert request_from_event(_event(**fields)).body == body


@pytest.mark.parametrize(("fields", "message"), [
    ({"requestContext": {}}, "malformed event payload: missing requestContext.http.method"),
    ({"body": "%%%", "isBase64Encoded": True}, "malformed event payload: body is not valid base64"),
])
def test_malformed_events(fields: dict[str, object], message: str) -> None:
    with pytest.raises(EventError, match=message):
        request_from_event(_event(**fields))


@pytest.mark.parametrize(("content_type", "textual"), [
    ("text/html; charset=utf-8", True), ("application/json", True), ("application/problem+json", True),
    ("image/svg+xml", True), ("application/javascript", True), ("APPLICATION/XML", True),
    ("application/octet-stream", False), ("image/png", False), (None, False), ("", False),
])
def test_textual_content_types(content_type: str | None, textual: bool) -> None:
    assert is_textual(content_type) is textual


def test_result_of_a_response() -> None:
    headers = Headers()
    headers.append("set-cookie", "a=1")
    headers.append("x-b", "1")
    headers.append("x-b", "2")
    headers.append("set-cookie", "c=3")
    response = Response(201, None, headers, "ok")
    assert result_of(outcome_of(response)) == {
        "statusCode": 201, "headers": {"x-b": "1, 2"}, "cookies": ["a=1", "c=3"], "body": "b2s=",
        "isBase64Encoded": True,  # no content type: not textual
    }


def test_result_of_a_string_and_of_head() -> None:
    text = result_of(outcome_of("héllo"))
    assert text == {"statusCode": 200, "headers": {"content-type": "text/plain; charset=utf-8"},
                    "body": "héllo", "isBase64Encoded": False}
    assert result_of(outcome_of("héllo"), head=True)["body"] == ""


def test_unsupported_versions(capsys: pytest.CaptureFixture[str]) -> None:
    app = LambdaApp("0" * 64, lambda req: "unused")
    for event in ({"version": "1.0"}, {}, "not an object"):
        assert app.invoke(event)["statusCode"] == 500
    assert capsys.readouterr().err.splitlines() == [
        "unsupported event payload version '1.0'",
        "unsupported event payload version ''",
        "unsupported event payload version ''",
    ]


def test_invoke_uses_the_remaining_time_as_a_timeout() -> None:
    class Context:
        def get_remaining_time_in_millis(self) -> int:
            return 501  # leaves 1 ms for the handler

    def slow(req: object) -> str:
        total = 0
        for i in range(10**9):
            total += i
        return str(total)

    result = LambdaApp("0" * 64, slow).invoke(_event(), Context())
    assert (result["statusCode"], result["body"]) == (504, "Gateway Timeout")
