"""One MQTT broker per emulated device: embedded amqtt (default) or a Mosquitto process.

Both sit behind the same :class:`FrontDoor` (allow-clients, max-connections, username/password,
TLS), and both are published to by the device's event publisher:

- ``embedded``: an amqtt broker in this process (MQTT 3.1.1). Events are broadcast inside the broker.
  Sessions live in memory; :meth:`DeviceBroker.restart` drops every client and stops listening for a
  while, keeping the sessions (what a broker with persistence does across a restart).
- ``mosquitto``: one ``mosquitto`` process per device (MQTT 3.1, 3.1.1 and 5), listening only on a
  private unix socket; the front door relays accepted clients to it. Events are published over that
  socket by a paho client. ``persistence true`` keeps sessions and queued QoS 1 messages across
  :meth:`restart` (a real stop and start of the process).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .frontdoor import AccessPolicy, FrontDoor
from .mqttwire import ConnectInfo

log = logging.getLogger("jetemu.notify")

BROKER_KINDS = ("embedded", "mosquitto")


class BrokerError(RuntimeError):
    """A broker could not be started (the message says why)."""


@dataclass
class BrokerSettings:
    """Options of every device's broker (the Junos ``notification`` statement, plus the kind)."""

    kind: str = "embedded"
    policy: AccessPolicy | None = None
    tls_cert: str | None = None
    tls_key: str | None = None
    tls_client_ca: str | None = None
    mosquitto_bin: str | None = None
    work_dir: Path | None = None

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.tls_cert:
            return None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.tls_cert, self.tls_key)
        if self.tls_client_ca:
            context.load_verify_locations(self.tls_client_ca)
            context.verify_mode = ssl.CERT_REQUIRED
        return context


def find_mosquitto(explicit: str | None = None) -> str:
    candidates = [explicit] if explicit else [shutil.which("mosquitto"), "/usr/sbin/mosquitto"]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise BrokerError(
        "--broker mosquitto: no mosquitto executable found"
        + (f" at {explicit}" if explicit else " (install the 'mosquitto' package, e.g. apt-get install mosquitto)")
    )


class DeviceBroker:
    """Common part: the front door, the device name and the published-event count."""

    kind = "none"

    def __init__(self, device: str, host: str, port: int, settings: BrokerSettings) -> None:
        self.device = device
        self.settings = settings
        policy = settings.policy or AccessPolicy()
        self.front = FrontDoor(device, host, port, policy, self._handoff, settings.ssl_context())
        self.published = 0

    @property
    def host(self) -> str:
        return self.front.host

    @property
    def port(self) -> int:
        return self.front.bound_port

    async def _handoff(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes, info: ConnectInfo
    ) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    async def restart(self, down_seconds: float = 0.5) -> None:
        raise NotImplementedError

    async def publish(self, topic: str, payload: bytes) -> None:
        raise NotImplementedError


# ------------------------------------------------------------------------------------------------
# embedded amqtt


def _amqtt_classes() -> tuple[Any, Any, Any]:
    from amqtt.adapters import ReaderAdapter, StreamWriterAdapter
    from amqtt.broker import Broker

    return Broker, ReaderAdapter, StreamWriterAdapter


try:  # the plugin class must be importable by amqtt's plugin manager (dotted path)
    from amqtt.plugins.base import BaseAuthPlugin as _BaseAuthPlugin
except ImportError:  # pragma: no cover - amqtt is a dependency of jetemu
    _BaseAuthPlugin = object  # type: ignore[assignment,misc]


class FrontDoorAuthPlugin(_BaseAuthPlugin):
    """The front door already checked the client; the session is a named (non-anonymous) one, so
    amqtt keeps QoS 1 messages for it while it is disconnected (persistent sessions)."""

    async def authenticate(self, *, session: Any) -> bool:
        return True


