"""The Galaxy artifact: `ansible-galaxy collection build`, install into an empty collections path, use.

The build runs on the repository root, as a release would. The tarball must hold every file of
the collection that galaxy.yml's build_ignore keeps, and nothing it ignores. Installed from the
tarball into a path of its own, the collection must work with nothing else on the collections
path: a playbook runs jetkit.junos.command from the installed copy against an emulated device
(jetemu is itself started from the installed copy when the artifact ships it).
"""

from __future__ import annotations

import fnmatch
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import jet_helpers
import pytest
import yaml
from jet_helpers import MEASUREMENTS, ROOT, VENV_BIN, run_playbook, start_emulator

pytestmark = pytest.mark.slow

GALAXY = yaml.safe_load((ROOT / "galaxy.yml").read_text())
BUILD_IGNORE: list[str] = list(GALAXY.get("build_ignore") or [])
# What ansible-galaxy leaves out of every build on its own (ansible/galaxy/collection/__init__.py).
DEFAULT_IGNORE = [
    "galaxy.yml",
    "galaxy.yaml",
    ".git",
    "*.pyc",
    "*.retry",
    "tests/output",
    f"{GALAXY['namespace']}-{GALAXY['name']}-*.tar.gz",
]
DEFAULT_IGNORE_DIRS = {"CVS", ".bzr", ".hg", ".git", ".svn", "__pycache__", ".tox"}
GENERATED = {"MANIFEST.json", "FILES.json"}


def ignored(path: str, patterns: list[str]) -> bool:
    """Whether the build leaves out `path`: it, or one of its parent directories, matches a pattern."""
    parts = PurePosixPath(path).parts
    for depth in range(1, len(parts) + 1):
        prefix = "/".join(parts[:depth])
        if depth < len(parts) and parts[depth - 1] in DEFAULT_IGNORE_DIRS:
            return True
        if any(fnmatch.fnmatch(prefix, pattern) for pattern in patterns):
            return True
    return False


