"""Molecule: every scenario of extensions/molecule runs its full sequence.

`molecule test --all` runs default/create.yml (jetemu started by the jet_lab role, tracked by a PID
file), then every role scenario (syntax, converge, idempotence, verify through jetkit.junos.command,
cleanup), then default/destroy.yml. The lab directory is a temporary one, so the test also checks
that destroy really stopped the processes it started. `container/jet_service` runs with Molecule's
podman driver against jetemu's image, under a container name and ephemeral directory of its own
(runs in other checkouts may overlap).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from container_helpers import built, images, needs_podman, podman, unique
from jet_helpers import COLLECTIONS, ROOT, VENV_BIN

pytestmark = pytest.mark.slow

MOLECULE = ROOT / "extensions" / "molecule"
ROLE_SCENARIOS = ["jet_lab", "jet_routes", "jet_service"]
# Scenarios whose role lives in the scenario (it uses test-venv collections such as junipernetworks.junos).
SCENARIO_ROLES = {"netconf_mixed": "site_baseline"}


def molecule(
    *args: str, lab: Path, timeout: float = 540, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "JETKIT_MOLECULE_LAB": str(lab),
            "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
            "NO_COLOR": "1",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_FORCE_COLOR": "0",
            "PY_COLORS": "0",
            **(extra_env or {}),
        }
    )
    return subprocess.run(
        [str(VENV_BIN / "molecule"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def recap(output: str) -> dict[str, list[dict[str, int]]]:
    """The SCENARIO RECAP lines: scenario -> counters (default appears twice: create, destroy)."""
    found: dict[str, list[dict[str, int]]] = {}
    pattern = r"^(\S+)\s+: actions=(\d+)\s+successful=(\d+).*?missing=(\d+)\s+failed=(\d+)"
    for match in re.finditer(pattern, output, re.M):
        found.setdefault(match[1], []).append(
            {"actions": int(match[2]), "successful": int(match[3]), "missing": int(match[4]), "failed": int(match[5])}
        )
    return found


def jetemu_processes_under(path: Path) -> list[str]:
    ps = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=True)
    return [line for line in ps.stdout.splitlines() if "jetemu" in line and str(path) in line]


def test_scenarios_are_where_molecule_looks() -> None:
    assert (ROOT / "galaxy.yml").is_file()  # collection mode
    for name in ["default", *ROLE_SCENARIOS]:
        assert (MOLECULE / name / "molecule.yml").is_file(), name
    for name in ROLE_SCENARIOS:
        for playbook in ["converge.yml", "verify.yml", "cleanup.yml"]:
            assert (MOLECULE / name / playbook).is_file(), f"{name}/{playbook}"
        assert (ROOT / "roles" / name / "meta" / "argument_specs.yml").is_file(), name
    for name, role in SCENARIO_ROLES.items():
        for playbook in ["molecule.yml", "converge.yml", "verify.yml", "cleanup.yml"]:
            assert (MOLECULE / name / playbook).is_file(), f"{name}/{playbook}"
        assert (MOLECULE / name / "roles" / role / "meta" / "argument_specs.yml").is_file(), name


def test_process_scenarios_full_sequence(tmp_path: Path) -> None:
    lab = tmp_path / "lab"
    # The container scenario has a lab of its own (its test is below), not the shared process lab.
    proc = molecule("test", "--all", "--exclude", "container/jet_service", lab=lab)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    counters = recap(output)
    # default: create before, destroy after, both successful.
    assert [c["successful"] for c in counters["default"]] == [1, 1], counters
    for name in [*ROLE_SCENARIOS, *SCENARIO_ROLES]:
        (entry,) = counters[name]
        # syntax, converge, idempotence, verify, cleanup: all present and successful.
        assert entry == {"actions": 5, "successful": 5, "missing": 0, "failed": 0}, (name, entry)
    assert "idempotence: Executed: Successful" in output
    # The lab was started from, and stopped through, PID files in the temporary lab directory.
    assert (lab / "jetemu.log").is_file() and (lab / "jet_lab_scenario" / "jetemu.log").is_file()
    assert not (lab / "jetemu.pid").exists() and not (lab / "inventory.yml").exists()
    assert not (lab / "jet_lab_scenario" / "jetemu.pid").exists()
    assert jetemu_processes_under(lab) == []


@needs_podman
def test_container_scenario_full_sequence_with_the_podman_driver(tmp_path: Path) -> None:
    image = built(images.jetemu()).tag
    name = unique("molecule")
    volumes_before = set(podman("volume", "ls", "--quiet").stdout.split())
    lab = tmp_path / "lab"
    proc = molecule(
        "test",
        "-s",
        "container/jet_service",
        lab=lab,
        extra_env={
            "JETKIT_JETEMU_IMAGE": image,
            "JETKIT_MOLECULE_CONTAINER": name,
            "MOLECULE_EPHEMERAL_DIRECTORY": str(tmp_path / "ephemeral"),
        },
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    (entry,) = recap(output)["container/jet_service"]
    # dependency (no requirements: missing), cleanup, destroy, syntax, create, prepare, converge,
    # idempotence, side_effect, verify, cleanup, destroy.
    assert entry == {"actions": 12, "successful": 11, "missing": 2, "failed": 0}, entry
    for step in ["create", "prepare", "converge", "idempotence", "side_effect", "verify", "destroy"]:
        assert f"container/jet_service > {step}: Executed: Successful" in output, step
    assert "Check both devices saved it" in output  # verify ran inside the instance (podman connection)
    assert (lab / "container" / "inventory.yml").stat().st_mode & 0o077 == 0
    left = podman("ps", "--all", "--filter", f"name=^{name}$", "--format", "{{.Names}}").stdout.split()
    assert left == [], "destroy left the instance behind"
    volumes_after = set(podman("volume", "ls", "--quiet").stdout.split())
    assert volumes_after <= volumes_before, "destroy left the instance's volume behind"
