"""The TCP (and TLS) side of a device broker, applying the Junos ``notification`` policy.

Junos: ``[edit system services extension-service notification] allow-clients address [...];
max-connections N; port P``. The front door accepts the connection, reads the client's CONNECT and
either answers with a refusal CONNACK that names the reason, or hands the connection (CONNECT
included) to the broker behind it: the embedded amqtt broker in process, or a Mosquitto process
over a private unix socket. Both kinds of broker therefore enforce exactly the same policy.
The front door also says what a Junos broker logs about its clients (``on_log``: a connection,
a client connected, a client gone with or without DISCONNECT), for the device's SYSTEM events.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import logging
import ssl
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from .mqttwire import ConnectInfo, MqttWireError, connack_refusal, read_connect

log = logging.getLogger("jetemu.notify")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Handoff = Callable[[asyncio.StreamReader, asyncio.StreamWriter, bytes, ConnectInfo], Awaitable[None]]

CONNECT_TIMEOUT = 10.0


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``allow-clients address`` entries (``10.0.0.0/8``, ``127.0.0.1``, ``::1``); ValueError names a bad one."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ValueError(f"allow-clients: {value!r} is not an address or prefix") from None
    return tuple(networks)


@dataclass
class AccessPolicy:
    """Who may connect. ``allow_clients`` None = any address; an empty tuple = nobody (the Junos default)."""

    allow_clients: tuple[Network, ...] | None = None
    max_connections: int = 0  # 0 = no limit
    users: dict[str, str] = field(default_factory=dict)  # empty = no username/password required
    max_protocol_level: int = 5  # 4 for a broker that only speaks MQTT 3.1.1

    def address_allowed(self, address: str) -> bool:
        if self.allow_clients is None:
            return True
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip.version == net.version and ip in net for net in self.allow_clients)

    def credentials_ok(self, info: ConnectInfo) -> bool:
        if not self.users:
            return True
        if info.username is None or info.password is None or info.username not in self.users:
            return False
        expected = self.users[info.username].encode("utf-8")
        return hmac.compare_digest(expected, info.password)

    def describe_allow(self) -> str:
        if self.allow_clients is None:
            return "any"
        return ", ".join(str(net) for net in self.allow_clients) or "none configured"


class FrontDoor:
    """Listen on (host, port); check each client against the policy; hand accepted ones over."""

    def __init__(
        self,
        device: str,
        host: str,
        port: int,
        policy: AccessPolicy,
        handoff: Handoff,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.device = device
        self.host = host
        self.port = port
        self.policy = policy
        self.handoff = handoff
        self.ssl_context = ssl_context
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.active = 0
        self.refused: list[str] = []  # reasons, most recent last (kept short)
        self.on_log: Callable[[str], None] | None = None  # the broker's log lines about clients

    @property
    def bound_port(self) -> int:
        if self._server is None or not self._server.sockets:
            return self.port
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._accept, self.host, self.port, ssl=self.ssl_context, reuse_address=True
        )
        # A port chosen by the system (0) is kept across restarts of this broker.
        self.port = self.bound_port

    async def close(self) -> None:
        """Stop listening and drop every client connection."""
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            with contextlib.suppress(Exception):
                writer.close()
        if self._tasks:
            _, pending = await asyncio.wait(list(self._tasks), timeout=3)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 3)
            self._server = None

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.get_running_loop().create_task(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _refuse_reason(self, address: str, info: ConnectInfo) -> tuple[str, str] | None:
        policy = self.policy
        if not policy.address_allowed(address):
            return (
                "not-authorized",
                f"client address {address} is not in allow-clients ({policy.describe_allow()}) of {self.device}",
            )
        if info.level > policy.max_protocol_level or info.level < 3:
            return (
                "protocol",
                f"MQTT {info.version_text} is not supported by the broker of {self.device} (it speaks MQTT 3.1.1)",
            )
        if policy.max_connections and self.active >= policy.max_connections:
            return ("server-busy", f"max-connections {policy.max_connections} reached on {self.device}")
        if not policy.credentials_ok(info):
            return ("bad-credentials", f"bad username or password for the broker of {self.device}")
        return None

    def _log(self, text: str) -> None:
        if self.on_log is not None:
            try:
                self.on_log(text)
            except Exception:  # an event hook must never break a client connection
                log.exception("%s broker: client event hook failed", self.device)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        peer = writer.get_extra_info("peername") or ("?", 0)
        address = str(peer[0])
        counted = False
        self._log(f"New connection from {address} on port {self.bound_port}.")
        try:
            try:
                raw, info = await asyncio.wait_for(read_connect(reader), CONNECT_TIMEOUT)
            except (MqttWireError, asyncio.IncompleteReadError, TimeoutError, ConnectionError) as exc:
                log.info("%s broker: dropping %s: %s", self.device, address, exc or exc.__class__.__name__)
                return
            refusal = self._refuse_reason(address, info)
            if refusal is not None:
                kind, reason = refusal
                log.warning("%s broker: refused client %r from %s: %s", self.device, info.client_id, address, reason)
                self.refused = [*self.refused[-19:], reason]
                with contextlib.suppress(Exception):
                    writer.write(connack_refusal(info.level, kind, reason))
                    await writer.drain()
                return
            self.active += 1
            counted = True
            session = f"c{int(info.clean)}, k{info.keepalive}"
            # an empty client id gets a generated one, named as mosquitto names it
            name = info.client_id or f"auto-{str(uuid.uuid4()).upper()}"
            self._log(f"New client connected from {address} as {name} ({session}).")
            tap = _Tap(reader)
            try:
                await self.handoff(tap, writer, raw, info)  # type: ignore[arg-type]
            finally:
                if tap.disconnected():
                    self._log(f"Client {name} disconnected.")
                else:
                    self._log(f"Socket error on client {name}, disconnecting.")
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s broker: client connection from %s failed", self.device, address)
        finally:
            if counted:
                self.active -= 1
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()


class _Tap:
    """A client's StreamReader that remembers the last bytes the broker read from it, to tell a
    client that sent DISCONNECT from one whose connection just broke."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self._reader = reader
        self._tail = b""

    def _seen(self, data: bytes) -> bytes:
        self._tail = (self._tail + data)[-8:]
        return data

    async def read(self, n: int = -1) -> bytes:
        return self._seen(await self._reader.read(n))

    async def readexactly(self, n: int) -> bytes:
        return self._seen(await self._reader.readexactly(n))

    def __getattr__(self, name: str) -> object:
        return getattr(self._reader, name)

    def disconnected(self) -> bool:
        """Whether the last packet read was a DISCONNECT (0xE0 with a short remaining length)."""
        tail = self._tail
        for length in range(0, 6):
            if len(tail) >= length + 2 and tail[-(length + 2)] == 0xE0 and tail[-(length + 1)] == length:
                return True
        return False
