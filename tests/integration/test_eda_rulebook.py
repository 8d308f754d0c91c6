"""The real ansible-rulebook (Java 17, drools) with the collection's source, filter, rulebooks and
playbooks, against jetemu with its embedded broker and with Mosquitto."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "emulator" / "tests"))
sys.path.insert(0, str(ROOT / "emulator"))

from emutest import EMULATOR_DIR, PASSWORD, USER, EmulatorProcess, connect, start_emulator  # noqa: E402

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt  # noqa: E402

VENV_BIN = Path(sys.executable).parent
RULEBOOK = shutil.which("ansible-rulebook", path=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
JAVA_HOME = os.environ.get("JAVA_HOME") or next(
    (str(p) for p in sorted(Path("/usr/lib/jvm").glob("java-17-openjdk*")) if (p / "bin/java").exists()), None
)
MOSQUITTO = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
RULEBOOKS = ROOT / "extensions" / "eda" / "rulebooks"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(RULEBOOK is None, reason="ansible-rulebook is not installed"),
    pytest.mark.skipif(JAVA_HOME is None and shutil.which("java") is None, reason="ansible-rulebook needs Java 17"),
]
BROKERS = [
    "embedded",
    pytest.param("mosquitto", marks=pytest.mark.skipif(MOSQUITTO is None, reason="mosquitto is not installed")),
]


@pytest.fixture(scope="session")
def collections_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ANSIBLE_COLLECTIONS_PATH where this checkout is jetkit.junos."""
    base = tmp_path_factory.mktemp("collections")
    (base / "ansible_collections" / "jetkit").mkdir(parents=True)
    (base / "ansible_collections" / "jetkit" / "junos").symlink_to(ROOT)
    return base


class Rulebook:
    def __init__(self, proc: subprocess.Popen[str], log: Path) -> None:
        self.proc = proc
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_output(self, pattern: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.output()
            if re.search(pattern, text):
                return text
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"{pattern!r} not in ansible-rulebook output:\n{self.output()[-4000:]}")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return int(self.proc.returncode)


@pytest.fixture
def run_rulebook(collections_path: Path, tmp_path: Path) -> Iterator[Any]:
    started: list[Rulebook] = []

    def start(rulebook: Path, inventory: Path, variables: dict[str, Any], env: dict[str, str] | None = None) -> Any:
        vars_file = tmp_path / f"vars-{len(started)}.json"
        vars_file.write_text(json.dumps(variables))
        log = tmp_path / f"rulebook-{len(started)}.log"
        environment = dict(os.environ)
        environment.update(
            PATH=f"{VENV_BIN}{os.pathsep}{environment.get('PATH', '')}",
            ANSIBLE_COLLECTIONS_PATH=str(collections_path),
            PYTHONUNBUFFERED="1",
            ANSIBLE_NOCOLOR="1",
            ANSIBLE_HOST_KEY_CHECKING="false",
            PYTHONPATH=str(EMULATOR_DIR),
        )
        if JAVA_HOME:
            environment["JAVA_HOME"] = JAVA_HOME
        environment.update(env or {})
        argv = [str(RULEBOOK), "-r", str(rulebook), "-i", str(inventory), "--vars", str(vars_file), "-v"]
        handle = open(log, "w", encoding="utf-8")
        proc = subprocess.Popen(argv, stdout=handle, stderr=subprocess.STDOUT, text=True, env=environment, cwd=tmp_path)
        handle.close()
        rb = Rulebook(proc, log)
        started.append(rb)
        return rb

    yield start
    for rb in started:
        rb.stop()


def fleet(tmp_path: Path, broker: str, *extra: str) -> tuple[EmulatorProcess, Path]:
    inventory = tmp_path / "inventory.yml"
    emu = start_emulator(
        tmp_path / "emu",
        "--port", "0", "--devices", "2", "--host", "127.0.0.1", "--hostname", "r",
        "--user", f"{USER}:{PASSWORD}", "--inventory", str(inventory), "--broker", broker, *extra,
    )  # fmt: skip
    return emu, inventory


def event(emu: EmulatorProcess, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "jetemu", "event", "--ready-file", str(emu.ready_file), *args],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(EMULATOR_DIR), "PATH": os.environ.get("PATH", "")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def wait_sources_connected(emu: EmulatorProcess, rb: Rulebook, clients: int = 1) -> None:
    rb.wait_output(r"Waiting for events")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = event(emu, "status")
        if all(device["clients"] >= clients for device in status["devices"]):
            time.sleep(0.5)  # the SUBSCRIBE follows the CONNACK
            return
        assert rb.proc.poll() is None, rb.output()[-4000:]
        time.sleep(0.2)
    raise AssertionError(f"the source did not connect to every broker:\n{rb.output()[-4000:]}")


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

        deadline = time.monotonic() + 120
        seen: set[str] = set()
        while time.monotonic() < deadline and not expected <= seen:
            # the id ends with "." in the same write: stderr log lines share the file and may follow it
            seen = set(re.findall(r"stream-event (r\d-\d-\d+)\.", rb.output()))
            time.sleep(0.3)
        assert seen == expected, f"missing {sorted(expected - seen)[:10]}, extra {sorted(seen - expected)[:10]}"
        status = {d["name"]: d for d in event(emu, "status")["devices"]}
        assert status["r1"]["published"] == 3 * per_batch and status["r2"]["published"] == per_batch
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
