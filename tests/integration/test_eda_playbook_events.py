"""jetkit.junos.event_publish / event_wait in a real ansible-playbook run against jetemu."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "emulator" / "tests"))
sys.path.insert(0, str(ROOT / "emulator"))

from emutest import EMULATOR_DIR, PASSWORD, USER, start_emulator  # noqa: E402
from test_notify import Subscriber  # noqa: E402

PLAYBOOK = """
- hosts: all
  gather_facts: false
  tasks:
    - name: Prepare a persistent session for the link-up event
      jetkit.junos.event_wait:
        mode: subscribe
        client_id: "pb-{{ inventory_hostname }}"
        topic: [/junos/events/syslog/SNMP_TRAP_LINK_UP]

    - name: Take the link down and up (injected on the emulator)
      ansible.builtin.command:
        argv: ["{{ python }}", -m, jetemu, event, --ready-file, "{{ ready_file }}",
               --device, "{{ inventory_hostname }}", flap, ge-0/0/1, --interval, "0.05"]
      environment:
        PYTHONPATH: "{{ emulator_dir }}"
      delegate_to: localhost
      changed_when: true

    - name: Wait until ge-0/0/1 is up (raised before this task, kept by the session)
      jetkit.junos.event_wait:
        client_id: "pb-{{ inventory_hostname }}"
        topic: [/junos/events/syslog/SNMP_TRAP_LINK_UP]
        attributes:
          interface-name: ge-0/0/1
        conditions:
          - "attributes.operational-status eq up"
        timeout: 20
      register: link_up

    - name: Publish an application event
      jetkit.junos.event_publish:
        app: maintenance
        event_id: MAINTENANCE_START
        attributes: {ticket: CHG0042}
      register: published

    - name: Check mode publishes nothing
      jetkit.junos.event_publish:
        app: maintenance
        event_id: NOT_SENT
      check_mode: true
      register: dry

    - name: A wait that times out fails clearly
      jetkit.junos.event_wait:
        topic: [/junos/events/syslog/#]
        event_id: NEVER_HAPPENS
        timeout: 0.5
      register: timed_out
      ignore_errors: true

    - name: Bad topic filter
      jetkit.junos.event_wait:
        topic: ["/junos/#/x"]
      register: bad_topic
      ignore_errors: true

    - name: Results
      ansible.builtin.copy:
        dest: "{{ out_dir }}/{{ inventory_hostname }}.json"
        content: "{{ {'link_up': link_up, 'published': published, 'dry': dry, 'timed_out': timed_out,
                      'bad_topic': bad_topic} | to_json }}"
        mode: "0644"
      delegate_to: localhost
"""


@pytest.mark.slow
def test_event_publish_and_wait_in_a_playbook(tmp_path: Path, collections_path: Path) -> None:
    inventory = tmp_path / "inventory.yml"
    emu = start_emulator(
        tmp_path / "emu", "--port", "0", "--user", f"{USER}:{PASSWORD}", "--hostname", "pb", "--devices", "2",
        "--host", "127.0.0.1", "--inventory", str(inventory),
    )  # fmt: skip
    try:
        sub = Subscriber(int(emu.devices[1]["jet_mqtt_port"]), topics=("/junos/events/genpub/#",))
        sub.wait_ready()
        playbook = tmp_path / "events.yml"
        playbook.write_text(textwrap.dedent(PLAYBOOK))
        out = tmp_path / "out"
        out.mkdir()
        extra = {"python": sys.executable, "ready_file": str(emu.ready_file), "emulator_dir": str(EMULATOR_DIR),
                 "out_dir": str(out)}  # fmt: skip
        env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=str(collections_path), ANSIBLE_NOCOLOR="1")
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        done = subprocess.run(
            ["ansible-playbook", "-i", str(inventory), str(playbook), "-e", json.dumps(extra)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
        for host in ("pb1", "pb2"):
            result = json.loads((out / f"{host}.json").read_text())
            link_up = result["link_up"]
            assert link_up["event"]["event-id"] == "SNMP_TRAP_LINK_UP"
            assert link_up["event"]["attributes"]["interface-name"] == "ge-0/0/1"
            assert link_up["event"]["hostname"] == host and link_up["session_present"] is True
            assert result["published"]["changed"] is True
            assert result["published"]["topic"] == "/junos/events/genpub/maintenance"
            assert result["dry"]["changed"] is True and "mid" not in result["dry"]
            assert result["timed_out"]["failed"] is True
            assert "no matching event within 0.5 s" in result["timed_out"]["msg"]
            assert "not a valid MQTT topic filter" in result["bad_topic"]["msg"]
        messages = sub.wait_for(lambda m: len(m) >= 1)
        topic, payload = messages[0]
        assert topic == "/junos/events/genpub/maintenance"
        assert payload["jet-event"]["event-id"] == "MAINTENANCE_START"
        assert payload["jet-event"]["attributes"] == {"ticket": "CHG0042"}
        assert payload["jet-event"]["hostname"] == "pb2"
        assert all(p["jet-event"]["event-id"] != "NOT_SENT" for _, p in sub.messages)
        sub.close()
    finally:
        emu.stop()
