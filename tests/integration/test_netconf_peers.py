"""junipernetworks.junos over ansible.netcommon.netconf against jetemu's NETCONF server, unchanged.

The peer collection users run today (junos_facts, junos_command, junos_rpc, junos_config) talks to
the same emulated device as jetkit.junos: what it commits is what JET reads back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jet_helpers import PASSWORD, USER, Emulator, committed_set, run_playbook, start_emulator

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    emu = start_emulator(tmp_path_factory.mktemp("emu"), "--hostname", "peer1", "--netconf-port", "--broker", "none")
    yield emu
    emu.stop()


def netconf_inventory(emu: Emulator, path: Path) -> Path:
    """The inventory a junipernetworks.junos user writes, pointed at the emulator's NETCONF port."""
    host_vars = emu.host_vars()
    assert host_vars["jet_netconf_port"] == emu.device["netconf_port"]
    doc = {
        "all": {
            "hosts": {
                "peer1": {
                    "ansible_host": host_vars["ansible_host"],
                    "ansible_port": host_vars["jet_netconf_port"],
                    "ansible_user": USER,
                    "ansible_password": PASSWORD,
                    "ansible_connection": "ansible.netcommon.netconf",
                    "ansible_network_os": "junipernetworks.junos.junos",
                }
            }
        }
    }
    path.write_text(yaml.safe_dump(doc))
    return path


def run(emu: Emulator, tmp_path: Path, tasks: list[dict[str, Any]], *extra: str) -> Any:
    tmp_path.mkdir(parents=True, exist_ok=True)
    inventory = netconf_inventory(emu, tmp_path / "netconf.yml")
    result = run_playbook(
        tmp_path, inventory, tasks, extra_args=list(extra), env={"ANSIBLE_HOST_KEY_CHECKING": "False"}
    )
    assert result.rc == 0, result.output[-4000:]
    return result


def test_facts_command_and_rpc(device: Emulator, tmp_path: Path) -> None:
    result = run(
        device,
        tmp_path,
        [
            {
                "name": "facts",
                "junipernetworks.junos.junos_facts": {"gather_subset": ["min", "config", "interfaces", "hardware"]},
            },
            {
                "name": "text",
                "junipernetworks.junos.junos_command": {"commands": ["show version", "show interfaces terse"]},
            },
            {
                "name": "json",
                "junipernetworks.junos.junos_command": {"commands": ["show version"], "display": "json"},
            },
            {
                "name": "wait",
                "junipernetworks.junos.junos_command": {
                    "commands": ["show version"],
                    "display": "xml",
                    "wait_for": ["result[0]['rpc-reply']['software-information']['host-name'] == peer1"],
                },
            },
            {
                "name": "rpc",
                "junipernetworks.junos.junos_rpc": {
                    "rpc": "get-interface-information",
                    "args": {"interface-name": "fxp0", "terse": True},
                    "output": "json",
                },
            },
        ],
    )
    facts = result.task("facts")["ansible_facts"]
    assert facts["ansible_net_hostname"] == "peer1"
    assert facts["ansible_net_model"] == "mx480"
    assert facts["ansible_net_version"] == "24.4R1.9"
    assert facts["ansible_net_serialnum"].startswith("JN1")
    assert facts["ansible_net_api"] == "netconf"
    assert "host-name peer1;" in facts["ansible_net_config"]
    assert facts["ansible_net_interfaces"]["fxp0"]["oper-status"] == "up"
    # hardware: show system memory (Kbytes, which junos_facts calls _mb), show system storage, the REs
    assert facts["ansible_net_memtotal_mb"] == 16384 * 1024
    assert 0 < facts["ansible_net_memfree_mb"] < facts["ansible_net_memtotal_mb"]
    assert facts["ansible_net_filesystems"] and sorted(facts["ansible_net_routing_engines"]) == ["0", "1"]
    version, terse = result.task("text")["stdout"]
    assert version.startswith("Hostname: peer1")
    assert "fxp0.0" in terse
    software = result.task("json")["stdout"][0]["software-information"][0]
    assert software["host-name"][0]["data"] == "peer1"
    assert result.task("wait")["_status"] == "ok"
    interface = result.task("rpc")["output"]["interface-information"][0]["physical-interface"][0]
    assert interface["name"][0]["data"] == "fxp0"


def test_config_diff_commit_idempotence_and_rollback(device: Emulator, tmp_path: Path) -> None:
    change = {"lines": ["set system location building peer-hq", "set system location floor 4"]}
    result = run(
        device,
        tmp_path,
        [
            {"name": "check", "junipernetworks.junos.junos_config": change, "check_mode": True},
            {"name": "change", "junipernetworks.junos.junos_config": {**change, "comment": "from junos_config"}},
            {"name": "again", "junipernetworks.junos.junos_config": change},
            {
                "name": "confirmed",
                "junipernetworks.junos.junos_config": {"lines": ["set system location rack 7"], "confirm": 5},
            },
            {"name": "confirm", "junipernetworks.junos.junos_config": {"confirm_commit": True}},
            {"name": "history", "junipernetworks.junos.junos_command": {"commands": ["show system commit"]}},
        ],
        "--diff",
    )
    check = result.task("check")
    assert check["changed"] is True
    assert "+       building peer-hq;" in check["diff"]["prepared"]
    assert result.task("change")["changed"] is True
    assert result.task("again")["changed"] is False
    assert result.task("confirmed")["changed"] is True
    history = result.task("history")["stdout"][0]
    assert f"by {USER} via netconf" in history and "from junos_config" in history
    committed = committed_set(device)  # read back over JET
    assert "set system location building peer-hq" in committed
    assert "set system location rack 7" in committed

    undo = run(device, tmp_path / "undo", [{"name": "rollback", "junipernetworks.junos.junos_config": {"rollback": 3}}])
    assert undo.task("rollback")["changed"] is True
    assert "location" not in committed_set(device)


def test_config_errors_reach_the_task(device: Emulator, tmp_path: Path) -> None:
    inventory = netconf_inventory(device, tmp_path / "netconf.yml")
    bad = {"lines": ["set interfaces ge-0/0/1 unit 0 family inet address 10.1.1.1/33"]}
    result = run_playbook(
        tmp_path,
        inventory,
        [{"name": "bad", "junipernetworks.junos.junos_config": bad, "ignore_errors": True}],
        env={"ANSIBLE_HOST_KEY_CHECKING": "False"},
    )
    failed = result.task("bad")
    assert failed["_status"] == "failed"
    assert "invalid prefix: 10.1.1.1/33" in failed["msg"]
    assert "10.1.1.1" not in committed_set(device)
