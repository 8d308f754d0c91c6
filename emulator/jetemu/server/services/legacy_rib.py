"""Legacy ``routing.Rib`` (rib_service.proto): the v1 wire side of programmed routes.

The routes are the ones of ``jnx.jet.routing.rib.Rib``: one :class:`~jetemu.routing.rib.RibState`
per device, keyed by client id, so a route added here is read back by v2 ``RouteGet``, shows in
``show route`` and raises route events. The legacy API has no ``RouteInitialize`` (a client's
calls work at once, ``legacy=True``); replies carry one ``RouteOperStatus`` and no message, so the
reason for a refusal is logged. ``RouteMonitorRegister`` follows a table like v2
``RouteSubscribe``; ``RouteGetStats`` reports the (zero: jetemu forwards no traffic) statistics of
routes added with ``enable_stats``.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

import grpc

from ...device.model import NextHop
from ...proto import jnx_addr_pb2 as v1_addr
from ...proto import prpd_common_pb2 as v1_common
from ...proto import rib_service_pb2 as v1_rib
from ...routing import ClientPrograms, programs_for
from ...routing.rib import ProgrammedRoute, RibError, RouteSpec, check_table
from ..limits import enum_name
from ..runtime import DeviceRuntime
from ..sessions import Session
from .addresses import TABLE_IDS, ip_message, network_address, pairs, table_name
from .addresses import route_spec as wire_route_spec
from .base import ServiceBase
from .route_watch import END_OF_TABLE, watch_table

log = logging.getLogger("jetemu.services")

GET_BULK = 1000
#: protocol names of the routing table -> legacy RouteProtoType (route monitoring)
PROTOCOL_NUMBERS = {
    "Direct": v1_common.DIRECT,
    "Local": v1_common.LOCAL,
    "Static": v1_common.STATIC,
    "BGP-Static": v1_common.BGP_STATIC,
    "OSPF": v1_common.OSPF,
    "IS-IS": v1_common.ISIS,
    "RIP": v1_common.RIP,
    "BGP": v1_common.BGP,
    "Aggregate": v1_common.AGGREGATE,
}
MONITOR_OPS = {
    "add": v1_rib.ROUTE_MONITOR_ROUTE_OP_ADD,
    "change": v1_rib.ROUTE_MONITOR_ROUTE_OP_MODIFY,
    "delete": v1_rib.ROUTE_MONITOR_ROUTE_OP_DELETE,
}


def legacy_status(code: str) -> str:
    """A RibError code (v2 ``StatusCode`` name) as the legacy ``RouteOperStatus`` member's name."""
    name = code.replace("ROUTE_SUBSCRIBE_RESPONSE_", "ROUTE_MONITOR_REGISTER_REPLY_").replace(
        "ROUTE_SUBSCRIBE_", "ROUTE_MONITOR_REGISTER_"
    )
    names = v1_rib.RouteOperStatus.keys()
    return name if name in names else "REQUEST_INVALID"


def route_spec(entry: Any) -> RouteSpec:
    return wire_route_spec(
        entry,
        v1_common.RouteProtoType,
        metrics=pairs(entry.attributes.metrics),
        no_advertise=entry.attributes.no_advertise,
    )


def _net(text: str, family: str, as_bytes: bool) -> Any:
    ip = ip_message(v1_addr.IpAddress, text, as_bytes)
    return v1_common.NetworkAddress(inet6=ip) if family == "inet6" else v1_common.NetworkAddress(inet=ip)


@functools.lru_cache(maxsize=64)
def _table(name: str, by_id: bool) -> Any:
    if by_id:
        return v1_common.RouteTable(rtt_id=v1_common.RouteTableId(id=TABLE_IDS.get(name, 0)))
    return v1_common.RouteTable(rtt_name=v1_common.RouteTableName(name=name))


def _attribute_map(target: Any, values: Sequence[tuple[int, int]]) -> None:
    for key, value in values:
        target[key].value = value


def legacy_entry(route: ProgrammedRoute, as_bytes: bool, by_id: bool) -> Any:
    """The legacy ``RouteEntry`` of a programmed route (whichever API added it)."""
    network = route.network
    family = "inet6" if network.version == 6 else "inet"
    entry = v1_rib.RouteEntry(
        key=v1_rib.RouteMatchFields(
            dest_prefix=_net(str(network.network_address), family, as_bytes),
            dest_prefix_len=network.prefixlen,
            table=_table(route.table, by_id),
            cookie=route.cookie,
        ),
        nexthop=v1_rib.RouteNexthop(
            gateways=[
                v1_rib.RouteGateway(
                    gateway_address=_net(gw.address, family, as_bytes) if gw.address else None,
                    interface_name=gw.interface,
                    weight=gw.weight,
                    bandwidth=gw.bandwidth,
                )
                for gw in route.gateways
            ]
        ),
        protocol=route.protocol_code.removeprefix("PROTO_"),
        enable_stats=route.enable_stats,
    )
    preferences = dict(route.preferences)
    preferences.setdefault(0, route.preference)
    _attribute_map(entry.attributes.preferences, sorted(preferences.items()))
    _attribute_map(entry.attributes.tags, route.tags)
    _attribute_map(entry.attributes.colors, route.colors)
    _attribute_map(entry.attributes.metrics, route.metrics)
    entry.attributes.no_advertise = route.no_advertise
    return entry