def _prefix_reader(prefix: bytes, reader: asyncio.StreamReader) -> Any:
    _, reader_adapter, _ = _amqtt_classes()

    class PrefixReader(reader_adapter):  # type: ignore[misc,valid-type]
        """Replays the CONNECT the front door already read, then reads the socket."""

        def __init__(self) -> None:
            self._buf = bytearray(prefix)

        async def read(self, n: int = -1) -> bytes:
            if self._buf:
                if n == -1 or n >= len(self._buf):
                    head = bytes(self._buf)
                    self._buf.clear()
                    if n == -1 or n == len(head):
                        return head
                    return head + await reader.readexactly(n - len(head))
                head = bytes(self._buf[:n])
                del self._buf[:n]
                return head
            if n == -1:
                return await reader.read(-1)
            return await reader.readexactly(n)

        def feed_eof(self) -> None:
            reader.feed_eof()

    return PrefixReader()


class EmbeddedBroker(DeviceBroker):
    kind = "embedded"

    def __init__(self, device: str, host: str, port: int, settings: BrokerSettings) -> None:
        super().__init__(device, host, port, settings)
        self.front.policy.max_protocol_level = 4  # amqtt speaks MQTT 3.1 / 3.1.1
        self._broker: Any = None
        self._open = asyncio.Event()
        self._open.set()

    async def start(self) -> None:
        broker_cls, _, _ = _amqtt_classes()
        config = {
            "listeners": {"default": {"type": "external"}},
            "plugins": {f"{__name__}.FrontDoorAuthPlugin": {}},
        }
        self._broker = broker_cls(config)
        await self._broker.start()
        try:
            await self.front.start()
        except OSError:
            await self._broker.shutdown()
            raise

    async def _handoff(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes, info: ConnectInfo
    ) -> None:
        _, _, writer_adapter = _amqtt_classes()
        # Events already handed to the broker reach the sessions first: amqtt resuming a session
        # while it still routes earlier events delivers one of them twice, ahead of the others.
        deadline = time.monotonic() + 2
        while not self._broker._broadcast_queue.empty() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await asyncio.sleep(0)  # the event being routed when the queue became empty
        await self._broker.external_connected(_prefix_reader(raw, reader), writer_adapter(writer), "default")

    async def publish(self, topic: str, payload: bytes) -> None:
        # While the broker "restarts", events wait here (as in a broker's persistent store) and are
        # delivered to connected clients, or kept in the sessions of absent ones, once it is back.
        await self._open.wait()
        await self._broker.internal_message_broadcast(topic, payload)
        self.published += 1

    def _busy(self) -> bool:
        broker = self._broker
        if not broker._broadcast_queue.empty():
            return True
        if any(not task.done() for task in broker._tasks_queue):
            return True
        return any(session.inflight_out for session, _ in broker._sessions.values())

    async def _drain(self, timeout: float) -> None:
        """Wait until every message handed to clients was acknowledged (amqtt forgets in-flight
        messages of a dropped connection, a broker with persistence would not)."""
        deadline = time.monotonic() + timeout
        while self._busy():
            if time.monotonic() > deadline:
                log.warning("%s broker: restarting with unacknowledged messages in flight", self.device)
                return
            await asyncio.sleep(0.01)

    async def restart(self, down_seconds: float = 0.5) -> None:
        self._open.clear()
        try:
            await self._drain(5.0)
            await self.front.close()
            await asyncio.sleep(down_seconds)
            await self.front.start()
        finally:
            self._open.set()

    async def stop(self) -> None:
        await self.front.close()
        if self._broker is not None:
            with contextlib.suppress(Exception):
                await self._broker.shutdown()
            self._broker = None


# ------------------------------------------------------------------------------------------------
# Mosquitto


MOSQUITTO_CONF = """\
# Written by jetemu for device {device}: clients reach this broker through jetemu's front door
# (allow-clients, max-connections, TLS, username/password), which relays them to this socket.
per_listener_settings false
allow_anonymous true
persistence true
persistence_location {directory}/
persistence_file mosquitto.db
autosave_interval 0
max_queued_messages 100000
max_inflight_messages 100
log_dest file {directory}/mosquitto.log
log_type error
log_type warning
log_type notice
listener 0 {socket}
{user}"""


