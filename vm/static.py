"""Static files under ``/static/`` (SPEC §17.6).

``StaticFiles(root).serve(method, target, headers)`` answers one request with an ``Outcome``: 403 for unsafe
paths, 405 for methods other than GET/HEAD, 404 when there is no regular file, 304 for matching conditional
requests, 500 on I/O errors, else 200 with content type, etag, last-modified and ``cache-control: no-cache``.
Small files are kept in a per-worker LRU cache and revalidated by size and modification time.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from urllib.parse import unquote_to_bytes

from .respond import Outcome, imf_date, server_outcome

__all__ = ["StaticFiles", "content_type", "PREFIX"]

PREFIX = b"/static/"
_CACHE_FILE_MAX = 64 * 1024
_CACHE_TOTAL_MAX = 1024 * 1024
_DRIVE = re.compile(r"[A-Za-z]:")
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}

_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json", ".map": "application/json",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".xml": "application/xml", ".svg": "image/svg+xml",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
    ".pdf": "application/pdf", ".wasm": "application/wasm",
    ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
}


def content_type(name: str) -> str:
    """The content type for a file name (extension table of §17.6)."""
    return _TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")


def _safe_relative(target: bytes) -> str | None:
    """The decoded path below ``/static/``, or ``None`` when it is forbidden."""
    raw = target.partition(b"?")[0][len(PREFIX):]
    try:
        rel = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not rel or "\0" in rel or "\\" in rel or _DRIVE.match(rel):
        return None
    for segment in rel.split("/"):
        if not segment or segment.startswith("."):  # also rejects "." and ".."
            return None
    return rel


def _parse_http_date(text: str) -> int | None:
    """Seconds since the epoch of an IMF-fixdate (other HTTP date forms through email.utils)."""
    parts = text.strip().split()
    try:
        if len(parts) == 6 and parts[5] == "GMT":
            day, month, year = int(parts[1]), _MONTHS[parts[2]], int(parts[3])
            hour, minute, second = (int(p) for p in parts[4].split(":"))
            import calendar

            return calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
        from email.utils import mktime_tz, parsedate_tz

        parsed = parsedate_tz(text)
        return None if parsed is None else int(mktime_tz(parsed))
    except (KeyError, ValueError, TypeError, OverflowError):
        return None


def _etag_matches(header: str, etag: str) -> bool:
    """Weak comparison of ``etag`` against an ``if-none-match`` list (or ``*``)."""
    opaque = etag[2:] if etag.startswith("W/") else etag
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate == "*":
            return True
        if candidate.startswith("W/"):
            candidate = candidate[2:]
        if candidate == opaque:
            return True
    return False


class StaticFiles:
    """Serves the files of one directory (per worker)."""

    def __init__(self, root: str):
        self.root = os.path.realpath(root)
        self._cache: OrderedDict[str, tuple[int, int, bytes]] = OrderedDict()
        self._cached_bytes = 0

    def serve(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]]) -> Outcome:
        """Answer a request whose path starts with ``/static/``."""
        rel = _safe_relative(target)
        if rel is None:
            return server_outcome(403)
        path = os.path.realpath(os.path.join(self.root, rel))
        if not path.startswith(self.root + os.sep):
            return server_outcome(403)
        if method not in ("GET", "HEAD"):
            out = server_outcome(405)
            out.headers.append(("allow", "GET, HEAD"))
            return out
        try:
            st = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            return server_outcome(404)
        except OSError:
            return server_outcome(500)
        if not os.path.isfile(path):
            return server_outcome(404)
        size, mtime_ns = st.st_size, st.st_mtime_ns
        etag = '"' + hashlib.blake2b(f"{size}:{mtime_ns}".encode(), digest_size=8).hexdigest() + '"'
        mtime = mtime_ns // 1_000_000_000
        validators = [("etag", etag), ("last-modified", imf_date(mtime)), ("cache-control", "no-cache")]
        if self._not_modified(headers, etag, mtime):
            return Outcome(304, "Not Modified", validators, length=size)
        try:
            data = self._read(path, size, mtime_ns)
        except OSError:
            return server_outcome(500)
        return Outcome(200, "OK", [("content-type", content_type(path))] + validators, data)

    @staticmethod
    def _not_modified(headers: list[tuple[bytes, bytes]], etag: str, mtime: int) -> bool:
        none_match = modified_since = None
        for name, value in headers:
            lower = name.lower()
            if lower == b"if-none-match":
                text = value.decode("latin-1")
                none_match = text if none_match is None else f"{none_match}, {text}"
            elif lower == b"if-modified-since":
                modified_since = value.decode("latin-1")
        if none_match is not None:
            return _etag_matches(none_match, etag)
        if modified_since is not None:
            since = _parse_http_date(modified_since)
            return since is not None and since >= mtime
        return False

    def _read(self, path: str, size: int, mtime_ns: int) -> bytes:
        cached = self._cache.get(path)
        if cached is not None:
            if cached[0] == size and cached[1] == mtime_ns:
                self._cache.move_to_end(path)
                return cached[2]
            self._forget(path)
        with open(path, "rb") as f:
            data = f.read()
        if len(data) <= _CACHE_FILE_MAX and len(data) == size:
            self._cache[path] = (size, mtime_ns, data)
            self._cached_bytes += len(data)
            while self._cached_bytes > _CACHE_TOTAL_MAX:
                self._forget(next(iter(self._cache)))
        return data

    def _forget(self, path: str) -> None:
        entry = self._cache.pop(path, None)
        if entry is not None:
            self._cached_bytes -= len(entry[2])
