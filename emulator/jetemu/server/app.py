"""One emulator process: a fleet of emulated devices behind one internal gRPC server."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from google.protobuf.descriptor import ServiceDescriptor

from .. import device as opcmd
from ..apps import DeviceApps
from ..apps import register as register_app_commands
from ..config import engine as cfg_engine
from ..config import rpc as cfg_rpc
from ..config.database import ConfigDatabase, SessionRef
from ..device.config import ConfigurationError, parse_configuration
from ..device.filesystem import DeviceFilesystem, make_root, remove_root
from ..proto import (
    authentication_service_pb2,
    jnx_authentication_service_pb2,
    jnx_management_service_pb2,
    management_service_pb2,
)
from .frontend import (
    ClientConnection,
    ConnectionRegistry,
    DeviceListener,
    InternalEndpoint,
    build_server_ssl_context,
)
from .handlers import service_handler
from .services import (
    AuthenticationV1,
    AuthenticationV2,
    ManagementServiceV1,
    ManagementServiceV2,
    OpCommandFailed,
)
from .sessions import Session, SessionTable, UserDirectory

log = logging.getLogger("jetemu")

DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024


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
    action_script_timeout: float = 60.0  # seconds an action script (or a foreground application) may run
    notify: Any = None  # jetemu.notify.NotifySettings: brokers and JET events (None: no brokers)
    netconf_strict_ports: bool = False  # a NETCONF port that was asked for cannot fall back to a free one


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
        self.publisher: Any = None  # jetemu.notify.DevicePublisher, set while the broker runs
        self.config = ConfigDatabase(
            state_dir=self.device_dir,
            initial=factory_tree(device),
            confirm_minute=settings.confirm_minute_seconds,
        )
        self.config.add_commit_check(self._device_accepts)
        self.config.add_commit_listener(self._committed)
        self.sessions.on_end.append(self._session_ended)
        # The device's own files (/var/tmp, /var/db/scripts/jet, ...): kept under --state-dir,
        # else in a temporary directory removed when the emulator stops.
        root, self.temporary_root = make_root(self.device_dir)
        self.filesystem = DeviceFilesystem(root, users=spec.users)
        self.mqtt_port: int | None = None  # set once the device's broker listens
        self.apps = DeviceApps(
            self.filesystem,
            registry=lambda: opcmd.default_registry,
            where=self._program_environment,
            script_timeout=settings.action_script_timeout,
        )
        # The device follows the configuration from the start (a restart with --state-dir
        # brings back the committed configuration, not only the identity).
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
    return dict(json.loads(cfg_engine.render(tree, "json")))


def factory_tree(device: opcmd.Device) -> cfg_engine.ConfigTree:
    """The configuration a new device boots with (hostname, management and loopback addresses)."""
    text = json.dumps(device.factory_configuration())
    return cfg_engine.apply_load(cfg_engine.empty(), cfg_engine.parse_load(text, "json"), "merge")


_REGISTERED = False


def register_config_commands() -> None:
    """Route `show configuration`, `get-configuration`, ... to the configuration database, and the
    on-box program commands to jetemu.apps (once)."""
    global _REGISTERED
    if not _REGISTERED:
        cfg_rpc.register(opcmd.default_registry)
        register_app_commands(opcmd.default_registry)
        _REGISTERED = True


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


class Emulator:
    """Starts and stops the internal gRPC server and one listener per device."""

    def __init__(self, specs: list[DeviceSpec], settings: ServerSettings) -> None:
        if not specs:
            raise ValueError("at least one device is needed")
        self.settings = settings
        self.registry = ConnectionRegistry()
        self.runtimes: dict[str, DeviceRuntime] = {}
        self._order: list[DeviceRuntime] = []
        for spec in specs:
            device = load_or_create_device(spec, settings)
            runtime = DeviceRuntime(spec, settings, device)
            if runtime.key in self.runtimes:
                raise ValueError(f"two devices are named {runtime.key!r}; hostnames must be unique")
            self.runtimes[runtime.key] = runtime
            self._order.append(runtime)
        self._grpc: grpc.aio.Server | None = None
        self._ssl: ssl.SSLContext | None = None
        if settings.tls is not None:
            self._ssl = build_server_ssl_context(
                settings.tls.cert_file, settings.tls.key_file, settings.tls.client_ca_file
            )
        self.backend: InternalEndpoint | None = None
        self._timers: asyncio.Task[None] | None = None
        self.notify: Any = None  # jetemu.notify.NotificationService when settings.notify is set
        self.netconf: Any = None  # jetemu.netconf.NetconfService when a device has a NETCONF port
        register_config_commands()

    @property
    def devices(self) -> list[DeviceRuntime]:
        return list(self._order)

    def runtime(self, key: str) -> DeviceRuntime:
        return self.runtimes[key]

    def _handlers(self) -> list[grpc.GenericRpcHandler]:
        from ..routing.commands import register_commands

        register_commands(opcmd.default_registry)
        limit = self.settings.max_message_bytes
        return [service_handler(service, implementation(self), limit) for service, implementation in service_table()]

    async def start(self) -> None:
        # Op commands run in worker threads (see services.run_op_command); some wait on the
        # outside world for seconds, so there are enough of them for a busy fleet.
        asyncio.get_running_loop().set_default_executor(
            concurrent.futures.ThreadPoolExecutor(max_workers=64, thread_name_prefix="jetemu-op")
        )
        limit = self.settings.max_message_bytes
        self._grpc = grpc.aio.server(
            handlers=self._handlers(),
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", limit),
                ("grpc.so_reuseport", 0),
            ],
        )
        # Reachable only through the device listeners: see frontend.InternalEndpoint.
        self.backend = InternalEndpoint()
        self._grpc.add_insecure_port(self.backend.grpc_address)
        await self._grpc.start()
        try:
            for runtime in self._order:
                listener = DeviceListener(
                    device_key=runtime.key,
                    host=runtime.spec.host,
                    port=runtime.spec.port,
                    backend=self.backend,
                    registry=self.registry,
                    ssl_context=self._ssl,
                )
                await listener.start()
                runtime.listener = listener
        except OSError:
            await self.stop()
            raise
        if self.settings.notify is not None:
            from ..notify import NotificationService

            self.notify = NotificationService(self, self.settings.notify)
            try:
                await self.notify.start()
            except BaseException:
                self.notify = None
                await self.stop()
                raise
        if any(runtime.spec.netconf_port is not None for runtime in self._order):
            from ..netconf import NetconfService

            self.netconf = NetconfService(self, strict_ports=self.settings.netconf_strict_ports)
            try:
                await self.netconf.start()
            except BaseException:
                self.netconf = None
                await self.stop()
                raise
        for runtime in self._order:
            runtime.save()
            if self.notify is not None:
                runtime.mqtt_port = self.notify.device_entry(runtime.key).get("jet_mqtt_port")
            runtime.apps.boot(config_json(runtime.config.effective()))  # jsd and broker listen now
        self._timers = asyncio.get_running_loop().create_task(self._run_timers())

    async def _run_timers(self) -> None:
        interval = min(1.0, max(0.05, self.settings.confirm_minute_seconds / 20))
        """Commit-confirmed deadlines: roll back what was not confirmed in time."""
        while True:
            await asyncio.sleep(interval)
            for runtime in self._order:
                try:
                    runtime.config.check_timers()
                except Exception:  # a failing rollback must not stop the other devices' timers
                    log.exception("device %s: commit-confirmed timer failed", runtime.key)
                runtime.apps.tick()  # reap and respawn applications (never blocks)

    def connections(self, runtime: DeviceRuntime) -> list[ClientConnection]:
        return self.registry.connections(runtime.key)

    def describe(self) -> dict[str, Any]:
        """What the ready file and ``--inventory`` are made from."""
        tls = self.settings.tls
        doc: dict[str, Any] = {
            "pid": os.getpid(),
            "tls": tls is not None,
            "mutual_tls": bool(tls and tls.mutual),
            "skip_authentication": self.settings.skip_authentication,
            "max_sessions": self.settings.max_sessions,
            "devices": [
                {
                    "name": rt.key,
                    "hostname": rt.device.hostname,
                    "host": rt.spec.host,
                    "port": rt.port,
                    "users": rt.users.names(),
                    **(self.notify.device_entry(rt.key) if self.notify is not None else {}),
                    **(self.netconf.device_entry(rt.key) if self.netconf is not None else {}),
                }
                for rt in self._order
            ],
        }
        if self.notify is not None:
            doc["notifications"] = self.notify.describe()
        return doc

    async def stop(self, grace: float = 1.0) -> None:
        if self._timers is not None:
            self._timers.cancel()
            self._timers = None
        # Applications stop with the device, before its jsd and broker go away.
        await asyncio.gather(
            *(asyncio.to_thread(runtime.apps.shutdown) for runtime in self._order), return_exceptions=True
        )
        if self.netconf is not None:
            with contextlib.suppress(Exception):
                await self.netconf.stop()
            self.netconf = None
        if self.notify is not None:
            with contextlib.suppress(Exception):
                await self.notify.stop()
            self.notify = None
        for runtime in self._order:
            if runtime.listener is not None:
                with contextlib.suppress(Exception):
                    await runtime.listener.close()
        if self._grpc is not None:
            await self._grpc.stop(grace)
            self._grpc = None
        if self.backend is not None:
            self.backend.remove()
            self.backend = None
        for runtime in self._order:
            with contextlib.suppress(Exception):
                runtime.save()
            if runtime.temporary_root:
                remove_root(runtime.filesystem.root)


def service_table() -> list[tuple[ServiceDescriptor, Any]]:
    """Every gRPC service the server registers, with the class that serves it (built per emulator).

    The one list of what jetemu serves: the server is wired from it, and the fuzz test sends
    bad input to every method of every service in it (a service added here is fuzzed too).
    """
    from ..proto import (
        jnx_firewall_service_pb2,
        jnx_interfaces_service_pb2,
        jnx_routing_base_service_pb2,
        jnx_routing_rib_service_pb2,
    )
    from .firewall import FirewallService
    from .interfaces import InterfacesService
    from .rib import RibService, RoutingBaseService

    def svc(module: Any, name: str) -> ServiceDescriptor:
        return module.DESCRIPTOR.services_by_name[name]

    return [
        (svc(jnx_authentication_service_pb2, "Authentication"), AuthenticationV2),
        (svc(jnx_management_service_pb2, "Management"), ManagementServiceV2),
        (svc(authentication_service_pb2, "Login"), AuthenticationV1),
        (svc(management_service_pb2, "ManagementRpcApi"), ManagementServiceV1),
        # RIB, routing base, firewall and interfaces (routes/filters/units per client id)
        (svc(jnx_routing_rib_service_pb2, "Rib"), RibService),
        (svc(jnx_routing_base_service_pb2, "Base"), RoutingBaseService),
        (svc(jnx_firewall_service_pb2, "Firewall"), FirewallService),
        (svc(jnx_interfaces_service_pb2, "Interfaces"), InterfacesService),
    ]


def write_atomically(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``text`` to ``path`` all at once (temp file, fsync, rename), readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    # A fresh file of our own (never a leftover or a planted link), with exactly ``mode``.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    os.fchmod(fd, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def ready_document(emulator: Emulator) -> str:
    return json.dumps(emulator.describe(), indent=2) + "\n"


async def wait_forever(stop: asyncio.Event) -> None:
    await stop.wait()
