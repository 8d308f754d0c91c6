"""jetkit.junos modules through the real ansible-playbook against one shared emulated device."""

from __future__ import annotations

import json

import pytest
from jet_helpers import PASSWORD, committed_set, device_cli, direct_client, run_playbook

pytestmark = pytest.mark.slow


def test_command_text_json_xml(run):
    r = run(
        [
            {"name": "json", "jetkit.junos.command": {"commands": "show version", "format": "json"}},
            {"name": "two", "jetkit.junos.command": {"commands": ["show version", "show system uptime"]}},
            {"name": "xml", "jetkit.junos.command": {"commands": "show version", "format": "xml"}},
        ]
    )
    assert r.rc == 0, r.output
    parsed = r.task("json")["parsed"][0]
    assert parsed["software-information"][0]["host-name"][0]["data"] == "lab1"
    two = r.task("two")
    assert len(two["stdout"]) == 2 and two["changed"] is False
    assert two["stdout_lines"][0] == two["stdout"][0].splitlines()
    assert r.task("xml")["parsed"][0]["software-information"]["host-name"] == "lab1"


def test_command_wait_for(run):
    r = run(
        [
            {"name": "ok", "jetkit.junos.command": {"commands": "show version", "wait_for": "result[0] contains lab1"}},
            {
                "name": "never",
                "ignore_errors": True,
                "jetkit.junos.command": {
                    "commands": "show version",
                    "wait_for": ["result[0] contains nowhere"],
                    "retries": 2,
                    "interval": 0.1,
                },
            },
        ]
    )
    assert r.task("ok")["_status"] == "ok"
    never = r.task("never")
    assert never["_status"] == "failed"
    assert never["failed_conditions"] == ["result[0] contains nowhere"]
    assert "after 3 attempt(s)" in never["msg"]


def test_device_error_reaches_task_word_for_word(run):
    r = run([{"name": "bad", "ignore_errors": True, "jetkit.junos.command": {"commands": "show no-such-thing"}}])
    bad = r.task("bad")
    assert bad["_status"] == "failed"
    assert bad["jet_status"] == "DEVICE_FAILURE"
    assert "syntax error" in bad["msg"] and "Internal error" not in bad["msg"]


def test_check_mode_refuses_state_changing_command_and_rpc(run):
    r = run(
        [
            {"name": "cmd", "ignore_errors": True, "jetkit.junos.command": {"commands": "request system reboot"}},
            {"name": "rpc", "ignore_errors": True, "jetkit.junos.rpc": {"rpc": "commit-configuration"}},
            {"name": "read", "jetkit.junos.rpc": {"rpc": "get-software-information", "format": "json"}},
        ],
        extra_args=["--check"],
    )
    assert r.task("cmd")["_status"] == "failed" and "check mode" in r.task("cmd")["msg"]
    assert r.task("rpc")["_status"] == "failed" and "check mode" in r.task("rpc")["msg"]
    assert r.task("read")["_status"] == "ok"
    assert r.task("read")["changed"] is False


def test_rpc_args_and_formats(run):
    r = run(
        [
            {
                "name": "terse",
                "jetkit.junos.rpc": {"rpc": "get-interface-information", "args": {"terse": True}, "format": "json"},
            },
            {
                "name": "cfg",
                "jetkit.junos.rpc": {
                    "rpc": "get-configuration",
                    "attrs": {"format": "text"},
                    "args": {"configuration": {"system": True}},
                },
            },
        ]
    )
    assert r.rc == 0, r.output
    assert "interface-information" in r.task("terse")["parsed"]
    assert "host-name lab1" in r.task("cfg")["output"]


def test_facts_subsets(run):
    r = run(
        [
            {"name": "facts", "jetkit.junos.facts": {"gather_subset": ["all", "!config"]}},
            {"name": "show", "ansible.builtin.debug": {"var": "ansible_net_hostname"}},
        ]
    )
    assert r.rc == 0, r.output
    facts = r.task("facts")["ansible_facts"]
    assert facts["junos"]["hostname"] == "lab1"
    assert facts["ansible_net_version"] and facts["ansible_net_serialnum"]
    assert facts["junos"]["routing_engines"]
    assert "lo0" in facts["junos"]["interfaces"]
    assert "config" not in facts["junos"]
    assert facts["ansible_net_gather_subset"] == ["default", "hardware", "interfaces"]


