"""``jnx.jet.routing.interfaces.Interfaces``: the routing daemon's view of interfaces (v2).

Entries come from :func:`jetemu.routing.routing_interfaces.rt_interfaces`. ``InterfaceSubscribe``
sends every interface first (status UP or DOWN), then, as the device changes, the interfaces
that changed: UP/DOWN when the state flipped, DELETED when gone, CHANGED otherwise (addresses,
MTU, ...); ``InterfaceRefresh`` resends everything, ``InterfaceUnsubscribe`` ends the stream.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc

from ...device.model import Change
from ...proto import jnx_common_addr_types_pb2 as addr_pb2
from ...proto import jnx_routing_base_types_pb2 as base_pb2
from ...proto import jnx_routing_interface_service_pb2 as rtif_pb2
from ...routing import programs_for
from ...routing.routing_interfaces import InterfaceError, RoutingInterfaceState, RtInterface, rt_interfaces
from .addresses import ip_message
from .base import ServiceBase, fail_status, ok_status
from .bgp import status_code

INTERFACE_KINDS = ("ifd", "ifl", "iff", "ifa")


def interface_entry(interface: RtInterface, as_bytes: bool, status: str | None = None) -> Any:
    """``status``: an ``InterfaceStatus`` member's name (default: up or down as the interface is)."""
    if status is None:
        status = "RT_INTF_UP" if interface.up else "RT_INTF_DOWN"
    return rtif_pb2.InterfaceEntry(
        name=interface.name,
        index=interface.index,
        status=status,
        bandwidth=interface.bandwidth,
        mtu=interface.mtu,
        addresses=[
            rtif_pb2.InterfaceAddress(
                address=base_pb2.NetworkAddress(**{a.family: ip_message(addr_pb2.IpAddress, a.address, as_bytes)}),
                prefix_length=a.prefix_length,
                is_primary=a.primary,
            )
            for a in interface.addresses
        ],
    )


class RoutingInterfacesService(ServiceBase):
    """``jnx.jet.routing.interfaces.Interfaces``."""

    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[Any, str, RoutingInterfaceState]:
        runtime, session = await self._session(context, request)
        return runtime, session.client_id, programs_for(runtime).routing_interfaces

    async def InterfaceInitialize(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        code = state.initialize(client_id)
        cls = rtif_pb2.InterfaceInitializeResponse
        return cls(status=ok_status(f"client '{client_id}': {code.lower()}"), sub_code=code)

    async def InterfaceGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = rtif_pb2.InterfaceGetResponse
        which = request.WhichOneof("key")
        try:
            if request.address_format not in addr_pb2.AddressFormat.values():
                raise InterfaceError("INTERNAL_ERROR", f"unknown address_format value {request.address_format}")
            interface = state.get(
                client_id, request.name if which == "name" else None, request.index if which == "index" else None
            )
        except InterfaceError as exc:
            return cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
        entry = interface_entry(interface, request.address_format == addr_pb2.ADDRESS_BYTES)
        return cls(status=ok_status(), sub_code=cls.SUCCESS_COMPLETED, entry=entry)

    async def InterfaceSubscribe(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, client_id, state = await self._state(context, request)
        cls = rtif_pb2.InterfaceSubscribeResponse
        try:
            if request.address_format not in addr_pb2.AddressFormat.values():
                raise InterfaceError("INTERNAL_ERROR", f"unknown address_format value {request.address_format}")
            queue = state.open_monitor(client_id)
        except InterfaceError as exc:
            yield cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
            return
        as_bytes = request.address_format == addr_pb2.ADDRESS_BYTES
        device = runtime.device
        loop = asyncio.get_running_loop()

        def listener(changes: list[Change]) -> None:
            if any(change.kind in INTERFACE_KINDS for change in changes):
                loop.call_soon_threadsafe(queue.put_nowait, "changed")

        unsubscribe = device.subscribe(listener)
        try:
            sent = rt_interfaces(device)
            yield cls(
                status=ok_status(),
                sub_code=cls.SUCCESS_COMPLETED,
                entries=[interface_entry(i, as_bytes) for i in sent.values()],
            )
            while True:
                what = await queue.get()
                if what == "stop":
                    return
                now = rt_interfaces(device)
                if what == "refresh":
                    entries = [interface_entry(i, as_bytes) for i in now.values()]
                else:
                    entries = [
                        interface_entry(sent[name], as_bytes, "RT_INTF_DELETED") for name in sent if name not in now
                    ]
                    for name, interface in now.items():
                        before = sent.get(name)
                        if before is None or before.up != interface.up:
                            entries.append(interface_entry(interface, as_bytes))
                        elif before != interface:
                            entries.append(interface_entry(interface, as_bytes, "RT_INTF_CHANGED"))
                sent = now
                if entries:
                    yield cls(status=ok_status(), sub_code=cls.SUCCESS_COMPLETED, entries=entries)
        finally:
            unsubscribe()
            state.close_monitor(client_id, queue)

    async def _poke(self, request: Any, context: grpc.aio.ServicerContext, cls: Any, what: str) -> Any:
        runtime, client_id, state = await self._state(context, request)
        try:
            state.poke_monitor(client_id, what)
        except InterfaceError as exc:
            return cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
        return cls(status=ok_status(), sub_code=cls.SUCCESS_COMPLETED)

    async def InterfaceUnsubscribe(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, rtif_pb2.InterfaceUnsubscribeResponse, "stop")

    async def InterfaceRefresh(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, rtif_pb2.InterfaceRefreshResponse, "refresh")
