"""Per-device registry of what JET clients programmed, and purging after a client goes away.

jsd keeps a client's routes and filters while the client is connected. When its last session
ends, they are purged at once, or after the client's purge time (``RoutePurgeTimerAdd`` /
``FiltersPurgeTimerAdd``) if one is set; a client that logs in again with the same client id
before that (and calls ``RouteInitialize``) gets its routes back (``SUCCESS_REBOUND``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .bgp import BgpRouteState
from .firewall import FirewallState
from .interfaces import InterfaceState
from .rib import RibState
from .routing_interfaces import RoutingInterfaceState

if TYPE_CHECKING:
    from ..device.model import Device

log = logging.getLogger("jetemu.programs")


class _Cancellable(Protocol):
    def cancel(self) -> Any: ...


class _Runtime(Protocol):
    device: Device
    sessions: Any


@dataclass
class PurgeClock:
    """One pending purge per (service, client id)."""

    pending: dict[tuple[str, str], _Cancellable] = field(default_factory=dict)

    def schedule(self, service: str, client_id: str, delay: float, action: Callable[[], None]) -> None:
        self.cancel(service, client_id)
        key = (service, client_id)

        def fire() -> None:
            self.pending.pop(key, None)
            try:
                action()
            except Exception:  # a failing purge must not break the event loop
                log.exception("purge of %s state of client %r failed", service, client_id)

        try:
            loop = asyncio.get_running_loop()
            self.pending[key] = loop.call_later(delay, fire)
        except RuntimeError:
            timer = threading.Timer(delay, fire)
            timer.daemon = True
            timer.start()
            self.pending[key] = timer

    def cancel(self, service: str, client_id: str) -> bool:
        handle = self.pending.pop((service, client_id), None)
        if handle is None:
            return False
        handle.cancel()
        return True

    def is_pending(self, service: str, client_id: str) -> bool:
        return (service, client_id) in self.pending


class ClientPrograms:
    """RIB, BGP, firewall and interface state programmed by the JET clients of one device."""

    def __init__(self, device: Device, active_client_ids: Callable[[], set[str]]) -> None:
        self.device = device
        self.clock = PurgeClock()
        self._active_client_ids = active_client_ids
        self.rib = RibState(device)
        self.bgp = BgpRouteState(device)
        self.firewall = FirewallState(device)
        self.interfaces = InterfaceState(device)
        self.routing_interfaces = RoutingInterfaceState(device)

    def client_active(self, client_id: str) -> bool:
        return client_id in self._active_client_ids()

    def session_ended(self, client_id: str) -> None:
        """The connection of a session of ``client_id`` closed."""
        if self.client_active(client_id):
            return  # another session of the same client id is still there
        self._lost("rib", client_id, self.rib.purge_time(client_id), self.rib.has_state(client_id), self.rib.purge)
        # BGP routes are kept for the routing purge time too (routing.base covers all programmed routes).
        self._lost("bgp", client_id, self.rib.purge_time(client_id), self.bgp.has_state(client_id), self.bgp.purge)
        self._lost(
            "firewall",
            client_id,
            self.firewall.purge_time(client_id),
            self.firewall.has_state(client_id),
            self.firewall.purge,
        )
        if self.interfaces.purge_time(client_id):  # only with a legacy setClientTimeout
            self._lost("interfaces", client_id, self.interfaces.purge_time(client_id), True, self.interfaces.purge)
        self.rib.detach(client_id)
        self.bgp.detach(client_id)
        self.routing_interfaces.detach(client_id)

    def _lost(
        self, service: str, client_id: str, delay: int | None, has_state: bool, purge: Callable[[str], Any]
    ) -> None:
        if not has_state:
            return
        if not delay:
            purge(client_id)
            return

        def later() -> None:
            if not self.client_active(client_id):
                purge(client_id)

        self.clock.schedule(service, client_id, float(delay), later)

    def rebound(self, service: str, client_id: str) -> bool:
        """A client came back in time: keep its state (True when a purge was pending)."""
        return self.clock.cancel(service, client_id)


_PROGRAMS: dict[int, ClientPrograms] = {}  # by id(device)
_LOCK = threading.Lock()


def existing_programs(device: Device) -> ClientPrograms | None:
    """The programs of ``device`` if a JET client ever used a programming service on it."""
    programs = _PROGRAMS.get(id(device))
    return programs if programs is not None and programs.device is device else None


def programs_for(runtime: _Runtime) -> ClientPrograms:
    """The programs of ``runtime``'s device, created (and hooked to session ends) on first use."""
    with _LOCK:
        programs = existing_programs(runtime.device)
        if programs is None:
            sessions = runtime.sessions

            def active() -> set[str]:
                return {s.client_id for s in sessions.active()}

            programs = ClientPrograms(runtime.device, active)
            _PROGRAMS[id(runtime.device)] = programs
            sessions.on_end.append(lambda session: programs.session_ended(session.client_id))
        return programs
