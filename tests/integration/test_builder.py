"""Execution and decision environments, built and run for real.

`ansible-builder build` makes both images from our definitions (on a Debian base, see
tools/containers/images.py); a playbook runs inside the execution environment through
ansible-runner (podman) against jetemu, and the decision environment runs the interface-down
rulebook against a jetemu fleet. Cheaper checks come first: `ansible-builder create` makes a valid
build context, and the introspection script ansible-builder puts into the image finds
requirements.txt and bindep.txt through meta/execution-environment.yml.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from container_helpers import built, images, needs_podman, podman, unique
from jet_helpers import ROOT, VENV_BIN, committed_set, start_emulator

pytestmark = pytest.mark.slow

EE_DIR = ROOT / "execution-environment"
GALAXY = yaml.safe_load((ROOT / "galaxy.yml").read_text())
TARBALL = f"{GALAXY['namespace']}-{GALAXY['name']}-{GALAXY['version']}.tar.gz"


def run(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANSIBLE_NOCOLOR": "1"}
    return subprocess.run(list(argv), cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The execution-environment/ directory as a user prepares it: definitions plus the built tarball."""
    work = tmp_path_factory.mktemp("ee")
    for definition in EE_DIR.glob("*.yml"):
        shutil.copy(definition, work / definition.name)
    proc = run(
        str(VENV_BIN / "ansible-galaxy"),
        "collection",
        "build",
        "--output-path",
        str(work / "collections"),
        str(ROOT),
        cwd=work,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (work / "collections" / TARBALL).is_file()
    return work


def create(workdir: Path, definition: str) -> Path:
    context = workdir / f"context-{Path(definition).stem}"
    proc = run(
        str(VENV_BIN / "ansible-builder"),
        "create",
        "-f",
        definition,
        "-c",
        str(context),
        "--output-filename",
        "Containerfile",
        cwd=workdir,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return context


def test_collection_metadata_names_its_dependencies() -> None:
    meta = yaml.safe_load((ROOT / "meta" / "execution-environment.yml").read_text())
    assert meta["version"] == 1
    assert (ROOT / meta["dependencies"]["python"]).is_file()
    assert (ROOT / meta["dependencies"]["system"]).is_file()
    requirements = (ROOT / "requirements.txt").read_text()
    for package in ["grpcio", "protobuf", "paho-mqtt"]:
        assert package in requirements


def test_requirements_install_this_version() -> None:
    requirements = yaml.safe_load((EE_DIR / "requirements.yml").read_text())
    (entry,) = requirements["collections"]
    assert entry == {"name": f"/build/collections/{TARBALL}", "type": "file"}


@pytest.mark.parametrize("definition", ["execution-environment.yml", "decision-environment.yml"])
def test_create_makes_a_build_context(workdir: Path, definition: str) -> None:
    spec = yaml.safe_load((workdir / definition).read_text())
    assert spec["version"] == 3
    context = create(workdir, definition)
    containerfile = (context / "Containerfile").read_text()
    assert f'EE_BASE_IMAGE="{spec["images"]["base_image"]["name"]}"' in containerfile
    assert "COPY _build/collections/ /build/collections/" in containerfile
    assert "ansible-galaxy collection install" in containerfile and "-r requirements.yml" in containerfile
    assert "introspect.py introspect" in containerfile
    # The galaxy stage installs the tarball that the requirements name, from inside the context.
    assert (context / "_build" / "collections" / TARBALL).is_file()
    built = yaml.safe_load((context / "_build" / "requirements.yml").read_text())
    assert built["collections"][0]["name"] == f"/build/collections/{TARBALL}"
    for script in ["introspect.py", "assemble", "install-from-bindep", "entrypoint"]:
        assert (context / "_build" / "scripts" / script).is_file(), script


def test_decision_environment_has_rulebook_and_java(workdir: Path) -> None:
    context = create(workdir, "decision-environment.yml")
    assert "ansible-rulebook" in (context / "_build" / "requirements.txt").read_text()
    bindep = (context / "_build" / "bindep.txt").read_text()
    assert "java-21-openjdk-headless [platform:rpm default]" in bindep
    assert "default-jre-headless [platform:dpkg default]" in bindep
    assert 'CMD ["ansible-rulebook"' in (context / "Containerfile").read_text()


def test_introspection_finds_the_collection_dependencies(workdir: Path, tmp_path: Path) -> None:
    """What the image's builder stage runs, on the collection installed from the tarball."""
    context = create(workdir, "decision-environment.yml")
    collections = tmp_path / "collections"
    proc = run(
        str(VENV_BIN / "ansible-galaxy"),
        "collection",
        "install",
        "--offline",
        "--force",  # even when ANSIBLE_COLLECTIONS_PATH (make test exports it) already has jetkit.junos
        "-p",
        str(collections),
        str(workdir / "collections" / TARBALL),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pip_out, bindep_out = tmp_path / "requirements.txt", tmp_path / "bindep.txt"
    proc = run(
        sys.executable,
        str(context / "_build" / "scripts" / "introspect.py"),
        "introspect",
        str(collections),
        "--user-pip",
        str(context / "_build" / "requirements.txt"),
        "--user-bindep",
        str(context / "_build" / "bindep.txt"),
        "--write-pip",
        str(pip_out),
        "--write-bindep",
        str(bindep_out),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pip_lines = pip_out.read_text().splitlines()
    for package in ["grpcio", "protobuf", "paho-mqtt"]:
        assert any(line.startswith(package) and "jetkit.junos" in line for line in pip_lines), (package, pip_lines)
    assert any(line.startswith("ansible-rulebook") and "user" in line for line in pip_lines), pip_lines
    bindep_lines = bindep_out.read_text().splitlines()
    assert any(line.startswith("ca-certificates") and "jetkit.junos" in line for line in bindep_lines), bindep_lines
    assert any(line.startswith("java-21-openjdk-headless") for line in bindep_lines), bindep_lines


def test_definitions_use_a_current_ansible_core_and_python() -> None:
    for definition in ["execution-environment.yml", "decision-environment.yml"]:
        deps = yaml.safe_load((EE_DIR / definition).read_text())["dependencies"]
        assert deps["ansible_core"]["package_pip"] == "ansible-core>=2.21,<2.22", definition
        assert deps["python_interpreter"]["python_path"] == "/usr/bin/python3.12", definition


# --- the images, built and run ------------------------------------------------------------------


@pytest.fixture(scope="module")
def ee_image() -> str:
    return built(images.environment("ee")).tag


@pytest.fixture(scope="module")
def de_image() -> str:
    return built(images.environment("de")).tag


def owned_by_root_container() -> list[str]:
    """Rootful podman: the files ansible-runner and the tests prepare belong to root on the host, so
    the container runs as root (the images' default user 1000 could not read a 0600 inventory)."""
    return ["--user=root"]


INSIDE_EE = """
- name: Inside the execution environment
  hosts: jet_devices
  gather_facts: false
  tasks:
    - name: Facts
      jetkit.junos.facts:
    - name: Commit
      jetkit.junos.config:
        lines:
          - set system location building ee-built
        comment: from the execution environment
    - name: Where it ran
      vars:
        listing: "{{ lookup('ansible.builtin.pipe', 'ansible-galaxy collection list jetkit.junos') }}"
      ansible.builtin.debug:
        msg: "{{ ansible_version.full }}|{{ ansible_playbook_python }}|{{ listing }}"
"""


@needs_podman
def test_execution_environment_runs_a_playbook_against_jetemu(ee_image: str, tmp_path: Path) -> None:
    emu = start_emulator(tmp_path / "emu", "--devices", "2", "--host", "127.0.0.1", "--hostname", "ee")
    try:
        data = tmp_path / "runner"
        (data / "project").mkdir(parents=True)
        (data / "inventory").mkdir()
        (data / "env").mkdir()
        (data / "env" / "envvars").write_text(yaml.safe_dump({"ANSIBLE_NOCOLOR": "1", "ANSIBLE_FORCE_COLOR": "0"}))
        (data / "project" / "site.yml").write_text(INSIDE_EE)
        assert emu.inventory is not None
        shutil.copy(emu.inventory, data / "inventory" / "hosts.yml")
        argv = [str(VENV_BIN / "ansible-runner"), "run", str(data), "-p", "site.yml", "--process-isolation"]
        argv += ["--process-isolation-executable", "podman", "--container-image", ee_image]
        argv += ["--container-option=--network=host"]  # jetemu listens on the host's loopback
        argv += [f"--container-option={option}" for option in owned_by_root_container()]
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 0, output[-6000:]
        assert re.search(r"ee1\s+: ok=3\s+changed=1", output) and re.search(r"ee2\s+: ok=3\s+changed=1", output), output
        version, python, listing = re.search(r'"msg": "([^|"]*)\|([^|"]*)\|([^"]*)"', output).groups()  # type: ignore[union-attr]
        assert version.startswith("2.21."), version  # the image's own ansible-core, not the host's
        assert python == "/usr/bin/python3"
        assert "/usr/share/ansible/collections" in listing and "jetkit.junos 0.1.0" in listing
        assert "set system location building ee-built" in committed_set(emu)
    finally:
        emu.stop()


@needs_podman
def test_decision_environment_runs_the_interface_down_rulebook(de_image: str, tmp_path: Path) -> None:
    work = tmp_path / "de"
    emu = start_emulator(work / "emu", "--devices", "2", "--host", "127.0.0.1", "--hostname", "r")
    container = unique("de")
    reports = work / "reports"
    try:
        assert emu.inventory is not None
        (work / "vars.json").write_text(json.dumps({"jet_inventory": str(emu.inventory), "jet_client_id": container}))
        podman(
            "run", "--detach", "--name", container, "--label", "jetkit.test=1", "--network=host",
            *owned_by_root_container(), "--volume", f"{work}:{work}", "--env", f"JET_REMEDIATION_DIR={reports}",
            "--env", "ANSIBLE_NOCOLOR=1", "--env", "ANSIBLE_FORCE_COLOR=0",
            de_image,
            "ansible-rulebook", "-r", "jetkit.junos.interface_down", "-i", str(emu.inventory),
            "--vars", str(work / "vars.json"), "-v",
        )  # fmt: skip
        logs = wait_for_log(container, "Waiting for events")
        wait_for_clients(emu)
        link_down = subprocess.run(
            [sys.executable, "-m", "jetemu", "event", "--ready-file", str(emu.ready_file)]
            + ["--device", "r2", "link-down", "ge-0/0/1"],
            capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "emulator")},
        )  # fmt: skip
        assert link_down.returncode == 0, link_down.stderr
        logs = wait_for_log(container, r"r2\s+: ok=3")
        report = json.loads((reports / "r2.json").read_text())
        assert report["device"] == "r2" and report["interface"] == "ge-0/0/1"
        assert report["event_id"] == "SNMP_TRAP_LINK_DOWN"
        assert not (reports / "r1.json").exists()
        assert "r1 " not in logs.split("PLAY RECAP", 1)[1]
    finally:
        podman("rm", "--force", "--time", "5", container, check=False)
        emu.stop()


def wait_for_log(container: str, pattern: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    logs = ""
    while time.monotonic() < deadline:
        proc = podman("logs", container, check=False)
        logs = proc.stdout + proc.stderr
        if re.search(pattern, logs):
            return logs
        state = podman("inspect", "--format", "{{.State.Status}}", container, check=False).stdout.strip()
        assert state == "running", f"{container} is {state}:\n{logs[-6000:]}"
        time.sleep(0.5)
    raise AssertionError(f"{pattern!r} not in the logs of {container}:\n{logs[-6000:]}")


def wait_for_clients(emu: Any, timeout: float = 60) -> None:
    """Every device's broker has the rulebook's source connected (and subscribed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        proc = subprocess.run(
            [sys.executable, "-m", "jetemu", "event", "--ready-file", str(emu.ready_file), "status"],
            capture_output=True, text=True, timeout=60, check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "emulator")},
        )  # fmt: skip
        if all(device["clients"] >= 1 for device in json.loads(proc.stdout)["devices"]):
            time.sleep(0.5)  # the SUBSCRIBE follows the CONNACK
            return
        time.sleep(0.3)
    raise AssertionError("the decision environment's source did not connect to every broker")
