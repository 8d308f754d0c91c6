"""The accept loop in front of the gRPC server, and the private way from it to that server.

grpcio's Python server tells a handler nothing about the TCP connection a call came in on,
and it cannot be told to refuse TLS 1.1 or to report when a client goes away. jsd's
sessions, though, live as long as the client's connection. So each emulated device owns its
listening socket here: every client connection is accepted by asyncio (TLS is terminated
here with Python's ``ssl``, TLS 1.2 minimum, optional client-certificate verification),
then relayed byte for byte to the one internal gRPC server.

The internal server is reachable by the relays only (:class:`InternalEndpoint`): it listens
on a unix socket in a fresh 0700 directory, so no network address and no other user reaches
it. Each relay connection binds its own end to a name nobody else can hold while it is
connected (a random Linux abstract name, unique in the system while bound), and gRPC reports
that name as the call's peer (``context.peer()`` is ``unix-abstract:jetemu-relay-...``):
:class:`ConnectionRegistry` maps exactly that name back to the client connection, its device
and its session. A process that connects to the internal socket some other way (unnamed, or
under a name no relay holds) maps to no connection and is refused. When either side of a
relay closes, the other is closed and the connection (with its session) is forgotten at once,
before its name can be bound again.

This file must not decide anything about sessions or users: it only says which client
connection a call belongs to.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import secrets
import shutil
import socket
import ssl
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("jetemu.frontend")

# Relay buffers: stop reading from one side when the other side's kernel buffer and
# asyncio's write buffer hold this much, so a slow peer cannot make us buffer unboundedly.
_HIGH_WATER = 1024 * 1024
_LOW_WATER = 256 * 1024


@dataclass
class ClientConnection:
    """One client TCP connection to one emulated device."""

    conn_id: int
    device_key: str
    peer: str  # "ipv4:127.0.0.1:5555" / "ipv6:[::1]:5555", as gRPC writes peers
    transport_kind: str  # "clear-text" or "tls"
    tls_version: str | None = None
    client_cert_subject: str | None = None
    connected_at: float = field(default_factory=time.time)
    # Filled in by the session layer.
    session: Any = None
    closed: bool = False
    on_close: list[Callable[[ClientConnection], None]] = field(default_factory=list)

    def close_callbacks(self) -> None:
        if self.closed:
            return
        self.closed = True
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            try:
                callback(self)
            except Exception:  # pragma: no cover - a callback bug must not kill the relay
                log.exception("connection close callback failed")


class ConnectionRegistry:
    """Maps the name of a relay's end of the internal connection to the client connection."""

    def __init__(self) -> None:
        self._by_relay: dict[str, ClientConnection] = {}
        self._ids = itertools.count(1)

    def next_id(self) -> int:
        return next(self._ids)

    def register(self, relay_peer: str, conn: ClientConnection) -> None:
        self._by_relay[relay_peer] = conn

    def unregister(self, relay_peer: str) -> None:
        self._by_relay.pop(relay_peer, None)

    def lookup_peer(self, peer: str) -> ClientConnection | None:
        """Find the client connection behind a gRPC ``context.peer()`` string (exact match only)."""
        return self._by_relay.get(peer)

    def connections(self, device_key: str | None = None) -> list[ClientConnection]:
        conns = [c for c in self._by_relay.values() if not c.closed]
        if device_key is not None:
            conns = [c for c in conns if c.device_key == device_key]
        return sorted(conns, key=lambda c: c.conn_id)


# Linux has abstract unix socket names: a bound name is unique in the network namespace and
# vanishes with its socket, so nobody can take a live relay's name. Elsewhere relays bind a path
# in the private directory (other users cannot reach it; the emulator's own user could).
_ABSTRACT_NAMES = sys.platform.startswith("linux")
_MAX_UNIX_PATH = 100  # sockaddr_un.sun_path is 104 (BSD) or 108 (Linux) bytes with the NUL


