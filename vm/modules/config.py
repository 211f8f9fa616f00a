"""Run-time configuration of the zigttp:* modules and outbound HTTP (SPEC §10.9, §11.7, §14.6, §16.3).

One ``RuntimeConfig`` per process, set with ``configure()`` before the program loads (``zigttp serve`` and
``zigttp run`` do it from their flags and the artifact's effective policy); every worker forked afterwards
inherits it. Without a call the defaults apply: outbound HTTP disabled, cache limits 10 000 entries /
16 MiB, no capability restrictions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..record import Factory, record

__all__ = [
    "Policy",
    "RuntimeConfig",
    "configure",
    "current_config",
    "config_from_options",
    "policy_from_data",
    "policy_from_manifest",
    "DEFAULT_OUTBOUND_TIMEOUT_MS",
    "DEFAULT_OUTBOUND_MAX_RESPONSE",
    "DEFAULT_CACHE_MAX_ENTRIES",
    "DEFAULT_CACHE_MAX_BYTES",
]

DEFAULT_OUTBOUND_TIMEOUT_MS = 10_000
DEFAULT_OUTBOUND_MAX_RESPONSE = 1024 * 1024
DEFAULT_CACHE_MAX_ENTRIES = 10_000
DEFAULT_CACHE_MAX_BYTES = 16 * 1024 * 1024


@record(frozen=True)
class Policy:
    """The effective capability policy (§14.3): each section is ``None`` (unrestricted) or the allowed
    names. Hosts are stored lowercase (they compare case-insensitively); env names and cache namespaces
    compare exactly."""

    env: frozenset[str] | None = None
    egress: tuple[str, ...] | None = None
    cache: frozenset[str] | None = None

    def env_allowed(self, name: str) -> bool:
        return self.env is None or name in self.env

    def cache_allowed(self, namespace: str) -> bool:
        return self.cache is None or namespace in self.cache

    def host_allowed(self, host: str) -> bool:
        return self.egress is None or host.lower() in self.egress


def _names(section: Any, fieldname: str) -> list[str] | None:
    if not isinstance(section, dict):
        return None
    values = section.get(fieldname)
    if not isinstance(values, list):
        return None
    return [v for v in values if isinstance(v, str)]


def policy_from_data(data: Any) -> Policy:
    """A ``Policy`` from policy.json-shaped data (§14.4): ``{"env": {"allow": [...]}, "egress":
    {"allow_hosts": [...]}, "cache": {"allow_namespaces": [...]}}``; absent sections are unrestricted.
    The document may also be wrapped as ``{"policy": {...}}`` or ``{"effective": {...}}``."""
    if isinstance(data, dict):
        for wrapper in ("effective", "policy"):
            if isinstance(data.get(wrapper), dict):
                data = data[wrapper]
                break
    if not isinstance(data, dict):
        return Policy()
    env = _names(data.get("env"), "allow")
    egress = _names(data.get("egress"), "allow_hosts")
    cache = _names(data.get("cache"), "allow_namespaces")
    hosts: tuple[str, ...] | None = None
    if egress is not None:
        hosts = tuple(dict.fromkeys(h.lower() for h in egress))
    return Policy(
        env=None if env is None else frozenset(env),
        egress=hosts,
        cache=None if cache is None else frozenset(cache),
    )


def policy_from_manifest(store: Any, manifest: dict[str, Any]) -> Policy:
    """The effective policy stored with an artifact: the output of its ``policy`` pass when the manifest
    has one (policy.json-shaped JSON, see ``policy_from_data``); unrestricted otherwise."""
    entry = (manifest.get("passes") or {}).get("policy")
    output = entry.get("output") if isinstance(entry, dict) else None
    if not isinstance(output, str):
        return Policy()
    try:
        data = json.loads(store.get(output))
    except Exception:  # an unreadable policy output must not stop the server: treat as absent
        return Policy()
    return policy_from_data(data)


@record(frozen=True)
class RuntimeConfig:
    """Flags of ``serve``/``run`` that the runtime needs, plus the capability policy."""

    outbound_http: bool = False
    outbound_hosts: tuple[str, ...] = ()  # --outbound-host values, lowercase, first-seen order
    outbound_timeout_ms: int | None = None  # None: flag not given (default 10 000; 0 = no timeout)
    outbound_max_response: int | None = None  # None: flag not given (default 1 MiB)
    cache_max_entries: int = DEFAULT_CACHE_MAX_ENTRIES
    cache_max_bytes: int = DEFAULT_CACHE_MAX_BYTES
    policy: Policy = Factory(Policy)

    @property
    def outbound_enabled(self) -> bool:
        """§10.9: any outbound flag, or a policy restricting egress to a non-empty host list."""
        if self.outbound_http or self.outbound_hosts:
            return True
        if self.outbound_timeout_ms is not None or self.outbound_max_response is not None:
            return True
        return bool(self.policy.egress)

    @property
    def timeout_ms(self) -> int:
        """The default per-call timeout in ms (0 = none)."""
        return DEFAULT_OUTBOUND_TIMEOUT_MS if self.outbound_timeout_ms is None else self.outbound_timeout_ms

    @property
    def max_response(self) -> int:
        """The default upstream body limit in bytes."""
        return DEFAULT_OUTBOUND_MAX_RESPONSE if self.outbound_max_response is None else self.outbound_max_response

    def flag_allows(self, host: str) -> bool:
        """Whether ``--outbound-host`` (when given) allows ``host``."""
        return not self.outbound_hosts or host.lower() in self.outbound_hosts

    def allowed_hosts(self) -> tuple[str, ...] | None:
        """Hosts allowed by both ``--outbound-host`` and the policy; ``None`` when any host is."""
        policy = self.policy.egress
        if not self.outbound_hosts:
            return policy
        if policy is None:
            return self.outbound_hosts
        return tuple(h for h in self.outbound_hosts if h in policy)

    def describe_outbound(self) -> str:
        """The value of the start-up line ``outbound HTTP: <...>`` (§17.1)."""
        if not self.outbound_enabled:
            return "disabled"
        hosts = self.allowed_hosts()
        if hosts is None:
            return "enabled (any host)"
        return f"enabled (hosts: {', '.join(hosts)})"


_CONFIG = [RuntimeConfig()]


def configure(config: RuntimeConfig) -> None:
    """Install the process's runtime configuration (call before the program loads)."""
    _CONFIG[0] = config
    from . import cache

    cache.STORE.set_limits(config.cache_max_entries, config.cache_max_bytes)


def current_config() -> RuntimeConfig:
    """The process's runtime configuration."""
    return _CONFIG[0]


def _hosts(values: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.lower() for v in values or ()))


def config_from_options(options: dict[str, Any], policy: Policy | None = None) -> RuntimeConfig:
    """A ``RuntimeConfig`` from parsed command-line options (the ``dest`` names of zigttp/cli.py)."""
    entries = options.get("cache_max_entries")
    size = options.get("cache_max_bytes")
    return RuntimeConfig(
        outbound_http=bool(options.get("outbound_http")),
        outbound_hosts=_hosts(options.get("outbound_host")),
        outbound_timeout_ms=options.get("outbound_timeout_ms"),
        outbound_max_response=options.get("outbound_max_response"),
        cache_max_entries=DEFAULT_CACHE_MAX_ENTRIES if entries is None else int(entries),
        cache_max_bytes=DEFAULT_CACHE_MAX_BYTES if size is None else int(size),
        policy=policy or Policy(),
    )
