"""The smoke set: what every supported ansible-core must run (make test runs it on 2.16 and 2.21 too).

Here: facts, command, config with --check --diff and then a commit, a route, event_wait for the
commit's event. The set (``-m smoke``) also holds test_connection's jsd restart between two tasks
and test_modules' wrong password at -vvvv. With ``JETKIT_ANSIBLE_BIN`` set (make smoke does) the
playbooks run with that ansible-core's ansible-playbook.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jet_helpers import committed_set, run_playbook, start_emulator

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
