"""``jnx.jet.routing.rib.Rib``: the wire side of programmed routes.

Requests are turned into :class:`jetemu.routing.rib.RouteSpec` (plain strings) and handed to the
device's :class:`~jetemu.routing.rib.RibState`; answers carry ``status`` (SUCCESS/FAILURE with a
message naming the route and the problem), ``sub_code`` and ``operations_completed``.

RouteGet reads back the calling client's own programmed routes (routes of other protocols are
read with ``show route``); RouteSubscribe streams the whole table (every protocol): the current
routes first, an end-of-table marker when asked, then every change until the client cancels.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import AsyncIterator, Sequence
from typing import Any, cast

import grpc

from ...device.model import NextHop
from ...proto import jnx_common_addr_types_pb2 as addr_pb2
from ...proto import jnx_routing_base_types_pb2 as base_pb2
from ...proto import jnx_routing_rib_service_pb2 as rib_pb2
from ...routing import programs_for
from ...routing.rib import GatewaySpec, ProgrammedRoute, RibError, RouteSpec, check_table
from ..limits import enum_name
from ..runtime import DeviceRuntime
from ..sessions import Session
from .addresses import TABLE_IDS, ip_message, network_address, pairs, table_name
from .addresses import route_spec as wire_route_spec
from .base import ServiceBase, fail_status, ok_status
from .route_watch import END_OF_TABLE, watch_table

PROTOCOL_NUMBERS = {
    "Direct": base_pb2.PROTO_DIRECT,
    "Local": base_pb2.PROTO_LOCAL,
    "Static": base_pb2.PROTO_STATIC,
    "BGP-Static": base_pb2.PROTO_BGP_STATIC,
    "OSPF": base_pb2.PROTO_OSPF,
    "IS-IS": base_pb2.PROTO_ISIS,
    "RIP": base_pb2.PROTO_RIP,
    "BGP": base_pb2.PROTO_BGP,
    "Aggregate": base_pb2.PROTO_AGGREGATE,
}
GET_BULK = 1000


def route_spec(entry: Any) -> RouteSpec:
    return wire_route_spec(entry, base_pb2.RouteProtoType)


def _ip(text: str, as_bytes: bool) -> Any:
    return ip_message(addr_pb2.IpAddress, text, as_bytes)


def _net(text: str, family: str, as_bytes: bool) -> Any:
    if family == "inet6":
        return base_pb2.NetworkAddress(inet6=_ip(text, as_bytes))
    return base_pb2.NetworkAddress(inet=_ip(text, as_bytes))


@functools.lru_cache(maxsize=64)
def _table(name: str, by_id: bool) -> Any:
    if by_id:
        return base_pb2.RouteTable(id=base_pb2.RouteTableId(id=TABLE_IDS.get(name, 0)))
    return base_pb2.RouteTable(name=base_pb2.RouteTableName(name=name))


@functools.lru_cache(maxsize=4096)
def _nexthop(gateways: tuple[GatewaySpec, ...], family: str, as_bytes: bool) -> Any:
    """The ``RouteNexthop`` of a set of gateways; routes usually share a few, so it is built once."""
    return rib_pb2.RouteNexthop(
        gateways=[
            rib_pb2.RouteGateway(
                gateway_address=_net(gw.address, family, as_bytes) if gw.address else None,
                interface_name=gw.interface,
                weight=gw.weight,
                bandwidth=gw.bandwidth,
            )
            for gw in gateways
        ]
    )


@functools.lru_cache(maxsize=4096)
def _attributes_for(
    preference: int,
    preferences: tuple[tuple[int, int], ...],
    tags: tuple[tuple[int, int], ...],
    colors: tuple[tuple[int, int], ...],
) -> Any:
    attributes = rib_pb2.RouteAttributes()
    prefs = dict(preferences)
    prefs.setdefault(0, preference)
    for key, value in prefs.items():
        attributes.preferences[key].value = value
    for key, value in tags:
        attributes.tags[key].value = value
    for key, value in colors:
        attributes.colors[key].value = value
    return attributes


def _attributes(route: ProgrammedRoute) -> Any:
    return _attributes_for(route.preference, route.preferences, route.tags, route.colors)


def programmed_entry(route: ProgrammedRoute, as_bytes: bool, table_by_id: bool = False) -> Any:
    """The ``RouteEntry`` RouteGet returns for a programmed route (shared parts come from caches)."""
    network = route.network
    family = "inet6" if network.version == 6 else "inet"
    return rib_pb2.RouteEntry(
        key=rib_pb2.RouteMatch(
            dest_prefix=_net(str(network.network_address), family, as_bytes),
            dest_prefix_len=network.prefixlen,
            table=_table(route.table, table_by_id),
            cookie=route.cookie,
        ),
        nexthop=_nexthop(route.gateways, family, as_bytes),
        protocol=cast("base_pb2.RouteProtoType", base_pb2.RouteProtoType.Value(route.protocol_code)),
        attributes=_attributes(route),
        enable_stats=route.enable_stats,
    )


def _entry_for_get(route: ProgrammedRoute, as_bytes: bool) -> Any:
    return programmed_entry(route, as_bytes, False)


def _table_entry(table: str, prefix: str, protocol: str, preference: int, hops: Sequence[NextHop]) -> Any:
    network = ipaddress.ip_network(prefix)
    family = "inet6" if network.version == 6 else "inet"
    gateways = [
        rib_pb2.RouteGateway(
            gateway_address=_net(hop.to, family, False) if hop.to else None, interface_name=hop.via or ""
        )
        for hop in hops
    ]
    attributes = rib_pb2.RouteAttributes()
    attributes.preferences[0].value = preference
    return rib_pb2.RouteEntry(
        key=rib_pb2.RouteMatch(
            dest_prefix=_net(str(network.network_address), family, False),
            dest_prefix_len=network.prefixlen,
            table=_table(table, False),
        ),
        nexthop=rib_pb2.RouteNexthop(gateways=gateways),
        protocol=PROTOCOL_NUMBERS.get(protocol, base_pb2.PROTO_OTHER),
        attributes=attributes,
    )


class RibService(ServiceBase):
    """``jnx.jet.routing.rib.Rib``."""

    async def _rib(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[DeviceRuntime, Session, Any]:
        runtime, session = await self._session(context, request)
        programs = programs_for(runtime)
        if programs.rib.encode_entry is None:
            programs.rib.encode_entry = _entry_for_get
        return runtime, session, programs

    async def RouteInitialize(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        defaults = dict(pairs(request.default_preferences))
        rebound = programs.rebound("rib", session.client_id)
        code, count = programs.rib.initialize(
            session.client_id, defaults, request.default_response_address_format == addr_pb2.ADDRESS_BYTES, rebound
        )
        messages = {
            "SUCCESS": f"client '{session.client_id}' initialized",
            "SUCCESS_REBOUND": f"client '{session.client_id}' rebound to its {count} route(s)",
            "ALREADY_INITIALIZED": f"client '{session.client_id}' was already initialized",
        }
        return rib_pb2.RouteInitializeResponse(
            status=ok_status(messages[code]), sub_code=code, num_client_routes=count
        )

    async def RouteCleanup(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        try:
            count = programs.rib.cleanup(session.client_id)
        except RibError as exc:
            return rib_pb2.RouteCleanupResponse(
                status=fail_status(exc.message), sub_code=exc.code
            )
        return rib_pb2.RouteCleanupResponse(status=ok_status(f"{count} route(s) removed"), sub_code=rib_pb2.SUCCESS)

    async def _change(self, operation: str, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        try:
            specs = [route_spec(entry) for entry in request.routes]
            completed, error = programs.rib.change(session.client_id, operation, specs)
        except RibError as exc:
            return rib_pb2.RouteSetOperResponse(
                status=fail_status(exc.message), sub_code=exc.code, operations_completed=0
            )
        if error is not None:
            message = f"{error.message} ({completed} route(s) before it were applied)"
            return rib_pb2.RouteSetOperResponse(
                status=fail_status(message),
                sub_code=error.code,
                operations_completed=completed,
            )
        return rib_pb2.RouteSetOperResponse(
            status=ok_status(), sub_code=rib_pb2.SUCCESS, operations_completed=completed
        )

    async def RouteAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("add", request, context)

    async def RouteModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("modify", request, context)

    async def RouteUpdate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("update", request, context)

    async def RouteDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        keys = []
        for key in request.keys:
            address, family = network_address(key.dest_prefix)
            keys.append((table_name(key.table), address, family, key.dest_prefix_len))
        try:
            completed, error = programs.rib.delete(session.client_id, keys)
        except RibError as exc:
            return rib_pb2.RouteDeleteResponse(
                status=fail_status(exc.message), sub_code=exc.code
            )
        if error is not None:
            message = f"{error.message} ({completed} route(s) before it were deleted)"
            return rib_pb2.RouteDeleteResponse(
                status=fail_status(message),
                sub_code=error.code,
                operations_completed=completed,
            )
        return rib_pb2.RouteDeleteResponse(status=ok_status(), sub_code=rib_pb2.SUCCESS, operations_completed=completed)

    async def RouteGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session, programs = await self._rib(context, request)
        key = request.key
        table = table_name(key.table) or "inet.0"
        address, family = network_address(key.dest_prefix)
        match = enum_name(rib_pb2.RouteMatchType, request.match_type)
        try:
            routes = programs.rib.lookup(
                session.client_id, table, address, family, key.dest_prefix_len, match, request.active_only
            )
        except RibError as exc:
            yield rib_pb2.RouteGetResponse(status=fail_status(exc.message), sub_code=exc.code)
            return
        as_bytes = programs.rib.client(session.client_id).address_bytes
        by_id = request.reply_table_format == base_pb2.TABLE_ID
        bulk = request.route_count or GET_BULK
        for start in range(0, len(routes), bulk):
            chunk = []
            for route in routes[start : start + bulk]:
                encoded = route.wire.get((as_bytes, by_id))
                if encoded is None:
                    encoded = route.wire[(as_bytes, by_id)] = programmed_entry(route, as_bytes, by_id)
                chunk.append(encoded)
            yield rib_pb2.RouteGetResponse(status=ok_status(), sub_code=rib_pb2.SUCCESS, routes=chunk)
        # the final empty message tells the client that all routes were sent
        yield rib_pb2.RouteGetResponse(status=ok_status(), sub_code=rib_pb2.SUCCESS)

    async def RouteSubscribe(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session, programs = await self._rib(context, request)
        table = request.table_name.name or "inet.0"
        reply_base = {"context": request.context, "table_name": base_pb2.RouteTableName(name=table)}
        try:
            programs.rib.require_initialized(session.client_id)
            check_table(table)
            if request.operation != rib_pb2.SUBSCRIBE_ADD:
                raise RibError(
                    "ROUTE_SUBSCRIBE_OPERATION_INVALID",
                    "only operation SUBSCRIBE_ADD is served; cancel the stream to unsubscribe",
                )
        except RibError as exc:
            yield rib_pb2.RouteSubscribeResponse(
                status=fail_status(exc.message), sub_code=exc.code, **reply_base
            )
            return
        bulk = request.route_count or 100
        ops = {
            "add": rib_pb2.ROUTE_SUBSCRIBE_OP_ADD,
            "change": rib_pb2.ROUTE_SUBSCRIBE_OP_MODIFY,
            "delete": rib_pb2.ROUTE_SUBSCBIBE_OP_DELETE,
        }
        live = False
        async for batch in watch_table(runtime.device, table, bulk):
            if batch is END_OF_TABLE:
                live = True
                if request.flag.request_eor and not request.flag.no_eor_to_client:
                    yield rib_pb2.RouteSubscribeResponse(
                        status=ok_status(),
                        sub_code=rib_pb2.SUCCESS,
                        routes=[rib_pb2.RouteSubscribeEntry(operation=rib_pb2.ROUTE_SUBSCRIBE_OP_END_OF_TABLE)],
                        **reply_base,
                    )
                continue
            entries = [
                rib_pb2.RouteSubscribeEntry(
                    operation=ops[event.op],
                    route=_table_entry(event.table, event.prefix, event.protocol, event.preference, event.hops),
                )
                for event in batch
                if not (live and event.op == "delete" and request.flag.request_no_withdrawal)
            ]
            if entries:
                yield rib_pb2.RouteSubscribeResponse(
                    status=ok_status(), sub_code=rib_pb2.SUCCESS, routes=entries, **reply_base
                )
