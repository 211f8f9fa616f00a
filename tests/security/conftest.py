"""One `zigttp serve` for the whole hostile-handler corpus (module scope): one build, one worker."""

from __future__ import annotations

import resource
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from tests.conftest import Zigttp
from tests.e2e.conftest import Served

from .corpus import CORPUS, entry_source, load_cases

TIMEOUT_MS = 3000
# The server runs under an address-space limit, so that the runaway-growth cases fail with MemoryError
# after a few hundred MiB instead of loading the (shared) test machine; zigttp must turn that into a JS
# RangeError and keep the worker.
ADDRESS_SPACE = 2 * 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("security")
    work = root / "work"
    shutil.copytree(CORPUS, work / "corpus")
    (work / "main.js").write_text(entry_source(load_cases()), encoding="utf-8")
    zigttp = Zigttp(root / "store", work)
    built = zigttp("build", "main.js")
    assert built.code == 0, built.err
    proc = subprocess.Popen(
        [zigttp.exe, "serve", built.out.strip(), "-n", "1", "--timeout-ms", str(TIMEOUT_MS), "-p", "0"],
        cwd=work, env=zigttp.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_limit_memory)
    served = Served(proc)
    assert served.port, served.lines
    yield served
    served.stop()
