"""An emulated device at run time, and the settings it is built from.

:class:`DeviceRuntime` ties one device's model, configuration database, users, sessions and
file system together; the services (``server/services/``) act on it, and the server wiring
(``app.py``) creates one per device. Nothing here knows gRPC or which services exist: this
file must not import the services or the wiring.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import device as opcmd
from ..apps import DeviceApps
from ..config import engine as cfg_engine
from ..config.database import ConfigDatabase, SessionRef
from ..config.schema import load as load_schema
from ..device.config import ConfigurationError, parse_configuration
from ..device.filesystem import DeviceFilesystem, make_root, remove_root
from ..device.power import DevicePower
from ..device.syslog import SyslogFiles
from ..notify.publisher import DevicePublisher
from .frontend import DeviceListener
from .power_hooks import RuntimeHooks
from .sessions import Session, SessionTable, UserDirectory

log = logging.getLogger("jetemu")

DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024


class OpCommandFailed(Exception):
    """A command the device refused; ``message`` goes to the client word for word."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class TlsSettings:
    cert_file: str
    key_file: str
    client_ca_file: str | None = None

    @property
    def mutual(self) -> bool:
        return self.client_ca_file is not None


@dataclass
class DeviceSpec:
    """What one emulated device is: where it listens, who may log in, who it is."""

    index: int
    host: str
    port: int
    hostname: str | None = None
    users: dict[str, str] = field(default_factory=dict)
    model: str | None = None
    serial: str | None = None
    mqtt_port: int | None = None  # the device's MQTT broker port (None: 1883; 0: a free port)
    netconf_port: int | None = None  # NETCONF over SSH (None: off; 0: a free port)


@dataclass
class ServerSettings:
    skip_authentication: bool = False
    max_sessions: int = 8
    tls: TlsSettings | None = None
    max_message_bytes: int = DEFAULT_MAX_MESSAGE
    state_dir: Path | None = None
    confirm_minute_seconds: float = 60.0
    response_delay: float = 0.0  # seconds added before answering any call made in a session
    commit_delay: float = 0.0  # seconds a commit (or commit check) takes before it starts
    notify: Any = None  # jetemu.notify.NotifySettings: brokers and JET events (None: no brokers)
    action_script_timeout: float = 60.0  # seconds an action script (or a foreground application) may run
    netconf_strict_ports: bool = False  # a NETCONF port that was asked for cannot fall back to a free one
    reboot_seconds: float = 5.0  # how long a rebooting device stays unreachable
    path_table: Any = None  # jetemu.device.ping.PathTable: path MTU and loss beyond the devices
    lldp_links: list[tuple[str, str, str, str]] = field(default_factory=list)  # (host, ifd, peer, peer ifd)


