"""The string formats zigttp:validate asserts (SPEC §11.6): date-time, date, time, duration, email,
hostname, ipv4, ipv6, uri, uri-reference, uuid, json-pointer and regex.

Each checker takes a Python string and returns a bool; the grammars are those of RFC 3339 (dates, times,
durations in appendix A), RFC 5321 (email, with quoted local parts and address literals), RFC 1123
(hostname), RFC 3986 (uri, uri-reference), RFC 4122 (uuid) and RFC 6901 (json-pointer). Every checker is
ASCII-only: a non-ASCII character never passes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from .regex_dialect import is_valid_pattern

__all__ = ["FORMATS", "check_format"]

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))\Z")
_DURATION = re.compile(
    r"P(?:(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?"
    r"|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)"
    r"|[0-9]+W)\Z"
)
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\Z")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*\Z")
_QUOTED = re.compile(r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"\Z')
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\Z")
_POINTER = re.compile(r"(?:/(?:[^~/]|~[01])*)*\Z")

# RFC 3986
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_SEGMENT = rf"{_PCHAR}*"
_SEGMENT_NZ = rf"{_PCHAR}+"
_SEGMENT_NZ_NC = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}@]|{_PCT})+"
_AUTHORITY = (rf"(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?"
              rf"(?P<host>\[[^\]]*\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)(?::[0-9]*)?")
_TAIL = rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?\Z"
_SCHEME = r"[A-Za-z][A-Za-z0-9+.\-]*"
_HIER = (rf"(?://{_AUTHORITY}(?:/{_SEGMENT})*|/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
         rf"|{_SEGMENT_NZ}(?:/{_SEGMENT})*|)")
_RELATIVE = (rf"(?://{_AUTHORITY}(?:/{_SEGMENT})*|/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
             rf"|{_SEGMENT_NZ_NC}(?:/{_SEGMENT})*|)")
_URI = re.compile(rf"{_SCHEME}:{_HIER}{_TAIL}")
_RELATIVE_REF = re.compile(rf"{_RELATIVE}{_TAIL}")
_IPV_FUTURE = re.compile(rf"[vV][0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+\Z")


def _date_ok(year: str, month: str, day: str) -> bool:
    y, m, d = int(year), int(month), int(day)
    if not 1 <= m <= 12 or d < 1:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return d <= (29 if m == 2 and leap else _DAYS[m - 1])


def is_date(s: str) -> bool:
    m = _DATE.match(s)
    return m is not None and _date_ok(*m.groups())


def is_time(s: str) -> bool:
    m = _TIME.match(s)
    if m is None:
        return False
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
    sign, oh, om = m.group(4), m.group(5), m.group(6)
    off_h, off_m = (int(oh), int(om)) if sign else (0, 0)
    if hour > 23 or minute > 59 or second > 60 or off_h > 23 or off_m > 59:
        return False
    if second == 60:  # a leap second must be 23:59:60 in UTC
        total = hour * 60 + minute - (1 if sign == "+" else -1) * (off_h * 60 + off_m) if sign else hour * 60 + minute
        if total % (24 * 60) != 23 * 60 + 59:
            return False
    return True


def is_date_time(s: str) -> bool:
    if len(s) < 11 or s[10] not in "Tt":
        return False
    return is_date(s[:10]) and is_time(s[11:])


def is_duration(s: str) -> bool:
    return _DURATION.match(s) is not None


def is_hostname(s: str) -> bool:
    if not s.isascii():
        return False
    name = s[:-1] if s.endswith(".") else s
    if not name or len(name) > 253:
        return False
    for label in name.split("."):
        if _LABEL.match(label) is None:
            return False
        if label[2:4] == "--" and not label.lower().startswith("xn--"):
            return False
    return True


def is_ipv4(s: str) -> bool:
    return _IPV4.match(s) is not None


def is_ipv6(s: str) -> bool:
    if not s.isascii() or "%" in s or not s:
        return False
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


def is_email(s: str) -> bool:
    if not s.isascii():
        return False
    local, sep, domain = s.rpartition("@")
    if not sep or not local or not domain or len(local) > 64:
        return False
    if _DOT_ATOM.match(local) is None and _QUOTED.match(local) is None:
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        if literal[:5].lower() == "ipv6:":
            return is_ipv6(literal[5:])
        return is_ipv4(literal)
    return is_hostname(domain)


def _host_ok(m: re.Match[str]) -> bool:
    host = m.groupdict().get("host")
    if host and host.startswith("["):
        inner = host[1:-1]
        return _IPV_FUTURE.match(inner) is not None or is_ipv6(inner)
    return True


def is_uri(s: str) -> bool:
    if not s.isascii():
        return False
    m = _URI.match(s)
    return m is not None and _host_ok(m)


def is_uri_reference(s: str) -> bool:
    if not s.isascii():
        return False
    m = _URI.match(s) or _RELATIVE_REF.match(s)
    return m is not None and _host_ok(m)


def is_uuid(s: str) -> bool:
    return _UUID.match(s) is not None


def is_json_pointer(s: str) -> bool:
    return _POINTER.match(s) is not None


FORMATS: dict[str, Callable[[str], bool]] = {
    "date-time": is_date_time,
    "date": is_date,
    "time": is_time,
    "duration": is_duration,
    "email": is_email,
    "hostname": is_hostname,
    "ipv4": is_ipv4,
    "ipv6": is_ipv6,
    "uri": is_uri,
    "uri-reference": is_uri_reference,
    "uuid": is_uuid,
    "json-pointer": is_json_pointer,
    "regex": is_valid_pattern,
}


def check_format(name: str, value: str) -> bool:
    """Whether ``value`` is a valid ``name`` (unknown formats always pass: they are annotations)."""
    checker = FORMATS.get(name)
    return True if checker is None else checker(value)
