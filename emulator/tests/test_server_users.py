"""Where jetemu takes passwords from: a 0600 file, the environment, or (with a warning) argv.

Every check looks at the running process from outside, as another local user would: its
command line, its inventory file's mode, what it prints.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from emutest import EMULATOR_DIR, EmulatorProcess, connect, start_emulator

from jetemu.launcher import Emulator

SECRET = "Fi1e-Secret-Pa55"
ENV_SECRET = "Env-Secret-Pa55"


def serve_fails(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``jetemu serve ARGS`` expecting it to refuse its input before listening."""
    run_env = dict(os.environ, PYTHONPATH=str(EMULATOR_DIR), **(env or {}))
    result = subprocess.run(
        [sys.executable, "-m", "jetemu", "serve", "--port", "0", "--broker", "none", *args],
        capture_output=True,
        text=True,
        env=run_env,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2, result
    return result


def can_login(emu: EmulatorProcess, user: str, password: str) -> bool:
    client = connect(emu.target())
    try:
        return bool(client.login(user=user, password=password).status.code == 0)
    finally:
        client.close()


def user_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "users"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_user_file_and_device_file(tmp_path: Path) -> None:
    users = user_file(tmp_path, f"# lab users\n\nlab:{SECRET}\nops:with:colons and spaces\n")
    device_file = tmp_path / "devices.yml"
    device_file.write_text(yaml.safe_dump({"users": {"viewer": "device-file-pw"}}), encoding="utf-8")
    emu = start_emulator(
        tmp_path / "emu", "--user-file", str(users), "--device-file", str(device_file), "--inventory",
        str(tmp_path / "inventory.yml"), "--broker", "none",
    )  # fmt: skip
    try:
        assert can_login(emu, "lab", SECRET)
        assert can_login(emu, "ops", "with:colons and spaces")
        assert can_login(emu, "viewer", "device-file-pw")
        assert not can_login(emu, "lab", "wrong")
        cmdline = Path(f"/proc/{emu.proc.pid}/cmdline").read_bytes()
        assert SECRET.encode() not in cmdline
        inventory = tmp_path / "inventory.yml"
        assert stat.S_IMODE(inventory.stat().st_mode) == 0o600
        assert SECRET in inventory.read_text(encoding="utf-8")  # the lab inventory carries it: owner only
        log = emu.log_file.read_text(encoding="utf-8")
        assert "warning" not in log.lower() and SECRET not in log
    finally:
        emu.stop()


def test_inventory_replaces_a_readable_file_with_a_private_one(tmp_path: Path) -> None:
    inventory = tmp_path / "inventory.yml"
    inventory.write_text("old\n", encoding="utf-8")
    inventory.chmod(0o644)
    with Emulator.start(
        tmp_path / "emu", "--broker", "none", "--inventory", str(inventory), users={"lab": SECRET}
    ) as emu:
        assert stat.S_IMODE(inventory.stat().st_mode) == 0o600
        assert SECRET in inventory.read_text(encoding="utf-8")
        assert can_login(emu, "lab", SECRET)


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o620])
def test_user_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    users = user_file(tmp_path, f"lab:{SECRET}\n", mode)
    result = serve_fails(tmp_path, "--user-file", str(users))
    assert f"mode {mode:04o}" in result.stderr and "chmod 600" in result.stderr
    assert SECRET not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("text", "where"),
    [(f"lab{SECRET}\n", "line 1"), (f"# only a comment\n:{SECRET}\n", "line 2"), ("lab:\n", "line 1"), ("\n", "no ")],
)
def test_user_file_bad_lines(tmp_path: Path, text: str, where: str) -> None:
    result = serve_fails(tmp_path, "--user-file", str(user_file(tmp_path, text)))
    assert where in result.stderr
    assert SECRET not in result.stderr + result.stdout


def test_user_file_missing(tmp_path: Path) -> None:
    result = serve_fails(tmp_path, "--user-file", str(tmp_path / "nope"))
    assert "--user-file" in result.stderr and "nope" in result.stderr


def test_users_from_the_environment(tmp_path: Path) -> None:
    emu = Emulator.start(
        tmp_path / "emu", "--broker", "none", env=dict(os.environ, JETEMU_USERS=f"lab:{ENV_SECRET}\nops:two\n")
    )
    try:
        assert can_login(emu, "lab", ENV_SECRET)
        assert can_login(emu, "ops", "two")
        assert ENV_SECRET.encode() not in Path(f"/proc/{emu.proc.pid}/cmdline").read_bytes()
    finally:
        emu.stop()
    result = serve_fails(tmp_path, env={"JETEMU_USERS": f"lab{ENV_SECRET}"})
    assert "JETEMU_USERS: line 1" in result.stderr and ENV_SECRET not in result.stderr


def test_user_on_the_command_line_warns(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path / "emu", "--user", f"lab:{SECRET}", "--broker", "none")
    try:
        assert can_login(emu, "lab", SECRET)
        log = emu.log_file.read_text(encoding="utf-8")
        assert "warning: --user puts a password on the command line" in log
        assert "--user-file" in log and "JETEMU_USERS" in log
    finally:
        emu.stop()


def test_mqtt_user_file(tmp_path: Path) -> None:
    users = user_file(tmp_path, f"lab:{SECRET}\n")
    mqtt_users = tmp_path / "mqtt-users"
    mqtt_users.write_text("sub:mqtt-pw\n", encoding="utf-8")
    mqtt_users.chmod(0o644)
    result = serve_fails(
        tmp_path, "--user-file", str(users), "--mqtt-user-file", str(mqtt_users), "--broker", "embedded"
    )
    assert "--mqtt-user-file" in result.stderr and "chmod 600" in result.stderr
    mqtt_users.chmod(0o600)
    with Emulator.start(
        tmp_path / "emu", "--user-file", str(users), "--mqtt-user-file", str(mqtt_users), "--mqtt-port", "0"
    ) as emu:
        assert emu.ready["notifications"]  # brokers run, with a username/password required
        assert "warning" not in emu.log_file.read_text(encoding="utf-8").lower()


def test_user_option_without_colon_does_not_echo(tmp_path: Path) -> None:
    result = serve_fails(tmp_path, "--user", f"lab{SECRET}")
    assert "NAME:PASSWORD" in result.stderr and SECRET not in result.stderr
