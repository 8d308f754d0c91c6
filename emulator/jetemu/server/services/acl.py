"""Legacy ``acl.AclService`` (the 19.2R1 firewall_service.proto): access lists, bindings, policers, counters.

Access lists are the filters of ``jnx.jet.firewall.Firewall``: each legacy message is rewritten
into its v2 equivalent (``acl_terms.py``) and handed to the same
:class:`~jetemu.routing.firewall.FirewallState`, so an access list shows as a filter everywhere
(v2 ``FilterCounterGet``/``PolicerCounterGet`` read its counters, ``test firewall traffic`` moves
them, firewall events name it) and purge timers and ownership follow the client id as for v2.
Families inet and inet6 are served; the others answer ACL_STATUS_EUNSUPPORTED_OP.
Replies carry an ``AccessListReturnVal`` only (the reason of a refusal is logged).
``AccessListPileupStart``/``End`` bracket a batch; jetemu applies each change at once (there is no
forwarding hardware to program in one go), and ``PileupEnd`` without a ``PileupStart`` is refused.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import grpc
from google.protobuf.json_format import MessageToDict

from ...proto import firewall_service_pb2 as acl_pb2
from ...proto import jnx_firewall_service_pb2 as fw_pb2
from ...routing import programs_for
from ...routing.firewall import FirewallError, FirewallState
from ..limits import enum_name
from .acl_terms import AclUnsupported, convert
from .base import ServiceBase

log = logging.getLogger("jetemu.services")

FAMILIES: dict[int, str] = {acl_pb2.ACL_FAMILY_INET: "inet", acl_pb2.ACL_FAMILY_INET6: "inet6"}
TERMS = {
    "inet": ("inet_entry", fw_pb2.FilterInetTerm, "inet_term"),
    "inet6": ("inet6_entry", fw_pb2.FilterInet6Term, "inet6_term"),
}
POLICER_TYPES = {
    acl_pb2.ACL_TWO_COLOR_POLICER: "TWO_COLOR_POLICER",
    acl_pb2.ACL_SINGLE_RATE_THREE_COLOR_POLICER: "SINGLE_RATE_THREE_COLOR_POLICER",
    acl_pb2.ACL_TWO_RATE_THREE_COLOR_POLICER: "TWO_RATE_THREE_COLOR_POLICER",
    acl_pb2.ACL_HIERARCHICAL_POLICER: "HIERARCHICAL_POLICER",
}
DIRECTIONS = {
    acl_pb2.ACL_BIND_DIRECTION_INPUT: "BIND_DIRECTION_INPUT",
    acl_pb2.ACL_BIND_DIRECTION_OUTPUT: "BIND_DIRECTION_OUTPUT",
}


def _status(code: str) -> str:
    """A FirewallError code as the ``AccessListReturnVal`` member's name."""
    name = f"ACL_STATUS_{code}"
    return name if name in acl_pb2.AccessListReturnVal.keys() else "ACL_STATUS_EINTERNAL"


def _family(value: int, what: str = "acl_family") -> str:
    family = FAMILIES.get(value)
    if family is None:
        name = enum_name(acl_pb2.AccessListFamilies, value)
        raise FirewallError(f"{what} {name} is not supported by this device (inet, inet6)", "EUNSUPPORTED_OP")
    return family


def _terms(acl: Any, family: str) -> list[tuple[str, dict[str, Any]]]:
    member, term_cls, kind = TERMS[family]
    out = []
    for index, entry in enumerate(acl.ace_list):
        which = entry.WhichOneof("OneOf_AclEntry")
        if which != member:
            raise FirewallError(f"entry {index + 1}: a {which or 'empty entry'} cannot go into a {family} access list")
        legacy = type(getattr(entry, which))()
        legacy.CopyFrom(getattr(entry, which))
        if legacy.adjacency.type == acl_pb2.ACL_ADJACENCY_NONE:
            legacy.ClearField("adjacency")
        try:
            term = convert(legacy, term_cls.DESCRIPTOR, family)
        except AclUnsupported as exc:
            raise FirewallError(f"entry '{legacy.ace_name}': {exc.message}", "EUNSUPPORTED_OP") from None
        out.append((kind, MessageToDict(term, preserving_proto_field_name=True)))
    return out


