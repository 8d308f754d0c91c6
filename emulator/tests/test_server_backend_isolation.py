"""Nobody but the device listeners reaches jetemu's internal gRPC server or acts in a session.

The attack (issue 10): the TLS front end relays each client connection to the internal gRPC
server, and calls are mapped to sessions by where the relay connection comes from. A local
process that finds the internal server and comes from the same place as a victim's relay
(before the fix: 127.0.0.2 bound to the victim relay's local TCP port) committed
configuration in the victim's session, with no Login and no client certificate.

These tests look at the running emulator as an attacker would (its sockets in /proc), try
every way in that they find, and check that each is refused and that nothing was committed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import grpc
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect

from jetemu.certs import write_lab_certificates
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

pytestmark = pytest.mark.skipif(not Path("/proc/net/unix").exists(), reason="needs Linux /proc")

ATTACK = v2_mgmt.ConfigSetRequest(
    text_config="set system host-name pwned-by-attacker\n",
    load_type=v2_mgmt.CONFIG_LOAD_SET,
    commit=v2_mgmt.ConfigCommit(comment="attack"),
)
REFUSED = {grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.UNAUTHENTICATED}


# -- what /proc tells about the emulator's sockets -------------------------------------------
def socket_inodes(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(int(target[8:-1]))
    return inodes


def _tcp_endpoint(text: str, v6: bool) -> tuple[str, int]:
    address, port = text.split(":")
    raw = bytes.fromhex(address)
    if v6:
        raw = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
        if raw[:12] == b"\0" * 10 + b"\xff\xff":  # a dual-stack socket's IPv4-mapped address
            return socket.inet_ntop(socket.AF_INET, raw[12:]), int(port, 16)
        return socket.inet_ntop(socket.AF_INET6, raw), int(port, 16)
    return socket.inet_ntop(socket.AF_INET, raw[::-1]), int(port, 16)


def tcp_sockets(pid: int) -> list[dict[str, object]]:
    """The process's TCP sockets: local and remote (address, port), listening or not."""
    mine = socket_inodes(pid)
    found = []
    for table, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[9]) in mine:
                found.append(
                    {
                        "local": _tcp_endpoint(fields[1], v6),
                        "remote": _tcp_endpoint(fields[2], v6),
                        "listening": fields[3] == "0A",
                    }
                )
    return found


def unix_sockets(pid: int) -> list[dict[str, object]]:
    """The process's unix sockets with a name: path ('@' first for abstract names), listening or not."""
    mine = socket_inodes(pid)
    found = []
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 8 and int(fields[6]) in mine:
            found.append({"name": fields[7], "listening": int(fields[3], 16) & 0x10000 != 0})
    return found


