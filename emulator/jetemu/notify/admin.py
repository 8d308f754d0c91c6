"""The emulator's admin endpoint (``jetemu event``): one JSON request per line on a private unix socket.

Only the user running jetemu may use it: the socket lives in a directory of mode 0700 that belongs
to that user (the internal gRPC server's private directory when there is one), the socket itself
is mode 0600, and the server checks the peer's credentials (``SO_PEERCRED``) and refuses any other
user, root included. No TCP port, no token that could leak through a log. The ready file names the
socket (``"admin": {"socket": PATH}``); ``jetemu event`` reads it from there. A reply is
``{"ok": true, "result": {...}}`` or ``{"ok": false, "error": "..."}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import socket
import struct
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("jetemu.notify")

MAX_REQUEST = 64 * 1024
SOCKET_NAME = "admin.sock"

Dispatch = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


def peer_uid(sock: socket.socket | None) -> int | None:
    """The user id of the process at the other end of a unix socket (None when unknown)."""
    if sock is None or not hasattr(socket, "SO_PEERCRED"):
        return None
    try:
        data = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", data)
    return int(uid)


class AdminError(Exception):
    """A request that cannot be carried out (the message goes back to the caller)."""


class AdminServer:
    def __init__(self, dispatch: Dispatch, directory: str | None = None) -> None:
        """``directory``: an existing private (0700) directory of ours; None makes one."""
        self.dispatch = dispatch
        self._own_directory = directory is None
        self.directory = directory or tempfile.mkdtemp(prefix="jetemu-admin-")  # mode 0700
        self.path = os.path.join(self.directory, SOCKET_NAME)
        self.uid = os.geteuid()
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        # The socket is created 0600 (umask), so no moment exists where others could connect.
        old_umask = os.umask(0o177)
        try:
            self._server = await asyncio.start_unix_server(self._handle, self.path, limit=MAX_REQUEST)
        finally:
            os.umask(old_umask)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None
        if self._own_directory:
            shutil.rmtree(self.directory, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)

    def describe(self) -> dict[str, Any]:
        return {"socket": self.path}

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            uid = peer_uid(writer.get_extra_info("socket"))
            if uid != self.uid:
                log.warning("admin endpoint: refused a connection from uid %s (jetemu runs as %d)", uid, self.uid)
                reply: dict[str, Any] = {
                    "ok": False,
                    "error": f"the admin endpoint serves only the user running jetemu (uid {self.uid})",
                }
            else:
                reply = await self._answer(await reader.readline())
            writer.write(json.dumps(reply).encode() + b"\n")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError:
            return {"ok": False, "error": "request is not one line of JSON"}
        if not isinstance(request, dict):
            return {"ok": False, "error": "request must be a JSON object"}
        try:
            return {"ok": True, "result": await self.dispatch(request)}
        except AdminError as exc:
            return {"ok": False, "error": str(exc)}
        except Exception as exc:
            log.exception("admin request %r failed", request.get("op"))
            return {"ok": False, "error": f"internal error: {exc.__class__.__name__}: {exc}"}


def _connect(path: str, timeout: float) -> socket.socket:
    """A socket connected to ``path``, with ``timeout`` on its calls.

    With a timeout, connecting a unix socket does not wait while the server's listen backlog is
    full: it fails at once with EAGAIN (many clients at the same moment, such as a restart of every
    broker of a fleet in parallel). So that is tried again until the timeout has passed.
    """
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            sock.connect(path)
            return sock
        except BlockingIOError:
            sock.close()
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
        except BaseException:
            sock.close()
            raise


def admin_request(admin: dict[str, Any], request: dict[str, Any], timeout: float = 120.0) -> dict[str, Any]:
    """Send one request to a running emulator (``admin`` = the ready file's ``admin`` entry).

    Returns the result; raises :class:`AdminError` with the emulator's message on failure.
    """
    path = admin.get("socket")
    if not isinstance(path, str) or not path:
        raise AdminError("the ready file names no admin socket (an emulator from before 'admin.socket'?)")
    payload = json.dumps(request).encode() + b"\n"
    try:
        with _connect(path, timeout) as sock:
            sock.sendall(payload)
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError as exc:
        raise AdminError(f"cannot reach the emulator's admin socket {path}: {exc}") from exc
    try:
        reply = json.loads(data)
    except ValueError as exc:
        raise AdminError("the emulator closed the connection without an answer") from exc
    if not reply.get("ok"):
        raise AdminError(str(reply.get("error", "unknown error")))
    return dict(reply.get("result") or {})
