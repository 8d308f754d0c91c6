"""The jetkit.junos.jet connection: sessions, restarts, TLS, through the real ansible-playbook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from jet_helpers import EMULATOR, USER, direct_client, paused_after, run_playbook, start_emulator, wait_for_file

pytestmark = pytest.mark.slow

COMMAND = {"name": "c", "jetkit.junos.command": {"commands": "show version", "format": "json"}}


def write_inventory(path: Path, host_vars: dict, drop: tuple[str, ...]) -> Path:
    kept = {k: v for k, v in host_vars.items() if k not in drop}
    path.write_text(json.dumps({"all": {"hosts": {"dev": kept}}}))
    return path


def login_lines(emu_dir: Path) -> list[str]:
    text = (emu_dir / "emulator.log").read_text(errors="replace")
    return [line for line in text.splitlines() if "logged in as client 'ansible-jetkit'" in line]


def test_one_login_for_many_tasks(tmp_path):
    emu = start_emulator(tmp_path / "emu", "--hostname", "one")
    try:
        tasks = [dict(COMMAND, name=f"c{i}") for i in range(6)]
        r = run_playbook(tmp_path / "run", emu.inventory, tasks)
        assert r.rc == 0, r.output
        assert len(login_lines(emu.workdir)) == 1
    finally:
        emu.stop()


def test_session_retry_when_jsd_is_full(tmp_path):
    emu = start_emulator(tmp_path / "emu", "--hostname", "full", "--max-sessions", "1")
    try:
        holder = direct_client(emu, "holder")
        no_retry = run_playbook(
            tmp_path / "a", emu.inventory, [dict(COMMAND, ignore_errors=True)], play_vars={"jet_session_retries": 0}
        )
        failed = no_retry.task("c")
        assert failed["jet_status"] == "RESOURCE_EXHAUSTED"
        assert "maximum number of client sessions (1) reached" in failed["msg"]

        release = threading.Timer(1.5, holder.close)
        release.start()
        try:
            r = run_playbook(
                tmp_path / "b",
                emu.inventory,
                [COMMAND],
                play_vars={"jet_session_retries": 8, "jet_session_retry_delay": 0.3},
            )
        finally:
            release.join()
        assert r.rc == 0, r.output
        assert r.task("c")["parsed"][0]["software-information"]
    finally:
        emu.stop()


@pytest.mark.smoke
def test_jsd_restart_between_two_tasks(tmp_path):
    state = tmp_path / "state"
    emu = start_emulator(tmp_path / "emu1", "--hostname", "rst", "--state-dir", str(state))
    port = emu.device["port"]
    first_done = tmp_path / "first-done"
    restarted = tmp_path / "restarted"
    tasks = [
        *paused_after(dict(COMMAND, name="before"), first_done, restarted, timeout=60),
        dict(COMMAND, name="after"),
    ]
    box: dict[str, object] = {}

    def restart() -> None:
        wait_for_file(first_done)
        emu.stop()
        box["emu"] = start_emulator(
            tmp_path / "emu2", "--hostname", "rst", "--state-dir", str(state), "--port", str(port)
        )
        restarted.touch()

    worker = threading.Thread(target=restart)
    worker.start()
    try:
        r = run_playbook(tmp_path / "run", emu.inventory, tasks)
    finally:
        worker.join()
        second = box.get("emu")
        if second is not None:
            second.stop()  # type: ignore[attr-defined]
    assert r.rc == 0, r.output
    assert r.task("after")["parsed"][0]["software-information"]
    assert len(login_lines(tmp_path / "emu1")) == 1
    assert len(login_lines(tmp_path / "emu2")) == 1  # the next task logged in again, once


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    directory = tmp_path_factory.mktemp("certs")
    env = dict(os.environ, PYTHONPATH=str(EMULATOR))
    subprocess.run([sys.executable, "-m", "jetemu", "certs", str(directory)], check=True, env=env, capture_output=True)
    return directory


def test_command_timeout_set_on_one_task_bounds_its_calls(tmp_path):
    """``ansible_command_timeout`` on a task is that task's deadline for every call it makes.

    The device answers each call 2 s late: a task allowed 1 s fails with gRPC's own words and
    nothing changes; the next task, on the same persistent connection and Login, waits and succeeds.
    """
    emu = start_emulator(tmp_path / "emu", "--hostname", "slow", "--response-delay", "2")
    try:
        short = {"ansible_command_timeout": 1}
        line = "set system location building deadline-test"
        tasks = [
            dict(COMMAND, name="short", ignore_errors=True, vars=short),
            {"name": "cfg", "jetkit.junos.config": {"lines": [line]}, "ignore_errors": True, "vars": short},
            dict(COMMAND, name="patient"),
            {"name": "show", "jetkit.junos.command": {"commands": "show configuration system location"}},
        ]
        r = run_playbook(tmp_path / "run", emu.inventory, tasks)
        assert r.rc == 0, r.output
        for name in ("short", "cfg"):
            failed = r.task(name)
            assert failed["_status"] == "failed", failed
            assert failed["jet_status"] == "DEADLINE_EXCEEDED", failed
            assert "Deadline Exceeded" in failed["msg"], failed["msg"]
        assert r.task("patient")["parsed"][0]["software-information"]
        assert "deadline-test" not in r.task("show")["stdout"]
        assert len(login_lines(emu.workdir)) == 1
    finally:
        emu.stop()


def test_commit_gets_the_task_deadline_and_a_timed_out_commit_leaves_nothing(tmp_path):
    """The commit call is bounded like every other call: a commit slower than the task allows
    fails with gRPC's words, the candidate is discarded and the lock given back."""
    # Commits take 5 s; the hurried task allows 2 s per call, ample for its lock, load and compare
    # even on a loaded machine, so it is the commit that runs out of time.
    emu = start_emulator(tmp_path / "emu", "--hostname", "slowcommit", "--commit-delay", "5")
    try:
        line = "set system location building commit-deadline"
        show = {"jetkit.junos.command": {"commands": "show configuration system location"}}
        tasks = [
            {"name": "hurried", "jetkit.junos.config": {"lines": [line]}, "ignore_errors": True,
             "vars": {"ansible_command_timeout": 2}},
            {"name": "after-hurried", **show},
            {"name": "patient", "jetkit.junos.config": {"lines": [line]}},
            {"name": "after-patient", **show},
        ]  # fmt: skip
        r = run_playbook(tmp_path / "run", emu.inventory, tasks)
        assert r.rc == 0, r.output
        hurried = r.task("hurried")
        assert hurried["_status"] == "failed" and hurried["jet_status"] == "DEADLINE_EXCEEDED", hurried
        assert hurried["msg"].startswith("commit") and "Deadline Exceeded" in hurried["msg"], hurried["msg"]
        assert "commit-deadline" not in r.task("after-hurried")["stdout"]
        patient = r.task("patient")  # the lock was given back: the next edit can take it
        assert patient["changed"] is True and patient["committed"] is True, patient
        assert "commit-deadline" in r.task("after-patient")["stdout"]
    finally:
        emu.stop()