def galaxy(*args: str, env: dict[str, str] | None = None, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ.update({"ANSIBLE_NOCOLOR": "1", "ANSIBLE_FORCE_COLOR": "0"})
    environ.update(env or {})
    return subprocess.run(
        [str(VENV_BIN / "ansible-galaxy"), *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("galaxy-build")
    proc = galaxy("collection", "build", "--output-path", str(out), str(ROOT), cwd=out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    built = sorted(out.glob("*.tar.gz"))
    assert [p.name for p in built] == [f"{GALAXY['namespace']}-{GALAXY['name']}-{GALAXY['version']}.tar.gz"]
    return built[0]


@pytest.fixture(scope="module")
def members(tarball: Path) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(tarball) as tar:
        return {m.name.removeprefix("./").rstrip("/"): m for m in tar.getmembers()}


@pytest.fixture(scope="module")
def installed(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The collections path (empty before) the tarball was installed into."""
    path = tmp_path_factory.mktemp("galaxy-install") / "collections"
    path.mkdir()
    assert list(path.iterdir()) == []
    env = {"ANSIBLE_COLLECTIONS_PATH": str(path), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False"}
    proc = galaxy("collection", "install", "--offline", "-p", str(path), str(tarball), env=env, cwd=path.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return path


def git_files() -> list[str]:
    """Files of the collection: tracked plus untracked-but-not-ignored ones that exist."""
    proc = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    names = [name for name in proc.stdout.decode().split("\0") if name]
    return sorted(name for name in names if (ROOT / name).is_file())


def test_tarball_has_nothing_build_ignore_excludes(members: dict[str, tarfile.TarInfo]) -> None:
    leaked = [name for name in members if name not in GENERATED and ignored(name, BUILD_IGNORE + DEFAULT_IGNORE)]
    assert leaked == []
    # The usual suspects, by name, for a readable failure.
    for name in members:
        top = name.split("/", 1)[0]
        assert top not in {".venv", "bench", "tools", ".git", ".pytest_cache", ".ruff_cache", ".hypothesis"}, name
        assert not name.startswith(("tests/output", "emulator/tests")), name
        assert "__pycache__" not in name.split("/") and not name.endswith(".pyc"), name
        assert not name.endswith(".egg-info") and ".egg-info/" not in name, name


def test_the_ignored_paths_exist_so_the_check_means_something() -> None:
    # If none of these were in the tree, the previous test could not fail.
    present = [p for p in (".venv", "bench", "tools", "emulator/tests") if (ROOT / p).exists()]
    assert "bench" in present and "tools" in present, present
    assert all(ignored(p, BUILD_IGNORE) for p in present), present


def test_tarball_has_every_kept_file(members: dict[str, tarfile.TarInfo]) -> None:
    expected = [name for name in git_files() if not ignored(name, BUILD_IGNORE + DEFAULT_IGNORE)]
    assert [name for name in expected if name not in members] == []
    for name in ["meta/runtime.yml", "README.md", "plugins/connection/jet.py", "plugins/doc_fragments/jet.py"]:
        assert name in members, name
    modules = sorted(p.name for p in (ROOT / "plugins" / "modules").glob("*.py"))
    assert modules and all(f"plugins/modules/{m}" in members for m in modules)
    # The generated gRPC stubs ship: users install from Galaxy and never run protoc.
    assert "plugins/module_utils/_jet/proto/jnx_management_service_pb2.py" in members


def test_tarball_is_small_and_ships_what_was_decided(tarball: Path, members: dict[str, tarfile.TarInfo]) -> None:
    size = tarball.stat().st_size
    unpacked = sum(member.size for member in members.values())
    MEASUREMENTS.append(
        f"Galaxy tarball {tarball.name}: {size / 1e6:.2f} MB ({unpacked / 1e6:.2f} MB unpacked, {len(members)} entries)"
    )
    assert size < 3_000_000, f"the tarball grew to {size / 1e6:.1f} MB: check galaxy.yml build_ignore"
    # Shipped: license, changelog, extra docs, sanity ignores, the emulator and its Containerfile,
    # the .proto sources of the generated stubs, the environment definitions.
    for name in [
        "LICENSE",
        "CHANGELOG.md",
        "changelogs/changelog.yaml",
        "docs/docsite/extra-docs.yml",
        "emulator/Containerfile",
        "emulator/pyproject.toml",
        "proto/v2",
        "execution-environment/execution-environment.yml",
        "meta/execution-environment.yml",
    ]:
        assert name in members, name
    assert any(name.startswith("tests/sanity/ignore-") for name in members)
    # Left out: what only the repository's development uses.
    for prefix in ["tests/unit", "tests/integration", "proto/facts", "tools", "bench", "build", ".mypy_cache"]:
        assert not any(name == prefix or name.startswith(prefix + "/") for name in members), prefix


def test_manifest_describes_the_collection(tarball: Path) -> None:
    with tarfile.open(tarball) as tar:
        handle = tar.extractfile("MANIFEST.json")
        assert handle is not None
        manifest = json.load(handle)
    info = manifest["collection_info"]
    assert (info["namespace"], info["name"], info["version"]) == (
        GALAXY["namespace"],
        GALAXY["name"],
        GALAXY["version"],
    )
    assert info["dependencies"] == (GALAXY.get("dependencies") or {})


EMULATOR_SHIPPED = not ignored("emulator/jetemu/__init__.py", BUILD_IGNORE + DEFAULT_IGNORE)


@pytest.mark.skipif(not EMULATOR_SHIPPED, reason="galaxy.yml build_ignore leaves the emulator out")
def test_emulator_package_ships(members: dict[str, tarfile.TarInfo]) -> None:
    for name in ["emulator/pyproject.toml", "emulator/jetemu/__init__.py", "emulator/jetemu/__main__.py"]:
        assert name in members, name
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "emulator" / "jetemu").rglob("*.py"))
    assert [name for name in sources if name not in members and "__pycache__" not in name] == []


def test_installed_copy_verifies_and_is_the_only_one(installed: Path) -> None:
    collection = installed / "ansible_collections" / "jetkit" / "junos"
    assert (collection / "MANIFEST.json").is_file() and not collection.is_symlink()
    env = {"ANSIBLE_COLLECTIONS_PATH": str(installed), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False"}
    verify = galaxy("collection", "verify", "--offline", "jetkit.junos", env=env, cwd=installed)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    listing = galaxy("collection", "list", "--format", "json", env=env, cwd=installed)
    assert listing.returncode == 0, listing.stderr
    found = {
        path: colls["jetkit.junos"] for path, colls in json.loads(listing.stdout).items() if "jetkit.junos" in colls
    }
    assert found == {str(installed / "ansible_collections"): {"version": GALAXY["version"]}}


@pytest.fixture
def installed_emulator(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[jet_helpers.Emulator]:
    """jetemu started like in conftest.py -- from the installed copy when the artifact ships it."""
    if EMULATOR_SHIPPED:
        shipped = installed / "ansible_collections" / "jetkit" / "junos" / "emulator"
        monkeypatch.setattr(jet_helpers, "EMULATOR", shipped)
        where = subprocess.run(
            [sys.executable, "-c", "import jetemu; print(jetemu.__file__)"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(shipped)},
            check=True,
        )
        assert Path(where.stdout.strip()).is_relative_to(shipped), where.stdout
    emu = start_emulator(tmp_path / "emu", "--hostname", "galaxy1")
    yield emu
    emu.stop()


def test_playbook_runs_from_installed_copy(
    installed: Path, installed_emulator: jet_helpers.Emulator, tmp_path: Path
) -> None:
    tasks = [
        {"name": "text", "jetkit.junos.command": {"commands": "show version"}},
        {"name": "json", "jetkit.junos.command": {"commands": "show version", "format": "json"}},
    ]
    env = {"ANSIBLE_COLLECTIONS_PATH": str(installed), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False"}
    run = run_playbook(tmp_path / "play", installed_emulator.inventory, tasks, env=env)
    assert run.rc == 0, run.output
    text = run.task("text")
    assert text["_status"] == "ok" and text["changed"] is False
    assert "galaxy1" in text["stdout"]
    parsed = run.task("json")["parsed"][0]
    assert parsed["software-information"][0]["host-name"][0]["data"] == "galaxy1"


def test_playbook_fails_without_the_collection(installed_emulator: jet_helpers.Emulator, tmp_path: Path) -> None:
    """With an empty collections path the same playbook fails: the run above used the installed copy."""
    empty = tmp_path / "empty-collections"
    empty.mkdir()
    tasks = [{"name": "text", "jetkit.junos.command": {"commands": "show version"}}]
    env = {"ANSIBLE_COLLECTIONS_PATH": str(empty), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False"}
    run = run_playbook(tmp_path / "play", installed_emulator.inventory, tasks, env=env)
    assert run.rc != 0
    assert "jetkit.junos" in run.output
