"""The server wiring of one emulator process: a fleet of emulated devices behind one internal gRPC server.

:class:`Emulator` creates a :class:`~.runtime.DeviceRuntime` per device, registers every service of
:func:`service_table` on the internal gRPC server, and starts the device listeners, the brokers and
the timers. What a device is lives in ``runtime.py``; what a service answers lives in its own file
under ``services/``. Nothing else imports this file but the command line and the launcher.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import ssl
from functools import partial
from typing import Any

import grpc
from google.protobuf.descriptor import ServiceDescriptor

from .. import device as opcmd
from ..apps import register as register_app_commands
from ..config import rpc as cfg_rpc
from ..device.filesystem import remove_root
from ..proto import (
    authentication_service_pb2,
    bgp_route_service_pb2,
    dcd_service_pb2,
    firewall_service_pb2,
    jnx_authentication_service_pb2,
    jnx_firewall_service_pb2,
    jnx_interfaces_service_pb2,
    jnx_management_service_pb2,
    jnx_routing_base_service_pb2,
    jnx_routing_bgp_service_pb2,
    jnx_routing_interface_service_pb2,
    jnx_routing_rib_service_pb2,
    management_service_pb2,
    prpd_service_pb2,
    rib_service_pb2,
)
from .frontend import (
    ClientConnection,
    ConnectionRegistry,
    DeviceListener,
    InternalEndpoint,
    build_server_ssl_context,
)
from .handlers import service_handler
from .runtime import (
    DeviceRuntime,
    DeviceSpec,
    ServerSettings,
    TlsSettings,
    config_json,
    load_or_create_device,
)
from .services.acl import AclService
from .services.authentication import AuthenticationV2
from .services.bgp import BgpService
from .services.firewall import FirewallService
from .services.interfaces import InterfacesService
from .services.legacy_bgp_route import LegacyBgpRouteService
from .services.legacy_interface_attributes import LegacyInterfaceAttributesService
from .services.legacy_interface_owner import LegacyInterfaceOwnerService
from .services.legacy_interface_timeout import LegacyInterfaceTimeoutService
from .services.legacy_interfaces import LegacyInterfacesService
from .services.legacy_public_ifl import LegacyPublicIflService
from .services.legacy_rib import LegacyRibService
from .services.legacy_routing_base import LegacyRoutingBaseService
from .services.login import AuthenticationV1
from .services.management import ManagementServiceV2
from .services.management_v1 import ManagementServiceV1
from .services.rib import RibService
from .services.routing_base import RoutingBaseService
from .services.routing_interfaces import RoutingInterfacesService

__all__ = [
    "DeviceRuntime",
    "DeviceSpec",
    "Emulator",
    "ServerSettings",
    "TlsSettings",
    "ready_document",
    "service_table",
]

log = logging.getLogger("jetemu")


_REGISTERED = False


def register_config_commands() -> None:
    """Route `show configuration`, `get-configuration`, ... to the configuration database, and the
    on-box program commands to jetemu.apps (once)."""
    global _REGISTERED
    if not _REGISTERED:
        cfg_rpc.register(opcmd.default_registry)
        register_app_commands(opcmd.default_registry)
        _REGISTERED = True


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
        self._wire_lldp(settings.lldp_links)
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

    def _wire_lldp(self, links: list[tuple[str, str, str, str]]) -> None:
        """``--lldp-link``: each end sees the other as its LLDP neighbor."""
        for host, ifd, peer, peer_ifd in links:
            for name, port in ((host, ifd), (peer, peer_ifd)):
                runtime = self.runtimes.get(name)
                if runtime is None:
                    raise ValueError(f"--lldp-link: no device named {name!r}")
                if port not in runtime.device.interfaces:
                    raise ValueError(f"--lldp-link: device {name} has no interface {port}")
            for here, here_ifd, there, there_ifd in ((host, ifd, peer, peer_ifd), (peer, peer_ifd, host, ifd)):
                remote = self.runtimes[there].device
                self.runtimes[here].lldp_neighbors.append(
                    {
                        "local_interface": here_ifd,
                        "chassis_id": str(remote.interfaces[there_ifd].mac or ""),
                        "port_id": there_ifd,
                        "system_name": remote.hostname,
                    }
                )

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
        # Op commands run in worker threads (see services/op_commands.py); some wait on the
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
        for runtime in self._order:  # reboots and other power transitions run on this loop
            runtime.power_hooks.bind(asyncio.get_running_loop())
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
            for key, netconf in self.netconf.devices.items():  # a reboot stops NETCONF too
                self.runtimes[key].power_hooks.attach(netconf.close, partial(_listen_again, netconf))
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
        (svc(jnx_routing_bgp_service_pb2, "Bgp"), BgpService),
        (svc(jnx_routing_interface_service_pb2, "Interfaces"), RoutingInterfacesService),
        # legacy (v1) routing, sharing the state of the v2 services
        (svc(rib_service_pb2, "Rib"), LegacyRibService),
        (svc(prpd_service_pb2, "Base"), LegacyRoutingBaseService),
        (svc(bgp_route_service_pb2, "BgpRoute"), LegacyBgpRouteService),
        # legacy (v1) interfaces (dcd), on the units of jnx.jet.interfaces
        (svc(dcd_service_pb2, "InterfacesService"), LegacyInterfacesService),
        (svc(dcd_service_pb2, "AttrQueryService"), LegacyInterfaceAttributesService),
        (svc(dcd_service_pb2, "ObjectQueryService"), LegacyInterfaceOwnerService),
        (svc(dcd_service_pb2, "TimeoutService"), LegacyInterfaceTimeoutService),
        (svc(dcd_service_pb2, "PublicIflService"), LegacyPublicIflService),
        # legacy 19.2R1 firewall (acl): access lists are jnx.jet.firewall filters
        (svc(firewall_service_pb2, "AclService"), AclService),
    ]


async def _listen_again(netconf: Any) -> None:
    """NETCONF of a device that booted again: the port it had before."""
    await netconf.listen(netconf.port, strict=True)


def ready_document(emulator: Emulator) -> str:
    return json.dumps(emulator.describe(), indent=2) + "\n"


async def wait_forever(stop: asyncio.Event) -> None:
    await stop.wait()