class DeviceRuntime:
    """An emulated device at run time: its model, users, sessions and listener."""

    def __init__(self, spec: DeviceSpec, settings: ServerSettings, device: opcmd.Device) -> None:
        self.spec = spec
        self.settings = settings
        self.device = device
        self.key = device.hostname
        self.users = UserDirectory(spec.users)
        self.sessions = SessionTable(settings.max_sessions)
        self.listener: DeviceListener | None = None
        self.logins = 0
        self.last_changes: list[Any] = []
        # jetemu.notify.DevicePublisher: the device's events; with a broker while the notification
        # service runs, else a broker-less one that only writes the device's syslog files
        self.publisher: Any = None
        self.config = self._open_config()
        self.sessions.on_end.append(self._session_ended)
        # The device's own files (/var/tmp, /var/db/scripts/jet, ...): kept under --state-dir,
        # else in a temporary directory removed when the emulator stops.
        root, self.temporary_root = make_root(self.device_dir)
        self.filesystem = DeviceFilesystem(root, users=spec.users, lazy=self.temporary_root)
        self.mqtt_port: int | None = None  # set once the device's broker listens
        self.apps = DeviceApps(
            self.filesystem,
            registry=lambda: opcmd.default_registry,
            where=self._program_environment,
            script_timeout=settings.action_script_timeout,
        )
        self.lldp_neighbors: list[dict[str, str]] = []  # filled by the Emulator from --lldp-link
        self.power_hooks = RuntimeHooks(self)
        self.power = DevicePower(
            device_version=lambda: self.device.junos_version,
            set_version=self._set_version,
            set_boot_time=self._set_boot_time,
            hooks=self.power_hooks,
            reboot_seconds=settings.reboot_seconds,
            minute_seconds=settings.confirm_minute_seconds,
        )
        # The device follows the configuration from the start (a restart with --state-dir
        # brings back the committed configuration, not only the identity).
        self.device.apply_configuration(config_json(self.config.effective()))
        # syslogd: the device's /var/log files, written whether or not a broker runs
        self.syslog_files = SyslogFiles(self.filesystem, self.device)
        self.publisher = self.local_publisher()

    def local_publisher(self) -> DevicePublisher:
        """A publisher without a broker: the syslog events (commits, logins, link traps) still
        reach the device's log files (``--broker none``; the notification service replaces it by
        one with a broker and hands it the same files)."""
        self.syslog_files.sync()
        publisher = DevicePublisher(self.device)
        publisher.syslog_sink = self.syslog_files.record
        return publisher

    def _open_config(self) -> ConfigDatabase:
        config = ConfigDatabase(
            state_dir=self.device_dir,
            initial=factory_tree(self.device),
            schema=load_schema(self.device.schema_family),
            confirm_minute=self.settings.confirm_minute_seconds,
        )
        config.add_commit_check(self._device_accepts)
        config.add_commit_listener(self._committed)
        return config

    # -- power (reboot, zeroize, software) --------------------------------------------
    def _set_version(self, version: str) -> None:
        self.device.junos_version = version

    def _set_boot_time(self, when: float) -> None:
        self.device.boot_time = when

    def zeroize(self) -> None:
        """``request system zeroize``: the factory configuration and files, no history, no rescue."""
        self.config.reset(factory_tree(self.device))
        self.device.apply_configuration(config_json(self.config.effective()))
        # Junos erases user files too. Same object (applications hold it); a new one on the same
        # root lays out the standard directories and files again.
        root = self.filesystem.root
        remove_root(root)
        DeviceFilesystem(root, users=self.spec.users)
        self.syslog_files.sync()  # syslogd opens its files again

    def power_lost(self) -> None:
        """The device stops (reboot, halt, power-off): what only lives in memory is gone, the
        ephemeral database first (Junos does not keep it across a reboot)."""
        if self.config.clear_ephemeral():
            self.device.apply_configuration(config_json(self.config.effective()))

    @property
    def device_dir(self) -> Path | None:
        if self.settings.state_dir is None:
            return None
        return self.settings.state_dir / f"device-{self.spec.index}"

    # -- configuration ----------------------------------------------------------------
    @staticmethod
    def config_session(session: Session) -> SessionRef:
        method = {"v1": "jet (legacy API)", "v2": "jet"}.get(session.api, "jet")
        return SessionRef(
            session_id=session.session_id, user=session.user or "root", client_id=session.client_id, method=method
        )

    def _device_accepts(self, tree: cfg_engine.ConfigTree) -> list[str]:
        document = config_json(tree)
        try:
            parse_configuration(document)
        except ConfigurationError as exc:
            return [str(exc)]
        return self.apps.check(document)  # on-box programs jetemu cannot run

    def _committed(self, old: cfg_engine.ConfigTree, new: cfg_engine.ConfigTree, info: object) -> None:
        """The one place where committed configuration reaches the device model."""
        user = getattr(info, "user", None)
        document = config_json(new)
        self.last_changes = self.device.apply_configuration(document, committed_by=user)
        self.apps.configure(document)
        if self.publisher is not None:  # after the kernel events of the change: commit events
            self.publisher.on_commit(info, cfg_engine.diff(old, new))

    def _program_environment(self) -> dict[str, str]:
        """Where on-box programs find their device (see jetemu.apps.runtime)."""
        return {
            "JETEMU_HOSTNAME": self.device.hostname,
            "JETEMU_DEVICE_ADDRESS": self.spec.host,
            "JETEMU_JSD_PORT": str(self.port),
            "JETEMU_MQTT_PORT": str(self.mqtt_port) if self.mqtt_port else "",
        }

    def configured(self, *path: str) -> bool:
        """Whether the committed configuration holds the statement at ``path`` (e.g. "protocols", "bgp")."""
        node: Any = config_json(self.config.effective()).get("configuration", {})
        for name in path:
            if not isinstance(node, dict) or name not in node:
                return False
            node = node[name]
        return True

    def _session_ended(self, session: Session) -> None:
        self.config.release_session(self.config_session(session))

    @property
    def port(self) -> int:
        return self.listener.bound_port if self.listener is not None else self.spec.port

    @property
    def state_path(self) -> Path | None:
        directory = self.device_dir
        return directory / "device.json" if directory is not None else None

    def on_login(self, session: Session) -> None:
        self.logins += 1
        if self.publisher is not None:
            self.publisher.on_login(session.user, session.address, session.client_id)

    # -- operational commands ---------------------------------------------------------
    def _context(self, session: Session) -> opcmd.CommandContext:
        return self.command_context(session.user or "root", self.config_session(session))

    def command_context(self, user: str, config_session: SessionRef) -> opcmd.CommandContext:
        """What an op command run by ``user`` sees (JET or NETCONF alike)."""
        clients = [
            opcmd.ClientInfo(
                client_id=s.client_id,
                address=s.address,
                client_type="gRPC",
                channel_count=1,
                user=s.user,
                login_time=s.started,
            )
            for s in self.sessions.active()
        ]
        return opcmd.CommandContext(
            clients=clients,
            server=opcmd.ServerSettings(
                max_connections=self.settings.max_sessions,
                skip_authentication=self.settings.skip_authentication,
                listeners=(opcmd.ServerListener(self.spec.host, self.port, tls=self.settings.tls is not None),),
            ),
            user=user,
            extras=self.command_extras(config_session),
        )

    def command_extras(self, config_session: SessionRef) -> dict[str, Any]:
        """What other subsystems (configuration, ...) give op commands through the context."""
        return {
            "config_db": self.config,
            "config_session": config_session,
            "filesystem": self.filesystem,
            "apps": self.apps,
            "power": self.power,
            "path_table": self.settings.path_table,
            "lldp_neighbors": self.lldp_neighbors,
        }

    def run_cli(self, session: Session, command: str, fmt: str) -> str:
        try:
            return opcmd.run_cli(self.device, command, fmt, self._context(session))  # type: ignore[arg-type]
        except opcmd.OpCommandError as exc:
            raise OpCommandFailed(exc.message) from exc

    def run_rpc(self, session: Session, xml_command: str, fmt: str) -> str:
        try:
            return opcmd.run_rpc(self.device, xml_command, fmt, self._context(session))  # type: ignore[arg-type]
        except opcmd.OpCommandError as exc:
            raise OpCommandFailed(exc.message) from exc

    def save(self) -> None:
        path = self.state_path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.device.save(path)


