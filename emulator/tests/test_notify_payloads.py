"""Every JET event type jetemu publishes: its topic and the attributes Juniper's documentation lists.

One emulator, one subscriber on ``/junos/events/#`` (broker SYSTEM events included); each test
makes one kind of thing happen through a real client and checks the event it raised. The admin
endpoint (``jetemu event``) is checked to serve the emulator's user only.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from test_notify import Subscriber, jetemu_event, mqtt_port

from jetemu.proto import jnx_firewall_service_pb2 as fw_pb2
from jetemu.proto import jnx_firewall_service_pb2_grpc as fw_grpc
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2

HEADER = {"event-id", "hostname", "time", "severity", "facility", "attributes", "sequence-number"}
KERNEL_ATTRIBUTES = {
    "ifd": {"name", "snmp-id", "flags"},
    "ifl": {"name", "subunit", "snmp-id", "flags"},
    "iff": {"name", "subunit", "family", "table-name", "flags"},
    "ifa": {"name", "subunit", "family", "local-address", "destination-address", "broadcast-address", "flags"},
    "route": {"table-name", "logical-router-name", "address-family", "route-type", "route-prefix",
              "nexthop-address", "flags"},
    "route-table": {"name", "logical-router-name"},
    "firewall": {"name", "version", "client-id", "filter-type", "protocol", "interface-name", "flags"},
}  # fmt: skip


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(
        tmp_path_factory.mktemp("events"), "--port", "0", "--user", f"{USER}:{PASSWORD}", "--hostname", "ev1"
    )
    yield proc
    proc.stop()


@pytest.fixture
def sub(emu: EmulatorProcess) -> Iterator[Subscriber]:
    subscriber = Subscriber(mqtt_port(emu), client_id=f"payloads-{time.monotonic_ns()}", broker_events=True)
    subscriber.wait_ready()
    yield subscriber
    subscriber.close()


@pytest.fixture(scope="module")
def client(emu: EmulatorProcess) -> Iterator[JetClient]:
    jet = connect(emu.target())
    assert jet.login(client_id="payload-test").status.code == 0
    yield jet
    jet.close()


def commit(client: JetClient, text: str) -> None:
    reply = client.mgmt.ConfigSet(
        mgmt_pb2.ConfigSetRequest(text_config=text, load_type=mgmt_pb2.CONFIG_LOAD_SET), timeout=30
    )
    assert reply.status.code == 0, reply.status.message


def event_on(sub: Subscriber, topic: str) -> dict[str, Any]:
    messages = sub.wait_for(lambda m: any(t == topic for t, _ in m))
    payload = next(p for t, p in messages if t == topic)
    assert set(payload) >= {"jet-event"}
    event = payload["jet-event"]
    assert HEADER <= set(event), set(event)
    assert event["hostname"] == "ev1"
    return dict(event)


def kernel(event: dict[str, Any], kind: str, event_id: str) -> dict[str, Any]:
    assert event["event-id"] == event_id
    assert (event["severity"], event["facility"]) == ("info", "KERNEL")
    attributes = dict(event["attributes"])
    assert KERNEL_ATTRIBUTES[kind] <= set(attributes), KERNEL_ATTRIBUTES[kind] - set(attributes)
    return attributes


def test_ifd_event(emu: EmulatorProcess, sub: Subscriber) -> None:
    assert jetemu_event(emu, "link-down", "ge-0/0/5").returncode == 0
    attrs = kernel(
        event_on(sub, "/junos/events/kernel/interfaces/ifd/change/ge-0/0/5"), "ifd", "KERNEL_EVENT_IFD_CHANGE"
    )
    assert attrs["name"] == "ge-0/0/5" and isinstance(attrs["snmp-id"], int) and isinstance(attrs["flags"], int)
    assert jetemu_event(emu, "link-up", "ge-0/0/5").returncode == 0


def test_ifl_iff_ifa_route_and_route_table_events(client: JetClient, sub: Subscriber) -> None:
    commit(client, "set interfaces ge-0/0/6 unit 7 family inet6 address 2001:db8:7::1/64")
    base = "/junos/events/kernel/interfaces"
    ifl = kernel(event_on(sub, f"{base}/ifl/add/ge-0/0/6.7"), "ifl", "KERNEL_EVENT_IFL_ADD")
    assert (ifl["name"], ifl["subunit"]) == ("ge-0/0/6", 7)
    iff = kernel(event_on(sub, f"{base}/iff/add/ge-0/0/6.7/inet6"), "iff", "KERNEL_EVENT_IFF_ADD")
    assert (iff["family"], iff["table-name"]) == ("inet6", "inet6.0")
    ifa = kernel(event_on(sub, f"{base}/ifa/add/ge-0/0/6.7/inet6/2001:db8:7::1/64"), "ifa", "KERNEL_EVENT_IFA_ADD")
    assert ifa["local-address"] == "2001:db8:7::1"
    route = kernel(
        event_on(sub, "/junos/events/kernel/route/add/inet6/2001:db8:7::/64"), "route", "KERNEL_EVENT_ROUTE_ADD"
    )
    assert (route["table-name"], route["address-family"], route["route-prefix"]) == (
        "inet6.0",
        "inet6",
        "2001:db8:7::/64",
    )
    assert isinstance(route["nexthop-address"], list)
    table = kernel(
        event_on(sub, "/junos/events/kernel/route-table/add/inet6.0/default"),
        "route-table",
        "KERNEL_EVENT_ROUTE_TABLE_ADD",
    )
    assert table["name"] == "inet6.0"
    commit(client, "delete interfaces ge-0/0/6 unit 7")
    kernel(event_on(sub, f"{base}/ifl/delete/ge-0/0/6.7"), "ifl", "KERNEL_EVENT_IFL_DELETE")


def test_firewall_event(client: JetClient, sub: Subscriber) -> None:
    firewall = fw_grpc.FirewallStub(client.channel)
    term = fw_pb2.FilterTerm(
        inet_term=fw_pb2.FilterInetTerm(term_name="t1", actions=fw_pb2.FilterTermInetAction(action_t={"accept": True}))
    )
    reply = firewall.FilterAdd(
        fw_pb2.FilterAddRequest(
            name="ev-filter", type=fw_pb2.TYPE_CLASSIC, family=fw_pb2.FAMILY_INET, terms_list=[term]
        ),
        timeout=10,
    )
    assert reply.status.code == 0, reply.status.message
    attrs = kernel(
        event_on(sub, "/junos/events/kernel/firewall/filter/add/ev-filter"),
        "firewall",
        "KERNEL_EVENT_FIREWALL_FILTER_ADD",
    )
    assert (attrs["name"], attrs["client-id"], attrs["protocol"]) == ("ev-filter", "payload-test", "inet")
    firewall.FilterDelete(fw_pb2.FilterDeleteRequest(name="ev-filter", family=fw_pb2.FAMILY_INET), timeout=10)


def syslog(event: dict[str, Any], event_id: str, text: str) -> dict[str, Any]:
    assert event["event-id"] == event_id
    assert event["attributes"]["message"] == text  # where Junos event policies and Juniper's samples read it
    assert event["message"] == f"{event_id}: {text}"  # as a Junos 17.1 device publishes it too
    assert {"process-name", "severity", "facility"} <= set(event)
    return dict(event["attributes"])


def test_commit_syslog_and_config_update(client: JetClient, sub: Subscriber) -> None:
    commit(client, "set system location building b2")
    event = event_on(sub, "/junos/events/syslog/UI_COMMIT_COMPLETED")
    attrs = syslog(event, "UI_COMMIT_COMPLETED", "commit complete")
    assert attrs["username"] == USER and attrs["client-id"] == "payload-test"
    assert (event["severity"], event["process-name"]) == ("notice", "mgd")
    topic = "/junos/events/genpub/config-update"
    messages = sub.wait_for(lambda m: any(t == topic for t, _ in m))
    payload = next(p for t, p in messages if t == topic)
    assert "building b2" in payload["commit-patch"] and payload["jet-event"]["attributes"]["commit-patch"]


def test_link_trap_syslog(emu: EmulatorProcess, sub: Subscriber) -> None:
    assert jetemu_event(emu, "link-down", "ge-0/0/8").returncode == 0
    event = event_on(sub, "/junos/events/syslog/SNMP_TRAP_LINK_DOWN")
    text = event["attributes"]["message"]
    attrs = syslog(event, "SNMP_TRAP_LINK_DOWN", text)
    assert "ifOperStatus down(2)" in text and attrs["interface-name"] == "ge-0/0/8"
    assert jetemu_event(emu, "link-up", "ge-0/0/8").returncode == 0
    up = event_on(sub, "/junos/events/syslog/SNMP_TRAP_LINK_UP")
    assert "ifOperStatus up(1)" in up["attributes"]["message"]


def test_login_syslog(emu: EmulatorProcess, sub: Subscriber) -> None:
    other = connect(emu.target())
    assert other.login(client_id="login-event").status.code == 0
    event = event_on(sub, "/junos/events/syslog/LOGIN_INFORMATION")
    attrs = syslog(event, "LOGIN_INFORMATION", f"User {USER} logged in from host 127.0.0.1 on device jet")
    assert (attrs["username"], attrs["hostname"], attrs["tty-name"]) == (USER, "127.0.0.1", "jet")
    assert event["facility"] == "auth"
    other.close()


def test_injected_syslog_keeps_its_attributes_and_gets_the_message(emu: EmulatorProcess, sub: Subscriber) -> None:
    done = jetemu_event(emu, "syslog", "BFDD_TRAP_SHOP_STATE_UP", "--message", "up again", "-a", "peer=10.0.0.9")
    assert done.returncode == 0, done.stderr
    attrs = syslog(event_on(sub, "/junos/events/syslog/BFDD_TRAP_SHOP_STATE_UP"), "BFDD_TRAP_SHOP_STATE_UP", "up again")
    assert attrs == {"peer": "10.0.0.9", "message": "up again"}


def system_texts(sub: Subscriber) -> list[str]:
    with sub.lock:
        events = [p["jet-event"] for t, p in sub.messages if t == "/junos/events/syslog/SYSTEM"]
    for event in events:
        assert event["event-id"] == "SYSTEM" and set(event["attributes"]) == {"message"}
        assert event["message"] == event["attributes"]["message"]
    return [event["attributes"]["message"] for event in events]


def test_a_client_sees_its_own_connection(emu: EmulatorProcess) -> None:
    """As in Juniper's notification sample: subscribe right after connecting, get the broker's lines."""
    watcher = Subscriber(mqtt_port(emu), client_id="self-seer", broker_events=True)
    watcher.wait_ready()
    watcher.wait_for(lambda m: any("as self-seer (c1, k60)." in text for text in system_texts(watcher)))
    watcher.close()


def test_client_connected_and_disconnected_events(emu: EmulatorProcess, sub: Subscriber) -> None:
    port = mqtt_port(emu)
    probe = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="probe-1")
    probe.connect("127.0.0.1", port, keepalive=30)
    probe.loop_start()
    connected = "New client connected from 127.0.0.1 as probe-1 (c1, k30)."
    sub.wait_for(lambda m: connected in system_texts(sub))
    assert f"New connection from 127.0.0.1 on port {port}." in system_texts(sub)
    probe.disconnect()
    probe.loop_stop()
    sub.wait_for(lambda m: "Client probe-1 disconnected." in system_texts(sub))

    # A client whose connection breaks without DISCONNECT: Mosquitto's "socket error" line.
    raw = socket.create_connection(("127.0.0.1", port))
    body = b"\x00\x04MQTT\x04\x00\x00\x3c" + b"\x00\x07probe-2"  # CONNECT, persistent session, keepalive 60
    raw.sendall(bytes([0x10, len(body)]) + body)
    assert raw.recv(4)[:2] == b"\x20\x02"  # CONNACK
    sub.wait_for(lambda m: "New client connected from 127.0.0.1 as probe-2 (c0, k60)." in system_texts(sub))
    raw.close()
    sub.wait_for(lambda m: "Socket error on client probe-2, disconnecting." in system_texts(sub))

    # An empty client id (clean session): the broker names the client auto-<UUID>, as Mosquitto does.
    anonymous = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="")
    anonymous.connect("127.0.0.1", port, keepalive=60)
    anonymous.loop_start()
    pattern = re.compile(
        r"^New client connected from 127\.0\.0\.1 as auto-[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12} \(c1, k60\)\.$"
    )
    sub.wait_for(lambda m: any(pattern.match(text) for text in system_texts(sub)))
    anonymous.disconnect()
    anonymous.loop_stop()


# ------------------------------------------------------------------------------------------------
# the admin endpoint serves the emulator's user only


def test_admin_endpoint_is_a_private_unix_socket(emu: EmulatorProcess) -> None:
    admin = emu.ready["notifications"]["admin"]
    assert set(admin) == {"socket"}  # no TCP port, no token in the ready file or the ready line
    path = Path(admin["socket"])
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and path.parent.stat().st_uid == os.geteuid()
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    assert jetemu_event(emu, "status").returncode == 0


def _as_nobody(path: str, request: bytes) -> tuple[str, bytes]:
    """Connect to ``path`` from a child process running as user nobody: (error name or "", reply)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.setgid(65534)
            os.setuid(65534)
            with socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(10)
                sock.connect(path)
                try:
                    sock.sendall(request)
                except BrokenPipeError:
                    pass  # a refused peer gets its answer without its request being read: it may close first
                reply = sock.recv(65536)
            os.write(write, b"ok " + reply)
        except OSError as exc:
            os.write(write, f"{type(exc).__name__} ".encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    data = os.read(read, 65536)
    os.close(read)
    head, _, rest = data.partition(b" ")
    return ("" if head == b"ok" else head.decode()), rest


needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or sys.platform != "linux", reason="needs root to act as another user"
)