class InternalEndpoint:
    """Where the internal gRPC server listens and how relays connect to it (see the module doc)."""

    def __init__(self) -> None:
        base = None
        if len(tempfile.gettempdir()) > _MAX_UNIX_PATH - 40:
            base = "/tmp"  # a long TMPDIR (macOS) would not fit in a socket address
        self.directory = tempfile.mkdtemp(prefix="jetemu-", dir=base)  # mode 0700, ours
        self.path = os.path.join(self.directory, "jsd.sock")

    @property
    def grpc_address(self) -> str:
        return f"unix:{self.path}"

    def relay_socket(self) -> tuple[socket.socket, str, str | None]:
        """A fresh, bound, non-blocking relay socket: ``(socket, gRPC peer name, path to unlink)``."""
        for _ in range(8):
            token = secrets.token_hex(16)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.setblocking(False)
            if _ABSTRACT_NAMES:
                name, path = f"jetemu-relay-{token}", None
                address, peer = "\0" + name, f"unix-abstract:{name}"
            else:
                path = os.path.join(self.directory, f"r-{token[:16]}")
                address, peer = path, f"unix:{path}"
            try:
                sock.bind(address)
            except OSError:
                sock.close()
                continue  # the name was taken (by chance or on purpose): draw another
            return sock, peer, path
        raise OSError("no free relay socket name")

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def format_peer(sockname: tuple[Any, ...] | None) -> str:
    if not sockname:
        return "unknown"
    host, port = sockname[0], sockname[1]
    if ":" in host:
        return f"ipv6:[{host}]:{port}"
    return f"ipv4:{host}:{port}"


