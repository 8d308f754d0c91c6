"""The emulator's admin endpoint: one JSON request per line on a loopback TCP port.

Its address and a random token are in the ready file (``"admin": {"host", "port", "token"}``);
``jetemu event`` reads them from there. Every request carries the token; a reply is
``{"ok": true, "result": {...}}`` or ``{"ok": false, "error": "..."}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import socket
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("jetemu.notify")

MAX_REQUEST = 64 * 1024

Dispatch = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


class AdminError(Exception):
    """A request that cannot be carried out (the message goes back to the caller)."""


class AdminServer:
    def __init__(self, dispatch: Dispatch, host: str = "127.0.0.1", port: int = 0) -> None:
        self.dispatch = dispatch
        self.host = host
        self.port = port
        self.token = secrets.token_hex(16)
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_REQUEST)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None

    def describe(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "token": self.token}

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await reader.readline()
            reply = await self._answer(line)
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
        token = request.get("token")
        if not isinstance(token, str) or not hmac.compare_digest(token, self.token):
            return {"ok": False, "error": "bad or missing admin token (read it from the ready file)"}
        try:
            return {"ok": True, "result": await self.dispatch(request)}
        except AdminError as exc:
            return {"ok": False, "error": str(exc)}
        except Exception as exc:
            log.exception("admin request %r failed", request.get("op"))
            return {"ok": False, "error": f"internal error: {exc.__class__.__name__}: {exc}"}


def admin_request(admin: dict[str, Any], request: dict[str, Any], timeout: float = 120.0) -> dict[str, Any]:
    """Send one request to a running emulator (``admin`` = the ready file's ``admin`` entry).

    Returns the result; raises :class:`AdminError` with the emulator's message on failure.
    """
    payload = json.dumps({**request, "token": admin["token"]}).encode() + b"\n"
    try:
        with socket.create_connection((admin["host"], int(admin["port"])), timeout=timeout) as sock:
            sock.sendall(payload)
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError as exc:
        raise AdminError(f"cannot reach the emulator at {admin['host']}:{admin['port']}: {exc}") from exc
    try:
        reply = json.loads(data)
    except ValueError as exc:
        raise AdminError("the emulator closed the connection without an answer") from exc
    if not reply.get("ok"):
        raise AdminError(str(reply.get("error", "unknown error")))
    return dict(reply.get("result") or {})
