"""The roles ship: from the Galaxy tarball installed alone on the collections path, jet_lab starts a
device and jet_service configures it, then the lab is stopped."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from jet_helpers import ROOT, VENV_BIN

pytestmark = pytest.mark.slow

GALAXY = yaml.safe_load((ROOT / "galaxy.yml").read_text())


def tool(name: str, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / name), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ANSIBLE_NOCOLOR": "1", **env},
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_roles_run_from_the_installed_tarball(tmp_path: Path) -> None:
    build = tool(
        "ansible-galaxy", "collection", "build", "--output-path", str(tmp_path), str(ROOT), env={}, cwd=tmp_path
    )
    assert build.returncode == 0, build.stdout + build.stderr
    tarball = tmp_path / f"{GALAXY['namespace']}-{GALAXY['name']}-{GALAXY['version']}.tar.gz"
    collections = tmp_path / "collections"
    env = {"ANSIBLE_COLLECTIONS_PATH": str(collections), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False"}
    install = tool(
        "ansible-galaxy",
        "collection",
        "install",
        "--offline",
        "-p",
        str(collections),
        str(tarball),
        env=env,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    installed = collections / "ansible_collections" / "jetkit" / "junos"
    for role in ["jet_lab", "jet_service", "jet_routes"]:
        assert (installed / "roles" / role / "meta" / "argument_specs.yml").is_file(), role

    lab = tmp_path / "lab"
    playbook = tmp_path / "play.yml"
    playbook.write_text(
        yaml.safe_dump(
            [
                {
                    "name": "Lab",
                    "hosts": "localhost",
                    "connection": "local",
                    "gather_facts": False,
                    "roles": [
                        {"role": "jetkit.junos.jet_lab", "vars": {"jet_lab_dir": str(lab), "jet_lab_devices": 1}}
                    ],
                },
                {
                    "name": "Service",
                    "hosts": "jet_devices",
                    "gather_facts": False,
                    "roles": [{"role": "jetkit.junos.jet_service", "vars": {"jet_service_port": 41000}}],
                    "tasks": [
                        {
                            "name": "Read it back",
                            "jetkit.junos.command": {
                                "commands": "show configuration system services extension-service | display set"
                            },
                            "register": "shown",
                        },
                        {
                            "name": "Check",
                            "ansible.builtin.assert": {
                                "that": [
                                    "'request-response grpc clear-text port 41000' in shown.stdout",
                                    "'notification port 1883' in shown.stdout",
                                ]
                            },
                        },
                    ],
                },
            ],
            sort_keys=False,
        )
    )
    env["ANSIBLE_PERSISTENT_CONTROL_PATH_DIR"] = str(tmp_path / "pc")
    try:
        run = tool("ansible-playbook", str(playbook), env=env, cwd=tmp_path)
        assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
        # include_tasks prints the path of what it includes: the installed copy's role files.
        assert f"{installed}/roles/jet_lab/tasks/started.yml" in run.stdout.replace("\n", "")
        assert "ok: [jet-r1]" in run.stdout
    finally:
        stop = tool(
            "ansible-playbook",
            str(installed / "playbooks" / "lab.yml"),
            "-e",
            f"jet_lab_dir={lab}",
            "-e",
            "jet_lab_state=stopped",
            env=env,
            cwd=tmp_path,
        )
        assert stop.returncode == 0, stop.stdout[-3000:] + stop.stderr[-2000:]
    assert not (lab / "jetemu.pid").exists()
