"""Legacy ``interface.InterfacesService`` (dcd_service.proto): create and delete interface objects.

The objects are the units, families and addresses of ``jnx.jet.interfaces.Interfaces``, with the
same permissions: a client creates logical units on existing physical interfaces and changes or
deletes only what it created; physical interfaces belong to the configuration (and to the
hardware), so ``InterfaceCreate``/``InterfaceDelete`` are refused with NOT_OWNER, and ARP entries
(``InterfaceRTAddress*``) are not supported. ``InterfaceLogicalConfig.status`` is not applied:
proto3 cannot tell INTF_DOWN (0) from a field left unset; the ``disable`` integer attribute takes a
unit down. Routing instances, bridge domains and logical systems (``ri_name``, ``bd_name``,
``lr_name``) are refused.
"""

from __future__ import annotations

from typing import Any

import grpc

from ...routing import programs_for
from ...routing.interfaces import InterfaceError
from .base import ServiceBase
from .dcd import attributes, config_reply, target


class LegacyInterfacesService(ServiceBase):
    """Legacy ``interface.InterfacesService``."""

    async def _apply(self, request: Any, context: grpc.aio.ServicerContext, kind: str, create: bool) -> Any:
        runtime, session = await self._session(context, request)
        state = programs_for(runtime).interfaces
        try:
            where = target(request)
            fields = request.DESCRIPTOR.fields_by_name
            for name in ("lr_name", "bd_name", "ri_name"):
                if name in fields and getattr(request, name):
                    raise InterfaceError("OPERATION_FAILED", f"{name} is not supported by this device")
            if kind == "arp":
                raise InterfaceError("OPERATION_FAILED", "ARP entries are not supported by this device")
            if create:
                strings, integers = attributes(request)
                state.set(session.client_id, kind, where, strings, integers, create_only=True)
            else:
                state.delete(session.client_id, kind, where)
        except InterfaceError as exc:
            return config_reply(request, exc)
        return config_reply(request, None)

    async def InterfaceCreate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "interface", True)

    async def InterfaceDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "interface", False)

    async def InterfaceLogicalCreate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "unit", True)

    async def InterfaceLogicalDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "unit", False)

    async def InterfaceFamilyCreate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "family", True)

    async def InterfaceFamilyDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "family", False)

    async def InterfaceAddressCreate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "address", True)

    async def InterfaceAddressDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "address", False)

    async def InterfaceRTAddressCreate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "arp", True)

    async def InterfaceRTAddressDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._apply(request, context, "arp", False)
