"""The routing daemon's view of interfaces, served by ``jnx.jet.routing.interfaces.Interfaces``.

Each logical interface of the device as rpd knows it: name (``ge-0/0/0.0``), interface index,
up/down, bandwidth (bits per second of its physical interface), MTU (of family inet, else of the
physical interface) and its inet/inet6 addresses. Clients must call ``InterfaceInitialize`` first;
a client has at most one ``InterfaceSubscribe`` stream, which ``InterfaceRefresh`` asks to resend
everything and ``InterfaceUnsubscribe`` ends. The wire layer is ``jetemu.server.services.routing_interfaces``.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .rib import RibError

if TYPE_CHECKING:
    from ..device.model import Device

InterfaceError = RibError  # a status name and a message

_SPEED = re.compile(r"^(\d+)([kmg])bps$", re.IGNORECASE)


@dataclass(frozen=True)
class RtAddress:
    address: str
    family: str  # "inet" or "inet6"
    prefix_length: int
    primary: bool


@dataclass(frozen=True)
class RtInterface:
    name: str
    index: int
    up: bool
    bandwidth: int  # bits per second, 0 when unknown
    mtu: int  # 0 when unlimited
    addresses: tuple[RtAddress, ...]


def bandwidth(speed: str) -> int:
    match = _SPEED.match(speed.strip())
    if match is None:
        return 0
    return int(match.group(1)) * {"k": 10**3, "m": 10**6, "g": 10**9}[match.group(2).lower()]


def rt_interfaces(device: Device) -> dict[str, RtInterface]:
    """Every logical interface of ``device`` as rpd sees it, by name."""
    out: dict[str, RtInterface] = {}
    with device.lock:
        for ifd in device.interfaces.values():
            for unit in ifd.units.values():
                addresses = []
                for family in unit.families.values():
                    if family.name not in ("inet", "inet6"):
                        continue
                    for position, address in enumerate(family.addresses):
                        addresses.append(
                            RtAddress(str(address.ip), family.name, address.network.prefixlen, position == 0)
                        )
                inet = unit.families.get("inet")
                mtu = ifd.family_mtu(inet) if inet is not None else ifd.mtu
                name = f"{ifd.name}.{unit.unit}"
                out[name] = RtInterface(
                    name=name,
                    index=unit.ifindex,
                    up=ifd.unit_oper_up(unit),
                    bandwidth=bandwidth(ifd.speed),
                    mtu=mtu or 0,
                    addresses=tuple(addresses),
                )
    return out


@dataclass
class RoutingInterfaceState:
    device: Device
    initialized: set[str] = field(default_factory=set)
    monitors: dict[str, asyncio.Queue[str]] = field(default_factory=dict)

    def initialize(self, client_id: str) -> str:
        """A client keeps no state here beyond its session: never SUCCESS_REBOUND."""
        if client_id in self.initialized:
            return "ALREADY_INITIALIZED"
        self.initialized.add(client_id)
        return "SUCCESS_COMPLETED"

    def detach(self, client_id: str) -> None:
        self.initialized.discard(client_id)

    def require_initialized(self, client_id: str) -> None:
        if client_id not in self.initialized:
            raise InterfaceError(
                "NOT_INITIALIZED", f"client '{client_id}' must call InterfaceInitialize before any other call"
            )

    def get(self, client_id: str, name: str | None, index: int | None) -> RtInterface:
        self.require_initialized(client_id)
        interfaces = rt_interfaces(self.device)
        if name:
            found = interfaces.get(name)
            if found is None:
                raise InterfaceError(
                    "NOT_FOUND", f"interface {name} does not exist (give a logical name, e.g. ge-0/0/0.0)"
                )
            return found
        if index:
            for interface in interfaces.values():
                if interface.index == index:
                    return interface
            raise InterfaceError("NOT_FOUND", f"no interface has index {index}")
        raise InterfaceError("INVALID_INDEX_AND_NAME", "give the interface's name or its (non-zero) index")

    def open_monitor(self, client_id: str) -> asyncio.Queue[str]:
        self.require_initialized(client_id)
        if client_id in self.monitors:
            raise InterfaceError("ALREADY_SUBSCRIBED", f"client '{client_id}' already has an interface stream open")
        queue: asyncio.Queue[str] = asyncio.Queue()
        self.monitors[client_id] = queue
        return queue

    def close_monitor(self, client_id: str, queue: asyncio.Queue[str]) -> None:
        if self.monitors.get(client_id) is queue:
            del self.monitors[client_id]

    def poke_monitor(self, client_id: str, what: str) -> None:
        self.require_initialized(client_id)
        queue = self.monitors.get(client_id)
        if queue is None:
            raise InterfaceError("NOTIFICATION_NOT_SUBSCRIBED", f"client '{client_id}' has no interface stream open")
        queue.put_nowait(what)
        if what == "stop":
            del self.monitors[client_id]
