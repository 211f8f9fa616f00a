"""Format assertion and the regex dialect of zigttp:validate (SPEC §11.6, §0.14)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from zigttp.vm.modules.formats import FORMATS
from zigttp.vm.modules.regex_dialect import compile_pattern, is_valid_pattern
from zigttp.vm.modules.validate import schemaCompile, validateJson

VALID = {
    "date-time": ["1963-06-19T08:30:06.283185Z", "1963-06-19t08:30:06z", "1937-01-01T12:00:27.87+00:20",
                  "1998-12-31T23:59:60Z", "1998-12-31T15:59:60.123-08:00"],
    "date": ["1963-06-19", "2020-02-29", "2000-02-29"],
    "time": ["08:30:06Z", "08:30:06.283185+01:00", "23:59:60Z", "01:29:60+01:30", "08:30:06-08:00"],
    "duration": ["P4DT12H30M5S", "P4Y", "PT0S", "P0D", "P1M", "PT1M", "PT36H", "P1W", "P2Y3M"],
    "email": ["joe.bloggs@example.com", "te~st@example.com", "~test@example.com", '"joe bloggs"@example.com',
              '"joe..bloggs"@example.com', "joe.bloggs@[127.0.0.1]", "joe.bloggs@[IPv6:::1]", "a@b"],
    "hostname": ["www.example.com", "xn--4gbwdl.xn--wgbh1c", "a", "a-b.c", "example.com.", "1.2.3.com"],
    "ipv4": ["192.168.0.1", "0.0.0.0", "255.255.255.255"],
    "ipv6": ["::1", "::", "1:2:3:4:5:6:7:8", "::ffff:192.168.0.1", "fe80::1"],
    "uri": ["http://foo.bar/?baz=qux#quux", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
            "http://[2001:db8::7]/c=GB?objectClass?one", "mailto:John.Doe@example.com", "tel:+1-816-555-1212",
            "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", "ldap://[2001:db8::7]/c=GB",
            "http://example.com/%E2%82%AC", "http://[v1.fe]/"],
    "uri-reference": ["http://foo.bar/?baz=qux#quux", "/abc", "abc", "#fragment", "", "//host/path", "?q=1"],
    "uuid": ["2EB8AA08-AA98-11EA-B4AA-73B441D16380", "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
             "00000000-0000-0000-0000-000000000000"],
    "json-pointer": ["", "/foo/bar~0/baz~1/%a", "/", "/foo//bar", "/~0~1"],
    "regex": ["^[a-z]+$", "(a|b)*", "\\d{2,}", "(?:x)(?=y)(?!z)(?<=w)", "\\bword\\b", "[\\]]", "a{2}"],
}
INVALID = {
    "date-time": ["1990-02-31T15:59:59.123-08:00", "1990-12-31T15:59:59-24:00", "06/19/1963 08:30:06 PST",
                  "2013-350T01:01:01", "1963-06-19T08:30:06.28123+01:00Z", "1963-06-1٢T00:00:00Z",
                  "1998-12-31T22:59:60Z", "1963-06-19 08:30:06Z"],
    "date": ["2021-02-29", "1998-13-01", "1998-1-20", "2020-11-31", "1963-06-1৪", "2020-02-30", "20200229"],
    "time": ["22:59:60Z", "23:59:60+01:00", "24:00:00Z", "08:30:06", "08:30:06 PST", "12:00:00+24:00",
             "1:2:3Z", "08:30:06.Z"],
    "duration": ["PT", "P", "P1D2H", "P2S", "P1Y2W", "PT1D", "P1.5D", "4DT12H30M5S", "P1DT", "p1d"],
    "email": ["2962", ".test@example.com", "test.@example.com", "te..st@example.com",
              "joe.bloggs@invalid=domain.com", "joe.bloggs@[127.0.0.300]", "a@", "@b", "a@b@c", "é@x.com"],
    "hostname": ["-a-host-name-that-starts-with--hyphens", "not_a_valid_host_name", "", ".", "a..b",
                 "a" * 64 + ".com", "ab--cd.com", "exa mple.com", "ex\u00e4mple.com"],
    "ipv4": ["127.0.0.0.1", "256.256.256.256", "127.0", "0x7f000001", "087.10.0.1", "1.2.3.4\n", "১২৭.0.0.1"],
    "ipv6": ["12345::", "::laptop", ":::", "1:1:1:1:1:1:1:1:1", "fe80::1%eth0", " ::1", "1::2::3"],
    "uri": ["//foo.bar/?baz=qux#quux", "\\\\WINDOWS\\fileshare", "abc", "http:// shouldfail.com",
            ":// should fail", "bar,baz:foo", "http://example.com/€", "http://[::1/", "http://a b/"],
    "uri-reference": ["\\\\WINDOWS\\fileshare", "#frag ment", "http://exa mple.com", "é"],
    "uuid": ["2eb8aa08-aa98-11ea-b4aa-73b441d1638", "2eb8aa08aa9811eab4aa73b441d16380",
             "2eb8aa08-aa98-11ea-73b441d16380", "2eb8aa08-aa98-11ea-b4ga-73b441d16380"],
    "json-pointer": ["/foo/bar~", "#", "a/b", "/~2"],
    "regex": ["^(abc]", "(?<n>a)", "\\p{L}", "(?P<n>a)", "(?i)a", "a*+", "a{,3}", "[]a]", "[^]", "\\Z",
              "\\cA", "\\k<n>", "(?#c)", "\\u{61}"],
}


@pytest.mark.parametrize(("fmt", "value"), [(f, v) for f, vs in VALID.items() for v in vs])
def test_valid(fmt: str, value: str) -> None:
    assert FORMATS[fmt](value) is True


@pytest.mark.parametrize(("fmt", "value"), [(f, v) for f, vs in INVALID.items() for v in vs])
def test_invalid(fmt: str, value: str) -> None:
    assert FORMATS[fmt](value) is False


def test_every_spec_format_is_asserted() -> None:
    assert set(FORMATS) == {"date-time", "date", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uri",
                            "uri-reference", "uuid", "json-pointer", "regex"}


def test_format_through_validate() -> None:
    assert schemaCompile("f", json.dumps({"type": "array", "items": {"format": "ipv4"}})) is True
    result = validateJson("f", '["1.2.3.4", "1.2.3", 5, null]')
    assert [dict(e) for e in result["errors"]] == [{"path": "/1", "message": "is not a valid ipv4"}]
    assert schemaCompile("u", json.dumps({"format": "made-up"})) is True  # unknown formats annotate only
    assert validateJson("u", '"x"')["ok"] is True


def test_patterns_match_like_search() -> None:
    assert compile_pattern("b").search("abc")
    assert schemaCompile("p", json.dumps({"pattern": "^\\d+$", "patternProperties": {"^x-": {"type": "string"}}}))
    assert validateJson("p", '"123"')["ok"] is True
    assert validateJson("p", '{"x-a": 1}')["errors"][0]["message"] == "expected string, got number"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the ECMAScript oracle")
def test_accepted_patterns_are_valid_ecmascript() -> None:
    accepted = [p for p in VALID["regex"] + INVALID["regex"] + ["a{,3}x", "[a-z]{1,3}?", "\\/x"] if is_valid_pattern(p)]
    script = ("const ps = JSON.parse(process.argv[1]); const bad = ps.filter(p => { try { new RegExp(p, 'u'); "
              "return false; } catch (e) { return true; } }); console.log(JSON.stringify(bad));")
    out = subprocess.run(["node", "-e", script, json.dumps(accepted)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
