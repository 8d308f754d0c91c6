"""Per-task connection options (juniper.device's host/user/passwd/port/timeout) and connection: local.

A juniper.device playbook gives the device per task, in a play with ``connection: local``; the
same options select the JET connection here, through the jetkit.junos.jet connection's options,
and the sessions are still the gateway's: one Login per device per run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import PASSWORD, USER, Emulator, run_playbook, start_emulator

pytestmark = pytest.mark.slow

SHOW = {"commands": "show version", "format": "json"}


def logins(emu: Emulator) -> int:
    text = emu.log_file.read_text(errors="replace")
    return sum(1 for line in text.splitlines() if "logged in as client" in line)


def hostname(result: dict[str, Any]) -> str:
    return str(result["parsed"][0]["software-information"][0]["host-name"][0]["data"])


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Any:
    one = start_emulator(tmp_path_factory.mktemp("one"), "--hostname", "one")
    two = start_emulator(tmp_path_factory.mktemp("two"), "--hostname", "two")
    yield one, two
    one.stop()
    two.stop()


def local_inventory(path: Path, **host_vars: Any) -> Path:
    """An inventory as juniper.device users have it: no JET connection, maybe no credentials."""
    path.write_text(json.dumps({"all": {"hosts": {"dev": host_vars}}}))
    return path


def test_connection_local_play_with_juniper_device_options(pair: Any, tmp_path: Path) -> None:
    one, two = pair
    inventory = local_inventory(tmp_path / "inv.json")
    before = logins(one)
    where = {"host": "127.0.0.1", "port": one.device["port"], "user": USER, "passwd": "{{ pw }}"}
    tasks = [
        {"name": f"c{i}", "jetkit.junos.command": {**SHOW, **where}} for i in range(3)
    ] + [{"name": "aliases", "jetkit.junos.command": {**SHOW, "ip": "127.0.0.1", "port": two.device["port"],
                                                        "username": USER, "password": "{{ pw }}"}}]  # fmt: skip
    r = run_playbook(tmp_path / "run", inventory, tasks, play_connection="local", play_vars={"pw": PASSWORD})
    assert r.rc == 0, r.output
    assert [hostname(r.task(f"c{i}")) for i in range(3)] == ["one"] * 3
    assert hostname(r.task("aliases")) == "two"
    assert logins(one) == before + 1  # three tasks, one session
    assert PASSWORD not in r.output


def test_connection_local_play_takes_the_host_variables(pair: Any, tmp_path: Path) -> None:
    one, _two = pair
    inventory = local_inventory(
        tmp_path / "inv.json",
        ansible_host="127.0.0.1",
        ansible_port=one.device["port"],
        ansible_user=USER,
        ansible_password=PASSWORD,
    )
    tasks = [{"name": "c", "jetkit.junos.command": SHOW}]
    r = run_playbook(tmp_path / "run", inventory, tasks, play_connection="local")
    assert r.rc == 0, r.output
    assert hostname(r.task("c")) == "one"


def test_task_options_override_the_inventory_of_a_jet_host(pair: Any, tmp_path: Path) -> None:
    one, two = pair
    tasks = [
        {"name": "inventory", "jetkit.junos.command": SHOW},
        {"name": "other port", "jetkit.junos.command": {**SHOW, "port": two.device["port"]}},
        {"name": "wrong password", "jetkit.junos.command": {**SHOW, "passwd": "{{ not_the_password }}"},
         "ignore_errors": True},
        {"name": "unknown user", "jetkit.junos.command": {**SHOW, "user": "nobody"}, "ignore_errors": True},
    ]  # fmt: skip
    play_vars = {"not_the_password": "Not-" + PASSWORD}
    r = run_playbook(tmp_path / "run", one.inventory, tasks, play_vars=play_vars, extra_args=["-vvv"])
    assert r.rc == 0, r.output
    assert hostname(r.task("inventory")) == "one" and hostname(r.task("other port")) == "two"
    # The password is not part of what names a session: the task shares the host's session.
    assert r.task("wrong password")["_status"] == "ok"
    unknown = r.task("unknown user")
    assert unknown["_status"] == "failed" and unknown["jet_status"] == "LOGIN_REFUSED", unknown
    assert "Not-" + PASSWORD not in r.output and PASSWORD not in r.output


def test_wrong_passwd_of_a_task_is_refused_without_showing_it(pair: Any, tmp_path: Path) -> None:
    one, _two = pair
    inventory = local_inventory(tmp_path / "inv.json", ansible_host="127.0.0.1")
    wrong = "Wrong-" + PASSWORD[::-1]
    task = {**SHOW, "port": one.device["port"], "user": USER, "passwd": "{{ wrong }}"}
    r = run_playbook(
        tmp_path / "run",
        inventory,
        [{"name": "c", "jetkit.junos.command": task, "ignore_errors": True}],
        play_connection="local",
        play_vars={"wrong": wrong},
        extra_args=["-vvvv"],
    )
    c = r.task("c")
    assert c["_status"] == "failed" and c["jet_status"] == "LOGIN_REFUSED", c
    assert f"Login as user '{USER}' refused" in c["msg"]
    assert wrong not in r.output and wrong not in json.dumps(r.results)


def test_timeout_option_is_the_task_deadline(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path / "emu", "--hostname", "slow", "--response-delay", "2")
    try:
        tasks = [
            {"name": "short", "jetkit.junos.command": {**SHOW, "timeout": 1}, "ignore_errors": True},
            {"name": "patient", "jetkit.junos.command": {**SHOW, "timeout": 10}},
        ]
        r = run_playbook(tmp_path / "run", emu.inventory, tasks)
        assert r.rc == 0, r.output
        short = r.task("short")
        assert short["jet_status"] == "DEADLINE_EXCEEDED" and "Deadline Exceeded" in short["msg"], short
        assert hostname(r.task("patient")) == "slow"
    finally:
        emu.stop()


def test_logfile_logdir_and_level(pair: Any, tmp_path: Path) -> None:
    one, _two = pair
    logfile, logdir = tmp_path / "logs" / "task.log", tmp_path / "perhost"
    tasks = [
        {"name": "info", "jetkit.junos.command": {**SHOW, "logfile": str(logfile), "level": "INFO"}},
        {"name": "debug", "jetkit.junos.command": {**SHOW, "logdir": str(logdir), "level": "DEBUG"}},
        {"name": "failure", "jetkit.junos.command": {"commands": "show nonsense", "logfile": str(logfile)},
         "ignore_errors": True},
        {"name": "both", "jetkit.junos.command": {**SHOW, "logfile": "a", "logdir": "b"}, "ignore_errors": True},
    ]  # fmt: skip
    r = run_playbook(tmp_path / "run", one.inventory, tasks)
    assert r.rc == 0, r.output
    text = logfile.read_text()
    assert " - jetkit.junos.command - INFO - [" in text and "] Management/OpCommandGet: OK in " in text, text
    assert "- ERROR -" in text and "syntax error" in text
    per_host = next(logdir.glob("*.log")).read_text()
    assert "- INFO -" in per_host
    assert "mutually exclusive: logfile|logdir" in r.task("both")["msg"]
    assert PASSWORD not in text + per_host


def test_other_connections_are_refused_with_the_way_out(pair: Any, tmp_path: Path) -> None:
    one, _two = pair
    r = run_playbook(
        tmp_path / "run",
        one.inventory,
        [{"name": "c", "jetkit.junos.command": SHOW, "ignore_errors": True}],
        play_vars={"ansible_connection": "ssh"},
    )
    c = r.task("c")
    assert c["_status"] == "failed"
    assert "needs the jetkit.junos.jet connection" in c["msg"] and "connection: local" in c["msg"], c
