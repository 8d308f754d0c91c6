"""Roles jet_service, jet_routes, jet_lab and the everyday playbooks, run by the real ansible-playbook.

Devices are jetemu processes (two per module, commit-confirm minute of 1 s); what the device ends up
with is read back over a separate JET session (committed_set), not taken from the task results.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jet_helpers import COLLECTIONS, ROOT, VENV_BIN, Emulator, committed_set, run_playbook, start_emulator

pytestmark = pytest.mark.slow

PLAYBOOKS = ROOT / "playbooks"
JET_PREFIX = "set system services extension-service"


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    emu = start_emulator(
        tmp_path_factory.mktemp("fleet"), "--devices", "2", "--hostname", "rt", "--commit-confirm-minute", "1"
    )
    yield emu
    emu.stop()


class DeviceView:
    """One device of a fleet, as jet_helpers.direct_client / committed_set need it (host_vars)."""

    def __init__(self, hosts: dict[str, Any], name: str) -> None:
        self.name = name
        self._vars = dict(hosts[name])

    def host_vars(self) -> dict[str, Any]:
        return dict(self._vars)


def device_view(emu: Emulator, index: int) -> Any:
    hosts = yaml.safe_load(emu.inventory.read_text())["all"]["children"]["jet_devices"]["hosts"]
    return DeviceView(hosts, sorted(hosts)[index])


def jet_lines(emu: Emulator, index: int = 0) -> list[str]:
    return sorted(line for line in committed_set(device_view(emu, index)).splitlines() if line.startswith(JET_PREFIX))


def task(run: Any, name: str) -> dict[str, Any]:
    """A task's result; role tasks are recorded as '<role> : <name>'."""
    found = [value for key, value in run.results.items() if key == name or key.endswith(f" : {name}")]
    assert len(found) == 1, (name, sorted(run.results))
    return dict(found[0])


def role_task(role: str, **variables: Any) -> dict[str, Any]:
    return {"name": role, "ansible.builtin.include_role": {"name": f"jetkit.junos.{role}"}, "vars": variables}


def play_file(
    playbook: Path, inventory: Path | None, workdir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(workdir / "pc"),
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_LOCALHOST_WARNING": "False",
            "ANSIBLE_INVENTORY_UNPARSED_WARNING": "False",
        }
    )
    environ.update(env or {})
    argv = [str(VENV_BIN / "ansible-playbook"), str(playbook), *args]
    if inventory is not None:
        argv[1:1] = ["-i", str(inventory)]
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.run(argv, capture_output=True, text=True, env=environ, cwd=workdir, timeout=300, check=False)


def recap_changed(output: str) -> dict[str, int]:
    found = {}
    for line in output.splitlines():
        if ": ok=" in line and "changed=" in line:
            host = line.split(":", 1)[0].strip()
            found[host] = int(line.split("changed=", 1)[1].split()[0])
    return found


# ---------------------------------------------------------------------------------------------
# jet_service
# ---------------------------------------------------------------------------------------------
MTLS = {
    "jet_service_transport": "mutual-tls",
    "jet_service_local_certificate": "jet-server",
    "jet_service_certificate_authority": "lab-ca",
    "jet_service_max_connections": 16,
    "jet_service_notification_allow_clients": ["192.0.2.0/24", "2001:db8::/32"],
    "jet_service_notification_max_connections": 4,
}


