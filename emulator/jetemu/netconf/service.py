"""jetemu's NETCONF-over-SSH service: one SSH listener per device that asked for it, the
device's SSH host key, and the device's live NETCONF sessions.

The host key is generated on first start and kept in the device's state directory
(``device-N/ssh_host_ed25519_key``), so a client's known_hosts entry stays valid across
restarts; without ``--state-dir`` each run has a fresh key. Sessions run on the same
:class:`~jetemu.server.runtime.DeviceRuntime` as JET: same configuration database, op commands,
users and commit listeners.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .session import NetconfSession, SessionOptions
from .ssh import listen, load_host_key

if TYPE_CHECKING:
    from ..server.runtime import DeviceRuntime

log = logging.getLogger("jetemu.netconf")

DEFAULT_NETCONF_PORT = 830
_OPTIONS_QUERY = (
    '<get-configuration database="committed" format="json"><configuration><system><services>'
    "<netconf/></services></system></configuration></get-configuration>"
)


class DeviceNetconf:
    """The NETCONF server of one device."""

    def __init__(self, runtime: DeviceRuntime, host_key: Any, max_message: int) -> None:
        self.runtime = runtime
        self.host_key = host_key
        self.max_message = max_message
        self.sessions: dict[int, NetconfSession] = {}
        self.server: Any = None  # asyncssh.SSHAcceptor
        self.host = runtime.spec.host
        self.port = 0
        self.sessions_opened = 0

    async def listen(self, port: int, *, strict: bool) -> None:
        try:
            self.server = await self._create(port)
        except OSError as exc:
            if strict or port == 0:
                raise OSError(
                    exc.errno, f"NETCONF of {self.runtime.key} on {self.host}:{port}: {exc.strerror or exc}"
                ) from exc
            # The default port (830) is taken or privileged: take a free one and say so.
            log.warning(
                "%s: NETCONF port %s:%d unavailable (%s); using a free port (--netconf-port P insists)",
                self.runtime.key,
                self.host,
                port,
                exc.strerror or exc,
            )
            self.server = await self._create(0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _create(self, port: int) -> Any:
        return await listen(self, self.host, port, self.host_key)

    def open_session(
        self, *, user: str, peer: str, write: Callable[[bytes], None], close: Callable[[], None]
    ) -> NetconfSession:
        # One id space with the device's JET sessions: the configuration database tells sessions
        # apart by this id (locks, private candidates), and <kill-session> takes it.
        session_id = self.runtime.sessions.allocate_id()
        session = NetconfSession(
            self.runtime,
            session_id=session_id,
            user=user,
            peer=peer,
            write=write,
            close=close,
            registry=self,
            max_message=self.max_message,
        )
        self.sessions[session_id] = session
        self.sessions_opened += 1
        session.start(self.options(session))
        publisher = self.runtime.publisher
        if publisher is not None:  # LOGIN_INFORMATION, as for a JET login
            publisher.on_login(user, peer, "")
        log.info("device %s: NETCONF session %d for user %r from %s", self.runtime.key, session_id, user, peer)
        return session

    def options(self, session: NetconfSession) -> SessionOptions:
        """``[edit system services netconf]`` of the committed configuration, read at session start
        (as Junos's NETCONF server does)."""
        from .. import device as opcmd

        try:
            text = opcmd.run_rpc(
                self.runtime.device,
                _OPTIONS_QUERY,
                "xml",
                self.runtime.command_context(session.user, session.config_ref),
            )
            data = json.loads(text) if text.strip() else {}
        except (opcmd.OpCommandError, ValueError):
            log.exception("device %s: cannot read [system services netconf]", self.runtime.key)
            data = {}
        netconf = (((data.get("configuration") or {}).get("system") or {}).get("services") or {}).get("netconf") or {}
        return SessionOptions(
            rfc_compliant="rfc-compliant" in netconf,
            version_11="version-1.1" in netconf,
            flatten_commit_results="flatten-commit-results" in netconf,
        )

    def find(self, session_id: int) -> NetconfSession | None:
        return self.sessions.get(session_id)

    def forget(self, session: NetconfSession) -> None:
        self.sessions.pop(session.session_id, None)

    async def close(self) -> None:
        for session in list(self.sessions.values()):
            session.terminate()
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.server.wait_closed(), 2.0)
            self.server = None


class NetconfService:
    """NETCONF for every device of an emulator whose spec has a ``netconf_port``."""

    def __init__(self, emulator: Any, *, strict_ports: bool) -> None:
        self.emulator = emulator
        self.strict_ports = strict_ports
        self.devices: dict[str, DeviceNetconf] = {}

    async def start(self) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            # asyncssh logs every channel open and close at INFO: only worth seeing when debugging.
            logging.getLogger("asyncssh").setLevel(logging.WARNING)
        max_message = self.emulator.settings.max_message_bytes
        try:
            for runtime in self.emulator.devices:
                port = runtime.spec.netconf_port
                if port is None:
                    continue
                key = await asyncio.get_running_loop().run_in_executor(None, load_host_key, runtime.device_dir)
                device = DeviceNetconf(runtime, key, max_message)
                await device.listen(port, strict=self.strict_ports)
                self.devices[runtime.key] = device
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        for device in list(self.devices.values()):
            await device.close()
        self.devices.clear()

    def device_entry(self, key: str) -> dict[str, Any]:
        device = self.devices.get(key)
        return {"netconf_port": device.port} if device is not None else {}