def _unlink(path: str | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


class _Pipe(asyncio.Protocol):
    """One direction-pair endpoint of the relay; ``peer`` is the protocol on the other side."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.peer: _Pipe | None = None
        self._pending: list[bytes] = []
        self._paused_writing = False

    # -- asyncio.Protocol --------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.set_write_buffer_limits(high=_HIGH_WATER, low=_LOW_WATER)

    def data_received(self, data: bytes) -> None:
        peer = self.peer
        if peer is None or peer.transport is None:
            self._pending.append(data)
            return
        peer.transport.write(data)

    def eof_received(self) -> bool | None:
        # gRPC never half-closes a connection on purpose; a FIN means the peer is gone.
        # (Relaying the half-close would leave the internal side open and the session alive.)
        self._close_both()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self._close_both()

    def pause_writing(self) -> None:
        self._paused_writing = True
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.pause_reading()

    def resume_writing(self) -> None:
        self._paused_writing = False
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.resume_reading()

    # -- helpers ----------------------------------------------------------------------
    def attach(self, peer: _Pipe) -> None:
        self.peer = peer
        if self._pending and peer.transport is not None:
            for chunk in self._pending:
                peer.transport.write(chunk)
            self._pending.clear()

    def _close_both(self) -> None:
        for side in (self, self.peer):
            if side is not None and side.transport is not None and not side.transport.is_closing():
                side.transport.close()
        self.on_closed()

    def on_closed(self) -> None:  # overridden by the client side
        pass


class _ClientSide(_Pipe):
    def __init__(self, listener: DeviceListener) -> None:
        super().__init__()
        self.listener = listener
        self.conn: ClientConnection | None = None
        self.relay_peer: str | None = None
        self.relay_path: str | None = None
        self._finished = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        assert self.transport is not None
        # Hold client bytes until the internal connection exists and is registered.
        self.transport.pause_reading()
        self.listener.accepted(self)

    def on_closed(self) -> None:
        if self._finished:
            return
        self._finished = True
        if self.relay_peer is not None:
            self.listener.registry.unregister(self.relay_peer)
        _unlink(self.relay_path)
        if self.conn is not None:
            self.conn.close_callbacks()
        self.listener.forget(self)


class _UpstreamSide(_Pipe):
    pass


class DeviceListener:
    """The listening socket of one emulated device and its relays to the internal server."""

    def __init__(
        self,
        *,
        device_key: str,
        host: str,
        port: int,
        backend: InternalEndpoint,
        registry: ConnectionRegistry,
        ssl_context: ssl.SSLContext | None,
        on_connect: Callable[[ClientConnection], None] | None = None,
    ) -> None:
        self.device_key = device_key
        self.host = host
        self.port = port
        self.backend = backend
        self.registry = registry
        self.ssl_context = ssl_context
        self.on_connect = on_connect
        self._server: asyncio.Server | None = None
        self._clients: set[_ClientSide] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def bound_port(self) -> int:
        assert self._server is not None and self._server.sockets
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _ClientSide(self),
            host=self.host,
            port=self.port,
            ssl=self.ssl_context,
            ssl_handshake_timeout=10.0 if self.ssl_context else None,
            reuse_address=True,
            backlog=128,
        )

    def accepted(self, client: _ClientSide) -> None:
        self._clients.add(client)
        task = asyncio.get_running_loop().create_task(self._connect_upstream(client))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def forget(self, client: _ClientSide) -> None:
        self._clients.discard(client)

    async def _connect_upstream(self, client: _ClientSide) -> None:
        loop = asyncio.get_running_loop()
        transport = client.transport
        if transport is None or transport.is_closing():
            return
        try:
            sock, relay_peer, relay_path = self.backend.relay_socket()
        except OSError as exc:  # pragma: no cover - out of file descriptors
            log.error("device %s: no relay socket: %s", self.device_key, exc)
            transport.close()
            return
        try:
            await loop.sock_connect(sock, self.backend.path)
            up_transport, upstream = await loop.create_connection(_UpstreamSide, sock=sock)
        except OSError as exc:  # pragma: no cover - the internal server is ours
            log.error("device %s: internal gRPC server unreachable: %s", self.device_key, exc)
            sock.close()
            _unlink(relay_path)
            transport.close()
            return
        if transport.is_closing():
            up_transport.close()
            _unlink(relay_path)
            return
        client.relay_peer, client.relay_path = relay_peer, relay_path
        conn = self._describe(client, transport)
        client.conn = conn
        self.registry.register(relay_peer, conn)
        if self.on_connect is not None:
            self.on_connect(conn)
        upstream.attach(client)
        client.attach(upstream)
        transport.resume_reading()

    def _describe(self, client: _ClientSide, transport: asyncio.Transport) -> ClientConnection:
        peer = format_peer(transport.get_extra_info("peername"))
        ssl_object = transport.get_extra_info("ssl_object")
        tls_version = None
        subject = None
        if ssl_object is not None:
            tls_version = ssl_object.version()
            cert = ssl_object.getpeercert()
            if cert:
                parts = [f"{k}={v}" for rdn in cert.get("subject", ()) for (k, v) in rdn]
                subject = ",".join(parts) or None
        return ClientConnection(
            conn_id=self.registry.next_id(),
            device_key=self.device_key,
            peer=peer,
            transport_kind="tls" if ssl_object is not None else "clear-text",
            tls_version=tls_version,
            client_cert_subject=subject,
        )

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for client in list(self._clients):
            if client.transport is not None:
                client.transport.close()
        if self._server is not None:
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()


def build_server_ssl_context(cert_file: str, key_file: str, client_ca_file: str | None = None) -> ssl.SSLContext:
    """TLS as jsd does it: RSA server certificate, TLS 1.2 or newer, ALPN h2 for gRPC.

    With ``client_ca_file`` the client must present a certificate signed by that CA
    (mutual TLS); a client without one fails the handshake.
    """
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_file, key_file)
    ctx.set_alpn_protocols(["h2"])
    if client_ca_file:
        ctx.load_verify_locations(cafile=client_ca_file)
        ctx.verify_mode = ssl.CERT_REQUIRED
    else:
        ctx.verify_mode = ssl.CERT_NONE
    return ctx