@needs_root
def test_another_user_cannot_reach_the_admin_socket(emu: EmulatorProcess) -> None:
    path = emu.ready["notifications"]["admin"]["socket"]
    error, _ = _as_nobody(path, b'{"op": "status"}\n')
    assert error == "PermissionError"


@needs_root
def test_admin_server_refuses_another_user_even_through_open_permissions() -> None:
    import asyncio
    import json

    from jetemu.notify.admin import AdminServer

    async def scenario() -> tuple[str, bytes]:
        called: list[dict[str, Any]] = []

        async def dispatch(request: dict[str, Any]) -> dict[str, Any]:
            called.append(request)
            return {"done": True}

        # Under /tmp itself: pytest's tmp_path lies below a 0700 directory nobody cannot traverse.
        directory = Path(tempfile.mkdtemp(prefix="jetemu-admin-test-"))
        server = AdminServer(dispatch, str(directory))
        await server.start()
        os.chmod(directory, 0o777)  # as if the files were left open: the peer check still refuses
        os.chmod(server.path, 0o777)
        try:
            result = await asyncio.to_thread(_as_nobody, server.path, b'{"op": "syslog"}\n')
        finally:
            await server.stop()
            shutil.rmtree(directory, ignore_errors=True)
        assert called == []
        return result

    error, reply = asyncio.run(scenario())
    assert error == ""
    answer = json.loads(reply)
    assert answer["ok"] is False and "only the user running jetemu" in answer["error"]