# -- an attacker's relay: a gRPC channel whose connections are dialled by the attacker -------
@contextlib.contextmanager
def attacker_channel(dial: Callable[[], socket.socket]) -> Iterator[grpc.Channel]:
    """A local port that forwards each connection through a socket made by ``dial``."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = dial()
            except OSError:
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=pump, args=(a, b), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    channel = grpc.insecure_channel(
        f"127.0.0.1:{listener.getsockname()[1]}", options=[("grpc.use_local_subchannel_pool", 1)]
    )
    try:
        yield channel
    finally:
        channel.close()
        stop.set()
        listener.close()
        thread.join(5)


def attack_refused(dial: Callable[[], socket.socket]) -> str:
    """Send ConfigSet through ``dial``; return how it was refused (fail if it was not)."""
    with attacker_channel(dial) as channel:
        call = channel.unary_unary(
            "/jnx.jet.management.Management/ConfigSet",
            request_serializer=v2_mgmt.ConfigSetRequest.SerializeToString,
            response_deserializer=v2_mgmt.ConfigSetResponse.FromString,
        )
        try:
            reply = call(ATTACK, timeout=5)
        except grpc.RpcError as exc:
            assert exc.code() in REFUSED, (exc.code(), exc.details())
            return f"{exc.code().name}: {exc.details()}"
    pytest.fail(f"the attacker's ConfigSet was answered: {reply}")


def not_committed(victim: JetClient) -> None:
    status, data = victim.op(cli="show configuration system host-name", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
    assert status.code == 0, status.message
    assert "pwned" not in data


@pytest.fixture
def victim(emulator_factory, tmp_path: Path) -> Iterator[tuple[EmulatorProcess, JetClient]]:
    """A mutual-TLS device with a client that logged in (certificate and password)."""
    certs = write_lab_certificates(tmp_path / "certs")
    emu = emulator_factory(
        "--port", "0", "--user", f"{USER}:{PASSWORD}", "--broker", "none",
        "--tls-cert", str(certs["server.crt"]), "--tls-key", str(certs["server.key"]),
        "--client-ca", str(certs["ca.crt"]),
    )  # fmt: skip
    credentials = grpc.ssl_channel_credentials(
        root_certificates=certs["ca.crt"].read_bytes(),
        private_key=certs["client.key"].read_bytes(),
        certificate_chain=certs["client.crt"].read_bytes(),
    )
    client = connect(emu.target(), credentials, **{"grpc.ssl_target_name_override": "localhost"})
    assert client.login().status.code == 0
    not_committed(client)
    yield emu, client
    client.close()


def test_no_tcp_way_into_a_session(victim: tuple[EmulatorProcess, JetClient]) -> None:
    """The original attack: every TCP port of the process but the device's, from every relay port."""
    emu, client = victim
    pid = emu.proc.pid
    sockets = tcp_sockets(pid)
    listening = {s["local"] for s in sockets if s["listening"]}
    device_port = int(emu.device["port"])
    assert any(port == device_port for _, port in listening), listening
    internal = {port for _, port in listening if port != device_port}
    relay_ports = {s["local"][1] for s in sockets if not s["listening"] and s["remote"][1] in internal}  # type: ignore[index]
    tried = []
    for host, port in sorted(listening):
        if port == device_port:
            continue
        for relay_port in sorted(relay_ports) or [0]:

            def dial(host: str = host, port: int = port, relay_port: int = relay_port) -> socket.socket:
                sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind(("::1" if ":" in host else "127.0.0.2", relay_port))
                sock.connect((host, port))
                return sock

            tried.append(attack_refused(dial))
    # No internal TCP listener at all: the device port is the only way in over TCP.
    assert tried == [], tried
    not_committed(client)


def test_backend_socket_is_private(victim: tuple[EmulatorProcess, JetClient]) -> None:
    """The internal server listens on a unix socket in a 0700 directory of the emulator's user."""
    emu, client = victim
    listeners = [s["name"] for s in unix_sockets(emu.proc.pid) if s["listening"]]
    assert len(listeners) == 1, listeners
    path = Path(str(listeners[0]))
    assert path.is_absolute()
    directory = path.parent.stat()
    assert stat.S_IMODE(directory.st_mode) == 0o700
    assert directory.st_uid == os.getuid()
    if os.getuid() != 0:
        return
    # As another user, the socket cannot even be reached.
    probe = (
        "import os, socket, sys\n"
        "os.setgid(65534); os.setgroups([]); os.setuid(65534)\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "try:\n"
        "    s.connect(sys.argv[1])\n"
        "except PermissionError:\n"
        "    print('refused')\n"
        "else:\n"
        "    print('connected')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=30)
    assert result.stdout.strip() == "refused", result
    not_committed(client)


def test_no_unix_way_into_a_session(victim: tuple[EmulatorProcess, JetClient]) -> None:
    """Even the emulator's own user gets no session: not unnamed, not with the name of a relay."""
    emu, client = victim
    sockets = unix_sockets(emu.proc.pid)
    backend = next(str(s["name"]) for s in sockets if s["listening"])
    relay_names = [str(s["name"]) for s in sockets if not s["listening"] and s["name"] != backend]
    assert relay_names, "the victim's relay connection should be visible"

    def unnamed() -> socket.socket:
        sock = socket.socket(socket.AF_UNIX)
        sock.connect(backend)
        return sock

    assert "PERMISSION_DENIED" in attack_refused(unnamed)

    for name in relay_names:
        address = "\0" + name[1:] if name.startswith("@") else name
        sock = socket.socket(socket.AF_UNIX)
        with pytest.raises(OSError) as info:
            sock.bind(address)  # the name of a live relay connection cannot be taken
        sock.close()
        assert info.value.errno == errno.EADDRINUSE

    for other in ("\0jetemu-relay-guess", str(Path(backend).parent / "relay-guess")):

        def named(address: str = other) -> socket.socket:
            sock = socket.socket(socket.AF_UNIX)
            sock.bind(address)
            sock.connect(backend)
            return sock

        with contextlib.suppress(PermissionError):  # a path in the private directory: root only
            assert "PERMISSION_DENIED" in attack_refused(named)
    not_committed(client)
    # The victim's own session is untouched and still works.
    status, data = client.op(cli="show version", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
    assert status.code == 0 and "Hostname" in data
