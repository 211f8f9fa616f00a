"""zigttp:env (SPEC §11.2), the runtime configuration (§10.9, §16.3, §17.1) and the virtual-module
registry."""

from __future__ import annotations

import json

import pytest
from zigttp.vm import namespace
from zigttp.vm.modules import MODULES, get_export
from zigttp.vm.modules.config import (
    Policy,
    RuntimeConfig,
    config_from_options,
    configure,
    current_config,
    policy_from_data,
    policy_from_manifest,
)
from zigttp.vm.modules.env import env
from zigttp.vm.values import JSError

from .jsrun import call, load_js


def test_env_reads_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZT_TEST_VAR", "a😀")
    assert env("ZT_TEST_VAR") == "a\ud83d\ude00"
    monkeypatch.delenv("ZT_TEST_VAR")
    assert env("ZT_TEST_VAR") is None
    with pytest.raises(JSError) as info:
        env(1.0)
    assert info.value.text() == "TypeError: env(): 'name' must be a string"


def test_env_capability(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OK", "1")
    configure(RuntimeConfig(policy=Policy(env=frozenset({"OK"}))))
    assert env("OK") == "1"
    with pytest.raises(JSError) as info:
        env("HOME")
    assert info.value.text() == "CapabilityError: env access 'HOME' is not allowed by capability policy"


def test_env_while_loading_and_in_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREETING", "hi")
    program = load_js('import { env } from "zigttp:env";\nconst atLoad = env("GREETING");\n'
                      'export function handler(req: Request): Response {\n'
                      '  return Response.text(`${atLoad} ${env("GREETING")} ${env("NOPE_NOT_SET") === undefined}`);\n}\n')
    monkeypatch.setenv("GREETING", "hello")
    assert call(program).body == b"hi hello true"


def test_registry_lists_every_module() -> None:
    assert list(MODULES) == ["zigttp:env", "zigttp:crypto", "zigttp:router", "zigttp:auth", "zigttp:validate",
                             "zigttp:cache", "zigttp:io"]
    assert list(MODULES["zigttp:crypto"]) == ["sha256", "hmacSha256", "base64Encode", "base64Decode",
                                              "base64DecodeBytes", "base64urlEncode", "base64urlDecode",
                                              "base64urlDecodeBytes", "randomUUID"]
    assert list(MODULES["zigttp:auth"]) == ["parseBearer", "jwtVerify", "jwtSign", "verifyWebhookSignature",
                                            "timingSafeEqual"]
    assert list(MODULES["zigttp:validate"]) == ["schemaCompile", "validateJson", "validateObject", "coerceJson",
                                                "schemaDrop"]
    assert list(MODULES["zigttp:cache"]) == ["cacheGet", "cacheSet", "cacheDelete", "cacheIncr", "cacheStats"]
    assert list(MODULES["zigttp:io"]) == ["parallel", "race"]
    for exports in MODULES.values():
        for name, fn in exports.items():
            assert fn.__name__ == name
    assert get_export("zigttp:env", "env") is env
    assert get_export("zigttp:env", "nope") is None and get_export("zigttp:nope", "x") is None
    assert namespace.virtual_export("zigttp:env", "env") is env
    with pytest.raises(JSError):
        namespace.virtual_export("zigttp:crypto", "md5")


def test_outbound_description() -> None:
    assert RuntimeConfig().describe_outbound() == "disabled"
    assert RuntimeConfig(outbound_http=True).describe_outbound() == "enabled (any host)"
    assert RuntimeConfig(outbound_timeout_ms=5).describe_outbound() == "enabled (any host)"
    assert RuntimeConfig(outbound_max_response=5).describe_outbound() == "enabled (any host)"
    assert RuntimeConfig(outbound_hosts=("a.com", "b.com")).describe_outbound() == "enabled (hosts: a.com, b.com)"
    policy = Policy(egress=("api.example.com",))
    assert RuntimeConfig(policy=policy).describe_outbound() == "enabled (hosts: api.example.com)"
    both = RuntimeConfig(outbound_hosts=("a.com", "api.example.com"), policy=policy)
    assert both.describe_outbound() == "enabled (hosts: api.example.com)"
    assert RuntimeConfig(policy=Policy(egress=())).describe_outbound() == "disabled"
    assert RuntimeConfig(outbound_http=True, policy=Policy(egress=())).describe_outbound() == "enabled (hosts: )"


def test_config_from_options() -> None:
    config = config_from_options({"outbound_host": ["A.com", "a.com", "b.com"], "outbound_timeout_ms": 0,
                                  "cache_max_entries": 5, "cache_max_bytes": 1024})
    assert config.outbound_hosts == ("a.com", "b.com")
    assert config.timeout_ms == 0 and config.max_response == 1024 * 1024
    assert (config.cache_max_entries, config.cache_max_bytes) == (5, 1024)
    assert config_from_options({}) == RuntimeConfig()
    configure(config)
    assert current_config() is config


def test_policy_documents(tmp_path) -> None:
    policy = policy_from_data({"env": {"allow": ["JWT_SECRET"]}, "egress": {"allow_hosts": ["API.example.com"]},
                               "cache": {"allow_namespaces": ["sessions"]}})
    assert policy == Policy(env=frozenset({"JWT_SECRET"}), egress=("api.example.com",),
                            cache=frozenset({"sessions"}))
    assert policy.host_allowed("api.EXAMPLE.com") and not policy.host_allowed("x.com")
    assert policy_from_data({"policy": {"cache": {"allow_namespaces": []}}}) == Policy(cache=frozenset())
    assert policy_from_data(None) == Policy()

    class Store:
        def __init__(self, data: dict[str, bytes]):
            self.data = data

        def get(self, h: str) -> bytes:
            return self.data[h]

    store = Store({"p": json.dumps({"egress": {"allow_hosts": ["x.com"]}}).encode(), "bad": b"{"})
    assert policy_from_manifest(store, {"passes": {"policy": {"output": "p"}}}) == Policy(egress=("x.com",))
    assert policy_from_manifest(store, {"passes": {"policy": None}}) == Policy()
    assert policy_from_manifest(store, {"passes": {"policy": {"output": "bad"}}}) == Policy()
    assert policy_from_manifest(store, {}) == Policy()
