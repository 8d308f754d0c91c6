# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A task's side of the gateway's unix socket: one session, typed calls (PRIVATE).

The action plugins (in the controller's worker) and the module files' ``main()`` (module
processes, when something bypasses the action plugins) reach the per-run gateway through this
class. It knows the gateway's socket path and the key of its session; when it also holds the
session's settings it opens the session in a gateway that does not know it yet (the first task of
a host, or after a restart), and when it holds a ``start`` function it starts a gateway that does
not answer. It never repeats a call the gateway may have received: when the gateway goes away in
the middle of a call, the call fails and says so.
"""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Callable
from typing import Any

from .errors import BAD_REQUEST, GATEWAY_FAILURE, JetError
from .wire import CallPolicy, SessionSettings, pack, receive

NO_SESSION = "NO_SESSION"
#: seconds a call may take beyond its own budget before the client stops waiting for the gateway
MARGIN = 10.0


class GatewayClient:
    """Calls of one session through the gateway; failures raise :class:`JetError`."""

    def __init__(
        self,
        socket_path: str,
        session: str,
        settings: SessionSettings | None = None,
        start: Callable[[], str] | None = None,
    ) -> None:
        self.socket_path = socket_path
        self.session = session
        self.settings = settings
        self._start = start
        self._sock: socket.socket | None = None
        #: what the gateway reported while serving this client's calls (Login, retries, reconnects)
        self.messages: list[str] = []
        #: (what, seconds, status) of every call made, for the task's log
        self.calls: list[tuple[str, float, str]] = []

    @classmethod
    def from_address(cls, address: str) -> GatewayClient:
        """The client of a module process, from ``_ansible_socket`` (``<socket path>#<session key>``)."""
        path, sep, key = address.rpartition("#")
        if not sep or not path or not key:
            raise JetError(f"{address!r} is not the address of a jetkit.junos gateway session", BAD_REQUEST)
        return cls(path, key)

    # -- socket ----------------------------------------------------------------------------------
    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def _connected(self) -> socket.socket:
        sock = self._sock
        if sock is not None and not _closed_by_peer(sock):
            return sock
        self.close()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(self.socket_path)
        except OSError as exc:
            sock.close()
            if self._start is None:
                raise JetError(
                    f"cannot reach the jetkit.junos gateway at {self.socket_path}: {exc}", GATEWAY_FAILURE
                ) from None
            # Nobody answers: the gateway was never started, or it died. Start it, once.
            start, self._start = self._start, None
            self.socket_path = start()
            return self._connected()
        self._sock = sock
        return sock

    def _exchange(
        self, header: dict[str, Any], payloads: list[bytes], wait: float
    ) -> tuple[dict[str, Any], list[bytes]]:
        sock = self._connected()
        sock.settimeout(wait)
        try:
            sock.sendall(pack(header, payloads))
            answer = receive(sock)
        except TimeoutError:
            self.close()
            raise JetError(
                f"the jetkit.junos gateway did not answer within {wait:g}s; the call was not repeated",
                "DEADLINE_EXCEEDED",
            ) from None
        except (OSError, ValueError) as exc:
            self.close()
            raise JetError(
                f"the jetkit.junos gateway went away during the call ({exc}); the call was not repeated",
                GATEWAY_FAILURE,
            ) from None
        if answer is None:
            self.close()
            raise JetError(
                "the jetkit.junos gateway closed the connection during the call; the call was not repeated",
                GATEWAY_FAILURE,
            )
        reply, data = answer
        self.messages.extend(str(line) for line in reply.get("log") or ())
        return reply, data

    def _request(
        self, header: dict[str, Any], payloads: list[bytes], wait: float
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Send a request; open the session first when the gateway does not know it."""
        reply, data = self._exchange(header, payloads, wait)
        if not reply.get("ok") and reply.get("status") == NO_SESSION and self.settings is not None:
            # The gateway answered without doing anything: open the session and ask again.
            opened, _none = self._exchange(
                {"op": "open", "session": self.session, "settings": self.settings.to_dict()}, [], wait
            )
            if not opened.get("ok"):
                raise JetError(str(opened.get("message")), str(opened.get("status") or GATEWAY_FAILURE))
            reply, data = self._exchange(header, payloads, wait)
        if not reply.get("ok"):
            raise JetError(str(reply.get("message")), str(reply.get("status") or GATEWAY_FAILURE))
        return reply, data

    # -- the endpoint of JetApi ------------------------------------------------------------------
    def call(
        self,
        kind: str,
        path: str,
        payloads: list[bytes],
        policy: CallPolicy,
        window: int = 1,
        stop_on_failure: bool = False,
    ) -> list[bytes]:
        """One typed call: ``unary`` or ``stream`` (one request), or ``batch`` (requests pipelined)."""
        header = {
            "op": "call",
            "kind": kind,
            "session": self.session,
            "method": path,
            "policy": policy.to_dict(),
            "window": window,
            "stop_on_failure": stop_on_failure,
        }
        started = time.monotonic()
        status = "OK"
        try:
            _reply, data = self._request(header, payloads, policy.budget(max(len(payloads), 1)) + MARGIN)
        except JetError as exc:
            status = exc.status
            raise
        finally:
            self.calls.append((path.rsplit(".", 1)[-1], time.monotonic() - started, status))
        return data

    def info(self, policy: CallPolicy, connect: bool = False) -> dict[str, Any]:
        """The session as the gateway sees it: target, TLS, Login count, reconnects."""
        header = {"op": "info", "session": self.session, "connect": connect, "policy": policy.to_dict()}
        reply, _data = self._request(header, [], policy.budget() + MARGIN)
        return dict(reply.get("info") or {})

    def forget(self) -> None:
        """Close the session in the gateway (``meta: reset_connection``); the next call logs in again."""
        self._request({"op": "forget", "session": self.session}, [], MARGIN)


def _closed_by_peer(sock: socket.socket) -> bool:
    """Whether the gateway closed this idle connection (it ended between two calls)."""
    try:
        readable, _w, _x = select.select([sock], [], [], 0)
        return bool(readable) and not sock.recv(1, socket.MSG_PEEK)
    except OSError:
        return True
