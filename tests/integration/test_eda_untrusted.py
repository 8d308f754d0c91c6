"""Device text is data: event payloads, commit comments, descriptions and command output that hold
Jinja (``{{ }}``, ``{% %}``, ``{# #}``) reach the shipped playbooks as literal text and never run
on the controller. Real ansible-rulebook with both brokers, real ansible-playbook, jetemu over gRPC.

Every payload tries to create a sentinel file on the controller; each test asserts that the file
does not exist and that the exact text arrived where the playbook writes it.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from eda_helpers import (
    BROKERS,
    RULEBOOKS,
    VENV_BIN,
    event,
    fleet,
    needs_rulebook,
    publish,
    wait_sources_connected,
)
from emutest import PASSWORD, connect
from jet_helpers import PASSWORD as LAB_PASSWORD
from jet_helpers import ROOT, run_playbook, start_emulator

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

PLAYBOOKS = ROOT / "playbooks"


def hostile(where: Path, tag: str) -> tuple[str, list[Path]]:
    """Text holding an expression, a statement and a comment; the files it creates if it is run."""
    expr, stmt = where / f"pwned-{tag}-expr", where / f"pwned-{tag}-stmt"
    text = (
        f"{tag} {{{{ lookup('ansible.builtin.pipe', 'touch {expr}') }}}} "
        f"{{% set _x = lookup('ansible.builtin.pipe', 'touch {stmt}') %}}done {{# hidden #}} end"
    )
    return text, [expr, stmt]


def assert_nothing_ran(sentinels: list[Path]) -> None:
    ran = [str(p) for p in sentinels if p.exists()]
    assert not ran, f"device text was evaluated on the controller: {ran}"


def wait_for_file(path: Path, rb: Any, timeout: float = 90) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return dict(json.loads(path.read_text()))
        assert rb.proc.poll() is None, rb.output()[-4000:]
        time.sleep(0.2)
    raise AssertionError(f"{path} was not written:\n{rb.output()[-4000:]}")


def link_down_payload(hostname: str, interface_name: str) -> dict[str, Any]:
    """A SNMP_TRAP_LINK_DOWN as a device publishes it; here from a client that is not the device."""
    return {
        "jet-event": {
            "event-id": "SNMP_TRAP_LINK_DOWN",
            "hostname": hostname,
            "time": "2026-01-01-00:00:00",
            "severity": "warning",
            "facility": "daemon",
            "process-name": "mib2d",
            "message": f"SNMP_TRAP_LINK_DOWN: ifName {interface_name}",
            "attributes": {
                "snmp-interface-index": 527,
                "admin-status": "up",
                "operational-status": "down",
                "interface-name": interface_name,
            },
        }
    }


def commit(emu: Any, index: int, text: str, comment: str, password: str = PASSWORD) -> None:
    """Load and commit ``text`` over JET, as a device user (client id pytest-attacker) would."""
    client = connect(emu.target(index))
    try:
        assert client.login(password=password, client_id="pytest-attacker").status.code == 0
        request = v2_mgmt.ConfigSetRequest(
            text_config=text, load_type=v2_mgmt.CONFIG_LOAD_SET, commit=v2_mgmt.ConfigCommit(comment=comment)
        )
        status = client.mgmt.ConfigSet(request, timeout=30).status
        assert status.code == 0, status
    finally:
        client.close()


# ------------------------------------------------------------------------------------------------
# the shipped rulebook/playbook pairs, through the real ansible-rulebook


@needs_rulebook
@pytest.mark.parametrize("broker", BROKERS)
def test_commit_audit_records_comment_and_patch_literally(broker: str, tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, broker)
    audit = tmp_path / "audit"
    comment, sentinels = hostile(tmp_path, "comment")
    description, more = hostile(tmp_path, "description")
    sentinels += more
    try:
        rb = run_rulebook(
            RULEBOOKS / "commit_audit.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": f"untrusted-audit-{broker}"},
            {"JET_COMMIT_AUDIT_DIR": str(audit)},
        )
        wait_sources_connected(emu, rb)
        commit(emu, 1, f'set interfaces ge-0/0/3 description "{description}"', comment)
        rb.wait_output(r"PLAY RECAP")
        records = sorted((audit / "r2").glob("commit-*.json"))
        assert len(records) == 1, rb.output()[-4000:]
        record = json.loads(records[0].read_text())
        assert record["comment"] == comment
        assert description in record["patch"]
        assert record["client_id"] == "pytest-attacker"

        # A forged config-update whose sequence would lead the record's file name out of its directory.
        forged = {
            "jet-event": {
                "event-id": "CONFIG_UPDATE",
                "hostname": "r2",
                "time": "2026-01-01-00:00:00",
                "attributes": {
                    "commit-patch": description,
                    "username": comment,
                    "client-id": comment,
                    "sequence": "../../../escaped",
                    "kind": "commit",
                    "comment": comment,
                },
                "sequence-number": "../escaped",
            }
        }
        publish(int(emu.devices[1]["jet_mqtt_port"]), "/junos/events/genpub/config-update", forged)
        rb.wait_output(r"(?s)PLAY RECAP.*PLAY RECAP")
        time.sleep(1)
        written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*escaped*"))
        assert written == [], written
        records = sorted((audit / "r2").glob("commit-*.json"))
        assert len(records) == 2, [p.name for p in records]
        forged_record = json.loads(next(p for p in records if p.name == "commit-x-0.json").read_text())
        assert forged_record["user"] == comment and forged_record["comment"] == comment
        assert forged_record["patch"] == description
        assert_nothing_ran(sentinels)
    finally:
        emu.stop()
    assert_nothing_ran(sentinels)


@needs_rulebook
@pytest.mark.parametrize("broker", BROKERS)
def test_interface_down_takes_event_text_and_command_output_literally(
    broker: str, tmp_path: Path, run_rulebook: Any
) -> None:
    emu, inventory = fleet(tmp_path, broker)
    reports = tmp_path / "reports"
    name, sentinels = hostile(tmp_path, "ifname")
    description, more = hostile(tmp_path, "description")
    sentinels += more
    try:
        commit(emu, 0, f'set interfaces ge-0/0/2 description "{description}"', "a description")
        rb = run_rulebook(
            RULEBOOKS / "interface_down.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": f"untrusted-down-{broker}"},
            {"JET_REMEDIATION_DIR": str(reports)},
        )
        wait_sources_connected(emu, rb)
        # r2: a forged link-down from an anonymous client, the interface name holding templates
        publish(
            int(emu.devices[1]["jet_mqtt_port"]),
            "/junos/events/syslog/SNMP_TRAP_LINK_DOWN",
            link_down_payload("r2", name),
        )
        report = wait_for_file(reports / "r2.json", rb)
        assert report["interface"] == name
        assert report["event_id"] == "SNMP_TRAP_LINK_DOWN"
        assert report["state"] == [] and "not a Junos interface name" in report["collected"]
        # r1: a real link-down; the device's own output (the description) holds templates
        event(emu, "--device", "r1", "link-down", "ge-0/0/2")
        report = wait_for_file(reports / "r1.json", rb)
        assert report["interface"] == "ge-0/0/2" and report["collected"] == "yes"
        assert "ge-0/0/2" in report["state"][0] and "down" in report["state"][0]
        assert f"Description: {description}" in report["state"][1]
        assert_nothing_ran(sentinels)
    finally:
        emu.stop()
    assert_nothing_ran(sentinels)


@needs_rulebook
@pytest.mark.parametrize("broker", ["embedded"])
def test_interface_flap_takes_event_text_literally(broker: str, tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, broker)
    reports = tmp_path / "reports"
    name, sentinels = hostile(tmp_path, "flap")
    try:
        rb = run_rulebook(
            RULEBOOKS / "interface_flap.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": "untrusted-flap"},
            {"JET_REMEDIATION_DIR": str(reports)},
        )
        wait_sources_connected(emu, rb)
        for _ in range(3):
            publish(
                int(emu.devices[0]["jet_mqtt_port"]),
                "/junos/events/syslog/SNMP_TRAP_LINK_DOWN",
                link_down_payload("r1", name),
            )
        report = wait_for_file(reports / "r1.json", rb)
        assert report["interface"] == name and report["reason"] == "flapping"
        assert report["state"] == []
        assert_nothing_ran(sentinels)
    finally:
        emu.stop()
    assert_nothing_ran(sentinels)


# ------------------------------------------------------------------------------------------------
# the same playbooks on every ansible-core we can find, fed the extra vars as ansible-rulebook does


def ansible_bins() -> list[Path]:
    """The project venv's ansible-playbook, then those of other ansible-core venvs (.venv-*/bin,
    and the directories in JET_EXTRA_ANSIBLE_BINS)."""
    bins = [VENV_BIN]
    bins += sorted(p.parent for p in ROOT.glob(".venv?*/bin/ansible-playbook"))
    bins += [Path(p) for p in os.environ.get("JET_EXTRA_ANSIBLE_BINS", "").split(os.pathsep) if p]
    return [b for b in dict.fromkeys(bins) if (b / "ansible-playbook").exists()]


def core_version(bin_dir: Path) -> str:
    done = subprocess.run([str(bin_dir / "ansible-playbook"), "--version"], capture_output=True, text=True)
    return done.stdout.split("[core ", 1)[1].split("]", 1)[0]


def run_like_rulebook(bin_dir: Path, workdir: Path, playbook: Path, event_data: dict[str, Any], **extra: Any) -> str:
    """ansible-playbook as ansible-runner starts it for run_playbook: the event in ``-e @extravars``."""
    workdir.mkdir(parents=True, exist_ok=True)
    extravars = workdir / "extravars"
    extravars.write_text(yaml.dump({**extra, "ansible_eda": {"ruleset": "rs", "rule": "r", "event": event_data}}))
    inventory = workdir / "hosts.yml"
    inventory.write_text(yaml.safe_dump({"all": {"hosts": {"r1": {"ansible_connection": "local"}}}}))
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=str(ROOT / ".venv" / "collections"), ANSIBLE_NOCOLOR="1")
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        [str(bin_dir / "ansible-playbook"), "-i", str(inventory), "-l", "r1", str(playbook), "-e", f"@{extravars}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("bin_dir", ansible_bins(), ids=lambda b: f"core-{core_version(b)}")
def test_shipped_event_playbooks_on_every_ansible_core(bin_dir: Path, tmp_path: Path) -> None:
    text, sentinels = hostile(tmp_path, "core")
    commit_event = {
        "device": "r1",
        "jet_event": {
            "event-id": "CONFIG_UPDATE",
            "time": text,
            "sequence-number": 7,
            "attributes": {
                "sequence": 3,
                "username": text,
                "client-id": text,
                "kind": text,
                "comment": text,
                "commit-patch": text,
            },
        },
        "jet": {"event_id": "CONFIG_UPDATE"},
    }
    run_like_rulebook(
        bin_dir,
        tmp_path / "audit-run",
        PLAYBOOKS / "record_commit.yml",
        commit_event,
        commit_audit_dir=str(tmp_path / "audit"),
    )
    record = json.loads((tmp_path / "audit" / "r1" / "commit-3-7.json").read_text())
    assert record == {
        "device": "r1",
        "time": text,
        "user": text,
        "client_id": text,
        "kind": text,
        "comment": text,
        "patch": text,
    }

    down_event = link_down_payload("r1", text)
    down_event = {"device": "r1", "jet_event": down_event["jet-event"], "jet": {"interface": text}}
    run_like_rulebook(
        bin_dir,
        tmp_path / "down-run",
        PLAYBOOKS / "remediate_interface.yml",
        down_event,
        remediation_dir=str(tmp_path / "reports"),
        remediation_reason="flapping",
    )
    report = json.loads((tmp_path / "reports" / "r1.json").read_text())
    assert report["interface"] == text and report["event_id"] == "SNMP_TRAP_LINK_DOWN"
    assert report["reason"] == "flapping" and report["state"] == []
    assert_nothing_ran(sentinels)


# ------------------------------------------------------------------------------------------------
# module results stay data


@pytest.mark.slow
def test_module_results_holding_templates_stay_data(tmp_path: Path) -> None:
    description, sentinels = hostile(tmp_path, "result")
    emu = start_emulator(tmp_path / "emu", "--hostname", "res1")
    try:
        # The device holds the text; it is put there over gRPC, not by a playbook (whose own text is trusted).
        commit(emu, 0, f'set interfaces ge-0/0/1 description "{description}"', "a description", LAB_PASSWORD)
        tasks = [
            {"name": "text", "jetkit.junos.command": {"commands": "show interfaces ge-0/0/1"}, "register": "text"},
            {
                "name": "json",
                "jetkit.junos.command": {"commands": "show configuration interfaces ge-0/0/1", "format": "json"},
                "register": "parsed",
            },
            {
                "name": "config",
                "jetkit.junos.config": {"lines": ["delete interfaces ge-0/0/1 description"], "comment": "cleanup"},
                "diff": True,
                "register": "configured",
            },
            {
                "name": "keep",
                "ansible.builtin.set_fact": {
                    "kept_line": "{{ text.stdout_lines | select('search', 'Description') | first | trim }}",
                    "kept_parsed": "{{ parsed.parsed if parsed.parsed is defined else parsed.stdout }}",
                    "kept_diff": "{{ configured.diff.prepared }}",
                },
            },
            {
                "name": "use later",
                "ansible.builtin.copy": {
                    "dest": str(tmp_path / "kept.json"),
                    "mode": "0600",
                    "content": "{{ {'line': kept_line, 'parsed': kept_parsed, 'diff': kept_diff,"
                    " 'stdout': text.stdout} | to_json }}",
                },
                "delegate_to": "localhost",
            },
            {"name": "show", "ansible.builtin.debug": {"msg": "{{ kept_line }} {{ kept_diff }}"}},
        ]
        run = run_playbook(tmp_path / "play", emu.inventory, tasks)
        assert run.rc == 0, run.output[-4000:]
        kept = json.loads((tmp_path / "kept.json").read_text())
        assert kept["line"] == f"Description: {description}"
        assert f"Description: {description}" in kept["stdout"]
        assert description in kept["diff"]
        assert description in json.dumps(kept["parsed"], ensure_ascii=False)
        assert description in run.task("show")["msg"]
        assert_nothing_ran(sentinels)
    finally:
        emu.stop()
    assert_nothing_ran(sentinels)


def test_the_hostile_text_would_run_if_templated(tmp_path: Path) -> None:
    """The payload is live: the same text in a playbook's own template creates its files."""
    text, sentinels = hostile(tmp_path, "control")
    playbook = tmp_path / "control.yml"
    playbook.write_text(
        yaml.safe_dump(
            [{"hosts": "localhost", "gather_facts": False, "tasks": [{"ansible.builtin.debug": {"msg": text}}]}]
        )
    )
    done = subprocess.run(
        [str(VENV_BIN / "ansible-playbook"), str(playbook)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert all(p.exists() for p in sentinels), "the control payload did not run: the tests above would prove nothing"