def test_jet_service_mutual_tls_idempotent_and_replaced(fleet: Emulator, tmp_path: Path) -> None:
    first = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", **MTLS)])
    assert first.rc == 0, first.output
    assert task(first, "Configure the JET service")["changed"] is True
    expected = sorted(
        [
            f"{JET_PREFIX} request-response grpc ssl port 32767",
            f"{JET_PREFIX} request-response grpc ssl local-certificate jet-server",
            f"{JET_PREFIX} request-response grpc ssl mutual-authentication certificate-authority lab-ca",
            f"{JET_PREFIX} request-response grpc ssl mutual-authentication client-certificate-request "
            "require-certificate-and-verify",
            f"{JET_PREFIX} request-response grpc max-connections 16",
            f"{JET_PREFIX} notification port 1883",
            f"{JET_PREFIX} notification allow-clients address 192.0.2.0/24",
            f"{JET_PREFIX} notification allow-clients address 2001:db8::/32",
            f"{JET_PREFIX} notification max-connections 4",
        ]
    )
    assert jet_lines(fleet, 0) == expected and jet_lines(fleet, 1) == expected

    again = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", **MTLS)])
    assert again.rc == 0, again.output
    assert task(again, "Configure the JET service")["changed"] is False
    assert recap_changed(again.output) == {"rt1": 0, "rt2": 0}

    # Clear text now: the whole hierarchy is replaced, nothing of the TLS settings stays.
    plain = run_playbook(
        tmp_path, fleet.inventory, [role_task("jet_service", jet_service_port=50051, jet_service_notification=False)]
    )
    assert plain.rc == 0, plain.output
    assert jet_lines(fleet, 0) == [f"{JET_PREFIX} request-response grpc clear-text port 50051"]

    gone = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", jet_service_state="absent")])
    assert gone.rc == 0, gone.output
    assert jet_lines(fleet, 0) == [] and jet_lines(fleet, 1) == []


def test_jet_service_commit_confirmed_is_confirmed(fleet: Emulator, tmp_path: Path) -> None:
    run = run_playbook(
        tmp_path, fleet.inventory, [role_task("jet_service", jet_service_port=40000, jet_service_confirmed=1)]
    )
    assert run.rc == 0, run.output
    assert task(run, "Confirm the commit")["changed"] is True
    # One "minute" is 1 s on these devices: an unconfirmed commit would be rolled back by now.
    time.sleep(3)
    assert f"{JET_PREFIX} request-response grpc clear-text port 40000" in jet_lines(fleet, 0)
    cleanup = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", jet_service_state="absent")])
    assert cleanup.rc == 0, cleanup.output


def test_jet_service_check_mode_changes_nothing(fleet: Emulator, tmp_path: Path) -> None:
    before = jet_lines(fleet, 0)
    run = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", **MTLS)], extra_args=["--check"])
    assert run.rc == 0, run.output
    assert task(run, "Configure the JET service")["changed"] is True
    assert jet_lines(fleet, 0) == before


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"jet_service_transport": "tls"}, "jet_service_transport=tls needs jet_service_local_certificate"),
        (
            {"jet_service_transport": "mutual-tls", "jet_service_local_certificate": "c"},
            "jet_service_transport=mutual-tls needs jet_service_certificate_authority",
        ),
        ({"jet_service_port": 70000}, "jet_service_port must be 1-65535, got 70000"),
        ({"jet_service_max_connections": 31}, "jet_service_max_connections must be 0 (device default) to 30"),
        (
            {"jet_service_notification_allow_clients": ["10.0.0.0/8", "10.0.0.0/8; delete system"]},
            "not address prefixes: 10.0.0.0/8; delete system",
        ),
        ({"jet_service_transport": "quic"}, "jet_service_transport"),
    ],
)
def test_jet_service_bad_input_is_refused_before_anything_is_sent(
    fleet: Emulator, tmp_path: Path, variables: dict[str, Any], message: str
) -> None:
    before = jet_lines(fleet, 0)
    run = run_playbook(tmp_path, fleet.inventory, [role_task("jet_service", **variables)])
    assert run.rc != 0
    assert message in run.output, run.output[-3000:]
    assert not [key for key in run.results if key.endswith("Configure the JET service")]
    assert jet_lines(fleet, 0) == before


# ---------------------------------------------------------------------------------------------
# jet_routes
# ---------------------------------------------------------------------------------------------
def show_route(emu: Emulator, index: int) -> str:
    from jet_helpers import direct_client

    client = direct_client(device_view(emu, index), "pytest-route-reader")
    try:
        return str(client.op_command("show route", "text"))
    finally:
        client.close()


