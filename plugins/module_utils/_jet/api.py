# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Task-side client of the persistent ``jetkit.junos.jet`` connection (PRIVATE to the collection).

Both the action plugins (in the controller's worker) and the modules' own ``main()`` (when run
as a module process) talk to the long-lived connection process through this class. Every answer
is JSON text decoded here, so only plain values ever cross the socket.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from ansible.module_utils.connection import Connection, ConnectionError

from .errors import JetError, status_for_code


class RpcEndpoint(Protocol):
    def __rpc__(self, name: str, *args: Any, **kwargs: Any) -> Any: ...


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
        return cls(Connection(socket_path), policy, restart)

    def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        try:
            raw = self.endpoint.__rpc__(method, policy=self.policy, **kwargs)
        except ConnectionError as exc:
            code = getattr(exc, "code", None)
            if code is None and self._restart is not None and "Unable to connect to socket" in str(exc):
                # The persistent process is gone but left its socket: start it again, once.
                restart, self._restart = self._restart, None
                self.endpoint = Connection(restart())
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
