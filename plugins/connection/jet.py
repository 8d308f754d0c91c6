# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Persistent JET connection: one gRPC channel and one Login per host for a whole playbook run."""
# ansible-test validate-modules wants DOCUMENTATION/EXAMPLES above the imports.
# ruff: noqa: E402

from __future__ import annotations

DOCUMENTATION = r"""
name: jet
short_description: Persistent JET (gRPC to jsd) connection to Junos devices
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Talks to the JET service daemon (C(jsd)) of a Junos device over gRPC, clear-text or TLS
    (optionally mutual TLS).
  - The connection is persistent, like other network connections of Ansible. One long-lived
    process per host and playbook run owns one gRPC channel and makes one C(Login) for the whole
    run, whatever the number of tasks.
  - The C(jetkit.junos) modules run on the controller, inside the Ansible worker, and talk to
    that process through its local socket. No Python process is started per task.
  - Failures keep the gRPC status and details and the device's own message word for word.
  - The device closes idle sessions. When C(jsd) restarts between two tasks, the next task opens
    a new channel and logs in again on its own.
requirements:
  - grpcio >= 1.66.2
  - protobuf >= 5.27.2
options:
  host:
    description: Address of the device (name or IP address).
    type: str
    default: inventory_hostname
    vars:
      - name: inventory_hostname
      - name: ansible_host
  port:
    description: TCP port of C(jsd) on the device.
    type: int
    default: 32767
    ini:
      - section: defaults
        key: remote_port
    env:
      - name: ANSIBLE_REMOTE_PORT
    vars:
      - name: ansible_port
  remote_user:
    description: User name for the JET C(Login).
    type: str
    ini:
      - section: defaults
        key: remote_user
    env:
      - name: ANSIBLE_REMOTE_USER
    vars:
      - name: ansible_user
  password:
    description:
      - Password for the JET C(Login).
      - Never shown in results, logs or error messages.
    type: str
    vars:
      - name: ansible_password
      - name: ansible_ssh_pass
  client_id:
    description:
      - Client id given to C(Login). The device shows it in
        C(show extension-service request-response clients).
    type: str
    default: ansible-jetkit
    env:
      - name: ANSIBLE_JET_CLIENT_ID
    vars:
      - name: jet_client_id
  tls:
    description: Use TLS (TLS 1.2 or newer) instead of clear-text gRPC.
    type: bool
    default: false
    env:
      - name: ANSIBLE_JET_TLS
    vars:
      - name: jet_tls
  tls_ca_file:
    description:
      - PEM file with the CA certificate(s) that signed the device's certificate.
      - When not set, the system trust store is used.
    type: path
    env:
      - name: ANSIBLE_JET_TLS_CA_FILE
    vars:
      - name: jet_tls_ca_file
  tls_cert_file:
    description: PEM client certificate for mutual TLS. Needs O(tls_key_file).
    type: path
    env:
      - name: ANSIBLE_JET_TLS_CERT_FILE
    vars:
      - name: jet_tls_cert_file
  tls_key_file:
    description: PEM private key of O(tls_cert_file).
    type: path
    env:
      - name: ANSIBLE_JET_TLS_KEY_FILE
    vars:
      - name: jet_tls_key_file
  tls_server_name:
    description:
      - Name to check the device's certificate against, and to send as TLS server name, when it
        differs from O(host) (for example when connecting by IP address).
    type: str
    env:
      - name: ANSIBLE_JET_TLS_SERVER_NAME
    vars:
      - name: jet_tls_server_name
  connect_timeout:
    description:
      - Seconds to wait for the gRPC channel and the C(Login) answer.
      - While C(jsd) is not reachable yet (for example restarting), the connection tries again
        until this time has passed.
    type: float
    default: 10
    env:
      - name: ANSIBLE_JET_CONNECT_TIMEOUT
    vars:
      - name: jet_connect_timeout
  session_retries:
    description:
      - How many times to retry when the device answers that all its JET sessions are in use
        (gRPC C(RESOURCE_EXHAUSTED)), on C(Login) and on any call.
      - Set 0 to fail at once.
    type: int
    default: 5
    env:
      - name: ANSIBLE_JET_SESSION_RETRIES
    vars:
      - name: jet_session_retries
  session_retry_delay:
    description:
      - Seconds before the first such retry. Each next wait doubles, up to 8 seconds.
    type: float
    default: 1.0
    env:
      - name: ANSIBLE_JET_SESSION_RETRY_DELAY
    vars:
      - name: jet_session_retry_delay
  persistent_connect_timeout:
    description:
      - Idle time in seconds after which the persistent connection process ends (it is started
        again by the next task).
    type: int
    default: 30
    ini:
      - section: persistent_connection
        key: connect_timeout
    env:
      - name: ANSIBLE_PERSISTENT_CONNECT_TIMEOUT
    vars:
      - name: ansible_connect_timeout
  persistent_command_timeout:
    description:
      - Deadline in seconds of every call to the device, commit included.
      - Set it per task with the C(ansible_command_timeout) variable in the task's C(vars).
    type: int
    default: 30
    ini:
      - section: persistent_connection
        key: command_timeout
    env:
      - name: ANSIBLE_PERSISTENT_COMMAND_TIMEOUT
    vars:
      - name: ansible_command_timeout
  persistent_log_messages:
    description:
      - Log every request to and answer from the persistent process in the Ansible log file.
        Passwords are never part of them, but configuration text is.
    type: bool
    default: false
    ini:
      - section: persistent_connection
        key: log_messages
    env:
      - name: ANSIBLE_PERSISTENT_LOG_MESSAGES
    vars:
      - name: ansible_persistent_log_messages
"""

