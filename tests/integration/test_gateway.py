"""The per-run JET gateway as a process: one for every host, private, gone with the playbook.

What the gateway must do for tasks (one Login per host, retries, deadlines, reconnects, errors)
is tested through real playbooks in test_connection.py; here the process itself: where its socket
is and who may use it, that nothing secret is in its arguments, that it ends with the playbook
(sessions given back), and that a task starts another one when it died.
"""

from __future__ import annotations

import os
import signal
import stat
import threading
import time
from pathlib import Path

import pytest
from jet_helpers import PASSWORD, DirectClient, paused_after, run_playbook, start_emulator, wait_for_file

pytestmark = pytest.mark.slow

COMMAND = {"name": "c", "jetkit.junos.command": {"commands": "show version", "format": "json"}}


def logins(log: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in log.read_text(errors="replace").splitlines():
        if "logged in as client" in line:
            device = line.split("device ", 1)[1].split(":", 1)[0] if "device " in line else "?"
            counts[device] = counts.get(device, 0) + 1
    return counts


def gateway_dirs(workdir: Path) -> list[Path]:
    return sorted((workdir / "pc").glob("jetkit-gw-*"))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not alive(pid)


class Between:
    """Runs ``action`` while the playbook is paused after its first task, then lets it go on."""

    def __init__(self, tmp_path: Path, action) -> None:
        self.reached, self.resume = tmp_path / "reached", tmp_path / "resume"
        self.action = action
        self.seen: dict = {}
        self.thread = threading.Thread(target=self._run)

    def tasks(self, first: dict) -> list[dict]:
        return paused_after(first, self.reached, self.resume, timeout=90)

    def _run(self) -> None:
        try:
            wait_for_file(self.reached)
            self.seen.update(self.action() or {})
        finally:
            self.resume.touch()

    def __enter__(self) -> Between:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.resume.touch()
        self.thread.join(timeout=60)


def test_one_private_gateway_for_every_host_that_ends_with_the_playbook(tmp_path: Path) -> None:
    # one session per device at most: after the run, a new Login works only if ours was given back
    emu = start_emulator(tmp_path / "emu", "--devices", "3", "--hostname", "g", "--max-sessions", "1")
    workdir = tmp_path / "run"

    def inspect() -> dict:
        dirs = gateway_dirs(workdir)
        directory = dirs[0]
        pid = int((directory / "gateway.pid").read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        return {
            "dirs": len(dirs),
            "dir_mode": stat.S_IMODE(directory.stat().st_mode),
            "socket_mode": stat.S_IMODE((directory / "gateway.sock").stat().st_mode),
            "socket": stat.S_ISSOCK((directory / "gateway.sock").stat().st_mode),
            "pid": pid,
            "cmdline": cmdline,
            "directory": directory,
        }

    try:
        with Between(tmp_path, inspect) as between:
            tasks = [*between.tasks(COMMAND), dict(COMMAND, name="after")]
            r = run_playbook(workdir, emu.inventory, tasks)
        assert r.rc == 0, r.output
        seen = between.seen
        assert seen["dirs"] == 1 and seen["socket"], seen
        assert seen["dir_mode"] == 0o700 and seen["socket_mode"] == 0o600, seen
        assert PASSWORD not in seen["cmdline"] and "ansible-playbook" in seen["cmdline"], seen["cmdline"]
        # one Login per host for the run, all made by the one gateway
        assert logins(emu.log_file) == {"g1": 1, "g2": 1, "g3": 1}
        # the playbook has ended: so has the gateway, and its directory is gone
        assert gone(seen["pid"]), "the gateway outlived the playbook"
        assert not seen["directory"].exists()
        for device in emu.devices:
            DirectClient(device["host"], device["port"], "after-the-run").close()
    finally:
        emu.stop()


def test_a_gateway_that_died_is_started_again_by_the_next_task(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path / "emu", "--hostname", "phoenix")
    workdir = tmp_path / "run"

    def kill() -> dict:
        pid = int((gateway_dirs(workdir)[0] / "gateway.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        assert gone(pid)
        return {"first": pid}

    try:
        with Between(tmp_path, kill) as between:
            tasks = [*between.tasks(COMMAND), dict(COMMAND, name="after"), dict(COMMAND, name="again")]
            r = run_playbook(workdir, emu.inventory, tasks)
        assert r.rc == 0, r.output
        assert r.task("after")["parsed"][0]["software-information"], r.task("after")
        # the new gateway made a new session (the old one died with its process), once
        assert logins(emu.log_file) == {"phoenix": 2}
    finally:
        emu.stop()


def test_a_call_in_flight_when_the_gateway_dies_fails_and_is_not_repeated(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path / "emu", "--hostname", "inflight", "--response-delay", "3")
    workdir = tmp_path / "run"

    def kill_during_the_next_call() -> dict:
        pid = int((gateway_dirs(workdir)[0] / "gateway.pid").read_text())

        def later() -> None:
            time.sleep(1.5)  # the next task's call is then waiting for the device (3 s)
            os.kill(pid, signal.SIGKILL)

        threading.Thread(target=later, daemon=True).start()
        return {"pid": pid}

    try:
        with Between(tmp_path, kill_during_the_next_call) as between:
            victim = {"name": "victim", "jetkit.junos.config": {"lines": ["set system location building x"]},
                      "ignore_errors": True}  # fmt: skip
            tasks = [*between.tasks(COMMAND), victim, dict(COMMAND, name="after")]
            r = run_playbook(workdir, emu.inventory, tasks)
        assert r.rc == 0, r.output
        failed = r.task("victim")
        assert failed["_status"] == "failed" and failed["jet_status"] == "GATEWAY_FAILURE", failed
        assert "not repeated" in failed["msg"], failed["msg"]
        assert r.task("after")["parsed"][0]["software-information"]
    finally:
        emu.stop()


@pytest.mark.parametrize(("idle", "expected"), [(None, 1), (1, 2)], ids=["kept-for-the-run", "idle-timeout"])
def test_sessions_are_kept_for_the_run_unless_an_idle_timeout_is_set(tmp_path: Path, idle, expected) -> None:
    emu = start_emulator(tmp_path / "emu", "--hostname", "idle")
    try:
        tasks = [
            dict(COMMAND, name="first"),
            {"name": "quiet", "ansible.builtin.pause": {"seconds": 3}},
            dict(COMMAND, name="second"),
        ]
        play_vars = {} if idle is None else {"jet_session_idle_timeout": idle}
        r = run_playbook(tmp_path / "run", emu.inventory, tasks, play_vars=play_vars)
        assert r.rc == 0, r.output
        assert logins(emu.log_file) == {"idle": expected}
    finally:
        emu.stop()
