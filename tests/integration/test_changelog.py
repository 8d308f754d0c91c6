"""antsibull-changelog: the fragments and changelogs/changelog.yaml are valid, and CHANGELOG.md is
exactly what `antsibull-changelog generate` makes of changelog.yaml (nobody edits it by hand)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml
from jet_helpers import ROOT, VENV_BIN

CHANGELOGS = ROOT / "changelogs"
TOOL = str(VENV_BIN / "antsibull-changelog")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_fragments_are_valid() -> None:
    proc = run("lint", cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


def test_changelog_yaml_is_valid_and_has_the_first_release() -> None:
    proc = run("lint-changelog-yaml", str(CHANGELOGS / "changelog.yaml"), cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr
    releases = yaml.safe_load((CHANGELOGS / "changelog.yaml").read_text())["releases"]
    first = releases["0.1.0"]
    assert first["changes"]["release_summary"] and first["changes"]["major_changes"]
    assert {"command", "config", "event_wait"} <= {module["name"] for module in first["modules"]}


def test_changelog_md_is_generated_from_changelog_yaml(tmp_path: Path) -> None:
    shutil.copy(ROOT / "galaxy.yml", tmp_path / "galaxy.yml")
    (tmp_path / "changelogs").mkdir()
    for name in ["config.yaml", "changelog.yaml"]:
        shutil.copy(CHANGELOGS / name, tmp_path / "changelogs" / name)
    proc = run("generate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    generated = (tmp_path / "CHANGELOG.md").read_text()
    assert generated == (ROOT / "CHANGELOG.md").read_text(), (
        "CHANGELOG.md differs from what antsibull-changelog generates: run `make changelog`"
    )
