"""On-box JET applications and YANG packages in jetemu, over real gRPC, with real child processes.

One device with ``--state-dir`` (the test writes program files straight into the device's root,
as an operator with shell access would), a short timer tick (``--commit-confirm-minute 1``) and
a short action-script limit.
"""

from __future__ import annotations

import json
import os
import re
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
    """``show extension-service status APP`` as label -> value ({} when it shows nothing)."""
    text = run(client, f"show extension-service status {app}")
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in text.splitlines()) if v.strip()}


def pid_of(client: JetClient, app: str) -> int:
    return int(status_of(client, app)["Process-id"])


def trace(root: Path, name: str) -> str:
    return (root / "var" / "log" / name).read_text()


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
    answer = run(cli, "request extension-service start hello.py")  # in the foreground: its output follows
    assert re.fullmatch(
        r"Extension-service application 'hello.py' started with PID: \d+\nhello from \['a', 'b'\]\n", answer
    )
    assert run(cli, "show extension-service status hello.py") == ""  # it ended: nothing to show
    assert "is not configured" in fails(cli, "request extension-service start nothere.py")


def test_daemonized_application_starts_on_commit_stops_and_starts(cli: JetClient, root: Path) -> None:
    install(root, "sleeper.py", SLEEPER)
    commit(
        cli,
        DAEMON.format("sleeper.py"),
    )
    wait_until(lambda: "Process-id" in status_of(cli, "sleeper.py"))
    pid = pid_of(cli, "sleeper.py")
    assert alive(pid)
    # Junos' status of a running application: its name without the extension, its process id,
    # its stack and data segment sizes (128 MiB of data when nothing is configured)
    assert run(cli, "show extension-service status sleeper.py") == (
        "Extension service application details:\n"
        "Name : sleeper\n"
        f"Process-id: {pid}\n"
        "Stack-Segment-Size: 8388608B\n"
        "Data-Segment-Size: 134217728B\n"
    )
    assert run(cli, "show extension-service status all") == run(cli, "show extension-service status sleeper.py")
    # <jet-application-status> answers that text in <output>, as its YANG says
    reply = ET.fromstring(
        run(cli, "<jet-application-status><application-name>all</application-name></jet-application-status>", XML)
    )
    assert reply.tag == "output" and f"Process-id: {pid}" in (reply.text or "")
    fails(cli, "<jet-application-status/>")  # application-name is mandatory in its YANG
    wait_until(lambda: "sleeper up" in trace(root, "sleeper.log"))
    assert "already running" in fails(cli, "request extension-service start sleeper.py")
    stopped = run(cli, "request extension-service stop sleeper.py")
    assert stopped == f"Extension-service application 'sleeper.py' with pid: {pid} exited with return: -1\n"
    assert not alive(pid)
    assert run(cli, "show extension-service status sleeper.py") == ""
    assert "jetemu: sleeper.py stopped (killed by signal 15 (SIGTERM))" in trace(root, "sleeper.log")
    assert "is not running" in fails(cli, "request extension-service stop sleeper.py")
    started = run(
        cli, "<extension-service-start><application-name>sleeper.py</application-name></extension-service-start>"
    )
    assert re.fullmatch(r"Extension-service application 'sleeper.py' started with PID: \d+\n", started)
    assert pid_of(cli, "sleeper.py") == int(started.split()[-1])
    # a commit that changes its arguments restarts it; one that removes it stops it
    old = pid_of(cli, "sleeper.py")
    commit(cli, 'set system extensions extension-service application file sleeper.py arguments "--x 1"')
    wait_until(lambda: status_of(cli, "sleeper.py").get("Process-id") not in (None, str(old)))
    assert not alive(old)
    new = pid_of(cli, "sleeper.py")
    commit(cli, "delete system extensions extension-service application file sleeper.py")
    wait_until(lambda: not alive(new))
    assert run(cli, "show extension-service status sleeper.py") == ""


