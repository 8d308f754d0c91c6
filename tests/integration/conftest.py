"""Fixtures of the collection integration tests (helpers live in jet_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from eda_helpers import RulebookRunner
from jet_helpers import COLLECTIONS, MEASUREMENTS, ROOT, Emulator, PlaybookRun, run_playbook, start_emulator


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if MEASUREMENTS:
        terminalreporter.section("measurements")
        for line in MEASUREMENTS:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session", autouse=True)
def collection_link() -> None:
    link = COLLECTIONS / "ansible_collections" / "jetkit" / "junos"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT)


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """One clear-text device shared by the tests of a module (commit-confirm minute: 1 s)."""
    emu = start_emulator(tmp_path_factory.mktemp("emu"), "--hostname", "lab1", "--commit-confirm-minute", "1")
    yield emu
    emu.stop()


@pytest.fixture
def run(device: Emulator, tmp_path: Path) -> Any:
    def runner(tasks: list[dict[str, Any]], **kwargs: Any) -> PlaybookRun:
        return run_playbook(tmp_path, device.inventory, tasks, **kwargs)

    return runner


@pytest.fixture(scope="session")
def collections_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ANSIBLE_COLLECTIONS_PATH where this checkout is jetkit.junos (for ansible-rulebook runs)."""
    base = tmp_path_factory.mktemp("collections")
    (base / "ansible_collections" / "jetkit").mkdir(parents=True)
    (base / "ansible_collections" / "jetkit" / "junos").symlink_to(ROOT)
    return base


@pytest.fixture
def run_rulebook(collections_path: Path, tmp_path: Path) -> Iterator[RulebookRunner]:
    """Start the real ansible-rulebook (stopped at the end of the test)."""
    runner = RulebookRunner(collections_path, tmp_path)
    yield runner
    runner.stop_all()
