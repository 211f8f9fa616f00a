"""Command-line option parsing with the exact messages of SPEC §16.1.

argparse's wording and conventions differ from the specification (usage errors, `--opt=value` for flags,
`-h` meaning --host for serve), so this small declarative parser implements them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class UsageError(Exception):
    """A command-line usage error (exit 2)."""


class Opt:
    """One option: its spellings, destination, kind (flag | value | multi | pair) and value converter.

    (Plain classes rather than dataclasses: this module is on the serving path, where importing
    dataclasses costs several milliseconds of cold start.)"""

    __slots__ = ("names", "dest", "kind", "convert", "default", "value_name", "help")

    def __init__(self, names: tuple[str, ...], dest: str, kind: str = "flag",
                 convert: Callable[[str, str], Any] | None = None, default: Any = None, value_name: str = "",
                 help: str = ""):
        self.names = names
        self.dest = dest
        self.kind = kind
        self.convert = convert  # (value, option name) -> parsed value
        self.default = default
        self.value_name = value_name
        self.help = help


class Command:
    """A command: its positionals ((name, required) pairs), options and usage line."""

    __slots__ = ("name", "summary", "positionals", "options", "usage")

    def __init__(self, name: str, summary: str, positionals: list[tuple[str, bool]],
                 options: list[Opt] | None = None, usage: str = ""):
        self.name = name
        self.summary = summary
        self.positionals = positionals
        self.options = options or []
        self.usage = usage

    def help_text(self) -> str:
        lines = [f"usage: {self.usage}", "", self.summary, ""]
        if self.options:
            lines.append("options:")
            for opt in self.options:
                flag = ", ".join(opt.names)
                if opt.kind in ("value", "multi"):
                    flag += f" {opt.value_name or 'VALUE'}"
                elif opt.kind == "pair":
                    flag += f" {opt.value_name}"
                lines.append(f"  {flag:<34} {opt.help}")
        return "\n".join(lines) + "\n"


# -- value converters ----------------------------------------------------------------------------------

_SIZE = re.compile(r"^(\d+)(k|kb|m|mb|g|gb)?$", re.IGNORECASE)
_SIZE_FACTORS = {None: 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}


def parse_size(value: str, name: str = "") -> int:
    """`512`, `64k`, `1m`, `2GB` (powers of 1024)."""
    m = _SIZE.match(value)
    if not m:
        raise UsageError(f"invalid size '{value}' (expected digits with an optional k, kb, m, mb, g or gb suffix)")
    suffix = m.group(2).lower() if m.group(2) else None
    return int(m.group(1)) * _SIZE_FACTORS[suffix]


def non_negative_int(value: str, name: str) -> int:
    if not value.isdigit() or not value.isascii():
        raise UsageError(f"invalid value '{value}' for '{name}'")
    return int(value)


def port_number(value: str, name: str) -> int:
    port = non_negative_int(value, name)
    if port > 65535:
        raise UsageError(f"invalid value '{value}' for '{name}'")
    return port


def workers_value(value: str, name: str) -> int | str:
    if value == "auto":
        return value
    n = non_negative_int(value, name)
    if n < 1 or n > 1024:
        raise UsageError(f"invalid value '{value}' for '{name}'")
    return n


def choice(*allowed: str) -> Callable[[str, str], str]:
    def convert(value: str, name: str) -> str:
        if value not in allowed:
            raise UsageError(f"invalid value '{value}' for '{name}'")
        return value

    return convert


_DEFINE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def define_value(value: str, name: str) -> tuple[str, str]:
    key, eq, val = value.partition("=")
    if not eq or not _DEFINE.match(key):
        raise UsageError(f"invalid value '{value}' for '{name}' (expected NAME=VALUE)")
    return key, val


def header_value(value: str, name: str) -> tuple[str, str]:
    key, colon, val = value.partition(":")
    if not colon or not key.strip():
        raise UsageError(f"invalid value '{value}' for '{name}' (expected 'Name: value')")
    return key.strip(), val.strip()


# -- parsing -------------------------------------------------------------------------------------------


def parse(command: Command, argv: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Parse ``argv`` (after the command word) into (options, positionals). Raises UsageError."""
    by_name: dict[str, Opt] = {}
    for opt in command.options:
        for n in opt.names:
            by_name[n] = opt
    values: dict[str, Any] = {}
    for opt in command.options:
        values[opt.dest] = [] if opt.kind == "multi" else opt.default
    positionals: list[str] = []
    i = 0
    only_positionals = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_positionals or not arg.startswith("-") or arg == "-":
            positionals.append(arg)
            continue
        if arg == "--":
            only_positionals = True
            continue
        name, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        opt = by_name.get(name)
        if opt is None:
            raise UsageError(f"unknown option '{name}'")
        if opt.kind == "flag":
            if eq:
                if opt.dest == "contract":  # --contract=PATH
                    values[opt.dest] = inline
                    continue
                raise UsageError(f"option '{name}' does not take a value")
            values[opt.dest] = True
            continue
        if opt.kind == "pair":
            if eq or i + 1 >= len(argv):
                raise UsageError(f"option '{name}' requires two values")
            values[opt.dest] = (argv[i], argv[i + 1])
            i += 2
            continue
        if eq:
            raw = inline
        else:
            if i >= len(argv):
                raise UsageError(f"option '{name}' requires a value")
            raw = argv[i]
            i += 1
        value = opt.convert(raw, name) if opt.convert else raw
        if opt.kind == "multi":
            values[opt.dest].append(value)
        else:
            values[opt.dest] = value
    required = [p for p, req in command.positionals if req]
    if len(positionals) < len(required):
        raise UsageError(f"missing argument <{required[len(positionals)]}>")
    if len(positionals) > len(command.positionals):
        raise UsageError(f"unexpected argument '{positionals[len(command.positionals)]}'")
    return values, positionals
