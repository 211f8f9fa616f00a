"""Fixtures for the zigttp:* module tests: a clean runtime configuration per test, loopback upstreams."""

from __future__ import annotations

import pytest
from zigttp.vm.modules import cache, config, transport, validate
from zigttp.vm.modules.config import RuntimeConfig, configure

from .upstream import Upstream


@pytest.fixture(autouse=True)
def clean_runtime(monkeypatch: pytest.MonkeyPatch):
    """Default configuration, empty cache and schema registry, fresh connection pools."""
    configure(RuntimeConfig())
    cache.STORE.clear()
    validate.REGISTRY.clear()
    monkeypatch.setattr(transport, "TRANSPORT", transport.Transport())
    yield
    transport.TRANSPORT.close()
    configure(RuntimeConfig())
    cache.STORE.clear()
    validate.REGISTRY.clear()
    assert config.current_config() == RuntimeConfig()


@pytest.fixture
def outbound():
    """Enable outbound HTTP (any host) for the test; returns ``configure`` for other settings."""
    configure(RuntimeConfig(outbound_http=True))
    return configure


@pytest.fixture
def upstream():
    with Upstream() as up:
        yield up


@pytest.fixture(scope="session")
def ca():
    trustme = pytest.importorskip("trustme")
    return trustme.CA()
