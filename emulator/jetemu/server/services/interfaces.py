"""``jnx.jet.interfaces.Interfaces``: logical units, families and addresses within JET permissions.

The wire objects are mapped to :class:`jetemu.routing.interfaces.Target` and handed to
:class:`~jetemu.routing.interfaces.InterfaceState`, which enforces ownership and validity. ARP
objects are not served (answered ``INTERFACE_OBJECT_MISMATCH``).
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import jnx_common_addr_types_pb2 as addr_pb2
from ...proto import jnx_common_base_types_pb2 as common_pb2
from ...proto import jnx_interfaces_service_pb2 as if_pb2
from ...routing import programs_for
from ...routing.interfaces import InterfaceError, Target
from ..limits import enum_name
from .base import ServiceBase

KINDS = {
    "interfaces": ("interface", if_pb2.TYPE_INTERFACE_OBJECT),
    "unit": ("unit", if_pb2.TYPE_INTERFACE_UNIT_OBJECT),
    "family": ("family", if_pb2.TYPE_INTERFACE_FAMILY_OBJECT),
    "address": ("address", if_pb2.TYPE_INTERFACE_ADDRESS_OBJECT),
    "arp": ("arp", if_pb2.TYPE_INTERFACE_ARP_OBJECT),
}


def _reply(cls: Any, error: InterfaceError | None, message: str = "", **fields: Any) -> Any:
    if error is None:
        return cls(status=common_pb2.RpcStatus(code=common_pb2.SUCCESS, message=message), sub_code=0, **fields)
    names = set(cls.StatusCode.keys())
    code = error.code if error.code in names else "OBJECT_NOT_FOUND"
    if code not in names:
        code = "INTERFACE_OBJECT_MISMATCH"
    return cls(
        status=common_pb2.RpcStatus(code=common_pb2.FAILURE, message=error.message),
        sub_code=cls.StatusCode.Value(code),
        **fields,
    )


def _object(request: Any) -> tuple[str, Target, Any]:
    which = request.WhichOneof("interface_object")
    if which is None:
        raise InterfaceError(
            "INTERFACE_OBJECT_MISMATCH", "no interface object given (interfaces, unit, family, address)"
        )
    kind, expected = KINDS[which]
    if request.type != expected:
        raise InterfaceError(
            "INTERFACE_OBJECT_MISMATCH",
            f"type {enum_name(if_pb2.InterfaceType, request.type)} does not match the {which} object that was sent",
        )
    if kind == "arp":
        raise InterfaceError("INTERFACE_OBJECT_MISMATCH", "ARP objects are not supported by this device")
    obj = getattr(request, which)
    unit = obj.unit.number if kind != "interface" and obj.HasField("unit") else None
    family = None
    if kind in ("family", "address"):
        family = enum_name(addr_pb2.AfType, obj.family)
    address = None
    if kind == "address":
        address = obj.ip_address.addr_string if obj.ip_address.WhichOneof("addr_format") == "addr_string" else ""
    return kind, Target(obj.port_name, unit, family, address), obj


def _attributes(obj: Any) -> tuple[dict[str, str], dict[str, int]]:
    if not obj.HasField("attributes"):
        return {}, {}
    strings = {a.key: a.value for a in obj.attributes.string_attributes}
    integers = {a.key: a.value for a in obj.attributes.integer_attributes}
    return strings, integers


def _attribute_list(strings: dict[str, str], integers: dict[str, int]) -> Any:
    return if_pb2.InterfaceAttributeList(
        string_attributes=[if_pb2.StringAttribute(key=k, value=v) for k, v in strings.items()],
        integer_attributes=[if_pb2.IntegerAttribute(key=k, value=v) for k, v in integers.items()],
    )


class InterfacesService(ServiceBase):
    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[Any, str]:
        runtime, session = await self._session(context, request)
        return programs_for(runtime).interfaces, session.client_id

    async def _set(self, request: Any, context: grpc.aio.ServicerContext, create_only: bool) -> Any:
        cls = if_pb2.InterfaceAddResponse if create_only else if_pb2.InterfaceUpdateResponse
        state, client = await self._state(context, request)
        try:
            kind, target, obj = _object(request)
            strings, integers = _attributes(obj)
            state.set(client, kind, target, strings, integers, create_only=create_only)
        except InterfaceError as exc:
            return _reply(cls, exc)
        return _reply(cls, None)

    async def InterfaceAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._set(request, context, True)

    async def InterfaceUpdate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._set(request, context, False)

    async def InterfaceDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            kind, target, _ = _object(request)
            state.delete(client, kind, target)
        except InterfaceError as exc:
            return _reply(if_pb2.InterfaceDeleteResponse, exc)
        return _reply(if_pb2.InterfaceDeleteResponse, None)

    async def InterfaceGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, _ = await self._state(context, request)
        try:
            kind, target, obj = _object(request)
            found = state.get(kind, target)
        except InterfaceError as exc:
            return _reply(if_pb2.InterfaceGetResponse, exc, type=request.type)
        attributes = _attribute_list(found["strings"], found["integers"])
        unit = if_pb2.InterfaceUnit(number=target.unit or 0)
        slot: dict[str, Any]
        if kind == "interface":
            slot = {"interfaces": if_pb2.InterfaceConfig(port_name=target.port, attributes=attributes)}
        elif kind == "unit":
            slot = {"unit": if_pb2.InterfaceUnitConfig(port_name=target.port, unit=unit, attributes=attributes)}
        elif kind == "family":
            slot = {
                "family": if_pb2.InterfaceFamilyConfig(
                    port_name=target.port, unit=unit, family=obj.family, attributes=attributes
                )
            }
        else:
            slot = {
                "address": if_pb2.InterfaceAddressConfig(
                    port_name=target.port,
                    unit=unit,
                    family=obj.family,
                    ip_address=addr_pb2.IpAddress(addr_string=found["address"]),
                )
            }
        return _reply(if_pb2.InterfaceGetResponse, None, type=request.type, **slot)

    async def InterfaceUnitPermissionsGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        cls = if_pb2.InterfaceUnitPermissionsGetResponse
        try:
            unit = request.unit.number if request.HasField("unit") else None
            is_owner, created, name = state.permissions(client, Target(request.port_name, unit))
        except InterfaceError as exc:
            return _reply(cls, exc)
        return _reply(cls, None, is_owner=is_owner, client_created_unit=created, client_name=name)