def test_jet_routes_from_host_vars(fleet: Emulator, tmp_path: Path) -> None:
    names = sorted(yaml.safe_load(fleet.inventory.read_text())["all"]["children"]["jet_devices"]["hosts"])
    host_vars = fleet.inventory.parent / "host_vars"
    host_vars.mkdir(exist_ok=True)
    (host_vars / f"{names[0]}.yml").write_text(
        yaml.safe_dump(
            {
                "jet_routes_list": [
                    {"prefix": "198.51.100.0/24", "next_hops": ["192.0.2.1"]},
                    {"prefix": "2001:db8:100::/48", "next_hops": ["2001:db8::1"], "preference": 9},
                ]
            }
        )
    )
    (host_vars / f"{names[1]}.yml").write_text(
        yaml.safe_dump({"jet_routes_list": [{"prefix": "203.0.113.0/24", "next_hops": ["192.0.2.7"]}]})
    )
    try:
        first = play_file(PLAYBOOKS / "routes.yml", fleet.inventory, tmp_path)
        assert first.returncode == 0, first.stdout + first.stderr
        assert recap_changed(first.stdout) == {names[0]: 1, names[1]: 1}
        one, two = show_route(fleet, 0), show_route(fleet, 1)
        assert "198.51.100.0/24" in one and "2001:db8:100::/48" in one and "203.0.113.0/24" not in one
        assert "203.0.113.0/24" in two and "198.51.100.0/24" not in two

        # A new run (new JET session, same client id) finds them: nothing to do.
        again = play_file(PLAYBOOKS / "routes.yml", fleet.inventory, tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert recap_changed(again.stdout) == {names[0]: 0, names[1]: 0}

        # Declarative: a route dropped from the inventory is removed from the device.
        (host_vars / f"{names[0]}.yml").write_text(
            yaml.safe_dump({"jet_routes_list": [{"prefix": "2001:db8:100::/48", "next_hops": ["2001:db8::1"]}]})
        )
        dropped = play_file(PLAYBOOKS / "routes.yml", fleet.inventory, tmp_path, "--limit", names[0])
        assert dropped.returncode == 0, dropped.stdout + dropped.stderr
        one = show_route(fleet, 0)
        assert "198.51.100.0/24" not in one and "2001:db8:100::/48" in one
    finally:
        for name in names:
            (host_vars / f"{name}.yml").write_text(yaml.safe_dump({"jet_routes_list": [], "jet_routes_purge_time": 0}))
        play_file(PLAYBOOKS / "routes.yml", fleet.inventory, tmp_path)
        for name in names:
            (host_vars / f"{name}.yml").unlink()


def test_jet_routes_bad_route_is_refused_and_nothing_is_programmed(fleet: Emulator, tmp_path: Path) -> None:
    routes = [{"prefix": "198.18.0.0/24", "next_hops": ["192.0.2.1"]}, {"next_hops": ["192.0.2.2"]}]
    run = run_playbook(tmp_path, fleet.inventory, [role_task("jet_routes", jet_routes_list=routes)])
    assert run.rc != 0
    assert "every entry of jet_routes_list needs a prefix" in run.output
    bad_prefix = [{"prefix": "198.18.0.0/24", "next_hops": ["192.0.2.1"]}, {"prefix": "198.18.1.1/24", "next_hops": []}]
    run = run_playbook(tmp_path, fleet.inventory, [role_task("jet_routes", jet_routes_list=bad_prefix)])
    assert run.rc != 0
    assert "198.18.1.1/24" in run.output
    assert "198.18.0.0/24" not in show_route(fleet, 0)


# ---------------------------------------------------------------------------------------------
# Playbooks: facts report, config push with commit confirmed, rollback
# ---------------------------------------------------------------------------------------------
def test_facts_report(fleet: Emulator, tmp_path: Path) -> None:
    report = tmp_path / "report"
    run = play_file(PLAYBOOKS / "facts_report.yml", fleet.inventory, tmp_path, "-e", f"report_dir={report}")
    assert run.returncode == 0, run.stdout + run.stderr
    names = sorted(p.stem for p in report.glob("*.json"))
    assert names == ["rt1", "rt2"]
    facts = json.loads((report / "rt2.json").read_text())
    assert facts["hostname"] == "rt2" and facts["interfaces"]
    summary = (report / "summary.md").read_text().splitlines()
    assert summary[0].startswith("| Device | Hostname | Model | Junos")
    assert [row.split("|")[1].strip() for row in summary[2:]] == ["rt1", "rt2"]


def test_config_push_confirmed_then_rollback(fleet: Emulator, tmp_path: Path) -> None:
    change = tmp_path / "change.yml"
    change.write_text(
        yaml.safe_dump({"config_lines": ["set system location building push-test"], "config_confirmed": 1})
    )
    check = play_file(PLAYBOOKS / "config_push.yml", fleet.inventory, tmp_path, "-e", f"@{change}", "--check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "+     building push-test;" in check.stdout or "building push-test" in check.stdout
    assert "building push-test" not in committed_set(device_view(fleet, 0))

    push = play_file(PLAYBOOKS / "config_push.yml", fleet.inventory, tmp_path, "-e", f"@{change}", "--diff")
    assert push.returncode == 0, push.stdout + push.stderr
    assert "TASK [Confirm the commit]" in push.stdout and "building push-test" in push.stdout
    time.sleep(3)  # past the 1-"minute" commit confirmed: confirmed, so still there
    assert "set system location building push-test" in committed_set(device_view(fleet, 1))

    again = play_file(PLAYBOOKS / "config_push.yml", fleet.inventory, tmp_path, "-e", f"@{change}")
    assert again.returncode == 0 and recap_changed(again.stdout) == {"rt1": 0, "rt2": 0}, again.stdout

    # commit confirmed + the confirming commit: the configuration before the push is rollback 2.
    backups = tmp_path / "backups"
    back = play_file(
        PLAYBOOKS / "rollback.yml", fleet.inventory, tmp_path, "-e", "rollback_id=2", "-e", f"backup_dir={backups}"
    )
    assert back.returncode == 0, back.stdout + back.stderr
    assert "building push-test" not in committed_set(device_view(fleet, 0))
    assert len(list(backups.glob("rt1_config*"))) == 1

    refused = play_file(PLAYBOOKS / "rollback.yml", fleet.inventory, tmp_path, "-e", "rollback_id=77")
    assert refused.returncode != 0 and "rollback_id must be 0-49 or rescue, got 77" in refused.stdout


def test_config_push_needs_exactly_one_change(fleet: Emulator, tmp_path: Path) -> None:
    run = play_file(PLAYBOOKS / "config_push.yml", fleet.inventory, tmp_path)
    assert run.returncode != 0
    assert "give exactly one of config_lines (a list) or config_src (a file)" in run.stdout


# ---------------------------------------------------------------------------------------------
# jet_lab (through playbooks/lab.yml)
# ---------------------------------------------------------------------------------------------
def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_jet_lab_start_idempotent_restart_stop(tmp_path: Path) -> None:
    lab = tmp_path / "lab"
    args = ["-e", f"jet_lab_dir={lab}", "-e", "jet_lab_devices=2", "-e", "jet_lab_hostname=lab"]
    started = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args)
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        pid = int((lab / "jetemu.pid").read_text())
        assert pid_alive(pid) and json.loads((lab / "ready.json").read_text())["pid"] == pid
        hosts = yaml.safe_load((lab / "inventory.yml").read_text())["all"]["children"]["jet_devices"]["hosts"]
        assert sorted(hosts) == ["lab1", "lab2"]
        assert "lab2 at 127.0.0.1:" in started.stdout  # the second play reached the added hosts

        again = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args)
        assert again.returncode == 0, again.stdout + again.stderr
        assert recap_changed(again.stdout)["localhost"] == 0
        assert int((lab / "jetemu.pid").read_text()) == pid

        # Other settings: the fleet is restarted with them.
        bigger = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_devices=3")
        assert bigger.returncode == 0, bigger.stdout + bigger.stderr
        new_pid = int((lab / "jetemu.pid").read_text())
        assert new_pid != pid and not pid_alive(pid) and pid_alive(new_pid)
        assert "lab3 at 127.0.0.1:" in bigger.stdout

        stopped = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_state=stopped")
        assert stopped.returncode == 0, stopped.stdout + stopped.stderr
        assert not (lab / "jetemu.pid").exists() and not (lab / "inventory.yml").exists()
        deadline = time.monotonic() + 10
        while pid_alive(new_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not pid_alive(new_pid)
    finally:
        for name in ["jetemu.pid"]:
            if (lab / name).exists():
                subprocess.run(["kill", (lab / name).read_text().strip()], check=False)


def secret_forms(password: str) -> list[str]:
    """The password and what would betray it in output: its base64 at each alignment (a slurped
    file), without the characters the neighbouring bytes decide."""
    import base64

    forms = [password]
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + password.encode()).decode()
        forms.append(encoded[(shift * 4 + 2) // 3 + 1 : -4])
    return forms


def assert_no_secret(password: str, where: str, text: str) -> None:
    for form in secret_forms(password):
        assert form not in text, f"the lab password (as {form!r}) shows in {where}"


def test_jet_lab_shows_no_password_at_any_verbosity(tmp_path: Path) -> None:
    """playbooks/lab.yml at -vvvv (start, a command on each device, restart with a new password,
    stop): the password is nowhere in stdout, stderr, Ansible's log, jetemu's log, the process
    arguments or the lab's other files; the files that must hold it are 0600 in a 0700 directory."""
    import secrets
    import stat

    password, new_password = f"Pw-{secrets.token_hex(12)}", f"Pw-{secrets.token_hex(12)}"
    lab = tmp_path / "lab"
    log = tmp_path / "ansible.log"
    env = {"ANSIBLE_LOG_PATH": str(log)}
    args = ["-vvvv", "-e", f"jet_lab_dir={lab}", "-e", "jet_lab_devices=2", "-e", "jet_lab_hostname=sec"]

    def secret_file(value: str) -> str:  # as a user would give it: a vars file (or a vault), not the command line
        path = tmp_path / f"secret-{value[-4:]}.yml"
        path.write_text(yaml.safe_dump({"jet_lab_password": value}))
        path.chmod(0o600)
        return f"@{path}"

    started = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", secret_file(password), env=env)
    pid = int((lab / "jetemu.pid").read_text()) if (lab / "jetemu.pid").exists() else 0
    try:
        assert started.returncode == 0, started.stdout[-4000:] + started.stderr[-2000:]
        assert "sec2 at 127.0.0.1:" in started.stdout  # the devices answered with the password
        cmdline = Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
        assert "--user-file" in cmdline
        assert_no_secret(password, "jetemu's command line", cmdline)
        inventory = yaml.safe_load((lab / "inventory.yml").read_text())
        assert {h["ansible_password"] for h in inventory["all"]["children"]["jet_devices"]["hosts"].values()} == {
            password
        }
        for holder in ("inventory.yml", "jetemu.users"):
            assert stat.S_IMODE((lab / holder).stat().st_mode) == 0o600, holder
        assert stat.S_IMODE(lab.stat().st_mode) == 0o700

        # A new password restarts the fleet with it (the users file changed, the command line did not).
        again = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", secret_file(new_password), env=env)
        assert again.returncode == 0, again.stdout[-4000:] + again.stderr[-2000:]
        new_pid = int((lab / "jetemu.pid").read_text())
        assert new_pid != pid and "sec2 at 127.0.0.1:" in again.stdout
        pid = new_pid
        stopped = play_file(
            PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_state=stopped",
            "-e", secret_file(new_password), env=env,
        )  # fmt: skip
        assert stopped.returncode == 0, stopped.stdout[-4000:] + stopped.stderr[-2000:]
        assert not (lab / "jetemu.users").exists() and not (lab / "inventory.yml").exists()

        texts = {
            "the output of the start": started.stdout + started.stderr,
            "the output of the restart": again.stdout + again.stderr,
            "the output of the stop": stopped.stdout + stopped.stderr,
            "ANSIBLE_LOG_PATH": log.read_text(errors="replace"),
        }
        texts.update(
            {str(p): p.read_text(errors="replace") for p in lab.rglob("*") if p.is_file() and "venv" not in p.parts}
            | {str(p): p.read_text(errors="replace") for p in (tmp_path / "pc").rglob("*") if p.is_file()}
        )
        for where, text in texts.items():
            for secret in (password, new_password):
                assert_no_secret(secret, where, text)
        assert "TASK [jetkit.junos.jet_lab : Add the devices to the play's inventory]" in started.stdout
    finally:
        if pid and pid_alive(pid):
            os.kill(pid, 15)


def test_jet_lab_ignores_a_stale_pid_file_of_another_program(tmp_path: Path) -> None:
    lab = tmp_path / "lab"
    lab.mkdir()
    other = subprocess.Popen(["sleep", "120"])
    try:
        (lab / "jetemu.pid").write_text(f"{other.pid}\n")
        args = ["-e", f"jet_lab_dir={lab}", "-e", "jet_lab_devices=1", "-e", "jet_lab_broker=none"]
        # Stopping must not touch the unrelated process.
        stopped = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_state=stopped")
        assert stopped.returncode == 0, stopped.stdout + stopped.stderr
        assert other.poll() is None
        (lab / "jetemu.pid").write_text(f"{other.pid}\n")
        started = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args)
        assert started.returncode == 0, started.stdout + started.stderr
        pid = int((lab / "jetemu.pid").read_text())
        assert pid != other.pid and other.poll() is None
        play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_state=stopped")
    finally:
        other.kill()
        other.wait()


def test_jet_lab_reports_a_jetemu_that_cannot_start(tmp_path: Path) -> None:
    lab = tmp_path / "lab"
    args = ["-e", f"jet_lab_dir={lab}", "-e", "jet_lab_devices=1", "-e", '{"jet_lab_extra_args": ["--tls-cert"]}']
    run = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args)
    assert run.returncode != 0
    assert "jetemu exited before it was ready" in run.stdout
    assert "--tls-cert" in run.stdout  # the log tail (argparse's complaint) is in the message