LIBRARY_MODULE = """#!/usr/bin/python
# A module of the playbook's own library/ that runs jetkit.junos.command's logic: Ansible executes it
# as a module process (no jetkit.junos action plugin), as it would any module of another collection.
from ansible_collections.jetkit.junos.plugins.module_utils._jet.command import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module

if __name__ == "__main__":
    run_module(SPEC)
"""


def test_module_process_path_uses_the_same_session(tmp_path):
    """Module files still work as module processes (anything that bypasses our action plugin).

    A module that Ansible runs as a module process, with the jetkit.junos.jet connection, reaches
    its host's session in the gateway through the address the connection gives it
    (``_ansible_socket``): no second Login, device errors in the device's words.
    """
    emu = start_emulator(tmp_path / "emu", "--hostname", "modproc")
    workdir = tmp_path / "run"
    (workdir / "library").mkdir(parents=True)
    (workdir / "library" / "jet_library_command.py").write_text(LIBRARY_MODULE)
    tasks = [
        dict(COMMAND, name="action"),
        {"name": "module", "jet_library_command": {"commands": "show version", "format": "json"}},
        {"name": "bad", "jet_library_command": {"commands": "show nonsense"}, "ignore_errors": True},
    ]
    try:
        r = run_playbook(workdir, emu.inventory, tasks, play_vars={"ansible_python_interpreter": sys.executable})
        assert r.rc == 0, r.output
        good, bad = r.task("module"), r.task("bad")
        assert good["parsed"][0]["software-information"][0]["host-name"][0]["data"] == "modproc", good
        assert bad["_status"] == "failed" and "syntax error" in bad["msg"], bad
        assert bad["jet_status"] == "DEVICE_FAILURE"
        assert len(login_lines(emu.workdir)) == 1
    finally:
        emu.stop()


@pytest.mark.parametrize("mutual", [False, True], ids=["tls", "mtls"])
def test_tls_and_mutual_tls(tmp_path, certs, mutual):
    args = ["--hostname", "sec", "--tls-cert", str(certs / "server.crt"), "--tls-key", str(certs / "server.key")]
    if mutual:
        args += ["--client-ca", str(certs / "ca.crt")]
    emu = start_emulator(tmp_path / "emu", *args)
    try:
        hv = emu.host_vars()
        assert hv["jet_tls"] is True and ("jet_tls_cert_file" in hv) == mutual
        r = run_playbook(tmp_path / "run", emu.inventory, [COMMAND])
        assert r.rc == 0, r.output
        assert r.task("c")["parsed"][0]["software-information"]
        if mutual:
            # Without the client certificate the device refuses the handshake; the task says so.
            inventory = write_inventory(tmp_path / "nocert.yml", hv, drop=("jet_tls_cert_file", "jet_tls_key_file"))
            r = run_playbook(
                tmp_path / "run2", inventory, [dict(COMMAND, ignore_errors=True)], play_vars={"jet_connect_timeout": 3}
            )
            assert r.task("c")["_status"] == "failed"
            assert r.task("c")["jet_status"] in ("CONNECT_FAILED", "UNAVAILABLE")
    finally:
        emu.stop()


def test_user_never_leaks_password_in_tls_failure(tmp_path, certs):
    emu = start_emulator(
        tmp_path / "emu",
        "--hostname",
        "sec2",
        "--tls-cert",
        str(certs / "server.crt"),
        "--tls-key",
        str(certs / "server.key"),
    )
    try:
        # TLS on the device, clear-text on our side: a clear error naming the target.
        inventory = write_inventory(tmp_path / "clear.yml", emu.host_vars(), drop=("jet_tls", "jet_tls_ca_file"))
        r = run_playbook(
            tmp_path / "run",
            inventory,
            [dict(COMMAND, ignore_errors=True)],
            play_vars={"jet_connect_timeout": 2},
            extra_args=["-vvvv"],
        )
        c = r.task("c")
        assert c["_status"] == "failed"
        assert f"127.0.0.1:{emu.device['port']}" in c["msg"]
        assert USER in emu.host_vars()["ansible_user"]
        assert emu.host_vars()["ansible_password"] not in r.output
    finally:
        emu.stop()
