# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The JET connection: where users set how tasks reach jsd; the per-run gateway holds the sessions."""
# ansible-test validate-modules wants DOCUMENTATION/EXAMPLES above the imports.
# ruff: noqa: E402

from __future__ import annotations

DOCUMENTATION = r"""
name: jet
short_description: JET (gRPC to jsd) connection to Junos devices
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Talks to the JET service daemon (C(jsd)) of a Junos device over gRPC, clear-text or TLS
    (optionally mutual TLS).
  - One gateway process per playbook run owns every host's gRPC channel and JET session, with
    one C(Login) per host for the whole run, whatever the number of tasks. The first task that needs
    a device starts it; it ends, giving every session back to C(jsd), when the playbook ends. A
    task that finds it gone starts another one.
  - The C(jetkit.junos) modules run on the controller, inside the Ansible worker, and talk to the
    gateway through a private local socket. No Python process is started per task, and the
    controller's memory grows with the work, not with the inventory.
  - Failures keep the gRPC status and details and the device's own message word for word.
  - When C(jsd) restarts between two tasks, the next task opens a new channel and logs in again
    on its own.
  - Modules of other collections run on the controller with this connection, as with Ansible's
    network connections.
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
  session_idle_timeout:
    description:
      - Seconds a host's JET session may stay unused before the gateway gives it back to C(jsd)
        (the next task of that host logs in again).
      - 0, the default, keeps every session until the playbook ends (one C(Login) per host per
        run); set it when other clients need the device's few JET sessions during a long run.
    type: float
    default: 0
    env:
      - name: ANSIBLE_JET_SESSION_IDLE_TIMEOUT
    vars:
      - name: jet_session_idle_timeout
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

import os
from typing import TYPE_CHECKING, Any

from ansible.errors import AnsibleConnectionFailure
from ansible.plugins.connection import ConnectionBase

# Every task of a host that uses this connection loads this file, jetkit.junos task or not (a
# debug task too): what it needs beyond the class is imported when a method needs it.
if TYPE_CHECKING:
    from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi
    from ansible_collections.jetkit.junos.plugins.module_utils._jet.client import GatewayClient
    from ansible_collections.jetkit.junos.plugins.module_utils._jet.wire import CallPolicy, SessionSettings


class Connection(ConnectionBase):
    """JET connection options, and the way from a task to its host's session in the gateway."""

    transport = "jetkit.junos.jet"
    has_pipelining = False
    # Modules of other collections run on the controller (through the local connection).
    _remote_is_local = True

    def __init__(self, play_context: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(play_context, *args, **kwargs)
        # Ansible makes connections in its worker and passes the playbook process's pid.
        self._playbook_pid = int(kwargs.get("ansible_playbook_pid") or os.getppid())
        self._local: Any = None

    # -- what tasks use --------------------------------------------------------------------------
    def session_settings(self) -> SessionSettings:
        """Where and how this host's session reaches jsd, from the connection options."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.wire import SessionSettings

        options = self.get_options()
        host = options.get("host") or self._play_context.remote_addr
        if not host:
            raise AnsibleConnectionFailure("no address for the JET connection: set ansible_host (or host)")
        return SessionSettings(
            host=str(host),
            port=int(options.get("port") or 32767),
            user=str(options.get("remote_user") or ""),
            password=str(options.get("password") or ""),
            client_id=str(options.get("client_id") or "ansible-jetkit"),
            tls=bool(options.get("tls")),
            ca_file=options.get("tls_ca_file"),
            cert_file=options.get("tls_cert_file"),
            key_file=options.get("tls_key_file"),
            server_name=options.get("tls_server_name"),
            connect_timeout=float(options.get("connect_timeout") or 10),
            idle_timeout=float(options.get("session_idle_timeout") or 0),
        )

    def call_policy(self) -> CallPolicy:
        """The per-call settings of this task: its deadline and session retries."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.wire import CallPolicy

        try:
            return CallPolicy(
                timeout=self.get_option("persistent_command_timeout"),
                session_retries=self.get_option("session_retries"),
                retry_delay=self.get_option("session_retry_delay"),
            )
        except (TypeError, ValueError) as exc:
            raise AnsibleConnectionFailure(f"bad JET call settings: {exc}") from None

    def gateway_client(self) -> GatewayClient:
        """A client of this host's session; it starts the gateway and opens the session if needed."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.client import GatewayClient
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError
        from ansible_collections.jetkit.junos.plugins.plugin_utils import gateway

        settings = self.session_settings()
        pid = self._playbook_pid
        try:
            path = gateway.socket_path(pid)
        except gateway.GatewayError as exc:
            raise AnsibleConnectionFailure(exc.message) from None

        def start() -> str:
            try:
                return gateway.start(pid)
            except gateway.GatewayError as exc:
                raise JetError(exc.message, exc.status) from None

        return GatewayClient(path, settings.key, settings, start=start)

    def jet_api(self) -> JetApi:
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi

        return JetApi(self.gateway_client(), self.call_policy())

    @property
    def socket_path(self) -> str | None:
        """For module processes (anything that bypasses the jetkit.junos action plugin): the
        gateway's socket and this host's session, ``<path>#<key>``; the session is opened first."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError

        client = self.gateway_client()
        try:
            client.info(self.call_policy())
        except JetError as exc:
            raise AnsibleConnectionFailure(exc.message) from None
        finally:
            client.close()
        return f"{client.socket_path}#{client.session}"

    # -- ConnectionBase --------------------------------------------------------------------------
    def _connect(self) -> Connection:
        self._connected = True  # the session is the gateway's, opened by the first call
        return self

    def _local_connection(self) -> Any:
        if self._local is None:
            from ansible.plugins.loader import connection_loader

            self._local = connection_loader.get("local", self._play_context)
            self._local.set_options()
        return self._local

    def exec_command(self, cmd: str, in_data: bytes | None = None, sudoable: bool = True) -> tuple[int, bytes, bytes]:
        return self._local_connection().exec_command(cmd, in_data, sudoable)

    def put_file(self, in_path: str, out_path: str) -> None:
        self._local_connection().put_file(in_path, out_path)

    def fetch_file(self, in_path: str, out_path: str) -> None:
        self._local_connection().fetch_file(in_path, out_path)

    def close(self) -> None:
        # The session belongs to the gateway and outlives this task; it ends with the playbook.
        self._connected = False

    def reset(self) -> None:
        """``meta: reset_connection``: the gateway gives this host's session back to jsd."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError

        client = self.gateway_client()
        try:
            client.forget()
        except JetError as exc:
            if exc.status != "GATEWAY_FAILURE":
                raise AnsibleConnectionFailure(exc.message) from None
        finally:
            client.close()