def test_config_check_mode_diff_idempotence(run, device):
    before = committed_set(device)
    line = "set system location building check-mode"
    checked = run([{"name": "c", "jetkit.junos.config": {"lines": [line]}}], extra_args=["--check", "--diff"])
    c = checked.task("c")
    assert c["changed"] is True and c["committed"] is False
    assert "building check-mode" in c["diff"]["prepared"]
    assert committed_set(device) == before  # check mode committed nothing

    first = run(
        [{"name": "c", "jetkit.junos.config": {"lines": [line], "comment": "from pytest"}}], extra_args=["--diff"]
    )
    assert first.task("c")["changed"] is True and first.task("c")["committed"] is True
    assert line in committed_set(device)

    again = run([{"name": "c", "jetkit.junos.config": {"lines": [line]}}], extra_args=["--diff"])
    assert again.task("c")["changed"] is False
    assert "diff" not in again.task("c")  # no diff when nothing changes

    back = run([{"name": "r", "jetkit.junos.config": {"rollback": "1"}}])
    assert back.task("r")["changed"] is True
    assert committed_set(device) == before


def test_config_formats_private_retrieve(run, device):
    r = run(
        [
            {
                "name": "json",
                "jetkit.junos.config": {
                    "config": {"system": {"location": {"building": "b-json"}}},
                    "config_mode": "private",
                },
            },
            {"name": "text", "jetkit.junos.config": {"lines": ["system { location { floor 3; } }"]}},
            {
                "name": "get",
                "jetkit.junos.config": {"retrieve": "committed", "retrieve_format": "set", "filter": "system/location"},
            },
            {"name": "undo", "jetkit.junos.config": {"lines": ["delete system location"]}},
        ]
    )
    assert r.rc == 0, r.output
    assert r.task("json")["format"] == "json" and r.task("json")["changed"] is True
    assert r.task("text")["format"] == "text"
    lines = r.task("get")["config_lines"]
    assert "set system location building b-json" in lines and "set system location floor 3" in lines
    assert "location" not in committed_set(device)


def test_invalid_configuration_shows_device_message_commits_nothing(run, device):
    before = committed_set(device)
    r = run([{"name": "bad", "ignore_errors": True, "jetkit.junos.config": {"lines": ["set bogus-stanza x"]}}])
    bad = r.task("bad")
    assert bad["_status"] == "failed"
    assert "syntax error: bogus-stanza" in bad["msg"]
    assert committed_set(device) == before
    # The lock was released: another session can lock now.
    other = direct_client(device, "pytest-locker")
    try:
        assert "<ok" in other.op_command("<lock-configuration/>", "xml", "xml")
    finally:
        other.close()


def test_lock_conflict_with_second_session(run, device):
    other = direct_client(device, "pytest-holder")
    try:
        other.op_command("<lock-configuration/>", "xml", "xml")
        r = run(
            [
                {
                    "name": "c",
                    "ignore_errors": True,
                    "jetkit.junos.config": {"lines": ["set system location building locked"]},
                }
            ]
        )
        c = r.task("c")
        assert c["_status"] == "failed"
        assert "lock-configuration" in c["msg"] and c["jet_status"] == "DEVICE_FAILURE"
        assert "configuration database locked" in c["msg"]  # the device's words
    finally:
        other.close()  # the holder's session ends, and its lock with it
    after = run([{"name": "p", "jetkit.junos.config": {"lines": ["set system location building p"], "check": True}}])
    assert after.task("p")["_status"] == "ok", after.task("p")
    assert "building locked" not in committed_set(device)


def test_commit_confirmed_expires_and_confirm_keeps(run, device):
    import time

    r = run([{"name": "c", "jetkit.junos.config": {"lines": ["set system location building temp"], "confirmed": 1}}])
    assert r.task("c")["committed"] is True
    deadline = time.monotonic() + 20
    while "building temp" in committed_set(device) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "building temp" not in committed_set(device)  # rolled back: not confirmed in time
    # The one-second "minute" may run out before the playbook has even exited on a loaded machine,
    # so the commit itself is read back from history: rollback 1 is the unconfirmed configuration.
    assert "building temp" in device_cli(device, "show system rollback 1")

    r = run(
        [
            {"name": "c", "jetkit.junos.config": {"lines": ["set system location building kept"], "confirmed": 1}},
            {"name": "confirm", "jetkit.junos.config": {"confirm": True}},
            {"name": "again", "jetkit.junos.config": {"confirm": True}},
        ]
    )
    assert r.task("confirm")["changed"] is True
    assert r.task("again")["changed"] is False
    time.sleep(2.5)
    assert "building kept" in committed_set(device)
    run([{"name": "undo", "jetkit.junos.config": {"lines": ["delete system location"]}}])