class LoopClient:
    """A paho client driven by the asyncio loop (paho's external-loop API) instead of a thread.

    paho's own network thread waits with select(), which cannot watch a file descriptor above
    1023: in a fleet of a few hundred devices (listeners, clients, mosquitto pipes) the client of
    the 160th device or so got one and never connected. The loop's selector (epoll) has no such
    limit, and there is no thread per device. Everything here runs on the loop's thread.
    """

    RECONNECT_MIN, RECONNECT_MAX = 0.05, 0.5
    TICK = 1.0  # keepalive checks

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop, device: str) -> None:
        self.client = client
        self.loop = loop
        self.device = device
        self.connected = asyncio.Event()
        self.fd: int | None = None
        self.stopping = False
        self._delay = self.RECONNECT_MIN
        self._retry: asyncio.TimerHandle | None = None
        self._tick: asyncio.TimerHandle | None = None
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_socket_open = lambda c, u, sock: self._watch(sock.fileno())
        client.on_socket_close = lambda c, u, sock: self._unwatch()
        client.on_socket_register_write = lambda c, u, sock: self._writer(True)
        client.on_socket_unregister_write = lambda c, u, sock: self._writer(False)

    def start(self) -> None:
        self._connect()
        self._tick = self.loop.call_later(self.TICK, self._keepalive)

    def stop(self) -> None:
        self.stopping = True
        for handle in (self._retry, self._tick):
            if handle is not None:
                handle.cancel()
        if self.fd is not None:
            with contextlib.suppress(Exception):
                self.client.disconnect()
                self.client.loop_write()  # DISCONNECT; paho closes the socket once it is written
        sock = self.client.socket()
        self._unwatch()
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def _connect(self) -> None:
        self._retry = None
        if self.stopping:
            return
        try:
            self.client.reconnect()  # a unix socket: connects at once or fails at once
        except OSError:
            self._schedule()

    def _schedule(self) -> None:
        if not self.stopping and self._retry is None:
            self._retry = self.loop.call_later(self._delay, self._connect)
            self._delay = min(self._delay * 2, self.RECONNECT_MAX)

    def _keepalive(self) -> None:
        if self.fd is not None:
            self.client.loop_misc()
        self._tick = self.loop.call_later(self.TICK, self._keepalive)

    def _watch(self, fd: int) -> None:
        self.fd = fd
        self.loop.add_reader(fd, self.client.loop_read)

    def _unwatch(self) -> None:
        if self.fd is not None:
            self.loop.remove_reader(self.fd)
            self.loop.remove_writer(self.fd)
            self.fd = None

    def _writer(self, on: bool) -> None:
        if self.fd is None:
            return
        if on:
            self.loop.add_writer(self.fd, self.client.loop_write)
        else:
            self.loop.remove_writer(self.fd)

    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if not reason.is_failure:
            self._delay = self.RECONNECT_MIN
            self.connected.set()

    def _on_disconnect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        self.connected.clear()
        self._schedule()


