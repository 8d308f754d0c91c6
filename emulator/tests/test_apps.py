"""On-box JET applications and YANG packages in jetemu, over real gRPC, with real child processes.

One device with ``--state-dir`` (the test writes program files straight into the device's root,
as an operator with shell access would), a short timer tick (``--commit-confirm-minute 1``) and
a short action-script limit.
"""

from __future__ import annotations

import json
import os
import signal
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt

TEXT = v2_mgmt.OP_COMMAND_OUTPUT_CLI
XML = v2_mgmt.OP_COMMAND_OUTPUT_XML
JSON = v2_mgmt.OP_COMMAND_OUTPUT_JSON
SAMPLE = Path(__file__).resolve().parents[2] / "playbooks" / "files" / "route_watch"

SLEEPER = "import time\nprint('sleeper up', flush=True)\nwhile True:\n    time.sleep(1)\n"
CRASHER = "import sys\nprint('crashing', flush=True)\nsys.exit(3)\n"
SPINNER = "while True:\n    pass\n"
HOG = "blocks = []\nwhile True:\n    blocks.append(bytearray(10 * 1024 * 1024))\n"
HELLO = "import sys\nprint('hello from', sys.argv[1:])\n"
DAEMON = "set system scripts language python3\nset system extensions extension-service application file {} daemonize"
ADD_SAMPLE = "module /var/tmp/route-watch.yang action-script /var/tmp/route_watch_action.py"


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    emu = start_emulator(
        tmp_path_factory.mktemp("emu"),
        "--user",
        f"{USER}:{PASSWORD}",
        "--state-dir",
        str(tmp_path_factory.mktemp("state")),
        "--commit-confirm-minute",
        "1",
        "--action-script-timeout",
        "3",
        "--mqtt-port",
        "0",
    )
    yield emu
    emu.stop()


@pytest.fixture(scope="module")
def root(device: EmulatorProcess) -> Path:
    return Path(device.argv[device.argv.index("--state-dir") + 1]) / "device-1" / "root"


@pytest.fixture
def cli(device: EmulatorProcess) -> Iterator[JetClient]:
    client = connect(device.target())
    assert client.login().status.code == 0
    yield client
    client.close()


def run(client: JetClient, command: str, fmt: int = TEXT) -> str:
    status, data = client.op(xml=command, fmt=fmt) if command.startswith("<") else client.op(cli=command, fmt=fmt)
    assert status.code == 0, f"{command}: {status.message}"
    return data


def fails(client: JetClient, command: str) -> str:
    status, _ = client.op(xml=command, fmt=TEXT) if command.startswith("<") else client.op(cli=command, fmt=TEXT)
    assert status.code != 0, f"{command} was accepted"
    return str(status.message)


def commit(client: JetClient, lines: str) -> None:
    request = v2_mgmt.ConfigSetRequest(
        text_config=f"<configuration-set>{lines}</configuration-set>",
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(),
    )
    status = client.mgmt.ConfigSet(request, timeout=30).status
    assert status.code == 0, status.message