def test_jet_lab_bad_settings(tmp_path: Path) -> None:
    run = play_file(
        PLAYBOOKS / "lab.yml", None, tmp_path, "-e", f"jet_lab_dir={tmp_path}/lab", "-e", "jet_lab_devices=0"
    )
    assert run.returncode != 0 and "jet_lab_devices must be 1-64, got 0" in run.stdout
    assert not (tmp_path / "lab").exists()


def test_jet_lab_installs_jetemu_from_the_collection_into_a_venv(tmp_path: Path) -> None:
    """jet_lab_source=venv: pip installs the collection's emulator/ into the lab's venv and runs it from there."""
    lab = tmp_path / "lab"
    args = ["-e", f"jet_lab_dir={lab}", "-e", "jet_lab_source=venv", "-e", "jet_lab_devices=1"]
    started = play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_broker=none")
    try:
        assert started.returncode == 0, started.stdout[-4000:] + started.stderr[-2000:]
        assert "TASK [jetkit.junos.jet_lab : Install jetemu with pip]" in started.stdout
        assert (lab / "venv" / "bin" / "jetemu").is_file()
        pid = int((lab / "jetemu.pid").read_text())
        assert str(lab / "venv" / "bin" / "jetemu") in Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
        assert "jet-r1 at 127.0.0.1:" in started.stdout
    finally:
        play_file(PLAYBOOKS / "lab.yml", None, tmp_path, *args, "-e", "jet_lab_state=stopped")
