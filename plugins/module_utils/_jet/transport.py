# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The gRPC side of the persistent connection: one channel and one Login to jsd (PRIVATE).

Used only inside the long-lived ``jetkit.junos.jet`` connection process. Every public method
returns plain JSON-able Python values (str, int, bool, list, dict) and raises
``ansible.module_utils.connection.ConnectionError`` with a code from :mod:`.errors` and a message
that carries the gRPC status details or the device's ``RpcStatus`` message word for word.

Behaviour:

* The channel and the Login are made lazily, on the first call, and kept for the whole run.
* ``RESOURCE_EXHAUSTED`` (jsd has no free session) is retried with exponential backoff,
  ``session_retries`` times at most, on Login and on any call.
* When the channel breaks (jsd restarted: ``UNAVAILABLE``, or a new server that does not know
  our session: ``UNAUTHENTICATED``) the channel is rebuilt, Login is made again and the call is
  retried once.
* Every RPC, commit included, gets the per-call deadline the task asked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ansible.module_utils.connection import ConnectionError

from .errors import (
    BAD_REQUEST,
    CONNECT_FAILED,
    DEVICE_FAILURE,
    LOCAL_FAILURE,
    LOGIN_REFUSED,
    code_for_grpc_status,
)

try:
    import grpc
    import grpc.experimental  # not imported by "import grpc"; its ChannelOptions are used below

    from .proto import jnx_authentication_service_pb2 as auth_pb2
    from .proto import jnx_authentication_service_pb2_grpc as auth_grpc
    from .proto import jnx_management_service_pb2 as mgmt_pb2
    from .proto import jnx_management_service_pb2_grpc as mgmt_grpc

    GRPC_IMPORT_ERROR: str | None = None
except ImportError as _exc:  # pragma: no cover - depends on the controller environment
    GRPC_IMPORT_ERROR = str(_exc)

OUT_FORMATS = {"json": 0, "xml": 1, "text": 2}
LOAD_TYPES = {"merge": 0, "replace": 1, "override": 2, "update": 3, "set": 4}
EPHEMERAL_ENCODINGS = {"json": 0, "xml": 1}
MAX_MESSAGE = 64 * 1024 * 1024
SUCCESS = 0


@dataclass
class TransportSettings:
    """Where and how to reach jsd. ``password`` never appears in any message we build."""

    host: str
    port: int = 32767
    user: str = ""
    password: str = ""
    client_id: str = "ansible-jetkit"
    tls: bool = False
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    server_name: str | None = None
    connect_timeout: float = 10.0

    @property
    def target(self) -> str:
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{host}:{self.port}"

    def describe(self) -> str:
        mode = "TLS" if self.tls else "clear-text"
        if self.tls and self.cert_file:
            mode = "mutual TLS"
        return f"jsd at {self.target} ({mode})"


@dataclass
class CallPolicy:
    """Per-call settings the task sends with every request."""

    timeout: float = 30.0
    session_retries: int = 5
    retry_delay: float = 1.0
    retry_max_delay: float = 8.0

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CallPolicy:
        policy = cls()
        for key, value in (data or {}).items():
            if key == "timeout" and value is not None:
                policy.timeout = float(value)
            elif key == "session_retries" and value is not None:
                policy.session_retries = int(value)
            elif key == "retry_delay" and value is not None:
                policy.retry_delay = float(value)
            elif key == "retry_max_delay" and value is not None:
                policy.retry_max_delay = float(value)
        if policy.timeout <= 0:
            raise ConnectionError(f"the call timeout must be positive, got {policy.timeout}", code=BAD_REQUEST)
        if policy.session_retries < 0:
            raise ConnectionError(f"session_retries must be 0 or more, got {policy.session_retries}", code=BAD_REQUEST)
        return policy

    def delay(self, attempt: int) -> float:
        """Backoff before retry number ``attempt`` (1-based): delay, 2*delay, ... capped."""
        return min(self.retry_delay * (2 ** (attempt - 1)), self.retry_max_delay)

    def budget(self) -> float:
        """An upper bound of the wall time of one call with all its retries."""
        waits = sum(self.delay(n) for n in range(1, self.session_retries + 1))
        return self.timeout * (self.session_retries + 2) + waits