def status_of(client: JetClient, app: str) -> dict[str, str]:
    text = run(client, f"show extension-service status {app}")
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def wait_until(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def install(root: Path, name: str, text: str) -> None:
    (root / "var" / "db" / "scripts" / "jet" / name).write_text(text)


def test_python_needs_the_language_statement(cli: JetClient, root: Path) -> None:
    install(root, "hello.py", HELLO)
    commit(cli, 'set system extensions extension-service application file hello.py arguments "a b"')
    assert "system scripts language python3" in fails(cli, "request extension-service start hello.py")
    commit(cli, "set system scripts language python3")
    assert run(cli, "request extension-service start hello.py") == "hello from ['a', 'b']\n"
    assert status_of(cli, "hello.py")["State"] == "exited"
    assert "is not configured" in fails(cli, "request extension-service start nothere.py")


def test_daemonized_application_starts_on_commit_stops_and_starts(cli: JetClient, root: Path) -> None:
    install(root, "sleeper.py", SLEEPER)
    commit(
        cli,
        DAEMON.format("sleeper.py"),
    )
    wait_until(lambda: status_of(cli, "sleeper.py")["State"] == "running")
    pid = int(status_of(cli, "sleeper.py")["Process-id"])
    assert alive(pid)
    wait_until(lambda: "sleeper up" in (root / "var" / "log" / "sleeper.log").read_text())
    assert "already running" in fails(cli, "request extension-service start sleeper.py")
    assert "stopped" in run(cli, "request extension-service stop sleeper.py")
    assert not alive(pid)
    assert status_of(cli, "sleeper.py")["State"] == "stopped"
    assert "is not running" in fails(cli, "request extension-service stop sleeper.py")
    assert "started with pid" in run(
        cli, "<extension-service-start><application-name>sleeper.py</application-name></extension-service-start>"
    )
    wait_until(lambda: status_of(cli, "sleeper.py")["State"] == "running")
    # a commit that changes its arguments restarts it; one that removes it stops it
    old = int(status_of(cli, "sleeper.py")["Process-id"])
    commit(cli, 'set system extensions extension-service application file sleeper.py arguments "--x 1"')
    wait_until(lambda: status_of(cli, "sleeper.py").get("Process-id") not in ("-", str(old)))
    assert not alive(old)
    new = int(status_of(cli, "sleeper.py")["Process-id"])
    commit(cli, "delete system extensions extension-service application file sleeper.py")
    wait_until(lambda: not alive(new))
    assert "is not configured" in fails(cli, "show extension-service status sleeper.py")


def test_a_crashing_application_is_respawned_then_reported(cli: JetClient, root: Path) -> None:
    install(root, "crasher.py", CRASHER)
    commit(
        cli,
        DAEMON.format("crasher.py"),
    )
    wait_until(lambda: status_of(cli, "crasher.py")["State"] == "crashed", timeout=30)
    status = status_of(cli, "crasher.py")
    assert status["Last exit"].startswith("exit code 3")
    assert int(status["Restarts"]) == 4
    assert "respawning stopped after 5 crashes" in status["Reason"]
    assert (root / "var" / "log" / "crasher.log").read_text().count("crashing") == 5
    assert "Hostname:" in run(cli, "show version")  # the device is fine
    commit(cli, "delete system extensions extension-service application file crasher.py")


def test_cpu_and_memory_limits(cli: JetClient, root: Path) -> None:
    install(root, "spinner.py", SPINNER)
    install(root, "hog.py", HOG)
    commit(
        cli,
        "set system scripts language python3\n"
        "set system extensions extension-service application file spinner.py daemonize\n"
        "set system extensions resource-limits process spinner.py resources cpu time 1\n"
        "set system extensions extension-service application file hog.py daemonize\n"
        "set system extensions resource-limits process hog.py resources memory data-size 64",
    )
    wait_until(lambda: "CPU time limit" in status_of(cli, "spinner.py")["Last exit"], timeout=20)
    assert status_of(cli, "spinner.py")["CPU-Time-Limit"] == "1s"
    wait_until(lambda: status_of(cli, "hog.py")["Last exit"].startswith("exit code 1"), timeout=20)
    assert "MemoryError" in (root / "var" / "log" / "hog.log").read_text()
    assert status_of(cli, "hog.py")["Data-Segment-Size"] == f"{64 * 1024 * 1024}B"
    commit(
        cli,
        "delete system extensions extension-service application file spinner.py\n"
        "delete system extensions extension-service application file hog.py\n"
        "delete system extensions resource-limits",
    )


JSD_CLIENT = """
import argparse, os
import grpc
from jetemu.proto import jnx_authentication_service_pb2 as auth, jnx_authentication_service_pb2_grpc as auth_grpc
from jetemu.proto import jnx_management_service_pb2 as mgmt, jnx_management_service_pb2_grpc as mgmt_grpc
parser = argparse.ArgumentParser()
parser.add_argument("-u", "--user")
parser.add_argument("-pw", "--password")
args = parser.parse_args()
target = os.environ["JETEMU_DEVICE_ADDRESS"] + ":" + os.environ["JETEMU_JSD_PORT"]
channel = grpc.insecure_channel(target)
reply = auth_grpc.AuthenticationStub(channel).Login(
    auth.LoginRequest(username=args.user, password=args.password, client_id="onbox"), timeout=10)
request = mgmt.OpCommandGetRequest(cli_command="show version", out_format=mgmt.OP_COMMAND_OUTPUT_CLI)
text = "".join(r.data for r in mgmt_grpc.ManagementStub(channel).OpCommandGet(request, timeout=10))
with open(os.path.join(os.environ["JETEMU_DEVICE_ROOT"], "var/tmp/onbox.txt"), "w") as out:
    out.write(f"login={reply.status.code}\\n{text}")
"""


def test_an_onbox_application_logs_in_to_its_devices_jsd(cli: JetClient, root: Path) -> None:
    """As Juniper's on-box sample does: Login with credentials given as arguments, then a command."""
    install(root, "onbox.py", JSD_CLIENT)
    commit(
        cli,
        "set system scripts language python3\n"
        f'set system extensions extension-service application file onbox.py arguments "-u {USER} -pw {PASSWORD}"',
    )
    run(cli, "request extension-service start onbox.py")
    text = (root / "var" / "tmp" / "onbox.txt").read_text()
    assert text.startswith("login=0\n") and "Hostname:" in text
    assert "onbox" not in run(cli, "show extension-service request-response clients")  # its session ended
    commit(cli, "delete system extensions extension-service application file onbox.py")


def test_a_configuration_jetemu_cannot_run_is_refused(cli: JetClient) -> None:
    request = v2_mgmt.ConfigSetRequest(
        text_config="<configuration-set>set system extensions extension-service application file x.py "
        "interpreter perl</configuration-set>",
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(),
    )
    status = cli.mgmt.ConfigSet(request, timeout=30).status
    assert status.code != 0 and "interpreter" in status.message


def _add_route_watch(cli: JetClient, root: Path, script: str | None = None) -> None:
    tmp = root / "var" / "tmp"
    (tmp / "route-watch.yang").write_text((SAMPLE / "route-watch.yang").read_text())
    (tmp / "route_watch_action.py").write_text(script or (SAMPLE / "route_watch_action.py").read_text())


def test_yang_package_custom_command_in_three_formats_and_the_application_behind_it(
    cli: JetClient, root: Path, device: EmulatorProcess
) -> None:
    install(root, "route_watch.py", (SAMPLE / "route_watch.py").read_text())
    _add_route_watch(cli, root)
    commit(
        cli,
        DAEMON.format("route_watch.py"),
    )
    wait_until(lambda: json.loads((root / "var" / "tmp" / "route_watch.json").read_text()).get("connected") is True)
    out = run(
        cli,
        "request system yang add package route-watch module /var/tmp/route-watch.yang "
        "action-script /var/tmp/route_watch_action.py",
    )
    assert "YANG modules validation : SUCCESS" in out and "Restarting mgd ..." in out
    assert "already exists" in fails(
        cli,
        f"request system yang add package route-watch {ADD_SAMPLE}",
    )
    shown = run(cli, "show system yang package route-watch")
    assert "Package ID            :route-watch" in shown and "route_watch_action.py" in shown

    commit(cli, "set routing-options static route 198.51.100.0/24 discard")
    wait_until(lambda: "Static" in run(cli, "show route-watch"))
    text = run(cli, "show route-watch")
    assert "route_watch: connected" in text
    assert any(line.split()[:2] == ["Static", "1"] for line in text.splitlines()), text
    xml = ET.fromstring(run(cli, "show route-watch", XML))
    assert xml.tag == "route-watch-information"
    static = [p for p in xml.findall("protocol-counts") if p.findtext("protocol") == "Static"]
    assert static and static[0].findtext("added") == "1"
    data = json.loads(run(cli, "show route-watch protocol Static", JSON))
    counts = data["route-watch-information"][0]["protocol-counts"]
    assert [c["protocol"][0]["data"] for c in counts] == ["Static"]
    assert (
        run(cli, "<get-route-watch-information><protocol>Static</protocol></get-route-watch-information>", XML).count(
            "<protocol-counts>"
        )
        == 1
    )
    assert "Static" in run(cli, "show route-watch | display xml")
    assert run(cli, "show route-watch | match Static").startswith("Static")
    # the legacy v1 API reaches the same command, as a JSON RPC too
    assert cli.login_v1().result
    request = v1_mgmt.ExecuteOpCommandRequest(
        json_command=json.dumps({"get-route-watch-information": {"protocol": "Static"}}),
        out_format=v1_mgmt.OPERATION_FORMAT_XML,
        request_id=9,
    )
    replies = list(cli.mgmt_v1.ExecuteOpCommand(request, timeout=10))
    assert replies[-1].status == v1_mgmt.SUCCESS and "<protocol>Static</protocol>" in "".join(r.data for r in replies)
    # bad input to the custom command
    assert "syntax error" in fails(cli, "show route-watch colour blue")
    assert "missing argument after 'protocol'" in fails(cli, "show route-watch protocol")
    # the module can be read back as Junos shows a schema
    (root / "var" / "tmp" / "schema-out").mkdir(exist_ok=True)
    assert "Wrote /var/tmp/schema-out/route-watch.yang" in run(
        cli, "show system schema identifier route-watch output-directory /var/tmp/schema-out"
    )
    assert 'junos:command "show route-watch"' in run(cli, "file show /var/tmp/schema-out/route-watch.yang")

    commit(
        cli, "delete system extensions extension-service application file route_watch.py\ndelete routing-options static"
    )
    assert "Restarting mgd" in run(cli, "request system yang delete route-watch")
    assert "syntax error" in fails(cli, "show route-watch")
    assert not (root / "var" / "db" / "scripts" / "action" / "route_watch_action.py").exists()


def test_a_hanging_action_script_times_out(cli: JetClient, root: Path) -> None:
    hanging = "import time\ntime.sleep(600)\n"
    _add_route_watch(cli, root, hanging)
    run(
        cli,
        f"request system yang add package hang {ADD_SAMPLE}",
    )
    try:
        started = time.monotonic()
        message = fails(cli, "show route-watch")
        assert "did not finish within 3 seconds and was stopped" in message
        assert time.monotonic() - started < 10
        assert "Hostname:" in run(cli, "show version")
    finally:
        run(cli, "request system yang delete hang")


def test_yang_validation_errors(cli: JetClient, root: Path) -> None:
    tmp = root / "var" / "tmp"
    (tmp / "broken.yang").write_text("module broken { namespace x; prefix b; rpc r { ")
    assert "YANG modules validation : FAILED" in fails(cli, "request system yang validate module /var/tmp/broken.yang")
    (tmp / "route-watch.yang").write_text((SAMPLE / "route-watch.yang").read_text())
    (tmp / "bad_action.py").write_text("def broken(:\n")
    message = fails(
        cli, "request system yang validate module /var/tmp/route-watch.yang action-script /var/tmp/bad_action.py"
    )
    assert "not among the package's action scripts" in message
    (tmp / "route_watch_action.py").write_text("def broken(:\n")
    message = fails(
        cli,
        "request system yang validate module [ /var/tmp/route-watch.yang ] "
        "action-script [/var/tmp/route_watch_action.py]",
    )
    assert "Scripts syntax validation : FAILED" in message
    (tmp / "clash.yang").write_text(
        'module clash { namespace "urn:c"; prefix c; import junos-extension { prefix junos; }'
        ' rpc get-x { junos:command "show version" { junos:action-execute { junos:script "a.py"; } } } }'
    )
    (tmp / "a.py").write_text("print('<x/>')\n")
    assert "already a Junos command" in fails(
        cli, "request system yang validate module /var/tmp/clash.yang action-script /var/tmp/a.py"
    )
    assert "leaves the device's file system" in fails(
        cli, "request system yang validate module ../../../../../../etc/x.yang"
    )
    rpc = (
        "<request-yang-validate><module>/var/tmp/clash.yang</module>"
        "<action-script>/var/tmp/a.py</action-script></request-yang-validate>"
    )
    assert "already a Junos command" in fails(cli, rpc)


def test_applications_stop_with_jetemu(tmp_path: Path) -> None:
    state = tmp_path / "state"
    emu = start_emulator(
        tmp_path / "emu", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(state), "--commit-confirm-minute", "1"
    )
    client = connect(emu.target())
    try:
        assert client.login().status.code == 0
        install(state / "device-1" / "root", "sleeper.py", SLEEPER)
        commit(
            client,
            DAEMON.format("sleeper.py"),
        )
        wait_until(lambda: status_of(client, "sleeper.py")["State"] == "running")
        pid = int(status_of(client, "sleeper.py")["Process-id"])
    finally:
        client.close()
        emu.stop()
    assert not alive(pid)
    # a restart with the same state brings the daemonized application back
    emu = start_emulator(
        tmp_path / "emu2", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(state), "--commit-confirm-minute", "1"
    )
    client = connect(emu.target())
    try:
        assert client.login().status.code == 0
        wait_until(lambda: status_of(client, "sleeper.py")["State"] == "running")
        pid = int(status_of(client, "sleeper.py")["Process-id"])
        os.kill(pid, signal.SIGKILL)  # a crash: respawned
        wait_until(lambda: status_of(client, "sleeper.py")["Process-id"] not in ("-", str(pid)))
        assert "SIGKILL" in status_of(client, "sleeper.py")["Last exit"]
    finally:
        client.close()
        emu.stop()
