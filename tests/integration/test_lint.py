"""ansible-lint, production profile (.ansible-lint), over roles, playbooks, rulebooks and Molecule scenarios.

The same configuration must also fail on content that breaks production rules, so that a clean
result means something.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from jet_helpers import COLLECTIONS, ROOT, VENV_BIN

pytestmark = pytest.mark.slow

LINT_CONFIG = ROOT / ".ansible-lint"


def ansible_lint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
            "NO_COLOR": "1",
            "ANSIBLE_NOCOLOR": "1",
        }
    )
    return subprocess.run(
        [str(VENV_BIN / "ansible-lint"), "--nocolor", "-c", str(LINT_CONFIG), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )


def test_config_asks_for_production_and_installs_nothing() -> None:
    config = yaml.safe_load(LINT_CONFIG.read_text())
    assert config["profile"] == "production"
    assert config["offline"] is True


def test_roles_playbooks_rulebooks_are_production_clean() -> None:
    targets = ["roles", "playbooks", "extensions/eda/rulebooks", "extensions/molecule"]
    assert all((ROOT / t).is_dir() for t in targets)
    proc = ansible_lint(*targets, cwd=ROOT)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    # ansible-lint words a clean production run in one of two ways, depending on its version/path.
    assert (
        "Last profile that met the validation criteria was 'production'" in output
        or "Profile 'production' was required, and it passed" in output
    ), output[-3000:]
    # Every role, the playbooks and the rulebooks were looked at.
    assert "0 failure(s), 0 warning(s)" in output


def test_the_gate_fails_on_non_production_content(tmp_path: Path) -> None:
    bad = tmp_path / "playbooks"
    bad.mkdir()
    (bad / "bad.yml").write_text(
        "---\n"
        "- hosts: all\n"
        "  tasks:\n"
        "    - shell: echo hello\n"
        "    - name: show\n"
        "      jetkit.junos.command:\n"
        "        commands: show version\n"
    )
    proc = ansible_lint(str(bad / "bad.yml"), cwd=tmp_path)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    # Short module name, missing names, a shell task that changes nothing.
    for rule in ["fqcn", "name[missing]", "name[play]", "no-changed-when"]:
        assert rule in output, (rule, output[-3000:])