def _grpc_error(exc: Any, what: str, settings: TransportSettings) -> ConnectionError:
    code = exc.code() if hasattr(exc, "code") else None
    name = code.name if code is not None else "UNKNOWN"
    details = exc.details() if hasattr(exc, "details") else str(exc)
    message = f"{what} failed on {settings.describe()}: gRPC {name}: {details}"
    return ConnectionError(message, code=code_for_grpc_status(name))


def _read(path: str | None, what: str) -> bytes | None:
    if not path:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ConnectionError(f"cannot read the {what} file {path}: {exc.strerror}", code=LOCAL_FAILURE) from exc


class JetTransport:
    """One gRPC channel with one jsd session, re-established when it breaks."""

    def __init__(
        self,
        settings: TransportSettings,
        log: Callable[[str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._log = log or (lambda message: None)
        self._sleep = sleep
        self._channel: Any = None
        self._mgmt: Any = None
        self.logins = 0
        self.reconnects = 0
        self.session_retries_used = 0
        self.last_login_message = ""

    # -- channel and session -----------------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self._channel is not None

    def _new_channel(self) -> Any:
        if GRPC_IMPORT_ERROR is not None:
            raise ConnectionError(
                "the jetkit.junos.jet connection needs the grpcio and protobuf Python packages on the "
                f"controller (pip install -r requirements.txt of the collection): {GRPC_IMPORT_ERROR}",
                code=LOCAL_FAILURE,
            )
        s = self.settings
        options: list[tuple[str, Any]] = [
            ("grpc.max_receive_message_length", MAX_MESSAGE),
            ("grpc.max_send_message_length", MAX_MESSAGE),
            # A fresh connection of our own, never a subchannel shared with another channel.
            ("grpc.use_local_subchannel_pool", 1),
        ]
        single_threaded = getattr(grpc.experimental, "ChannelOptions", None)
        if single_threaded is not None:
            # Server-streaming calls (OpCommandGet, RouteGet...) are read to the end by the thread
            # that made them; without this grpcio starts a helper thread for every such call.
            options.append((single_threaded.SingleThreadedUnaryStream, 1))
        if not s.tls:
            if s.cert_file or s.key_file or s.ca_file:
                raise ConnectionError(
                    "TLS files are set (jet_tls_ca_file/jet_tls_cert_file/jet_tls_key_file) but TLS is off; "
                    "set jet_tls: true",
                    code=BAD_REQUEST,
                )
            return grpc.insecure_channel(s.target, options=options)
        if bool(s.cert_file) != bool(s.key_file):
            raise ConnectionError(
                "mutual TLS needs both a client certificate (jet_tls_cert_file) and its key (jet_tls_key_file)",
                code=BAD_REQUEST,
            )
        root = _read(s.ca_file, "CA certificate")
        chain = _read(s.cert_file, "client certificate")
        key = _read(s.key_file, "client key")
        if s.server_name:
            options.append(("grpc.ssl_target_name_override", s.server_name))
            options.append(("grpc.default_authority", s.server_name))
        credentials = grpc.ssl_channel_credentials(root_certificates=root, private_key=key, certificate_chain=chain)
        return grpc.secure_channel(s.target, credentials, options=options)

    def close(self) -> None:
        channel, self._channel, self._mgmt = self._channel, None, None
        if channel is not None:
            try:
                channel.close()
            except Exception:  # closing a broken channel must not hide the real error
                pass

    def connect(self, policy: CallPolicy) -> None:
        """Open the channel and log in, retrying while jsd has no free session."""
        if self._channel is not None:
            return
        s = self.settings
        attempt = 0
        pause = 0.1
        deadline = time.monotonic() + s.connect_timeout
        while True:
            channel = self._new_channel()
            auth = auth_grpc.AuthenticationStub(channel)
            request = auth_pb2.LoginRequest(username=s.user, password=s.password, client_id=s.client_id)
            try:
                remaining = max(deadline - time.monotonic(), 0.2)
                reply = auth.Login(request, timeout=min(remaining, policy.timeout))
            except grpc.RpcError as exc:
                channel.close()
                code = exc.code() if hasattr(exc, "code") else None
                name = code.name if code is not None else "UNKNOWN"
                details = exc.details() if hasattr(exc, "details") else str(exc)
                if name == "RESOURCE_EXHAUSTED" and attempt < policy.session_retries:
                    attempt += 1
                    self.session_retries_used += 1
                    wait = policy.delay(attempt)
                    self._log(f"jsd has no free session ({details}); retry {attempt} in {wait:.1f}s")
                    self._sleep(wait)
                    deadline = time.monotonic() + s.connect_timeout
                    continue
                tls_failure = "ssl" in (details or "").lower() or "handshake" in (details or "").lower()
                if name == "UNAVAILABLE" and not tls_failure and time.monotonic() + pause < deadline:
                    # jsd not (yet) listening, e.g. restarting: try again until the connect timeout.
                    self._sleep(pause)
                    pause = min(pause * 2, 1.0)
                    continue
                if name in ("UNAVAILABLE", "DEADLINE_EXCEEDED"):
                    raise ConnectionError(
                        f"cannot connect to {s.describe()} (connect timeout {s.connect_timeout:g}s): "
                        f"gRPC {name}: {details}",
                        code=CONNECT_FAILED,
                    ) from exc
                if name == "RESOURCE_EXHAUSTED":
                    raise ConnectionError(
                        f"Login failed on {s.describe()}: gRPC RESOURCE_EXHAUSTED: {details} "
                        f"(gave up after {attempt} retries)",
                        code=code_for_grpc_status(name),
                    ) from exc
                raise _grpc_error(exc, "Login", s) from exc
            if reply.status.code != SUCCESS:
                channel.close()
                raise ConnectionError(
                    f"Login as user '{s.user}' refused by {s.describe()}: {reply.status.message}",
                    code=LOGIN_REFUSED,
                )
            self._channel = channel
            self._mgmt = mgmt_grpc.ManagementStub(channel)
            self.logins += 1
            self.last_login_message = reply.status.message
            self._log(f"logged in to {s.describe()} as '{s.user}', client id '{s.client_id}'")
            return

    def _call(self, what: str, policy: CallPolicy, invoke: Callable[[Any], Any]) -> Any:
        """Run ``invoke(management_stub)`` with retries; map every failure to ConnectionError."""
        attempt = 0
        rebuilt = False
        while True:
            self.connect(policy)
            try:
                return invoke(self._mgmt)
            except grpc.RpcError as exc:
                code = exc.code() if hasattr(exc, "code") else None
                name = code.name if code is not None else "UNKNOWN"
                if name == "RESOURCE_EXHAUSTED" and attempt < policy.session_retries:
                    attempt += 1
                    self.session_retries_used += 1
                    wait = policy.delay(attempt)
                    self._log(f"{what}: jsd busy ({exc.details()}); retry {attempt} in {wait:.1f}s")
                    self._sleep(wait)
                    continue
                if name in ("UNAVAILABLE", "UNAUTHENTICATED") and not rebuilt:
                    # jsd restarted or dropped our connection: new channel, new Login, once.
                    self._log(f"{what}: channel lost ({name}: {exc.details()}); reconnecting")
                    self.close()
                    self.reconnects += 1
                    rebuilt = True
                    continue
                raise _grpc_error(exc, what, self.settings) from exc

    # -- management service ----------------------------------------------------------------
    def op_command(self, command: str, fmt: str, kind: str, policy: CallPolicy) -> str:
        """``OpCommandGet``: a CLI command (``kind="cli"``) or an XML RPC (``kind="xml"``)."""
        if fmt not in OUT_FORMATS:
            raise ConnectionError(
                f"unknown output format {fmt!r}; expected one of {sorted(OUT_FORMATS)}", code=BAD_REQUEST
            )
        if kind == "cli":
            request = mgmt_pb2.OpCommandGetRequest(cli_command=command, out_format=OUT_FORMATS[fmt])
        elif kind == "xml":
            request = mgmt_pb2.OpCommandGetRequest(xml_command=command, out_format=OUT_FORMATS[fmt])
        else:
            raise ConnectionError(f"unknown command kind {kind!r}; expected cli or xml", code=BAD_REQUEST)

        def invoke(stub: Any) -> str:
            pieces: list[str] = []
            for reply in stub.OpCommandGet(request, timeout=policy.timeout):
                if reply.status.code != SUCCESS:
                    raise ConnectionError(
                        reply.status.message or "the device reported a failure without a message", code=DEVICE_FAILURE
                    )
                pieces.append(reply.data)
            return "".join(pieces)

        return self._call(f"OpCommandGet({command.strip()[:80]!r})", policy, invoke)

    def config_set(
        self, config: str, config_format: str, load_type: str, comment: str | None, policy: CallPolicy
    ) -> str:
        """``ConfigSet``: load and commit in one call; returns the device's status message."""
        if load_type not in LOAD_TYPES:
            raise ConnectionError(
                f"unknown load type {load_type!r}; expected one of {sorted(LOAD_TYPES)}", code=BAD_REQUEST
            )
        kwargs: dict[str, Any] = {"load_type": LOAD_TYPES[load_type]}
        if config_format == "xml":
            kwargs["xml_config"] = config
        elif config_format == "json":
            kwargs["json_config"] = config
        elif config_format in ("text", "set"):
            kwargs["text_config"] = config
        else:
            raise ConnectionError(f"unknown configuration format {config_format!r}", code=BAD_REQUEST)
        kwargs["commit"] = mgmt_pb2.ConfigCommit(type=0, comment=comment or "")
        request = mgmt_pb2.ConfigSetRequest(**kwargs)

        def invoke(stub: Any) -> str:
            reply = stub.ConfigSet(request, timeout=policy.timeout)
            if reply.status.code != SUCCESS:
                raise ConnectionError(reply.status.message, code=DEVICE_FAILURE)
            return str(reply.status.message)

        return self._call("ConfigSet", policy, invoke)

    def ephemeral_get(
        self, paths: Iterable[str], encoding: str, instance: str, policy: CallPolicy
    ) -> list[dict[str, Any]]:
        if encoding not in EPHEMERAL_ENCODINGS:
            raise ConnectionError(f"unknown encoding {encoding!r}; expected json or xml", code=BAD_REQUEST)
        requests = [mgmt_pb2.ConfigPathRequest(id=str(i), path=p) for i, p in enumerate(paths)]
        request = mgmt_pb2.EphemeralConfigGetRequest(
            encoding=EPHEMERAL_ENCODINGS[encoding], config_requests=requests, instance_name=instance
        )

        def invoke(stub: Any) -> list[dict[str, Any]]:
            reply = stub.EphemeralConfigGet(request, timeout=policy.timeout)
            if reply.status.code != SUCCESS:
                raise ConnectionError(reply.status.message, code=DEVICE_FAILURE)
            out = []
            for item in reply.config_responses:
                if item.status.code != SUCCESS:
                    raise ConnectionError(item.status.message or f"reading {item.path!r} failed", code=DEVICE_FAILURE)
                out.append({"id": item.id, "path": item.path, "value": item.value})
            return out

        return self._call("EphemeralConfigGet", policy, invoke)

    def ephemeral_set(
        self, config: str, encoding: str, instance: str, validate: bool, load_only: bool, policy: CallPolicy
    ) -> str:
        if encoding == "xml":
            operation = mgmt_pb2.EphemeralConfigSetRequest.ConfigOperation(id="1", path="/", xml_config=config)
        elif encoding == "json":
            operation = mgmt_pb2.EphemeralConfigSetRequest.ConfigOperation(id="1", path="/", json_config=config)
        else:
            raise ConnectionError(f"unknown encoding {encoding!r}; expected json or xml", code=BAD_REQUEST)
        request = mgmt_pb2.EphemeralConfigSetRequest(
            config_operations=[operation], instance_name=instance, validate_config=validate, load_only=load_only
        )

        def invoke(stub: Any) -> str:
            reply = stub.EphemeralConfigSet(request, timeout=policy.timeout)
            if reply.status.code != SUCCESS:
                raise ConnectionError(reply.status.message, code=DEVICE_FAILURE)
            for item in reply.operation_responses:
                if item.status.code != SUCCESS:
                    raise ConnectionError(item.status.message, code=DEVICE_FAILURE)
            return str(reply.status.message)

        return self._call("EphemeralConfigSet", policy, invoke)

    def info(self) -> dict[str, Any]:
        s = self.settings
        return {
            "target": s.target,
            "tls": s.tls,
            "mutual_tls": bool(s.tls and s.cert_file),
            "user": s.user,
            "client_id": s.client_id,
            "connected": self.connected,
            "logins": self.logins,
            "reconnects": self.reconnects,
            "session_retries_used": self.session_retries_used,
        }
