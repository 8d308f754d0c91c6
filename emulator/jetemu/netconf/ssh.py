"""The SSH side of jetemu's NETCONF server, done by asyncssh: authentication against the
device's users, the ``netconf`` subsystem (and the ``netconf`` / ``xml-mode netconf
need-trailer`` commands Junos also accepts), and the channel bytes in and out of a
:class:`~.session.NetconfSession`.

No SSH protocol code lives here; no shell, port forwarding, agent or X11 is offered.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.utils import CryptographyDeprecationWarning

with warnings.catch_warnings():
    # asyncssh still imports cryptography's DSA classes at import time; DSA is never offered here.
    warnings.simplefilter("ignore", CryptographyDeprecationWarning)
    import asyncssh

from ..atomic import write_atomically

if TYPE_CHECKING:
    from .service import DeviceNetconf

log = logging.getLogger("jetemu.netconf")

HOST_KEY_FILE = "ssh_host_ed25519_key"

# What Junos accepts on an SSH channel for a NETCONF session besides the subsystem
# (`ssh -t host netconf` on port 22, and what ncclient falls back to).
NETCONF_COMMANDS = frozenset({"netconf", "xml-mode netconf need-trailer"})


class DeviceSshServer(asyncssh.SSHServer):
    """One SSH connection to a device: who logs in, and a NETCONF session per channel."""

    def __init__(self, device: DeviceNetconf) -> None:
        self.device = device
        self.connection: asyncssh.SSHServerConnection | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self.connection = conn

    def begin_auth(self, username: str) -> bool:
        return True  # every user authenticates, as on Junos

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        ok = self.device.runtime.users.check(username, password)
        if not ok:
            log.info("device %s: NETCONF login refused for user %r", self.device.runtime.key, username)
        return ok

    def kbdint_auth_supported(self) -> bool:
        return True

    def get_kbdint_challenge(self, username: str, lang: str, submethods: str) -> Any:
        return "", "", "", [("Password:", False)]

    def validate_kbdint_response(self, username: str, responses: Any) -> Any:
        return len(responses) == 1 and self.validate_password(username, responses[0])

    def session_requested(self) -> asyncssh.SSHServerSession[bytes]:
        assert self.connection is not None
        return NetconfChannel(self.device, self.connection)


class NetconfChannel(asyncssh.SSHServerSession[bytes]):
    """One SSH session channel carrying one NETCONF session."""

    def __init__(self, device: DeviceNetconf, connection: asyncssh.SSHServerConnection) -> None:
        self.device = device
        self.connection = connection
        self.channel: asyncssh.SSHServerChannel[bytes] | None = None
        self.session: Any = None
        self._wanted = False

    def connection_made(self, chan: asyncssh.SSHServerChannel[bytes]) -> None:
        self.channel = chan

    def pty_requested(self, term_type: str, term_size: Any, term_modes: Any) -> bool:
        return True

    def shell_requested(self) -> bool:
        return False

    def exec_requested(self, command: str) -> bool:
        self._wanted = command.strip() in NETCONF_COMMANDS
        return self._wanted

    def subsystem_requested(self, subsystem: str) -> bool:
        self._wanted = subsystem == "netconf"
        return self._wanted

    def session_started(self) -> None:
        assert self.channel is not None
        channel = self.channel
        user = str(self.connection.get_extra_info("username") or "")
        peer = self.connection.get_extra_info("peername") or ("", 0)
        self.session = self.device.open_session(
            user=user,
            peer=f"{peer[0]}:{peer[1]}",
            write=channel.write,
            close=channel.close,
        )

    def data_received(self, data: bytes, datatype: Any) -> None:
        if self.session is not None:
            self.session.feed(data)

    def eof_received(self) -> bool:
        if self.session is not None:
            self.session.end_of_input()
        return True  # keep our side open until the queued replies are out

    def connection_lost(self, exc: Exception | None) -> None:
        if self.session is not None:
            self.session.terminate()


def load_host_key(directory: Path | None) -> asyncssh.SSHKey:
    """The device's SSH host key: read from ``directory``, or generated (and saved there)."""
    if directory is not None:
        path = directory / HOST_KEY_FILE
        if path.exists():
            return asyncssh.read_private_key(str(path))
    key = asyncssh.generate_private_key("ssh-ed25519", comment="jetemu")
    if directory is not None:
        write_atomically(directory / HOST_KEY_FILE, key.export_private_key())
        (directory / f"{HOST_KEY_FILE}.pub").write_bytes(key.export_public_key())
    return key


async def listen(device: DeviceNetconf, host: str, port: int, host_key: asyncssh.SSHKey) -> Any:
    """An SSH listener for ``device``: password and keyboard-interactive logins, nothing but NETCONF."""
    return await asyncssh.create_server(
        lambda: DeviceSshServer(device),
        host,
        port,
        server_host_keys=[host_key],
        encoding=None,
        allow_scp=False,
        agent_forwarding=False,
        x11_forwarding=False,
        reuse_address=True,
    )
