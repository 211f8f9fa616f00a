"""The build command's deploy step (SPEC §0.6, §15.1): write deploy/ from the stored deploy output and print
the deploy lines. It runs after every successful `build --deploy`, whether the pass ran or was cached."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..store.objects import Store
from .canonical import load_json
from .models import Manifest
from .report import Reporter

DEPLOY_DIR = Path("deploy")
TEMPLATE = "template.json"
REPORT = "deploy-report.txt"


def deploy_output(store: Store, manifest: dict[str, Any]) -> dict[str, Any] | None:
    """The stored output of an artifact's deploy pass, or None when it has none."""
    entry = (manifest.get("passes") or {}).get("deploy")
    if not entry:
        return None
    return load_json(store.get(entry["output"]))


def write_deploy_files(store: Store, artifact: str, manifest: Manifest, reporter: Reporter,
                       directory: Path = DEPLOY_DIR) -> bool:
    """Write template.json and deploy-report.txt under ``directory`` (relative to the current directory)
    and print the four deploy lines of §15.1. A file that cannot be written is an ``error:`` line and
    False."""
    output = deploy_output(store, manifest.model_dump(mode="json"))
    if output is None:
        return True
    template, report = directory / TEMPLATE, directory / REPORT
    for path, text in ((template, output["template"]), (report, output["report"])):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        except OSError as exc:
            sys.stderr.write(f"error: cannot write '{path.as_posix()}': {(exc.strerror or str(exc)).lower()}\n")
            return False
    reporter.message(f"Wrote deploy manifest to: {template.as_posix()}")
    reporter.message(f"Wrote deploy report to: {report.as_posix()}")
    reporter.message(f"Deploy target: {output['target']}, proof level: {output['proofLevel']}")
    reporter.message(f"Next: zigttp bundle {artifact} --out {(directory / 'bundle').as_posix()} "
                     f"&& sam deploy -t {template.as_posix()} --guided")
    return True


def show_deploy(store: Store, entry: dict[str, Any], as_json: bool) -> int:
    """`zigttp show <hash> deploy` (SPEC §16.4): template.json, a blank line, deploy-report.txt; with
    ``--json`` an object holding the template (as JSON), the report text, the target and the proof level."""
    output = load_json(store.get(entry["output"]))
    if as_json:
        sys.stdout.write(json.dumps({
            "target": output["target"],
            "proofLevel": output["proofLevel"],
            "template": json.loads(output["template"]),
            "report": output["report"],
        }, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(output["template"] + "\n" + output["report"])
    return 0
