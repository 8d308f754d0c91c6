"""meta/runtime.yml: `action_groups` lists every module, so module_defaults for group/jetkit.junos.jet
reaches each of them (a module added without its entry fails here); the group really works in a play."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
RUNTIME = yaml.safe_load((ROOT / "meta" / "runtime.yml").read_text())


def modules() -> list[str]:
    return sorted(p.stem for p in (ROOT / "plugins" / "modules").glob("*.py") if not p.name.startswith("_"))


def test_action_group_lists_every_module_once() -> None:
    group = RUNTIME["action_groups"]["jet"]
    assert len(group) == len(set(group)), f"listed twice: {sorted({m for m in group if group.count(m) > 1})}"
    assert sorted(group) == modules(), (
        f"missing from action_groups.jet: {sorted(set(modules()) - set(group))}; "
        f"not a module: {sorted(set(group) - set(modules()))}"
    )


def test_there_are_modules_to_compare() -> None:
    assert {"command", "config", "event_wait"} <= set(modules())


def test_module_defaults_group_reaches_the_modules(tmp_path: Path) -> None:
    """A value set only through module_defaults for the group is what the module gets."""
    collections = ROOT / ".venv" / "collections"
    playbook = tmp_path / "play.yml"
    playbook.write_text(
        yaml.safe_dump(
            [
                {
                    "hosts": "localhost",
                    "gather_facts": False,
                    "module_defaults": {"group/jetkit.junos.jet": {"commands": ["show version"]}},
                    "tasks": [{"name": "no commands given", "jetkit.junos.command": {}, "check_mode": True}],
                }
            ]
        )
    )
    env = {**os.environ, "ANSIBLE_COLLECTIONS_PATH": str(collections), "ANSIBLE_NOCOLOR": "1"}
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "ansible-playbook"), "-i", "localhost,", "-c", "local", str(playbook)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    # Without the group default the module would refuse the task for its missing required option.
    assert "missing required arguments: commands" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