EXAMPLES = r"""
# inventory.yml
# all:
#   hosts:
#     r1:
#       ansible_connection: jetkit.junos.jet
#       ansible_host: 192.0.2.10
#       ansible_port: 32767
#       ansible_user: lab
#       ansible_password: "{{ vault_jet_password }}"
#       jet_tls: true
#       jet_tls_ca_file: /etc/jet/ca.crt

- name: Show the version
  hosts: r1
  gather_facts: false
  tasks:
    - name: Run show version
      jetkit.junos.command:
        commands: show version
        format: json

    - name: A long commit gets its own deadline
      jetkit.junos.config:
        lines: set system host-name r1
      vars:
        ansible_command_timeout: 300
"""

import functools
import json
import math
import os
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from ansible.module_utils.connection import ConnectionError
from ansible.plugins.connection import NetworkConnectionBase

from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import BAD_REQUEST, redact


def _rpc(method: Callable[..., Any]) -> Callable[..., str]:
    """Wrap a JSON-RPC method: per-call policy, deadline alarm, errors with codes, JSON result."""

    @functools.wraps(method)
    def wrapper(self: Connection, *args: Any, **kwargs: Any) -> str:
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import CallPolicy

        secrets = [self._password_text()]
        try:
            policy = CallPolicy.from_dict(kwargs.pop("policy", None))
            self._arm_alarm(policy)
            result = method(self, policy, *args, **kwargs)
            return json.dumps(result)
        except ConnectionError as exc:
            code = getattr(exc, "code", None)
            raise ConnectionError(redact(str(exc), secrets), code=code) from None
        except TypeError as exc:
            raise ConnectionError(f"bad call {method.__name__}: {exc}", code=BAD_REQUEST) from None
        except Exception as exc:
            text = redact(f"{type(exc).__name__}: {exc}", secrets)
            raise ConnectionError(
                f"unexpected failure in the jetkit.junos.jet connection: {text}", code=-32603
            ) from None

    return wrapper


