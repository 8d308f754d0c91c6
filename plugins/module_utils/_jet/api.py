# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Task-side client of the persistent ``jetkit.junos.jet`` connection (PRIVATE to the collection).

Both the action plugins (in the controller's worker) and the modules' own ``main()`` (when run
as a module process) talk to the long-lived connection process through this class. Every answer
is JSON text decoded here, so only plain values ever cross the socket.
"""

from __future__ import annotations

import json
import os
import pickle
import socket
import struct
import uuid
from collections.abc import Callable
from typing import Any, Protocol

from ansible.module_utils.connection import Connection, ConnectionError

from .errors import JetError, status_for_code


class RpcEndpoint(Protocol):
    def __rpc__(self, name: str, *args: Any, **kwargs: Any) -> Any: ...


_HEADER = struct.Struct("!Q")


class SocketEndpoint:
    """JSON-RPC to the persistent process: ansible-core's wire format, without its encoder.

    Same framing (an 8-byte big-endian length, then the JSON request) and the same error
    behaviour as ``ansible.module_utils.connection.Connection``, which ansible-core's
    ``ConnectionProcess`` serves. That class encodes every request through the controller's
    data-tagging JSON profile (a few milliseconds per task in a worker, most of a task's own
    cost); our requests are plain strings, numbers, lists and dicts, so the standard encoder
    does. Anything it cannot encode (a vaulted value, say) goes through the stock class.
    """

    def __init__(self, socket_path: str) -> None:
        self.socket_path = socket_path

    def __rpc__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        request_id = str(uuid.uuid4())
        request = {"jsonrpc": "2.0", "method": name, "id": request_id, "params": (args, kwargs)}
        try:
            data = json.dumps(request).encode("utf-8", "surrogateescape")
        except (TypeError, ValueError):
            return Connection(self.socket_path).__rpc__(name, *args, **kwargs)
        if not os.path.exists(self.socket_path):
            raise ConnectionError(f"socket path {self.socket_path} does not exist or cannot be found")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            try:
                sock.connect(self.socket_path)
            except OSError as exc:  # nobody listens: the wording JetApi restarts the process on
                raise ConnectionError(f"Unable to connect to socket {self.socket_path!r}: {exc}") from None
            try:
                sock.sendall(_HEADER.pack(len(data)) + data)
                answer = self._receive(sock)
            except OSError as exc:  # the call may have run: report it, never replay it
                answer, lost = None, f": {exc}"
            else:
                lost = ""
        if answer is None:
            raise ConnectionError(
                f"the persistent process behind {self.socket_path!r} closed the connection during the call{lost}"
            )
        try:
            response = json.loads(answer)
        except ValueError:
            raise ConnectionError(f"Unable to decode JSON from response to {name}. Received {answer[:200]!r}") from None
        if not isinstance(response, dict) or response.get("id") != request_id:
            raise ConnectionError("invalid json-rpc id received")
        if "error" in response:
            error = response["error"]
            raise ConnectionError(str(error.get("data") or error["message"]), code=error["code"])
        if "result_type" in response:  # a value the server pickled, as the stock client accepts it
            return pickle.loads(str(response["result"]).encode("utf-8", "surrogateescape"))
        return response["result"]

    @staticmethod
    def _receive(sock: socket.socket) -> str | None:
        def exactly(size: int) -> bytes | None:
            chunks = []
            while size:
                chunk = sock.recv(min(size, 1 << 20))
                if not chunk:
                    return None
                chunks.append(chunk)
                size -= len(chunk)
            return b"".join(chunks)

        header = exactly(_HEADER.size)
        if header is None:
            return None
        body = exactly(_HEADER.unpack(header)[0])
        return None if body is None else body.decode("utf-8", "surrogateescape")


class JetApi:
    """Typed calls to the connection; failures raise :class:`JetError`."""

    def __init__(
        self,
        endpoint: RpcEndpoint,
        policy: dict[str, Any] | None = None,
        restart: Callable[[], str] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.policy = dict(policy or {})
        self.calls = 0
        self._restart = restart

    @classmethod
    def from_socket(
        cls, socket_path: str, policy: dict[str, Any] | None = None, restart: Callable[[], str] | None = None
    ) -> JetApi:
        return cls(SocketEndpoint(socket_path), policy, restart)

    def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        try:
            raw = self.endpoint.__rpc__(method, policy=self.policy, **kwargs)
        except ConnectionError as exc:
            code = getattr(exc, "code", None)
            if code is None and self._restart is not None and "Unable to connect to socket" in str(exc):
                # The persistent process is gone but left its socket: start it again, once.
                restart, self._restart = self._restart, None
                self.endpoint = SocketEndpoint(restart())
                return self._call(method, **kwargs)
            raise JetError(str(exc), status_for_code(code), code) from None
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8")
        if not isinstance(raw, str):
            raise JetError(f"unexpected answer type {type(raw).__name__} from {method}", "INTERNAL_ERROR")
        result = json.loads(raw)
        if not isinstance(result, dict):
            raise JetError(f"unexpected answer from {method}: {raw[:200]}", "INTERNAL_ERROR")
        return result

    def with_deadline(self, seconds: float, *, shorter: bool = False, retries: int | None = None) -> JetApi:
        """The same connection whose calls get ``seconds`` (at least; at most with ``shorter``)."""
        current = float(self.policy.get("timeout") or 0)
        policy = {**self.policy, "timeout": seconds if shorter or not current else max(current, seconds)}
        if retries is not None:
            policy["session_retries"] = retries
        return JetApi(self.endpoint, policy)

    def op_command(self, command: str, fmt: str = "text", kind: str = "cli") -> str:
        return str(self._call("jet_op_command", command=command, format=fmt, kind=kind)["output"])

    def rpc(self, xml_command: str, fmt: str = "xml") -> str:
        return self.op_command(xml_command, fmt, kind="xml")

    def config_set(self, config: str, fmt: str, load_type: str = "merge", comment: str | None = None) -> str:
        result = self._call("jet_config_set", config=config, format=fmt, load_type=load_type, comment=comment)
        return str(result["message"])

    def ephemeral_get(self, paths: list[str], encoding: str = "json", instance: str = "") -> list[dict[str, Any]]:
        result = self._call("jet_ephemeral_get", paths=paths, encoding=encoding, instance=instance)
        return list(result["responses"])

    def ephemeral_set(
        self, config: str, encoding: str, instance: str = "", validate: bool = True, load_only: bool = False
    ) -> str:
        result = self._call(
            "jet_ephemeral_set",
            config=config,
            encoding=encoding,
            instance=instance,
            validate=validate,
            load_only=load_only,
        )
        return str(result["message"])

    def info(self, connect: bool = False) -> dict[str, Any]:
        return self._call("jet_info", connect=connect)