class AclService(ServiceBase):
    """Legacy ``acl.AclService``."""

    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[FirewallState, str]:
        runtime, session = await self._session(context, request)
        return programs_for(runtime).firewall, session.client_id

    @staticmethod
    def _reply(client_id: str, rpc: str, error: FirewallError | None) -> Any:
        if error is None:
            return acl_pb2.AccessListReturnStatus(status=acl_pb2.ACL_STATUS_EOK)
        log.info("client %r: legacy %s refused: %s: %s", client_id, rpc, error.code, error.message)
        return acl_pb2.AccessListReturnStatus(status=_status(error.code))

    async def AccessListAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            family = _family(request.acl_family)
            if request.acl_type != acl_pb2.ACL_TYPE_CLASSIC:
                raise FirewallError("acl_type must be ACL_TYPE_CLASSIC")
            state.add(client, request.acl_name, "TYPE_CLASSIC", f"FAMILY_{family.upper()}", _terms(request, family))
        except FirewallError as exc:
            return self._reply(client, "AccessListAdd", exc)
        return self._reply(client, "AccessListAdd", None)

    async def AccessListChange(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            family = _family(request.acl_family)
            state.modify(client, request.acl_name, f"FAMILY_{family.upper()}", _terms(request, family))
        except FirewallError as exc:
            return self._reply(client, "AccessListChange", exc)
        return self._reply(client, "AccessListChange", None)

    async def AccessListDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.delete(client, request.acl_name, f"FAMILY_{_family(request.acl_family).upper()}")
        except FirewallError as exc:
            return self._reply(client, "AccessListDelete", exc)
        return self._reply(client, "AccessListDelete", None)

    async def _bind(self, request: Any, context: grpc.aio.ServicerContext, add: bool) -> Any:
        state, client = await self._state(context, request)
        rpc = "AccessListBindAdd" if add else "AccessListBindDelete"
        try:
            family = _family(request.acl.acl_family)
            which = request.bind_object.WhichOneof("OneOf_AclBindPoint")
            if request.obj_type != acl_pb2.ACL_BIND_OBJ_TYPE_INTERFACE or which not in (None, "intf"):
                raise FirewallError("binding to anything but an interface is not supported", "EUNSUPPORTED_OP")
            bind_family = (
                "FAMILY_INVALID"
                if request.bind_family == acl_pb2.ACL_FAMILY_INVALID
                else f"FAMILY_{_family(request.bind_family, 'bind_family').upper()}"
            )
            state.bind(
                client,
                request.acl.acl_name,
                f"FAMILY_{family.upper()}",
                "BIND_OBJ_TYPE_INTERFACE",
                request.bind_object.intf,
                DIRECTIONS.get(request.bind_direction, "BIND_DIRECTION_INVALID"),
                bind_family,
                add,
            )
        except FirewallError as exc:
            return self._reply(client, rpc, exc)
        return self._reply(client, rpc, None)

    async def AccessListBindAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._bind(request, context, True)

    async def AccessListBindDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._bind(request, context, False)

    async def _policer(self, request: Any, context: grpc.aio.ServicerContext, modify: bool) -> Any:
        state, client = await self._state(context, request)
        rpc = "AccessListPolicerReplace" if modify else "AccessListPolicerAdd"
        try:
            kind = POLICER_TYPES.get(request.policer_type)
            if kind is None:
                raise FirewallError(
                    f"policer_type {enum_name(acl_pb2.AclPolicerType, request.policer_type)} is not valid"
                )
            policer = convert(request, fw_pb2.Policer.DESCRIPTOR, "inet")
            params = MessageToDict(policer.params, preserving_proto_field_name=True)
            flag = enum_name(fw_pb2.PolicerFlag, policer.flag)
            state.policer_set(client, request.policer_name, kind, flag, params, modify)
        except AclUnsupported as exc:
            return self._reply(client, rpc, FirewallError(exc.message, "EUNSUPPORTED_OP"))
        except FirewallError as exc:
            return self._reply(client, rpc, exc)
        return self._reply(client, rpc, None)

    async def AccessListPolicerAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._policer(request, context, False)

    async def AccessListPolicerReplace(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._policer(request, context, True)

    async def AccessListPolicerDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.policer_delete(client, request.policer_name)
        except FirewallError as exc:
            return self._reply(client, "AccessListPolicerDelete", exc)
        return self._reply(client, "AccessListPolicerDelete", None)

    async def AccessListPileupStart(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        state.pileups.add(client)
        return self._reply(client, "AccessListPileupStart", None)

    async def AccessListPileupEnd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        if client not in state.pileups:
            return self._reply(client, "AccessListPileupEnd", FirewallError("no AccessListPileupStart before"))
        state.pileups.discard(client)
        return self._reply(client, "AccessListPileupEnd", None)

    async def _counter(self, request: Any, context: grpc.aio.ServicerContext, policer: bool) -> Any:
        state, client = await self._state(context, request)
        try:
            packets, octets = state.counter(request.acl.acl_name, request.counter_name, policer)
        except FirewallError as exc:
            log.info("client %r: legacy counter read refused: %s", client, exc.message)
            return acl_pb2.AccessListCounterVal(counter_name=request.counter_name, status=_status(exc.code))
        return acl_pb2.AccessListCounterVal(
            counter_name=request.counter_name, status=acl_pb2.ACL_STATUS_EOK, bytes=octets, packets=packets
        )

    async def AccessListCounterGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter(request, context, False)

    async def AccessListPolicerCounterGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter(request, context, True)

    async def AccessListCounterClear(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.clear(request.acl.acl_name, request.counter_name)
        except FirewallError as exc:
            return self._reply(client, "AccessListCounterClear", exc)
        return self._reply(client, "AccessListCounterClear", None)

    async def _bulk(self, request: Any, context: grpc.aio.ServicerContext, policer: bool) -> AsyncIterator[Any]:
        state, client = await self._state(context, request)
        name = request.acl.acl_name
        try:
            names = state.counter_names(name, policer)
        except FirewallError as exc:
            yield acl_pb2.AccessListCounterVal(status=_status(exc.code))
            return
        for counter in names[request.starting_index :]:
            packets, octets = state.counter(name, counter, policer)
            yield acl_pb2.AccessListCounterVal(
                counter_name=counter, status=acl_pb2.ACL_STATUS_EOK, bytes=octets, packets=packets
            )

    def AccessListCounterBulkGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        return self._bulk(request, context, False)

    def AccessListPolicerCounterBulkGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        return self._bulk(request, context, True)