def test_admin_request_waits_while_the_listen_backlog_is_full(tmp_path: Path) -> None:
    """Many requests at once (every broker of a fleet restarted in parallel) overflow the admin
    socket's listen backlog; a request then waits for room instead of failing with EAGAIN."""
    import json
    import threading

    from jetemu.notify.admin import admin_request

    path = str(tmp_path / "admin.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(0)
    waiting = []
    for _ in range(4):  # fill the backlog: a connect with a timeout now fails at once
        blocker = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        blocker.setblocking(False)
        try:
            blocker.connect(path)
        except BlockingIOError:
            blocker.close()
            break
        waiting.append(blocker)
    else:
        pytest.fail("the listen backlog never filled up")

    def serve() -> None:
        time.sleep(0.5)  # the server is busy for a while, then answers everyone
        for _ in range(len(waiting) + 1):
            conn, _ = server.accept()
            with conn:
                if conn.recv(65536):
                    conn.sendall(json.dumps({"ok": True, "result": {"served": True}}).encode() + b"\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    for blocker in waiting:
        blocker.sendall(b"{}\n")
    try:
        assert admin_request({"socket": path}, {"op": "status"}, timeout=10) == {"served": True}
    finally:
        thread.join(5)
        for blocker in waiting:
            blocker.close()
        server.close()