def test_backup_writes_committed_config(run, tmp_path):
    r = run(
        [
            {
                "name": "b",
                "jetkit.junos.config": {
                    "lines": ["set system location building bk"],
                    "check": True,
                    "backup": True,
                    "backup_options": {"dir_path": str(tmp_path / "bk"), "filename": "lab1.conf"},
                },
            }
        ]
    )
    assert r.rc == 0, r.output
    text = (tmp_path / "bk" / "lab1.conf").read_text()
    assert "host-name lab1;" in text
    assert r.task("b")["committed"] is False


@pytest.mark.parametrize("filename", ["../escaped.conf", "sub/../../escaped.conf", "{tmp}/escaped.conf", ".."])
def test_backup_filename_cannot_leave_dir_path(run, device, tmp_path, filename):
    filename = filename.format(tmp=tmp_path)  # an absolute path
    before = committed_set(device)
    r = run(
        [
            {
                "name": "b",
                "jetkit.junos.config": {
                    "lines": ["set system location building escape"],
                    "backup": True,
                    "backup_options": {"dir_path": str(tmp_path / "bk"), "filename": filename},
                },
                "ignore_errors": True,
            }
        ]
    )
    result = r.task("b")
    assert result["_status"] == "failed", result
    assert result["msg"] == (
        "backup_options.filename must be a file name inside backup_options.dir_path (no '/', not '.' or '..'), "
        f"got {filename!r}"
    )
    assert not (tmp_path / "bk").exists() and not list(tmp_path.rglob("escaped*"))
    assert committed_set(device) == before  # refused before anything reached the device


def test_ephemeral_config_idempotent(run):
    data = {"system": {"services": {"ssh": {}}}}
    r = run(
        [
            {"name": "check", "jetkit.junos.ephemeral_config": {"config": data, "instance": ""}},
            {"name": "set", "jetkit.junos.ephemeral_config": {"config": data}},
            {"name": "again", "jetkit.junos.ephemeral_config": {"config": data}},
        ]
    )
    assert r.rc == 0, r.output
    assert r.task("set")["changed"] is True or r.task("check")["changed"] is True
    assert r.task("again")["changed"] is False
    assert "ssh" in r.task("again")["ephemeral"][0]["value"]


def test_module_defaults_group(run):
    r = run([{"name": "c", "jetkit.junos.command": {"commands": "show version"}}])
    assert r.rc == 0
    r = run(
        [
            {
                "name": "c",
                "jetkit.junos.command": {},
                "module_defaults": {"group/jetkit.junos.jet": {"commands": "show system uptime"}},
            }
        ]
    )
    assert r.rc == 0, r.output
    assert "System booted" in r.task("c")["stdout"]


@pytest.mark.smoke
def test_wrong_password_clear_error_and_secret_never_shown(device, tmp_path):
    inv = tmp_path / "inv.yml"
    hv = device.host_vars()
    wrong = "Not-The-Pw-" + PASSWORD[::-1]
    inv.write_text(json.dumps({"all": {"hosts": {"lab1": {**hv, "ansible_password": wrong}}}}))
    r = run_playbook(
        tmp_path, inv, [{"name": "c", "jetkit.junos.command": {"commands": "show version"}}], extra_args=["-vvvv"]
    )
    assert r.rc != 0
    c = r.task("c")
    assert c["jet_status"] == "LOGIN_REFUSED"
    assert "authentication failed for user 'lab'" in c["msg"]
    assert wrong not in r.output and wrong not in json.dumps(r.results)
    task = {"name": "c", "jetkit.junos.command": {"commands": "show version"}}
    good = run_playbook(tmp_path, device.inventory, [task], extra_args=["-vvvv"])
    assert good.rc == 0
    assert PASSWORD not in good.output and PASSWORD not in json.dumps(good.results)