def config_json(tree: cfg_engine.ConfigTree) -> dict[str, Any]:
    """The configuration the device's daemons see: Junos JSON with configuration groups expanded."""
    return dict(json.loads(cfg_engine.render(cfg_engine.inherit(tree, marks=False), "json")))


def factory_tree(device: opcmd.Device) -> cfg_engine.ConfigTree:
    """The configuration a new device boots with (hostname, management and loopback addresses),
    in the configuration schema family of the device's model."""
    schema = load_schema(device.schema_family)
    text = json.dumps(device.factory_configuration())
    return cfg_engine.apply_load(cfg_engine.empty(schema), cfg_engine.parse_load(text, "json", schema), "merge")


def load_or_create_device(spec: DeviceSpec, settings: ServerSettings) -> opcmd.Device:
    path = None
    if settings.state_dir is not None:
        path = settings.state_dir / f"device-{spec.index}" / "device.json"
    if path is not None and path.exists():
        device = opcmd.Device.load(path)
        if spec.hostname and device.hostname != spec.hostname:
            log.warning(
                "device %d: state in %s says hostname %r; --hostname %r ignored (state wins)",
                spec.index,
                path,
                device.hostname,
                spec.hostname,
            )
        return device
    kwargs: dict[str, Any] = {}
    if spec.model:
        kwargs["model"] = spec.model
    if spec.serial:
        kwargs["serial"] = spec.serial
    return opcmd.Device.create(spec.index, hostname=spec.hostname, **kwargs)