class Connection(NetworkConnectionBase):
    """JET connection; its public ``jet_*`` methods are what tasks call over the socket."""

    transport = "jetkit.junos.jet"
    has_pipelining = False

    def __init__(self, play_context: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(play_context, *args, **kwargs)
        self._jet: Any = None
        self._watcher: threading.Thread | None = None

    def _watch_playbook(self) -> None:
        """End this persistent process soon after the playbook that started it ends.

        ansible-core leaves persistent processes to their idle timeout; a jsd has only a few
        sessions (8 by default), so ours give theirs back as soon as the run is over. Started on
        the first call, which only ever happens inside the persistent process.
        """
        if self._watcher is not None:
            return
        try:
            pid = int(self._ansible_playbook_pid or 0)
        except (TypeError, ValueError):
            pid = 0
        if pid <= 1 or threading.current_thread() is not threading.main_thread():
            return

        def watch() -> None:
            while True:
                time.sleep(0.5)
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    continue
            # The ConnectionProcess turns SIGTERM into its orderly shutdown (close, remove socket).
            os.kill(os.getpid(), signal.SIGTERM)

        self._watcher = threading.Thread(target=watch, name="jet-playbook-watch", daemon=True)
        self._watcher.start()

    # -- plumbing ------------------------------------------------------------------------------
    def _password_text(self) -> str:
        try:
            return str(self.get_option("password") or "")
        except KeyError:
            return ""

    def _arm_alarm(self, policy: Any) -> None:
        """Give this call the time the task asked for.

        The persistent process arms SIGALRM with ``persistent_command_timeout`` of its start
        around every request; a task may ask for a longer per-call deadline, so re-arm it with
        the whole budget of this call (its retries included) plus a margin.
        """
        if threading.current_thread() is not threading.main_thread():
            return
        handler = signal.getsignal(signal.SIGALRM)
        if handler in (signal.SIG_DFL, signal.SIG_IGN, None):
            return
        signal.alarm(int(math.ceil(policy.budget())) + 10)

    def _settings(self) -> Any:
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import TransportSettings

        def opt(name: str) -> Any:
            try:
                return self.get_option(name)
            except KeyError:
                return None

        host = opt("host") or self._play_context.remote_addr
        port = opt("port") or self._play_context.port or 32767
        user = opt("remote_user") or self._play_context.remote_user or ""
        return TransportSettings(
            host=str(host),
            port=int(port),
            user=str(user),
            password=str(opt("password") or self._play_context.password or ""),
            client_id=str(opt("client_id") or "ansible-jetkit"),
            tls=bool(opt("tls")),
            ca_file=opt("tls_ca_file"),
            cert_file=opt("tls_cert_file"),
            key_file=opt("tls_key_file"),
            server_name=opt("tls_server_name"),
            connect_timeout=float(opt("connect_timeout") or 10),
        )

    def _transport(self) -> Any:
        if self._jet is None:
            from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import JetTransport

            self._jet = JetTransport(self._settings(), log=lambda message: self.queue_message("vvvv", message))
            self._watch_playbook()
        return self._jet

    def _connect(self) -> None:
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import CallPolicy

        timeout = self.get_option("persistent_command_timeout")
        self._transport().connect(CallPolicy(timeout=float(timeout or 30)))
        self._connected = True

    def close(self) -> None:
        if self._jet is not None:
            self._jet.close()
            self._jet = None
        super().close()

    # -- JSON-RPC surface --------------------------------------------------------------------
    def get_capabilities(self) -> str:
        return json.dumps(
            {
                "network_api": "jet",
                "device_info": {"network_os": "junos"},
                "rpc": ["jet_op_command", "jet_config_set", "jet_ephemeral_get", "jet_ephemeral_set", "jet_info"],
            }
        )

    @_rpc
    def jet_op_command(self, policy: Any, command: str, format: str = "text", kind: str = "cli") -> dict[str, Any]:
        """Run an operational CLI command (kind=cli) or a Junos XML RPC (kind=xml)."""
        output = self._transport().op_command(command, format, kind, policy)
        self._connected = True
        return {"output": output}

    @_rpc
    def jet_config_set(
        self, policy: Any, config: str, format: str = "text", load_type: str = "merge", comment: str | None = None
    ) -> dict[str, Any]:
        """Load and commit in one ``ConfigSet`` call."""
        message = self._transport().config_set(config, format, load_type, comment, policy)
        return {"message": message}

    @_rpc
    def jet_ephemeral_get(
        self, policy: Any, paths: list[str], encoding: str = "json", instance: str = ""
    ) -> dict[str, Any]:
        return {"responses": self._transport().ephemeral_get(paths, encoding, instance, policy)}

    @_rpc
    def jet_ephemeral_set(
        self,
        policy: Any,
        config: str,
        encoding: str = "json",
        instance: str = "",
        validate: bool = True,
        load_only: bool = False,
    ) -> dict[str, Any]:
        message = self._transport().ephemeral_set(config, encoding, instance, validate, load_only, policy)
        return {"message": message}

    @_rpc
    def jet_info(self, policy: Any, connect: bool = False) -> dict[str, Any]:
        """What the connection is and how it went: target, TLS, Login count, reconnects."""
        transport = self._transport()
        if connect:
            transport.connect(policy)
        return transport.info()

    # == programmable routing / firewall / interfaces (issue 6) ===================================
    # Generic pass-through for the RIB, routing-base, firewall and interfaces services: the task
    # side (module_utils/_jet/routing.py, firewall.py, interfaces.py) builds and reads the protobuf
    # messages; this process only sends their bytes on its logged-in channel, with the same
    # retries, deadlines and error mapping as every other call (JetTransport._call).
    _PROGRAMMING_SERVICES = frozenset(
        {
            "jnx.jet.routing.rib.Rib",
            "jnx.jet.routing.base.Base",
            "jnx.jet.firewall.Firewall",
            "jnx.jet.interfaces.Interfaces",
        }
    )

    def _grpc_path(self, service: str, method: str) -> str:
        if service not in self._PROGRAMMING_SERVICES or not method.isidentifier():
            raise ConnectionError(
                f"{service}/{method} is not a programming RPC this connection passes on", code=BAD_REQUEST
            )
        return f"/{service}/{method}"

    @_rpc
    def jet_grpc_unary(self, policy: Any, service: str, rpc: str, request: str) -> dict[str, Any]:
        """One unary call; ``request`` and the answer's ``response`` are base64 protobuf bytes."""
        import base64

        path = self._grpc_path(service, rpc)
        data = base64.b64decode(request)
        transport = self._transport()

        def invoke(_stub: Any) -> bytes:
            call = transport._channel.unary_unary(path)
            return bytes(call(data, timeout=policy.timeout))

        raw = transport._call(f"{service.rsplit('.', 1)[-1]}/{rpc}", policy, invoke)
        return {"response": base64.b64encode(raw).decode("ascii")}

    @_rpc
    def jet_grpc_stream(self, policy: Any, service: str, rpc: str, request: str) -> dict[str, Any]:
        """One server-streaming call read to its end; ``responses`` are base64 protobuf bytes."""
        import base64

        path = self._grpc_path(service, rpc)
        data = base64.b64decode(request)
        transport = self._transport()

        def invoke(_stub: Any) -> list[bytes]:
            call = transport._channel.unary_stream(path)
            return [bytes(item) for item in call(data, timeout=policy.timeout)]

        raw = transport._call(f"{service.rsplit('.', 1)[-1]}/{rpc}", policy, invoke)
        return {"responses": [base64.b64encode(item).decode("ascii") for item in raw]}

    @staticmethod
    def _reply_failed(reply: bytes) -> bool:
        """Whether a reply's ``status`` (field 1, a jnx.jet.common.RpcStatus) says anything but SUCCESS.

        Read straight from the wire, so it works for the reply of any RIB/Base RPC without knowing
        its message type; a reply without a status counts as a success (proto3 default).
        """

        def varint(data: bytes, pos: int) -> tuple[int, int]:
            value = shift = 0
            while True:
                if pos >= len(data):
                    raise ValueError("truncated varint")
                byte = data[pos]
                pos += 1
                value |= (byte & 0x7F) << shift
                if byte < 0x80:
                    return value, pos
                shift += 7

        def field(data: bytes, number: int, wire_type: int) -> int | bytes | None:
            pos, found = 0, None
            while pos < len(data):
                tag, pos = varint(data, pos)
                kind = tag & 7
                if kind == 0:
                    value, pos = varint(data, pos)
                    if tag >> 3 == number and wire_type == 0:
                        found = value
                elif kind == 2:
                    size, pos = varint(data, pos)
                    if tag >> 3 == number and wire_type == 2:
                        found = data[pos : pos + size]
                    pos += size
                elif kind in (1, 5):
                    pos += 8 if kind == 1 else 4
                else:
                    raise ValueError(f"unexpected wire type {kind}")
            return found

        try:
            status = field(reply, 1, 2)
            code = field(status, 1, 0) if isinstance(status, bytes) else None
        except ValueError as exc:
            raise ConnectionError(f"cannot read the status of a reply: {exc}", code=BAD_REQUEST) from None
        return bool(code)

    @_rpc
    def jet_grpc_batch(
        self,
        policy: Any,
        service: str,
        rpc: str,
        requests: list[str],
        window: int = 3,
        stop_on_failure: bool = True,
    ) -> dict[str, Any]:
        """Unary calls of one RPC, pipelined: up to ``window`` requests in flight on the channel.

        ``requests`` and the answer's ``responses`` are base64 protobuf bytes, in order. With
        ``stop_on_failure`` no request is sent after a reply whose ``status`` is not SUCCESS; the
        replies of the requests already in flight are still returned, so the caller knows exactly
        what the device applied. A gRPC failure after some requests were answered is not retried
        (the device already applied those): it fails the call, naming how far it got.
        """
        import base64
        from collections import deque

        import grpc

        from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import _grpc_error

        path = self._grpc_path(service, rpc)
        if not isinstance(requests, list) or not all(isinstance(item, str) for item in requests):
            raise ConnectionError("requests must be a list of base64 strings", code=BAD_REQUEST)
        payloads = [base64.b64decode(item) for item in requests]
        if not payloads:
            return {"responses": []}
        window = max(1, min(int(window), 16))
        total = len(payloads)
        if threading.current_thread() is threading.main_thread():
            handler = signal.getsignal(signal.SIGALRM)
            if handler not in (signal.SIG_DFL, signal.SIG_IGN, None):
                # every request has its own deadline: give the whole batch the time they may take
                signal.alarm(int(math.ceil(policy.budget() + policy.timeout * (total - 1))) + 10)
        transport = self._transport()
        what = f"{service.rsplit('.', 1)[-1]}/{rpc}"

        def first(_stub: Any) -> bytes:
            # the first request takes the ordinary path: connect, Login, session retries, reconnect
            return bytes(transport._channel.unary_unary(path)(payloads[0], timeout=policy.timeout))

        replies = [transport._call(what, policy, first)]
        stopped = stop_on_failure and self._reply_failed(replies[0])
        call = transport._channel.unary_unary(path)
        pending: deque[Any] = deque()
        sent = 1
        try:
            while pending or (sent < total and not stopped):
                while not stopped and sent < total and len(pending) < window:
                    pending.append(call.future(payloads[sent], timeout=policy.timeout))
                    sent += 1
                reply = bytes(pending.popleft().result())
                replies.append(reply)
                if stop_on_failure and not stopped and self._reply_failed(reply):
                    stopped = True
        except grpc.RpcError as exc:
            for future in pending:
                future.cancel()
            error = _grpc_error(exc, f"{what} request {len(replies) + 1} of {total}", transport.settings)
            raise ConnectionError(
                f"{error} ({len(replies)} earlier request(s) were answered and applied)",
                code=getattr(error, "code", None),
            ) from None
        return {"responses": [base64.b64encode(item).decode("ascii") for item in replies]}