class MosquittoBroker(DeviceBroker):
    kind = "mosquitto"

    def __init__(self, device: str, host: str, port: int, settings: BrokerSettings) -> None:
        super().__init__(device, host, port, settings)
        self.binary = find_mosquitto(settings.mosquitto_bin)
        self._own_dir = settings.work_dir is None
        base = settings.work_dir or Path(tempfile.mkdtemp(prefix="jetemu-mq-"))
        self.directory = base
        self.socket_path = str(base / "broker.sock")
        if len(self.socket_path) > 100:
            # unix socket paths are limited to ~107 bytes
            self.directory = Path(tempfile.mkdtemp(prefix="jetemu-mq-"))
            self._own_dir = True
            self.socket_path = str(self.directory / "broker.sock")
        self.conf_path = self.directory / "mosquitto.conf"
        self.proc: subprocess.Popen[bytes] | None = None
        self._client: LoopClient | None = None

    async def _start_process(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.socket_path)
        self.conf_path.write_text(
            MOSQUITTO_CONF.format(
                device=self.device,
                directory=self.directory,
                socket=self.socket_path,
                # run as root, mosquitto would switch to user "mosquitto", who cannot use our directory
                user="user root\n" if os.geteuid() == 0 else "",
            ),
            encoding="utf-8",
        )
        self.proc = subprocess.Popen(
            [self.binary, "-c", str(self.conf_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                log_file = self.directory / "mosquitto.log"
                if log_file.exists():
                    err += log_file.read_text(errors="replace")[-2000:]
                raise BrokerError(f"mosquitto for {self.device} exited with {self.proc.returncode}: {err.strip()}")
            if os.path.exists(self.socket_path):
                try:
                    _, probe = await asyncio.open_unix_connection(self.socket_path)
                except OSError:
                    pass
                else:
                    probe.close()
                    return
            await asyncio.sleep(0.02)
        await self._stop_process()
        raise BrokerError(f"mosquitto for {self.device} did not open {self.socket_path} within 10 s")

    async def _stop_process(self) -> None:
        proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 10
            while proc.poll() is None and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
        self.proc = None

    def _start_client(self) -> LoopClient:
        import paho.mqtt.client as mqtt

        client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2,
            client_id=f"jetemu-events-{self.device}",
            clean_session=False,
            transport="unix",
            reconnect_on_failure=False,  # LoopClient reconnects
        )
        client.max_inflight_messages_set(100)
        client.max_queued_messages_set(0)
        client.connect_async(self.socket_path, 1883, keepalive=30)  # the port is ignored on a unix socket
        self._client = LoopClient(client, asyncio.get_running_loop(), self.device)
        self._client.start()
        return self._client

    async def start(self) -> None:
        await self._start_process()
        try:
            client = self._start_client()
            try:
                await asyncio.wait_for(client.connected.wait(), 10)
            except TimeoutError:
                raise BrokerError(f"jetemu could not connect to mosquitto of {self.device}") from None
            await self.front.start()
        except BaseException:
            await self.stop()
            raise

    async def _handoff(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes, info: ConnectInfo
    ) -> None:
        try:
            up_reader, up_writer = await asyncio.open_unix_connection(self.socket_path)
        except OSError as exc:
            log.warning("%s broker: mosquitto is not reachable: %s", self.device, exc)
            return
        up_writer.write(raw)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while True:
                    data = await src.read(65536)
                    if not data:
                        break
                    dst.write(data)
                    await dst.drain()

        tasks = [asyncio.ensure_future(pump(reader, up_writer)), asyncio.ensure_future(pump(up_reader, writer))]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            with contextlib.suppress(Exception):
                up_writer.close()

    async def publish(self, topic: str, payload: bytes) -> None:
        # paho keeps QoS 1 messages while the broker is away and sends them after reconnecting.
        if self._client is None:
            raise BrokerError(f"{self.device}: the mosquitto broker is not started")
        self._client.client.publish(topic, payload, qos=1)
        self.published += 1

    async def restart(self, down_seconds: float = 0.5) -> None:
        await self.front.close()
        await self._stop_process()
        await asyncio.sleep(down_seconds)
        await self._start_process()
        await self.front.start()

    async def stop(self) -> None:
        await self.front.close()
        client, self._client = self._client, None
        if client is not None:
            # let queued events reach mosquitto before it goes away
            deadline = time.monotonic() + 2
            while client.client.want_write() and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            client.stop()
        await self._stop_process()
        if self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)


def make_broker(device: str, host: str, port: int, settings: BrokerSettings) -> DeviceBroker:
    if settings.kind == "embedded":
        return EmbeddedBroker(device, host, port, settings)
    if settings.kind == "mosquitto":
        return MosquittoBroker(device, host, port, settings)
    raise ValueError(f"unknown broker kind {settings.kind!r} (choose from {', '.join(BROKER_KINDS)})")
