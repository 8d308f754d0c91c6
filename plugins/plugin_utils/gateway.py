# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The JET gateway: one process per playbook run owns every host's gRPC channel and JET session.

Controller side only (PRIVATE to the collection). The first task that needs a device starts the
gateway (:func:`start`, from its Ansible worker); every task then reaches it over a private unix
socket (``0600`` in a ``0700`` directory named after the playbook process) with the frames of
``module_utils/_jet/wire.py``. Per host it keeps one channel and one ``Login`` for the whole run
(gRPC's asyncio API: one event loop serves every channel), and it serves typed calls of the
generated stubs: unary, server stream (read to its end), and batches of unary calls pipelined on
the channel. It ends as soon as the playbook process ends, closing every channel, which is how a
JET session is given back to jsd (JET has no Logout). A task that finds it gone starts another.

Behaviour of every call (what the per-host persistent processes did before):

* the channel and the Login are made on the first call of a session and kept for the run;
* ``RESOURCE_EXHAUSTED`` (jsd has no free session) is retried with exponential backoff,
  ``session_retries`` times at most, on Login and on any call;
* when the channel breaks (jsd restarted: ``UNAVAILABLE``, or a new jsd that does not know the
  session: ``UNAUTHENTICATED``) the channel is rebuilt, Login is made again and the call is
  retried once;
* every RPC, commit included, gets the deadline the task asked for;
* failures name the gRPC status and carry its details or the device's message word for word;
  a session's password never appears in a message, a log line or the gateway's arguments.

Nothing here uses ansible-core beyond its configuration constants: the process is forked from the
worker (so it starts in milliseconds, with gRPC already imported by the playbook process) and
lives on in its own session.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import gc
import json
import os
import signal
import socket
import stat
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from ansible_collections.jetkit.junos.plugins.module_utils._jet import services
from ansible_collections.jetkit.junos.plugins.module_utils._jet.client import NO_SESSION
from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import (
    BAD_REQUEST,
    CONNECT_FAILED,
    GATEWAY_FAILURE,
    LOCAL_FAILURE,
    LOGIN_REFUSED,
    redact,
)
from ansible_collections.jetkit.junos.plugins.module_utils._jet.wire import (
    CallPolicy,
    SessionSettings,
    frame_size,
    pack,
    unpack,
)

SOCKET_NAME = "gateway.sock"
LOCK_NAME = "start.lock"
PID_NAME = "gateway.pid"
MAX_MESSAGE = 64 * 1024 * 1024
#: most requests of one batch in flight on a channel, whatever a task asks
MAX_WINDOW = 16
#: unix socket paths are limited to about 108 bytes
_MAX_SOCKET_PATH = 100

Log = Callable[[str], None]


def preload() -> None:
    """Prepare, in the playbook process, what every later fork needs.

    gRPC and its asyncio API: importing starts no thread and makes no channel, so forking
    afterwards is safe, and the gateway forked from a worker starts without about 0.15 s of
    imports. The gateway's directory of this playbook run: workers ask for it on every task.
    """
    import grpc
    import grpc.aio  # noqa: F401

    runtime_dir(os.getpid())


class GatewayError(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# == where the gateway of a playbook run lives, and starting it ==================================
_RUNTIME_DIRS: dict[int, str] = {}


def runtime_dir(playbook_pid: int) -> str:
    """The gateway's private directory for the playbook process ``playbook_pid``.

    Under Ansible's persistent connection directory (``ANSIBLE_PERSISTENT_CONTROL_PATH_DIR``, where
    persistent connection sockets live), unless that makes the socket path too long for a unix
    socket; then in the system's temporary directory.
    """
    if playbook_pid not in _RUNTIME_DIRS:
        _RUNTIME_DIRS[playbook_pid] = _runtime_dir(playbook_pid)
    return _RUNTIME_DIRS[playbook_pid]


def _runtime_dir(playbook_pid: int) -> str:
    from ansible import constants as C
    from ansible.utils.path import unfrackpath

    name = f"jetkit-gw-{playbook_pid}"
    base = unfrackpath(C.config.get_config_value("PERSISTENT_CONTROL_PATH_DIR"))
    directory = os.path.join(base, name)
    if len(os.path.join(directory, SOCKET_NAME)) > _MAX_SOCKET_PATH:
        import tempfile

        directory = os.path.join(tempfile.gettempdir(), f"{name}-{os.getuid()}")
    return directory


def socket_path(playbook_pid: int) -> str:
    return os.path.join(runtime_dir(playbook_pid), SOCKET_NAME)


def _private_dir(directory: str) -> None:
    """Create ``directory`` 0700, or check that the existing one is ours and private."""
    os.makedirs(os.path.dirname(directory), mode=0o700, exist_ok=True)
    try:
        os.mkdir(directory, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise GatewayError(
            LOCAL_FAILURE,
            f"{directory} must be a directory of this user that nobody else may use (mode 0700); "
            "remove it and run again",
        )


def _answers(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def start(playbook_pid: int) -> str:
    """Start the gateway of this playbook run unless another worker did; returns its socket path.

    Called by a task that could not reach the gateway: the first task of the run, or the next
    task after the gateway died. Workers of the same run serialize on a lock in the private
    directory; the gateway is forked from this worker and starts its own session (so the
    terminal's signals and the worker's end do not reach it).
    """
    directory = runtime_dir(playbook_pid)
    _private_dir(directory)
    path = os.path.join(directory, SOCKET_NAME)
    lock = os.open(os.path.join(directory, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _answers(path):
            return path  # another worker started it meanwhile
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)  # left by a gateway that died
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the gateway process
            code = 0
            try:
                os.close(read_fd)
                os.close(lock)
                _detach()
                serve(path, playbook_pid, write_fd)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as reader:
            answer = reader.read()
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        os.close(lock)
    try:
        ready = json.loads(answer) if answer else {}
    except ValueError:
        ready = {}
    if not ready.get("ok"):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        reason = ready.get("error") or "it ended at once"
        raise GatewayError(GATEWAY_FAILURE, f"cannot start the jetkit.junos gateway: {reason}")
    return path


def _detach() -> None:  # pragma: no cover - the gateway process
    """Leave the worker: own session, no terminal, default signals, quiet standard streams."""
    os.setsid()
    os.chdir("/")
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGALRM):
        signal.signal(signum, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    # What was inherited stays shared with the playbook process as long as nobody writes to it;
    # the collector must not touch those objects (it would copy every page it visits).
    gc.freeze()


# == one host's session ===========================================================================
class Session:
    """One gRPC channel with one jsd session, re-established when it breaks."""

    def __init__(self, settings: SessionSettings) -> None:
        self.settings = settings
        self.channel: Any = None
        self._connecting = asyncio.Lock()
        self.logins = 0
        self.reconnects = 0
        self.session_retries_used = 0
        self.in_flight = 0
        self.last_used = time.monotonic()

    def _new_channel(self) -> Any:
        import grpc
        import grpc.aio

        s = self.settings
        options: list[tuple[str, Any]] = [
            ("grpc.max_receive_message_length", MAX_MESSAGE),
            ("grpc.max_send_message_length", MAX_MESSAGE),
            # A connection of our own, never a subchannel shared with another session's channel.
            ("grpc.use_local_subchannel_pool", 1),
        ]
        if not s.tls:
            if s.cert_file or s.key_file or s.ca_file:
                raise GatewayError(
                    BAD_REQUEST,
                    "TLS files are set (jet_tls_ca_file/jet_tls_cert_file/jet_tls_key_file) but TLS is off; "
                    "set jet_tls: true",
                )
            return grpc.aio.insecure_channel(s.target, options=options)
        if bool(s.cert_file) != bool(s.key_file):
            raise GatewayError(
                BAD_REQUEST,
                "mutual TLS needs both a client certificate (jet_tls_cert_file) and its key (jet_tls_key_file)",
            )
        root = _read(s.ca_file, "CA certificate")
        chain = _read(s.cert_file, "client certificate")
        key = _read(s.key_file, "client key")
        if s.server_name:
            options.append(("grpc.ssl_target_name_override", s.server_name))
            options.append(("grpc.default_authority", s.server_name))
        credentials = grpc.ssl_channel_credentials(root_certificates=root, private_key=key, certificate_chain=chain)
        return grpc.aio.secure_channel(s.target, credentials, options=options)

    async def connect(self, policy: CallPolicy, log: Log) -> Any:
        """The logged-in channel; opened (Login retried while jsd has no free session) when needed."""
        if self.channel is not None:
            return self.channel
        async with self._connecting:
            if self.channel is None:
                await self._login(policy, log)
            return self.channel

    async def _login(self, policy: CallPolicy, log: Log) -> None:
        import grpc.aio

        s = self.settings
        login = services.method(services.AUTHENTICATION, "Login")
        request = login.request_cls(username=s.user, password=s.password, client_id=s.client_id)
        attempt = 0
        pause = 0.1
        deadline = time.monotonic() + s.connect_timeout
        while True:
            channel = self._new_channel()
            call = channel.unary_unary(
                login.path, request_serializer=login.request_cls.SerializeToString,
                response_deserializer=login.reply_cls.FromString,
            )  # fmt: skip
            try:
                remaining = max(deadline - time.monotonic(), 0.2)
                reply = await call(request, timeout=min(remaining, policy.timeout))
            except grpc.aio.AioRpcError as exc:
                await channel.close()
                name, details = exc.code().name, exc.details() or ""
                why = f"jsd has no free session ({details})"
                if name == "RESOURCE_EXHAUSTED" and await self._retry_later(attempt + 1, policy, log, why):
                    attempt += 1
                    deadline = time.monotonic() + s.connect_timeout
                    continue
                tls_failure = "ssl" in details.lower() or "handshake" in details.lower()
                if name == "UNAVAILABLE" and not tls_failure and time.monotonic() + pause < deadline:
                    # jsd not (yet) listening, e.g. restarting: try again until the connect timeout.
                    await asyncio.sleep(pause)
                    pause = min(pause * 2, 1.0)
                    continue
                if name in ("UNAVAILABLE", "DEADLINE_EXCEEDED"):
                    raise GatewayError(
                        CONNECT_FAILED,
                        f"cannot connect to {s.describe()} (connect timeout {s.connect_timeout:g}s): "
                        f"gRPC {name}: {details}",
                    ) from None
                if name == "RESOURCE_EXHAUSTED":
                    raise GatewayError(
                        name,
                        f"Login failed on {s.describe()}: gRPC RESOURCE_EXHAUSTED: {details} "
                        f"(gave up after {attempt} retries)",
                    ) from None
                raise _grpc_error(exc, "Login", s) from None
            if services.failed(reply):
                await channel.close()
                raise GatewayError(
                    LOGIN_REFUSED, f"Login as user '{s.user}' refused by {s.describe()}: {reply.status.message}"
                )
            self.channel = channel
            self.logins += 1
            log(f"logged in to {s.describe()} as '{s.user}', client id '{s.client_id}'")
            return

    async def _retry_later(self, attempt: int, policy: CallPolicy, log: Log, why: str) -> bool:
        """After RESOURCE_EXHAUSTED: whether retry number ``attempt`` may be made, having waited
        its backoff (the policy's delay, doubling, capped)."""
        if attempt > policy.session_retries:
            return False
        self.session_retries_used += 1
        wait = policy.delay(attempt)
        log(f"{why}; retry {attempt} in {wait:.1f}s")
        await asyncio.sleep(wait)
        return True

    async def _drop(self, channel: Any) -> None:
        """Forget ``channel`` if it is still the session's (another call may have rebuilt it)."""
        if self.channel is channel:
            self.channel = None
        with contextlib.suppress(Exception):
            await channel.close()

    async def close(self) -> None:
        if self.channel is not None:
            await self._drop(self.channel)

    async def call(self, what: str, policy: CallPolicy, invoke: Callable[[Any], Awaitable[Any]], log: Log) -> Any:
        """``invoke(channel)`` with session retries and one reconnect; failures as GatewayError."""
        import grpc.aio

        attempt = 0
        rebuilt = False
        self.in_flight += 1
        try:
            while True:
                channel = await self.connect(policy, log)
                try:
                    return await invoke(channel)
                except grpc.aio.AioRpcError as exc:
                    name = exc.code().name
                    if name == "RESOURCE_EXHAUSTED" and await self._retry_later(
                        attempt + 1, policy, log, f"{what}: jsd busy ({exc.details()})"
                    ):
                        attempt += 1
                        continue
                    if name in ("UNAVAILABLE", "UNAUTHENTICATED") and not rebuilt:
                        # jsd restarted or dropped our connection: new channel, new Login, once.
                        log(f"{what}: channel lost ({name}: {exc.details()}); reconnecting")
                        await self._drop(channel)
                        self.reconnects += 1
                        rebuilt = True
                        continue
                    raise _grpc_error(exc, what, self.settings) from None
        finally:
            self.in_flight -= 1
            self.last_used = time.monotonic()

    # -- the three kinds of call -----------------------------------------------------------------
    async def unary(self, method: services.Method, request: bytes, policy: CallPolicy, log: Log) -> list[bytes]:
        async def invoke(channel: Any) -> bytes:
            return bytes(await channel.unary_unary(method.path)(request, timeout=policy.timeout))

        return [await self.call(method.short, policy, invoke, log)]

    async def stream(self, method: services.Method, request: bytes, policy: CallPolicy, log: Log) -> list[bytes]:
        async def invoke(channel: Any) -> list[bytes]:
            return [bytes(item) async for item in channel.unary_stream(method.path)(request, timeout=policy.timeout)]

        return list(await self.call(method.short, policy, invoke, log))

    async def batch(
        self,
        method: services.Method,
        requests: list[bytes],
        policy: CallPolicy,
        window: int,
        stop_on_failure: bool,
        log: Log,
    ) -> list[bytes]:
        """Unary calls of one RPC, up to ``window`` in flight; see ``JetApi.batch``."""
        import grpc.aio

        if not requests:
            return []
        total = len(requests)

        def refused(reply: bytes) -> bool:
            return stop_on_failure and services.failed(method.reply_cls.FromString(reply))

        # The first request takes the ordinary path: connect, Login, session retries, reconnect.
        replies = await self.unary(method, requests[0], policy, log)
        stopped = refused(replies[0])
        channel = self.channel
        call = channel.unary_unary(method.path)
        pending: deque[asyncio.Future[Any]] = deque()
        sent = 1
        self.in_flight += 1
        try:
            while pending or (sent < total and not stopped):
                while not stopped and sent < total and len(pending) < window:
                    pending.append(asyncio.ensure_future(call(requests[sent], timeout=policy.timeout)))
                    sent += 1
                reply = bytes(await pending.popleft())
                replies.append(reply)
                if not stopped and refused(reply):
                    stopped = True
        except grpc.aio.AioRpcError as exc:
            for future in pending:
                future.cancel()
            error = _grpc_error(exc, f"{method.short} request {len(replies) + 1} of {total}", self.settings)
            raise GatewayError(
                error.status, f"{error.message} ({len(replies)} earlier request(s) were answered and applied)"
            ) from None
        finally:
            self.in_flight -= 1
            self.last_used = time.monotonic()
        return replies

    def info(self) -> dict[str, Any]:
        s = self.settings
        return {
            "target": s.target,
            "tls": s.tls,
            "mutual_tls": bool(s.tls and s.cert_file),
            "user": s.user,
            "client_id": s.client_id,
            "connected": self.channel is not None,
            "logins": self.logins,
            "reconnects": self.reconnects,
            "session_retries_used": self.session_retries_used,
        }


def _grpc_error(exc: Any, what: str, settings: SessionSettings) -> GatewayError:
    name = exc.code().name
    message = f"{what} failed on {settings.describe()}: gRPC {name}: {exc.details()}"
    return GatewayError(name, message)


def _read(path: str | None, what: str) -> bytes | None:
    if not path:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise GatewayError(LOCAL_FAILURE, f"cannot read the {what} file {path}: {exc.strerror}") from None


# == the server ====================================================================================
class Gateway:
    """Serves the typed calls of every session over the unix socket."""

    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}
        self.stopping = asyncio.Event()

    def _secrets(self) -> list[str]:
        return [s.settings.password for s in self.sessions.values()]

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    prefix = await reader.readexactly(4)
                except asyncio.IncompleteReadError:
                    break  # the task closed its connection
                header, payloads = unpack(await reader.readexactly(frame_size(prefix)))
                lines: list[str] = []
                reply, data = await self.dispatch(header, payloads, lines.append)
                reply["log"] = [redact(line, self._secrets()) for line in lines]
                writer.write(pack(reply, data))
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass  # a task that died mid-request; nothing to answer
        finally:
            writer.close()

    async def dispatch(
        self, header: dict[str, Any], payloads: list[bytes], log: Log
    ) -> tuple[dict[str, Any], list[bytes]]:
        try:
            op = header.get("op")
            if op == "open":
                settings = SessionSettings.from_dict(dict(header["settings"]))
                key = str(header["session"])
                if key not in self.sessions:
                    self.sessions[key] = Session(settings)
                return {"ok": True}, []
            session = self.sessions.get(str(header.get("session")))
            if session is None:
                return {"ok": False, "status": NO_SESSION, "message": "the gateway has no such session"}, []
            if op == "call":
                return {"ok": True}, await self._call(session, header, payloads, log)
            if op == "info":
                if header.get("connect"):
                    await session.connect(CallPolicy.from_dict(header.get("policy")), log)
                return {"ok": True, "info": session.info()}, []
            if op == "forget":
                self.sessions.pop(str(header.get("session")), None)
                await session.close()
                return {"ok": True}, []
            raise GatewayError(BAD_REQUEST, f"unknown request {op!r}")
        except GatewayError as exc:
            return {"ok": False, "status": exc.status, "message": redact(exc.message, self._secrets())}, []
        except (KeyError, TypeError, ValueError) as exc:
            message = redact(f"bad request to the gateway: {exc}", self._secrets())
            return {"ok": False, "status": BAD_REQUEST, "message": message}, []
        except Exception as exc:
            message = redact(
                f"unexpected failure in the jetkit.junos gateway: {type(exc).__name__}: {exc}", self._secrets()
            )
            return {"ok": False, "status": GATEWAY_FAILURE, "message": message}, []

    async def _call(self, session: Session, header: dict[str, Any], payloads: list[bytes], log: Log) -> list[bytes]:
        kind = header.get("kind")
        method = services.by_path(str(header.get("method")))
        policy = CallPolicy.from_dict(header.get("policy"))
        if kind == "stream":
            if not method.server_streaming:
                raise GatewayError(BAD_REQUEST, f"{method.short} is not a server stream")
        elif kind in ("unary", "batch"):
            if method.server_streaming:
                raise GatewayError(BAD_REQUEST, f"{method.short} is a server stream")
        else:
            raise GatewayError(BAD_REQUEST, f"unknown kind of call {kind!r}")
        if kind == "batch":
            window = max(1, min(int(header.get("window") or 1), MAX_WINDOW))
            stop = bool(header.get("stop_on_failure"))
            return await session.batch(method, payloads, policy, window, stop, log)
        if len(payloads) != 1:
            raise GatewayError(BAD_REQUEST, f"a {kind} call takes one request, got {len(payloads)}")
        if kind == "stream":
            return await session.stream(method, payloads[0], policy, log)
        return await session.unary(method, payloads[0], policy, log)

    async def expire_idle(self) -> None:
        """Give back to jsd the sessions unused for longer than their idle timeout."""
        while not self.stopping.is_set():
            await asyncio.sleep(1.0)
            now = time.monotonic()
            for session in list(self.sessions.values()):
                idle = session.settings.idle_timeout
                if idle and session.channel is not None and not session.in_flight and now - session.last_used > idle:
                    await session.close()

    async def shutdown(self) -> None:
        await asyncio.gather(*(session.close() for session in self.sessions.values()), return_exceptions=True)


def _watch_playbook(loop: asyncio.AbstractEventLoop, pid: int, stop: Callable[[], None]) -> None:
    """Call ``stop`` when the playbook process ends (at once through a pidfd, else by polling)."""
    pidfd_open = getattr(os, "pidfd_open", None)
    if pidfd_open is not None:
        try:
            fd = pidfd_open(pid)
        except ProcessLookupError:
            stop()
            return
        except OSError:
            fd = -1
        if fd >= 0:
            loop.add_reader(fd, stop)
            return

    async def poll() -> None:
        while True:
            await asyncio.sleep(0.2)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                stop()
                return
            except PermissionError:
                continue

    loop.create_task(poll())


def serve(path: str, playbook_pid: int, ready_fd: int) -> None:  # pragma: no cover - the gateway process
    """Run the gateway on ``path`` until the playbook process ends; report readiness on ``ready_fd``."""
    asyncio.run(_serve(path, playbook_pid, ready_fd))


async def _serve(path: str, playbook_pid: int, ready_fd: int) -> None:
    loop = asyncio.get_running_loop()
    gateway = Gateway()
    ready: dict[str, Any] = {"ok": True, "pid": os.getpid()}
    server = None
    try:
        services.by_path(services.method(services.AUTHENTICATION, "Login").path)  # the stubs load
        previous = os.umask(0o177)
        try:
            server = await asyncio.start_unix_server(gateway.handle, path)
        finally:
            os.umask(previous)
        os.chmod(path, 0o600)
        with open(os.path.join(os.path.dirname(path), PID_NAME), "w", encoding="ascii") as handle:
            handle.write(f"{os.getpid()}\n")
    except Exception as exc:
        ready = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    os.write(ready_fd, json.dumps(ready).encode("utf-8"))
    os.close(ready_fd)
    if server is None:
        return
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        loop.add_signal_handler(signum, gateway.stopping.set)
    _watch_playbook(loop, playbook_pid, gateway.stopping.set)
    expiry = loop.create_task(gateway.expire_idle())
    try:
        await gateway.stopping.wait()
    finally:
        expiry.cancel()
        server.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        await gateway.shutdown()
        directory = os.path.dirname(path)
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(directory, PID_NAME))
            os.unlink(os.path.join(directory, LOCK_NAME))
            os.rmdir(directory)
