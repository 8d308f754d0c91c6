"""One emulator process: a fleet of emulated devices behind one internal gRPC server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc

from .. import device as opcmd
from ..proto import (
    authentication_service_pb2,
    jnx_authentication_service_pb2,
    jnx_management_service_pb2,
    management_service_pb2,
)
from .frontend import ClientConnection, ConnectionRegistry, DeviceListener, build_server_ssl_context
from .handlers import service_handler
from .services import (
    AuthenticationV1,
    AuthenticationV2,
    ManagementV1,
    ManagementV2,
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


@dataclass
class ServerSettings:
    skip_authentication: bool = False
    max_sessions: int = 8
    tls: TlsSettings | None = None
    max_message_bytes: int = DEFAULT_MAX_MESSAGE
    state_dir: Path | None = None


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

    @property
    def port(self) -> int:
        return self.listener.bound_port if self.listener is not None else self.spec.port

    @property
    def state_path(self) -> Path | None:
        if self.settings.state_dir is None:
            return None
        return self.settings.state_dir / f"device-{self.spec.index}" / "device.json"

    def on_login(self, session: Session) -> None:
        self.logins += 1

    # -- operational commands ---------------------------------------------------------
    def _context(self, session: Session) -> opcmd.CommandContext:
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
            user=session.user or "root",
            extras=self.command_extras(session),
        )

    def command_extras(self, session: Session) -> dict[str, Any]:
        """What other subsystems (configuration, ...) give op commands through the context."""
        return {"session": session, "runtime": self}

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
        self.backend_port = 0

    @property
    def devices(self) -> list[DeviceRuntime]:
        return list(self._order)

    def runtime(self, key: str) -> DeviceRuntime:
        return self.runtimes[key]

    def _handlers(self) -> list[grpc.GenericRpcHandler]:
        def svc(module: Any, name: str) -> Any:
            return module.DESCRIPTOR.services_by_name[name]

        return [
            service_handler(svc(jnx_authentication_service_pb2, "Authentication"), AuthenticationV2(self)),
            service_handler(svc(jnx_management_service_pb2, "Management"), ManagementV2(self)),
            service_handler(svc(authentication_service_pb2, "Login"), AuthenticationV1(self)),
            service_handler(svc(management_service_pb2, "ManagementRpcApi"), ManagementV1(self)),
        ]

    async def start(self) -> None:
        limit = self.settings.max_message_bytes
        self._grpc = grpc.aio.server(
            handlers=self._handlers(),
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", limit),
                ("grpc.so_reuseport", 0),
            ],
        )
        self.backend_port = self._grpc.add_insecure_port("127.0.0.1:0")
        await self._grpc.start()
        try:
            for runtime in self._order:
                listener = DeviceListener(
                    device_key=runtime.key,
                    host=runtime.spec.host,
                    port=runtime.spec.port,
                    backend_port=self.backend_port,
                    registry=self.registry,
                    ssl_context=self._ssl,
                )
                await listener.start()
                runtime.listener = listener
        except OSError:
            await self.stop()
            raise
        for runtime in self._order:
            runtime.save()

    def connections(self, runtime: DeviceRuntime) -> list[ClientConnection]:
        return self.registry.connections(runtime.key)

    def describe(self) -> dict[str, Any]:
        """What the ready file and ``--inventory`` are made from."""
        tls = self.settings.tls
        return {
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
                }
                for rt in self._order
            ],
        }

    async def stop(self, grace: float = 1.0) -> None:
        for runtime in self._order:
            if runtime.listener is not None:
                with contextlib.suppress(Exception):
                    await runtime.listener.close()
        if self._grpc is not None:
            await self._grpc.stop(grace)
            self._grpc = None
        for runtime in self._order:
            with contextlib.suppress(Exception):
                runtime.save()


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def ready_document(emulator: Emulator) -> str:
    return json.dumps(emulator.describe(), indent=2) + "\n"


async def wait_forever(stop: asyncio.Event) -> None:
    await stop.wait()