def _table_entry(table: str, prefix: str, protocol: str, preference: int, hops: Sequence[NextHop]) -> Any:
    network = ipaddress.ip_network(prefix)
    family = "inet6" if network.version == 6 else "inet"
    entry = v1_rib.RouteEntry(
        key=v1_rib.RouteMatchFields(
            dest_prefix=_net(str(network.network_address), family, False),
            dest_prefix_len=network.prefixlen,
            table=_table(table, False),
        ),
        nexthop=v1_rib.RouteNexthop(
            gateways=[
                v1_rib.RouteGateway(
                    gateway_address=_net(hop.to, family, False) if hop.to else None, interface_name=hop.via or ""
                )
                for hop in hops
            ]
        ),
        protocol=PROTOCOL_NUMBERS.get(protocol, v1_common.OTHER),
    )
    entry.attributes.preferences[0].value = preference
    return entry


class LegacyRibService(ServiceBase):
    """Legacy ``routing.Rib``."""

    async def _rib(
        self, context: grpc.aio.ServicerContext, request: Any
    ) -> tuple[DeviceRuntime, Session, ClientPrograms]:
        runtime, session = await self._session(context, request)
        programs = programs_for(runtime)
        # A legacy client has no RouteInitialize: any call of a returning client keeps its routes.
        programs.rebound("rib", session.client_id)
        return runtime, session, programs

    @staticmethod
    def _refused(session: Session, method: str, error: RibError) -> None:
        log.info("client %r: legacy %s refused: %s: %s", session.client_id, method, error.code, error.message)

    async def _change(self, operation: str, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        try:
            specs = [route_spec(entry) for entry in request.routes]
            completed, error = programs.rib.change(session.client_id, operation, specs, legacy=True)
        except RibError as exc:
            completed, error = 0, exc
        if error is not None:
            self._refused(session, f"Route{operation.capitalize()}", error)
            return v1_rib.RouteOperReply(status=legacy_status(error.code), operations_completed=completed)
        return v1_rib.RouteOperReply(status=v1_rib.SUCCESS, operations_completed=completed)

    async def RouteAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("add", request, context)

    async def RouteModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("modify", request, context)

    async def RouteUpdate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("update", request, context)

    async def RouteRemove(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        keys = []
        for key in request.keys:
            address, family = network_address(key.dest_prefix)
            keys.append((table_name(key.table), address, family, key.dest_prefix_len))
        try:
            completed, error = programs.rib.delete(session.client_id, keys, legacy=True)
        except RibError as exc:
            completed, error = 0, exc
        if error is not None:
            self._refused(session, "RouteRemove", error)
            return v1_rib.RouteOperReply(status=legacy_status(error.code), operations_completed=completed)
        return v1_rib.RouteOperReply(status=v1_rib.SUCCESS, operations_completed=completed)

    async def RouteRemoveMatching(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session, programs = await self._rib(context, request)
        key = request.key
        table = table_name(key.table)
        address, family = network_address(key.dest_prefix)
        match = enum_name(v1_rib.RouteMatchType, request.match_type)
        try:
            check_table(table)  # the table is the one field the legacy API requires here
            routes = programs.rib.lookup(
                session.client_id, table, address, family, key.dest_prefix_len, match, False, legacy=True
            )
            tags = dict(pairs(request.extended_match.tags))
            count = programs.rib.remove_routes(session.client_id, [r for r in routes if _tags_match(r, tags)])
        except RibError as exc:
            self._refused(session, "RouteRemoveMatching", exc)
            return v1_rib.RouteOperReply(status=legacy_status(exc.code))
        return v1_rib.RouteOperReply(status=v1_rib.SUCCESS, operations_completed=count)

    async def RouteGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session, programs = await self._rib(context, request)
        key = request.key
        table = table_name(key.table) or "inet.0"
        address, family = network_address(key.dest_prefix)
        match = enum_name(v1_rib.RouteMatchType, request.match_type)
        try:
            routes = programs.rib.lookup(
                session.client_id,
                table,
                address,
                family,
                key.dest_prefix_len,
                match,
                request.active_only,
                legacy=True,
            )
        except RibError as exc:
            self._refused(session, "RouteGet", exc)
            yield v1_rib.RouteGetReply(status=legacy_status(exc.code))
            return
        tags = dict(pairs(request.extended_match.tags))
        routes = [route for route in routes if _tags_match(route, tags)]
        as_bytes = request.reply_address_format == v1_addr.ADDRESS_BYTES
        by_id = request.reply_table_format == v1_common.TABLE_ID
        bulk = request.route_count or GET_BULK
        for start in range(0, len(routes), bulk):
            chunk = []
            for route in routes[start : start + bulk]:
                cache = ("legacy", as_bytes, by_id)
                encoded = route.wire.get(cache)
                if encoded is None:
                    encoded = route.wire[cache] = legacy_entry(route, as_bytes, by_id)
                chunk.append(encoded)
            yield v1_rib.RouteGetReply(status=v1_rib.SUCCESS, routes=chunk)
        # the final empty reply tells the client that all routes were sent
        yield v1_rib.RouteGetReply(status=v1_rib.SUCCESS)

    async def RouteMonitorRegister(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session, programs = await self._rib(context, request)
        table = request.rt_tbl_name.name or "inet.0"
        reply_base = {"monitor_ctx": request.monitor_ctx, "rt_tbl_name": v1_common.RouteTableName(name=table)}
        try:
            check_table(table)
            if request.monitor_op != v1_rib.REGISTER_ADD:
                raise RibError(
                    "ROUTE_SUBSCRIBE_OPERATION_INVALID",
                    "only monitor_op REGISTER_ADD is served; cancel the stream to unregister",
                )
            if request.monitor_policy.rt_monitor_policy:
                raise RibError("ROUTE_SUBSCRIBE_POLICY_INVALID", "monitor policies are not supported by this device")
        except RibError as exc:
            self._refused(session, "RouteMonitorRegister", exc)
            yield v1_rib.RouteMonitorReply(status=legacy_status(exc.code), **reply_base)
            return
        flags = request.monitor_flag
        live = False
        async for batch in watch_table(runtime.device, table, request.monitor_reply_route_count or 100):
            if batch is END_OF_TABLE:
                live = True
                if flags.request_eor and not flags.no_eor_to_client:
                    end = v1_rib.RouteMonitorEntry(monitor_rt_op=v1_rib.ROUTE_MONITOR_ROUTE_OP_END_OF_TABLE)
                    yield v1_rib.RouteMonitorReply(status=v1_rib.SUCCESS, monitor_routes=[end], **reply_base)
                continue
            entries = [
                v1_rib.RouteMonitorEntry(
                    monitor_rt_op=MONITOR_OPS[event.op],
                    route=_table_entry(event.table, event.prefix, event.protocol, event.preference, event.hops),
                )
                for event in batch
                if not (live and event.op == "delete" and flags.request_no_withdrawal)
            ]
            if entries:
                yield v1_rib.RouteMonitorReply(status=v1_rib.SUCCESS, monitor_routes=entries, **reply_base)

    async def RouteGetStats(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session, programs = await self._rib(context, request)
        table = table_name(request.table) or "inet.0"
        address, family = network_address(request.dest_prefix)
        try:
            routes = programs.rib.lookup(
                session.client_id,
                table,
                address,
                family,
                request.dest_prefix_len,
                "EXACT" if address else "EXACT_OR_LONGER",
                False,
                legacy=True,
            )
            routes = [route for route in routes if route.enable_stats]
            if not routes:
                raise RibError("ROUTE_WITH_STATS_NOT_FOUND", "no route with enable_stats matches")
        except RibError as exc:
            code = "ROUTE_WITH_STATS_NOT_FOUND" if exc.code == "ROUTE_NOT_FOUND" else exc.code
            self._refused(session, "RouteGetStats", RibError(code, exc.message))
            yield v1_rib.RouteGetStatsReply(status=legacy_status(code))
            return
        bulk = request.route_count or GET_BULK
        for start in range(0, len(routes), bulk):
            stats = []
            for route in routes[start : start + bulk]:
                network = route.network
                family = "inet6" if network.version == 6 else "inet"
                stats.append(
                    v1_rib.RouteEntryStats(
                        dest_prefix=_net(str(network.network_address), family, False),
                        dest_prefix_len=network.prefixlen,
                        table=_table(route.table, False),
                        # jetemu forwards no packets: the counters of a route stay at zero.
                        traffic_stats=v1_rib.TrafficStats(),
                    )
                )
            yield v1_rib.RouteGetStatsReply(status=v1_rib.SUCCESS, routes=stats)
        yield v1_rib.RouteGetStatsReply(status=v1_rib.SUCCESS)


def _tags_match(route: ProgrammedRoute, tags: dict[int, int]) -> bool:
    own = dict(route.tags)
    return all(own.get(key) == value for key, value in tags.items())
