"""``jetemu serve`` as users run it: fleets, inventory, readiness, state, shutdown, bad options."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml
from emutest import EMULATOR_DIR, PASSWORD, USER, connect, start_emulator


def hostname_of(target: str) -> str:
    c = connect(target)
    try:
        assert c.login().status.code == 0
        status, data = c.op(cli="show version", fmt=0)
        assert status.code == 0, status.message
        info = json.loads(data)["software-information"][0]
        return str(info["host-name"][0]["data"])
    finally:
        c.close()


def serial_of(target: str) -> str:
    c = connect(target)
    try:
        assert c.login().status.code == 0
        status, data = c.op(cli="show chassis hardware", fmt=2)
        assert status.code == 0, status.message
        chassis_line = next(line for line in data.splitlines() if line.startswith("Chassis"))
        return chassis_line.split()[1]
    finally:
        c.close()


def test_fleet_on_consecutive_ports_with_inventory(emulator_factory, tmp_path: Path) -> None:
    inventory = tmp_path / "inventory.yml"
    emu = emulator_factory(
        "--devices",
        "3",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--user",
        f"{USER}:{PASSWORD}",
        "--inventory",
        str(inventory),
    )
    devices = emu.devices
    assert len(devices) == 3
    assert len({d["port"] for d in devices}) == 3
    names = [hostname_of(emu.target(i)) for i in range(3)]
    assert len(set(names)) == 3
    assert [d["name"] for d in devices] == names
    assert len({serial_of(emu.target(i)) for i in range(3)}) == 3

    inv = yaml.safe_load(inventory.read_text())
    hosts = inv["all"]["children"]["jet_devices"]["hosts"]
    assert list(hosts) == names
    for device in devices:
        host_vars = hosts[device["name"]]
        assert host_vars["ansible_host"] == "127.0.0.1"
        assert host_vars["ansible_port"] == device["port"]
        assert host_vars["ansible_connection"] == "jetkit.junos.jet"
        assert host_vars["ansible_user"] == USER
    assert inventory.stat().st_mode & 0o077 == 0


def test_fleet_on_loopback_addresses(emulator_factory) -> None:
    emu = emulator_factory("--devices", "2", "--port", "0", "--skip-authentication", "--hostname", "edge")
    assert [d["host"] for d in emu.devices] == ["127.0.1.1", "127.0.1.2"]
    assert [d["name"] for d in emu.devices] == ["edge1", "edge2"]


def test_sigterm_stops_cleanly_and_state_survives(tmp_path: Path) -> None:
    state = tmp_path / "state"
    args = ("--port", "0", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(state), "--hostname", "keeper")
    emu = start_emulator(tmp_path / "run1", *args)
    serial = serial_of(emu.target())
    assert emu.stop() == 0
    assert not emu.ready_file.exists()
    again = start_emulator(tmp_path / "run2", *args)
    try:
        assert serial_of(again.target()) == serial
        assert hostname_of(again.target()) == "keeper"
    finally:
        assert again.stop() == 0


def test_device_file(emulator_factory, tmp_path: Path) -> None:
    spec = tmp_path / "devices.yml"
    spec.write_text(
        yaml.safe_dump(
            {
                "users": {"ops": "ops-pass-1"},
                "devices": [{"hostname": "pe1", "model": "mx960"}, {"hostname": "pe2", "users": {"noc": "noc-pass"}}],
            }
        )
    )
    emu = emulator_factory("--host", "127.0.0.1", "--port", "0", "--device-file", str(spec))
    assert [d["name"] for d in emu.devices] == ["pe1", "pe2"]
    assert emu.devices[1]["users"] == ["noc", "ops"]
    c = connect(emu.target(0))
    assert c.login(user="noc", password="noc-pass").status.code == 1  # only on pe2
    assert c.login(user="ops", password="ops-pass-1").status.code == 0
    status, data = c.op(cli="show version", fmt=2)
    assert "mx960" in data
    c.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jetemu", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PYTHONPATH": str(EMULATOR_DIR), "PATH": "/usr/bin:/bin"},
        stdin=subprocess.DEVNULL,
    )


def test_bad_options_are_named() -> None:
    result = run_cli("serve", "--port", "0")
    assert result.returncode == 2 and "no users" in result.stderr
    result = run_cli("serve", "--port", "0", "--user", "lab")
    assert result.returncode == 2 and "NAME:PASSWORD" in result.stderr
    result = run_cli("serve", "--port", "0", "--skip-authentication", "--tls-cert", "/nonexistent.crt")
    assert result.returncode == 2 and "--tls-key" in result.stderr
    result = run_cli("serve", "--port", "70000", "--skip-authentication")
    assert result.returncode == 2 and "out of range" in result.stderr
    result = run_cli("serve", "--port", "0", "--skip-authentication", "--max-sessions", "0")
    assert result.returncode == 2 and "at least 1" in result.stderr
    result = run_cli("serve", "--port", "0", "--skip-authentication", "--response-delay", "-1")
    assert result.returncode == 2 and "--response-delay: must be between 0 and 3600" in result.stderr


def test_port_in_use_is_reported(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication")
    result = run_cli("serve", "--host", "127.0.0.1", "--port", str(emu.devices[0]["port"]), "--skip-authentication")
    assert result.returncode == 2 and "cannot listen" in result.stderr


def test_help_documents_the_contract() -> None:
    result = run_cli("serve", "--help")
    assert result.returncode == 0
    for option in (
        "--host",
        "--port",
        "--user",
        "--skip-authentication",
        "--max-sessions",
        "--tls-cert",
        "--tls-key",
        "--client-ca",
        "--devices",
        "--inventory",
        "--state-dir",
        "--ready-file",
        "--hostname",
    ):
        assert option in result.stdout
