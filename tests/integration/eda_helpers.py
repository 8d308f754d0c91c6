"""Helpers of the EDA integration tests: the real ansible-rulebook (Java 17, drools) as a process,
jetemu fleets with their brokers, injected and spoofed events. Fixtures live in conftest.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "emulator" / "tests"))
sys.path.insert(0, str(ROOT / "emulator"))

from emutest import EMULATOR_DIR, PASSWORD, USER, EmulatorProcess, start_emulator  # noqa: E402

VENV_BIN = Path(sys.executable).parent
RULEBOOK = shutil.which("ansible-rulebook", path=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
JAVA_HOME = os.environ.get("JAVA_HOME") or next(
    (str(p) for p in sorted(Path("/usr/lib/jvm").glob("java-17-openjdk*")) if (p / "bin/java").exists()), None
)
MOSQUITTO = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
RULEBOOKS = ROOT / "extensions" / "eda" / "rulebooks"

NEEDS_RULEBOOK = [
    pytest.mark.slow,
    pytest.mark.skipif(RULEBOOK is None, reason="ansible-rulebook is not installed"),
    pytest.mark.skipif(JAVA_HOME is None and shutil.which("java") is None, reason="ansible-rulebook needs Java 17"),
]


def needs_rulebook(test: Any) -> Any:
    """Mark a test as one that runs the real ansible-rulebook (slow; skipped without it or Java)."""
    for mark in NEEDS_RULEBOOK:
        test = mark(test)
    return test


BROKERS = [
    "embedded",
    pytest.param("mosquitto", marks=pytest.mark.skipif(MOSQUITTO is None, reason="mosquitto is not installed")),
]


class Rulebook:
    """A running ansible-rulebook, its output in a log file."""

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


class RulebookRunner:
    """Starts ansible-rulebook processes in ``workdir``; ``stop_all`` ends them."""

    def __init__(self, collections_path: Path, workdir: Path) -> None:
        self.collections_path = collections_path
        self.workdir = workdir
        self.started: list[Rulebook] = []

    def __call__(
        self,
        rulebook: Path,
        inventory: Path,
        variables: dict[str, Any],
        env: dict[str, str] | None = None,
        extra_args: list[str] | None = None,
    ) -> Rulebook:
        n = len(self.started)
        vars_file = self.workdir / f"vars-{n}.json"
        vars_file.write_text(json.dumps(variables))
        log = self.workdir / f"rulebook-{n}.log"
        environment = dict(os.environ)
        environment.update(
            PATH=f"{VENV_BIN}{os.pathsep}{environment.get('PATH', '')}",
            ANSIBLE_COLLECTIONS_PATH=str(self.collections_path),
            PYTHONUNBUFFERED="1",
            ANSIBLE_NOCOLOR="1",
            ANSIBLE_HOST_KEY_CHECKING="false",
            PYTHONPATH=str(EMULATOR_DIR),
        )
        if JAVA_HOME:
            environment["JAVA_HOME"] = JAVA_HOME
        environment.update(env or {})
        argv = [str(RULEBOOK), "-r", str(rulebook), "-i", str(inventory), "--vars", str(vars_file), "-v"]
        argv += extra_args or []
        with open(log, "w", encoding="utf-8") as handle:
            proc = subprocess.Popen(
                argv, stdout=handle, stderr=subprocess.STDOUT, text=True, env=environment, cwd=self.workdir
            )
        rb = Rulebook(proc, log)
        self.started.append(rb)
        return rb

    def stop_all(self) -> None:
        for rb in self.started:
            rb.stop()


def fleet(tmp_path: Path, broker: str, *extra: str) -> tuple[EmulatorProcess, Path]:
    """Two devices r1, r2 with their brokers, and the inventory jetemu writes."""
    inventory = tmp_path / "inventory.yml"
    emu = start_emulator(
        tmp_path / "emu",
        "--port", "0", "--devices", "2", "--host", "127.0.0.1", "--hostname", "r",
        "--user", f"{USER}:{PASSWORD}", "--inventory", str(inventory), "--broker", broker, *extra,
    )  # fmt: skip
    return emu, inventory


def event(emu: EmulatorProcess, *args: str) -> dict[str, Any]:
    """``jetemu event ARGS`` against the running fleet; its JSON answer."""
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


def publish(port: int, topic: str, payload: dict[str, Any], client_id: str = "pytest-spoofer") -> None:
    """Publish as an anonymous MQTT client would (QoS 1, acknowledged by the broker)."""
    import paho.mqtt.client as mqtt

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    client.connect("127.0.0.1", port)
    client.loop_start()
    try:
        client.publish(topic, json.dumps(payload), qos=1).wait_for_publish(timeout=10)
    finally:
        client.disconnect()
        client.loop_stop()