def test_a_crashing_application_is_respawned_then_reported(cli: JetClient, root: Path) -> None:
    install(root, "crasher.py", CRASHER)
    commit(
        cli,
        DAEMON.format("crasher.py"),
    )
    wait_until(lambda: "respawning stopped" in trace(root, "crasher.log"), timeout=30)
    log = trace(root, "crasher.log")
    assert log.count("crashing") == 5  # started, then respawned four times
    assert log.count("jetemu: crasher.py ended (exit code 3); respawning in") == 4
    assert "crasher.py ended (exit code 3); respawning stopped after 5 abnormal ends within 60 seconds" in log
    assert run(cli, "show extension-service status crasher.py") == ""  # no process any more
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
    wait_until(lambda: "(SIGXCPU: CPU time limit reached)" in trace(root, "spinner.log"), timeout=20)
    wait_until(lambda: "jetemu: hog.py ended (exit code 1)" in trace(root, "hog.log"), timeout=20)
    assert "MemoryError" in trace(root, "hog.log")
    # the status shows the limits a running application has
    install(root, "sized.py", SLEEPER)
    commit(
        cli,
        "set system extensions extension-service application file sized.py daemonize\n"
        "set system extensions resource-limits process sized.py resources memory data-size 64",
    )
    wait_until(lambda: "Process-id" in status_of(cli, "sized.py"))
    assert status_of(cli, "sized.py")["Data-Segment-Size"] == f"{64 * 1024 * 1024}B"
    commit(
        cli,
        "delete system extensions extension-service application file spinner.py\n"
        "delete system extensions extension-service application file hog.py\n"
        "delete system extensions extension-service application file sized.py\n"
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
    assert run(cli, "show system yang package route-watch") == (
        "Package ID            :route-watch\n"
        "YANG Module(s)        :route-watch.yang\n"
        "Action Script(s)      :route_watch_action.py\n"
        "Translation Script(s) :*\n"
        "Translation script status is disabled\n"
    )
    # kept where Junos keeps them
    assert "route-watch.yang" in run(cli, "file list /opt/yang-pkg/route-watch/yang")
    assert "route_watch_action.py" in run(cli, "file list /var/db/scripts/action")

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
    assert run(cli, "request system yang delete route-watch") == (
        "Building schema and reloading /config/juniper.conf.gz ...\nRestarting mgd ...\n"
    )
    assert "syntax error" in fails(cli, "show route-watch")
    assert not (root / "var" / "db" / "scripts" / "action" / "route_watch_action.py").exists()
    assert not (root / "opt" / "yang-pkg" / "route-watch").exists()


HANGING = """
import os, subprocess, sys, time
pids = os.path.join(os.environ["JETEMU_DEVICE_ROOT"], "var", "tmp", "hang.pids")
# a process outside the script's session that keeps the script's output open
escaped = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
with open(pids, "w") as out:
    out.write(f"{os.getpid()} {escaped.pid}")
print("<partial>", flush=True)
time.sleep(600)
"""
SPINNING = "while True:\n    pass\n"


@pytest.mark.parametrize("script", [HANGING, SPINNING], ids=["sleeping", "busy"])
def test_a_hanging_action_script_times_out(cli: JetClient, root: Path, script: str) -> None:
    """Past the wall-clock limit the script's session is killed and the command answers, even
    when the script keeps the CPU busy or left a process that holds its output open."""
    commit(cli, "set system scripts language python3")
    _add_route_watch(cli, root, script)
    run(cli, f"request system yang add package hang {ADD_SAMPLE}")
    pids_file = root / "var" / "tmp" / "hang.pids"
    pids_file.unlink(missing_ok=True)
    escaped = None
    try:
        message = fails(cli, "show route-watch")
        assert message == (
            "error: action script route_watch_action.py of rpc get-route-watch-information "
            "did not finish within 3 seconds and was stopped"
        )
        if script is HANGING and pids_file.exists():  # (absent only if killed before it got that far)
            script_pid, escaped = (int(n) for n in pids_file.read_text().split())
            assert not alive(script_pid)
            assert alive(escaped)  # outside the script's session: it did hold the output open
        assert "Hostname:" in run(cli, "show version")
    finally:
        if escaped is not None:
            os.kill(escaped, signal.SIGKILL)
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
        wait_until(lambda: "Process-id" in status_of(client, "sleeper.py"))
        pid = pid_of(client, "sleeper.py")
        _add_route_watch(client, state / "device-1" / "root")
        run(client, f"request system yang add package route-watch {ADD_SAMPLE}")
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
        wait_until(lambda: "Process-id" in status_of(client, "sleeper.py"))
        pid = pid_of(client, "sleeper.py")
        os.kill(pid, signal.SIGKILL)  # a crash: respawned
        wait_until(lambda: status_of(client, "sleeper.py").get("Process-id") not in (None, str(pid)))
        log = trace(state / "device-1" / "root", "sleeper.log")
        assert "jetemu: sleeper.py ended (killed by signal 9 (SIGKILL)); respawning in 0.5 s" in log
        # the YANG package came back from the device's file system
        assert run(client, "show system yang package") == (
            "Package ID            :route-watch\n"
            "YANG Module(s)        :route-watch.yang\n"
            "Action Script(s)      :route_watch_action.py\n"
            "Translation Script(s) :*\n"
            "Translation script status is disabled\n"
        )
        assert "<status>" in run(client, "<get-route-watch-information/>", XML)  # and its command works
    finally:
        client.close()
        emu.stop()
