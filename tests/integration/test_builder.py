"""Execution and decision environments: `ansible-builder create` makes a valid build context for both.

No container engine runs here, so the image is not built; instead the context is checked, and the
introspection script that ansible-builder puts into the image is run on this collection installed
from its Galaxy tarball, as the image build would run it: it must find requirements.txt and
bindep.txt through meta/execution-environment.yml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jet_helpers import ROOT, VENV_BIN

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
    assert "java-17-openjdk-headless" in (context / "_build" / "bindep.txt").read_text()
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
    assert any(line.startswith("java-17-openjdk-headless") for line in bindep_lines), bindep_lines
