"""The real ansible-rulebook (Java 17, drools) with the collection's source, filter, rulebooks and
playbooks, against jetemu with its embedded broker and with Mosquitto."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from eda_helpers import BROKERS, NEEDS_RULEBOOK, RULEBOOKS, USER, event, fleet, wait_sources_connected
from emutest import connect

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

pytestmark = NEEDS_RULEBOOK


@pytest.mark.parametrize("broker", BROKERS)
def test_link_down_runs_the_remediation_playbook_on_that_device_only(
    broker: str, tmp_path: Path, run_rulebook: Any
) -> None:
    emu, inventory = fleet(tmp_path, broker)
    reports = tmp_path / "reports"
    try:
        rb = run_rulebook(
            RULEBOOKS / "interface_down.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": f"itest-down-{broker}"},
            {"JET_REMEDIATION_DIR": str(reports)},
        )
        wait_sources_connected(emu, rb)
        event(emu, "--device", "r2", "link-down", "ge-0/0/1")
        rb.wait_output(r"PLAY RECAP")
        rb.wait_output(r"r2\s+: ok=3")
        report = json.loads((reports / "r2.json").read_text())
        assert report["device"] == "r2" and report["interface"] == "ge-0/0/1"
        assert report["event_id"] == "SNMP_TRAP_LINK_DOWN"
        assert "ge-0/0/1" in report["state"][0] and "down" in report["state"][0]  # collected over JET
        assert not (reports / "r1.json").exists()
        assert "r1 " not in rb.output().split("PLAY RECAP", 1)[1]
    finally:
        emu.stop()


STREAM_RULEBOOK = """
- name: stream counter
  hosts: all
  sources:
    - name: jet
      jetkit.junos.jet_events:
        inventory: "{{ jet_inventory }}"
        topics: [/junos/events/syslog/STREAM]
        qos: 1
        client_id: "{{ jet_client_id }}"
        reconnect_min_delay: 0.1
        reconnect_max_delay: 1
      filters:
        - jetkit.junos.jet_flatten:
  rules:
    - name: count
      condition: event.jet.event_id == "STREAM"
      action:
        debug:
          msg: "stream-event {{ event.device }}-{{ event.jet.attributes.batch }}-{{ event.jet.attributes.n }}."
"""


def wait_stream_events(rb: Any, expected: set[str], timeout: float = 120) -> None:
    """Wait until the STREAM rulebook printed exactly the ``expected`` event ids (device-batch-n)."""
    deadline = time.monotonic() + timeout
    seen: set[str] = set()
    while time.monotonic() < deadline and not expected <= seen:
        # the id ends with "." in the same write: stderr log lines share the file and may follow it
        seen = set(re.findall(r"stream-event (r\d-\d-\d+)\.", rb.output()))
        time.sleep(0.3)
    assert seen == expected, f"missing {sorted(expected - seen)[:10]}, extra {sorted(seen - expected)[:10]}"


@pytest.mark.parametrize("broker", BROKERS)
def test_broker_restart_mid_stream_loses_nothing_with_qos1(broker: str, tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, broker)
    rulebook = tmp_path / "stream.yml"
    rulebook.write_text(STREAM_RULEBOOK)
    per_batch = 60
    try:
        rb = run_rulebook(rulebook, inventory, {"jet_inventory": str(inventory), "jet_client_id": f"stream-{broker}"})
        wait_sources_connected(emu, rb)
        event(emu, "--device", "r1", "syslog", "STREAM", "-a", "batch=1", "--count", str(per_batch))
        # restart r1's broker while more events are raised: while it is down, and after
        restart = threading.Thread(target=event, args=(emu, "--device", "r1", "broker-restart", "--down", "1.5"))
        restart.start()
        time.sleep(0.3)
        event(emu, "--device", "r1", "syslog", "STREAM", "-a", "batch=2", "--count", str(per_batch))
        restart.join()
        event(emu, "--device", "r1", "syslog", "STREAM", "-a", "batch=3", "--count", str(per_batch))
        event(emu, "--device", "r2", "syslog", "STREAM", "-a", "batch=4", "--count", str(per_batch))
        expected = {f"r1-{b}-{n}" for b in (1, 2, 3) for n in range(per_batch)}
        expected |= {f"r2-4-{n}" for n in range(per_batch)}
        wait_stream_events(rb, expected)
        status = {d["name"]: d for d in event(emu, "status")["devices"]}
        # Besides these, the brokers announce their clients (SYSTEM events), as Junos brokers do.
        published = {name: d["published"] - d["broker_events"] for name, d in status.items()}
        assert published["r1"] == 3 * per_batch and published["r2"] == per_batch
    finally:
        emu.stop()


FEEDBACK_RULEBOOK = STREAM_RULEBOOK.replace(
    "        reconnect_max_delay: 1\n", "        reconnect_max_delay: 1\n        feedback: true\n"
)


@pytest.mark.parametrize("broker", BROKERS)
def test_feedback_on_the_source_with_a_broker_restart_loses_nothing(
    broker: str, tmp_path: Path, run_rulebook: Any
) -> None:
    """feedback: true, as ansible-rulebook passes it (with its feedback queue, under --persistence-id):
    accepted, wired (the source says so), and every QoS 1 event arrives across a broker restart."""
    assert "feedback: true" in FEEDBACK_RULEBOOK
    emu, inventory = fleet(tmp_path, broker)
    rulebook = tmp_path / "feedback.yml"
    rulebook.write_text(FEEDBACK_RULEBOOK)
    per_batch = 25
    try:
        rb = run_rulebook(
            rulebook,
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": f"feedback-{broker}"},
            extra_args=["--persistence-id", f"itest-feedback-{broker}"],
        )
        wait_sources_connected(emu, rb)
        assert "engine feedback on" in rb.output(), rb.output()[-4000:]
        assert "unknown option" not in rb.output()
        event(emu, "--device", "r1", "syslog", "STREAM", "-a", "batch=1", "--count", str(per_batch))
        event(emu, "--device", "r1", "broker-restart", "--down", "1")
        event(emu, "--device", "r1", "syslog", "STREAM", "-a", "batch=2", "--count", str(per_batch))
        event(emu, "--device", "r2", "syslog", "STREAM", "-a", "batch=3", "--count", str(per_batch))
        expected = {f"r1-{b}-{n}" for b in (1, 2) for n in range(per_batch)} | {f"r2-3-{n}" for n in range(per_batch)}
        wait_stream_events(rb, expected)
        assert rb.proc.poll() is None, rb.output()[-4000:]
    finally:
        emu.stop()


REFUSED_RULEBOOK = """
- name: refused
  hosts: all
  sources:
    - name: jet
      jetkit.junos.jet_events:
        inventory: "{{ jet_inventory }}"
        fail_on_refusal: true
  rules:
    - name: any
      condition: event.topic is defined
      action:
        debug:
