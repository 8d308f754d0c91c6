# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Typed JET calls for module logic (PRIVATE to the collection).

Module logic talks to the device only through :class:`JetApi`: it builds request messages with
the generated stubs, names the RPC (service and method), and gets reply messages back, decoded
with the generated stubs. The calls go through an endpoint (:class:`.client.GatewayClient`: the
per-run gateway that owns the host's gRPC channel and JET session), with the task's call policy
(deadline, session retries) attached to every call. The management helpers (op commands, XML RPCs,
the ephemeral database) are typed calls like any other, with the device's verdict checked here.
"""

from __future__ import annotations

from typing import Any, Protocol

from . import services
from .errors import BAD_REQUEST, DEVICE_FAILURE, JetError
from .services import MANAGEMENT
from .wire import CallPolicy

try:
    from .proto import jnx_management_service_pb2 as mgmt_pb2
except ImportError:  # pragma: no cover - services.method() names the missing package
    mgmt_pb2 = None  # type: ignore[assignment]

# enum values of the management service's messages, by the names tasks use
OUT_FORMATS: dict[str, Any] = {"json": 0, "xml": 1, "text": 2}
LOAD_TYPES: dict[str, Any] = {"merge": 0, "replace": 1, "override": 2, "update": 3, "set": 4}
CONFIG_FIELDS = {"xml": "xml_config", "json": "json_config", "text": "text_config", "set": "text_config"}
EPHEMERAL_ENCODINGS: dict[str, Any] = {"json": 0, "xml": 1}
#: requests of one batch the gateway keeps in flight on the channel
PIPELINE_WINDOW = 3


class Endpoint(Protocol):
    def call(
        self,
        kind: str,
        path: str,
        payloads: list[bytes],
        policy: CallPolicy,
        window: int = 1,
        stop_on_failure: bool = False,
    ) -> list[bytes]:
        """Serialized replies of one typed call (``unary``, ``stream`` or ``batch``)."""

    def info(self, policy: CallPolicy, connect: bool = False) -> dict[str, Any]:
        """The session as the gateway sees it."""


class JetApi:
    """Typed calls to the device; failures raise :class:`JetError`."""

    def __init__(self, endpoint: Endpoint, policy: CallPolicy | dict[str, Any] | None = None) -> None:
        self.endpoint = endpoint
        try:
            self.policy = policy if isinstance(policy, CallPolicy) else CallPolicy.from_dict(policy)
        except (TypeError, ValueError) as exc:
            raise JetError(f"bad call settings: {exc}", BAD_REQUEST) from None

    def with_deadline(self, seconds: float, *, shorter: bool = False, retries: int | None = None) -> JetApi:
        """The same session whose calls get ``seconds`` (at least; at most with ``shorter``)."""
        current = self.policy.timeout
        timeout = min(current, seconds) if shorter else max(current, seconds)
        changes: dict[str, Any] = {"timeout": timeout}
        if retries is not None:
            changes["session_retries"] = retries
        return JetApi(self.endpoint, {**self.policy.to_dict(), **changes})

    def _method(self, service: str, name: str, request: Any, streaming: bool) -> services.Method:
        try:
            method = services.method(service, name)
        except ValueError as exc:
            raise JetError(str(exc), BAD_REQUEST) from None
        if method.server_streaming != streaming:
            kind = "a server stream" if method.server_streaming else "unary"
            raise JetError(f"{method.short} is {kind}", BAD_REQUEST)
        if not isinstance(request, method.request_cls):
            raise JetError(
                f"{method.short} takes a {method.request_cls.DESCRIPTOR.full_name}, not a {type(request).__name__}",
                BAD_REQUEST,
            )
        return method

    # -- typed calls -----------------------------------------------------------------------------
    def unary(self, service: str, name: str, request: Any) -> Any:
        method = self._method(service, name, request, streaming=False)
        (reply,) = self.endpoint.call("unary", method.path, [request.SerializeToString()], self.policy)
        return method.reply_cls.FromString(reply)

    def stream(self, service: str, name: str, request: Any) -> list[Any]:
        """A server-streaming call read to its end."""
        method = self._method(service, name, request, streaming=True)
        replies = self.endpoint.call("stream", method.path, [request.SerializeToString()], self.policy)
        return [method.reply_cls.FromString(item) for item in replies]

    def batch(self, service: str, name: str, requests: list[Any], stop_on_failure: bool = True) -> list[Any]:
        """Unary calls of one RPC, pipelined by the gateway on the channel.

        With ``stop_on_failure`` nothing is sent after a reply whose ``status`` is not SUCCESS; the
        replies of the requests already in flight are still returned, in order, so the caller knows
        exactly what the device applied (possibly fewer replies than requests). A gRPC failure after
        some requests were answered is not retried: it fails the call, naming how far it got.
        """
        if not requests:
            return []
        method = self._method(service, name, requests[0], streaming=False)
        for request in requests:
            if not isinstance(request, method.request_cls):
                self._method(service, name, request, streaming=False)  # raises, naming the type
        replies = self.endpoint.call(
            "batch",
            method.path,
            [request.SerializeToString() for request in requests],
            self.policy,
            window=PIPELINE_WINDOW,
            stop_on_failure=stop_on_failure,
        )
        return [method.reply_cls.FromString(item) for item in replies]

    def info(self, connect: bool = False) -> dict[str, Any]:
        """What the session is and how it went: target, TLS, user, client id, Logins, reconnects."""
        return self.endpoint.info(self.policy, connect)

    # -- management service ----------------------------------------------------------------------
    def op_command(self, command: str, fmt: str = "text", kind: str = "cli") -> str:
        """``OpCommandGet``: a CLI command (``kind="cli"``) or a Junos XML RPC (``kind="xml"``)."""
        if fmt not in OUT_FORMATS:
            raise JetError(f"unknown output format {fmt!r}; expected one of {sorted(OUT_FORMATS)}", BAD_REQUEST)
        if kind == "cli":
            request = mgmt_pb2.OpCommandGetRequest(cli_command=command, out_format=OUT_FORMATS[fmt])
        elif kind == "xml":
            request = mgmt_pb2.OpCommandGetRequest(xml_command=command, out_format=OUT_FORMATS[fmt])
        else:
            raise JetError(f"unknown command kind {kind!r}; expected cli or xml", BAD_REQUEST)
        pieces = []
        for reply in self.stream(MANAGEMENT, "OpCommandGet", request):
            if services.failed(reply):
                raise JetError(
                    reply.status.message or "the device reported a failure without a message", DEVICE_FAILURE
                )
            pieces.append(reply.data)
        return "".join(pieces)

    def rpc(self, xml_command: str, fmt: str = "xml") -> str:
        return self.op_command(xml_command, fmt, kind="xml")

    def config_set(self, config: str, fmt: str, load_type: str = "merge", comment: str | None = None) -> str:
        """``ConfigSet``: load and commit in one call; the device's status message."""
        if load_type not in LOAD_TYPES:
            raise JetError(f"unknown load type {load_type!r}; expected one of {sorted(LOAD_TYPES)}", BAD_REQUEST)
        if fmt not in CONFIG_FIELDS:
            expected = sorted(CONFIG_FIELDS)
            raise JetError(f"unknown configuration format {fmt!r}; expected one of {expected}", BAD_REQUEST)
        request = mgmt_pb2.ConfigSetRequest(
            load_type=LOAD_TYPES[load_type],
            commit=mgmt_pb2.ConfigCommit(type=mgmt_pb2.CONFIG_COMMIT, comment=comment or ""),
            **{CONFIG_FIELDS[fmt]: config},
        )
        reply = self.unary(MANAGEMENT, "ConfigSet", request)
        if services.failed(reply):
            raise JetError(reply.status.message, DEVICE_FAILURE)
        return str(reply.status.message)

    def ephemeral_get(self, paths: list[str], encoding: str = "json", instance: str = "") -> list[dict[str, Any]]:
        if encoding not in EPHEMERAL_ENCODINGS:
            raise JetError(f"unknown encoding {encoding!r}; expected json or xml", BAD_REQUEST)
        request = mgmt_pb2.EphemeralConfigGetRequest(
            encoding=EPHEMERAL_ENCODINGS[encoding],
            config_requests=[mgmt_pb2.ConfigPathRequest(id=str(i), path=p) for i, p in enumerate(paths)],
            instance_name=instance,
        )
        reply = self.unary(MANAGEMENT, "EphemeralConfigGet", request)
        if services.failed(reply):
            raise JetError(reply.status.message, DEVICE_FAILURE)
        out = []
        for item in reply.config_responses:
            if services.failed(item):
                raise JetError(item.status.message or f"reading {item.path!r} failed", DEVICE_FAILURE)
            out.append({"id": item.id, "path": item.path, "value": item.value})
        return out

    def ephemeral_set(
        self, config: str, encoding: str, instance: str = "", validate: bool = True, load_only: bool = False
    ) -> str:
        if encoding not in EPHEMERAL_ENCODINGS:
            raise JetError(f"unknown encoding {encoding!r}; expected json or xml", BAD_REQUEST)
        operation = mgmt_pb2.EphemeralConfigSetRequest.ConfigOperation(
            id="1", path="/", **{f"{encoding}_config": config}
        )
        request = mgmt_pb2.EphemeralConfigSetRequest(
            config_operations=[operation], instance_name=instance, validate_config=validate, load_only=load_only
        )
        reply = self.unary(MANAGEMENT, "EphemeralConfigSet", request)
        if services.failed(reply):
            raise JetError(reply.status.message, DEVICE_FAILURE)
        for item in reply.operation_responses:
            if services.failed(item):
                raise JetError(item.status.message, DEVICE_FAILURE)
        return str(reply.status.message)
