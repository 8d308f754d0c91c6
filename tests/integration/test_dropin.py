"""juniper.device playbooks run unchanged against jetemu (issue 17).

Each file in ``dropin/`` is a playbook written from juniper.device's module documentation (its
tasks use juniper.device's option names, aliases and result keys; only the collection name is
ours), or the same tasks with our own option names (``*_ours.yml``). The plays assert on the real
results, so a file passes only when every assert holds; each runs with the real ansible-playbook
against an emulated device.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from jet_helpers import Emulator, PlaybookRun, run_playbook, start_emulator

pytestmark = pytest.mark.slow

PLAYBOOKS = Path(__file__).parent / "dropin"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Any:
    emu = start_emulator(tmp_path_factory.mktemp("emu"), "--hostname", "dropin1", "--commit-confirm-minute", "1")
    yield emu
    emu.stop()


def play(emu: Emulator, workdir: Path, name: str, extra_args: list[str] | None = None) -> PlaybookRun:
    """Run the one play of ``dropin/<name>.yml`` (its tasks and vars) against ``emu``."""
    (document,) = yaml.safe_load((PLAYBOOKS / f"{name}.yml").read_text())
    for extra in PLAYBOOKS.iterdir():  # templates and files the play reads from playbook_dir
        if extra.suffix not in (".yml",):
            shutil.copy(extra, workdir / extra.name)
    return run_playbook(
        workdir, emu.inventory, document["tasks"], play_vars=document.get("vars"), extra_args=extra_args
    )


def failures(run: PlaybookRun) -> str:
    failed = {name: res.get("msg") for name, res in run.results.items() if res.get("_status") == "failed"}
    return f"{failed}\n{run.output[-4000:]}"


@pytest.mark.parametrize("name", ["command", "command_ours"])
def test_command(lab: Emulator, tmp_path: Path, name: str) -> None:
    r = play(lab, tmp_path, name)
    assert r.rc == 0, failures(r)


@pytest.mark.parametrize("name", ["rpc", "rpc_ours"])
def test_rpc(lab: Emulator, tmp_path: Path, name: str) -> None:
    r = play(lab, tmp_path, name)
    assert r.rc == 0, failures(r)


@pytest.mark.parametrize("name", ["config", "facts", "facts_ours"])
def test_config_and_facts(lab: Emulator, tmp_path: Path, name: str) -> None:
    r = play(lab, tmp_path, name)
    assert r.rc == 0, failures(r)


def test_table(lab: Emulator, tmp_path: Path) -> None:
    """PyEZ's own tables (junos-eznc's jnpr/junos/op, from requirements-dev.txt), ours from
    dropin/table_*.yaml, and bad input."""
    r = play(lab, tmp_path, "table")
    assert r.rc == 0, failures(r)


def test_table_lldp_neighbors(tmp_path: Path) -> None:
    """PyEZ's LLDPNeighborTable on two devices linked ge-0/0/2 <-> ge-0/0/5: each sees the other."""
    emu = start_emulator(
        tmp_path / "emu", "--hostname", "lldp", "--devices", "2", "--lldp-link", "lldp1:ge-0/0/2=lldp2:ge-0/0/5"
    )
    first = "inventory_hostname == 'lldp1'"
    try:
        tasks = [
            {"name": "neighbors", "jetkit.junos.table": {"file": "lldp.yml"}, "register": "lldp"},
            {
                "name": "each device sees the other on the linked ports",
                "vars": {
                    "peer": f"{{{{ 'lldp2' if {first} else 'lldp1' }}}}",
                    "here": f"{{{{ 'ge-0/0/2' if {first} else 'ge-0/0/5' }}}}",
                    "there": f"{{{{ 'ge-0/0/5' if {first} else 'ge-0/0/2' }}}}",
                },
                "ansible.builtin.assert": {
                    "that": [
                        'lldp.msg == "Successfully retrieved 1 items from LLDPNeighborTable."',
                        "lldp.resource[0].remote_sysname == peer",
                        "lldp.resource[0].local_int == here",
                        "lldp.resource[0].remote_port_id == there",
                        "lldp.resource[0].remote_type == 'Mac address'",
                        "lldp.resource[0].remote_port_desc is none",
                    ]
                },
            },
        ]
        r = run_playbook(tmp_path, emu.inventory, tasks)
        assert r.rc == 0, failures(r)
        assert r.output.split("PLAY RECAP")[-1].count("ok=2") == 2  # both devices ran both tasks
    finally:
        emu.stop()


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A device with a network beyond it: a 1400-byte path and a lossy one, quick reboots."""
    emu = start_emulator(
        tmp_path_factory.mktemp("net"),
        "--hostname",
        "net1",
        "--reboot-time",
        "2",
        "--path-mtu",
        "172.16.9.0/24=1400",
        "--ping-loss",
        "172.16.7.0/24=40",
    )
    yield emu
    emu.stop()


@pytest.mark.parametrize("name", ["ping", "system", "software", "file_copy"])
def test_day2(network: Emulator, tmp_path: Path, name: str) -> None:
    r = play(network, tmp_path, name)
    assert r.rc == 0, failures(r)


def test_inventory_naming_the_pyez_connection_after_the_rename(lab: Emulator, tmp_path: Path) -> None:
    """``ansible_connection: juniper.device.pyez`` renamed to ``jetkit.junos.pyez`` reaches the jet
    connection (a plugin_routing redirect in meta/runtime.yml), so renamed inventories run."""
    inventory = yaml.safe_load(Path(lab.inventory).read_text())
    hosts = inventory["all"]["children"]["jet_devices"]["hosts"]
    for host_vars in hosts.values():
        assert host_vars["ansible_connection"] == "jetkit.junos.jet"
        host_vars["ansible_connection"] = "jetkit.junos.pyez"
    renamed = tmp_path / "renamed-inventory.yml"
    renamed.write_text(yaml.safe_dump(inventory))
    tasks = [
        {"name": "version", "jetkit.junos.command": {"commands": "show version"}, "register": "version"},
        {
            "name": "answered over JET",
            "ansible.builtin.assert": {"that": ["version.msg == 'The command executed successfully.'"]},
        },
    ]
    r = run_playbook(tmp_path, renamed, tasks)
    assert r.rc == 0, failures(r)
    assert r.task("version")["stdout"].startswith("Hostname: dropin1"), r.task("version")