"""


@pytest.mark.parametrize("broker", BROKERS)
def test_refused_client_gets_a_clear_error(broker: str, tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, broker, "--mqtt-allow-clients", "192.0.2.0/24")
    rulebook = tmp_path / "refused.yml"
    rulebook.write_text(REFUSED_RULEBOOK)
    try:
        rb = run_rulebook(rulebook, inventory, {"jet_inventory": str(inventory)})
        assert rb.proc.wait(timeout=120) == 1
        output = rb.output()
        assert re.search(r"broker r\d \(127\.0\.0\.1:\d+\) refused the connection: Not authorized", output), output
        assert "allow-clients" in output
    finally:
        emu.stop()


def test_flapping_interface_is_throttled(tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, "embedded")
    reports = tmp_path / "reports"
    try:
        rb = run_rulebook(
            RULEBOOKS / "interface_flap.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": "itest-flap"},
            {"JET_REMEDIATION_DIR": str(reports)},
        )
        wait_sources_connected(emu, rb)
        event(emu, "--device", "r1", "flap", "ge-0/0/1", "--count", "4", "--interval", "0.05")
        rb.wait_output(r"PLAY RECAP")
        event(emu, "--device", "r1", "flap", "ge-0/0/2", "--count", "3", "--interval", "0.05")
        rb.wait_output(r"(?s)PLAY RECAP.*PLAY RECAP")
        event(emu, "--device", "r1", "flap", "ge-0/0/1", "--count", "2", "--interval", "0.05")
        event(emu, "--device", "r2", "link-down", "ge-0/0/1")
        rb.wait_output(r"(?s)PLAY RECAP.*PLAY RECAP.*PLAY RECAP")
        time.sleep(3)  # give a wrongly unthrottled run the time to show up
        output = rb.output()
        assert output.count("PLAY RECAP") == 3, output[-4000:]
        report = json.loads((reports / "r2.json").read_text())
        assert report["reason"] == "flapping" and report["interface"] == "ge-0/0/1"
    finally:
        emu.stop()


def test_every_commit_is_recorded_with_its_patch(tmp_path: Path, run_rulebook: Any) -> None:
    emu, inventory = fleet(tmp_path, "embedded")
    audit = tmp_path / "audit"
    try:
        rb = run_rulebook(
            RULEBOOKS / "commit_audit.yml",
            inventory,
            {"jet_inventory": str(inventory), "jet_client_id": "itest-audit"},
            {"JET_COMMIT_AUDIT_DIR": str(audit)},
        )
        wait_sources_connected(emu, rb)
        client = connect(emu.target(1))
        assert client.login(client_id="audit-test").status.code == 0
        for n, text in enumerate(("set system location building b1", "set interfaces ge-0/0/3 description core")):
            request = v2_mgmt.ConfigSetRequest(
                text_config=text, load_type=v2_mgmt.CONFIG_LOAD_SET, commit=v2_mgmt.ConfigCommit(comment=f"c{n}")
            )
            assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0
        client.close()
        rb.wait_output(r"(?s)PLAY RECAP.*PLAY RECAP")
        records = [json.loads(p.read_text()) for p in sorted((audit / "r2").glob("commit-*.json"))]
        assert [r["comment"] for r in records] == ["c0", "c1"]
        assert "+   location" in records[0]["patch"] or "building b1" in records[0]["patch"]
        assert "description core" in records[1]["patch"] and records[1]["user"] == USER
        assert records[1]["client_id"] == "audit-test"
        assert not (audit / "r1").exists()
    finally:
        emu.stop()
