"""The smoke set: what every supported ansible-core must run (make test runs it on 2.16 and 2.21 too).

Facts, command, config with --check --diff and then a commit, a route, event_wait for the commit's
event, a jsd restart between two tasks, and a wrong password at -vvv. With ``JETKIT_ANSIBLE_BIN``
set (make test does) the playbooks run with that ansible-core's ansible-playbook.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from jet_helpers import PASSWORD, committed_set, paused_after, run_playbook, start_emulator, wait_for_file

pytestmark = [pytest.mark.slow, pytest.mark.smoke]

LINE = "set system location building smoke-test"


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory):
    emu = start_emulator(tmp_path_factory.mktemp("emu"), "--hostname", "smoke", "--mqtt-port", "0")
    yield emu
    emu.stop()


def test_facts_command_config_route_and_event(device, tmp_path: Path) -> None:
    check = run_playbook(
        tmp_path / "check",
        device.inventory,
        [{"name": "config", "jetkit.junos.config": {"lines": [LINE]}}],
        extra_args=["--check", "--diff"],
    )
    assert check.rc == 0, check.output
    assert check.task("config")["changed"] is True
    assert "building smoke-test" in check.task("config")["diff"]["prepared"]
    assert "smoke-test" not in committed_set(device)

    tasks = [
        {"name": "facts", "jetkit.junos.facts": {}},
        {"name": "command", "jetkit.junos.command": {"commands": ["show version"], "format": "json"}},
        {"name": "subscribe", "jetkit.junos.event_wait": {"mode": "subscribe", "client_id": "smoke",
                                                           "topic": ["/junos/events/syslog/UI_COMMIT_COMPLETED"]}},
        {"name": "config", "jetkit.junos.config": {"lines": [LINE], "comment": "smoke"}},
        {"name": "event", "jetkit.junos.event_wait": {"client_id": "smoke", "timeout": 20,
                                                       "topic": ["/junos/events/syslog/UI_COMMIT_COMPLETED"]}},
        {"name": "route", "jetkit.junos.route": {"routes": [{"prefix": "10.99.0.0/24", "next_hops": ["fxp0"]}]}},
        {"name": "route_info", "jetkit.junos.route_info": {}},
    ]  # fmt: skip
    r = run_playbook(tmp_path / "run", device.inventory, tasks, extra_args=["--diff"])
    assert r.rc == 0, r.output
    assert r.task("facts")["ansible_facts"]["ansible_net_hostname"] == "smoke"
    assert r.task("command")["parsed"][0]["software-information"]
    assert r.task("config")["changed"] is True and r.task("config")["committed"] is True
    assert "smoke-test" in committed_set(device)
    assert r.task("event")["events"], r.task("event")
    assert r.task("route")["added"] == ["10.99.0.0/24"]
    assert [x["prefix"] for x in r.task("route_info")["programmed"]] == ["10.99.0.0/24"]


def test_jsd_restart_between_two_tasks(tmp_path: Path) -> None:
    state = tmp_path / "state"
    emu = start_emulator(tmp_path / "emu1", "--hostname", "rst", "--state-dir", str(state))
    port = emu.device["port"]
    first_done, restarted = tmp_path / "first-done", tmp_path / "restarted"
    command = {"jetkit.junos.command": {"commands": "show version", "format": "json"}}
    tasks = [*paused_after(dict(command, name="before"), first_done, restarted, 60), dict(command, name="after")]
    box: dict = {}

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
        if "emu" in box:
            box["emu"].stop()
    assert r.rc == 0, r.output
    assert r.task("after")["parsed"][0]["software-information"]


def test_wrong_password_at_vvv(device, tmp_path: Path) -> None:
    wrong = "Wrong-" + PASSWORD[::-1]
    r = run_playbook(
        tmp_path / "run",
        device.inventory,
        [{"name": "c", "jetkit.junos.command": {"commands": "show version"}}],
        play_vars={"ansible_password": wrong},
        extra_args=["-vvv"],
    )
    assert r.rc != 0
    c = r.task("c")
    assert c["jet_status"] == "LOGIN_REFUSED" and "authentication failed for user 'lab'" in c["msg"], c
    assert wrong not in r.output and PASSWORD not in r.output
