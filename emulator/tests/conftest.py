"""Shared fixtures for the emulator tests (helpers live in ``emutest``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator


@pytest.fixture
def emulator_factory(tmp_path: Path) -> Iterator[Any]:
    started: list[EmulatorProcess] = []

    def factory(*args: str) -> EmulatorProcess:
        emu = start_emulator(tmp_path / f"emu{len(started)}", *args)
        started.append(emu)
        return emu

    yield factory
    for emu in started:
        emu.stop()


@pytest.fixture
def emu(tmp_path: Path) -> Iterator[EmulatorProcess]:
    """A fresh clear-text device with one user, for a test that changes its state.

    (test_rib.py overrides it with one device per module.)
    """
    proc = start_emulator(tmp_path, "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def shared_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    """One clear-text device with one user, shared by the read-only tests of a module."""
    emu = start_emulator(
        tmp_path_factory.mktemp("emu"), "--port", "0", "--user", f"{USER}:{PASSWORD}", "--hostname", "jet-lab1"
    )
    yield emu
    emu.stop()


@pytest.fixture
def client(shared_emulator: EmulatorProcess) -> Iterator[JetClient]:
    c = connect(shared_emulator.target())
    yield c
    c.close()


@pytest.fixture
def logged_in(client: JetClient) -> JetClient:
    reply = client.login()
    assert reply.status.code == 0, reply.status.message
    return client
