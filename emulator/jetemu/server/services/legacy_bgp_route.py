"""Legacy ``routing.BgpRoute`` (bgp_route_service.proto): the v1 wire side of BGP-Static routes.

The routes are the ones of ``jnx.jet.routing.bgp.Bgp`` (``bgp.py``): one
:class:`~jetemu.routing.bgp.BgpRouteState` per device, so a route added here is read back by v2
``RouteGet``, shows as ``BGP-Static`` in ``show route`` and raises route events. Replies carry a
status enumeration only (the reason of a refusal is logged). The deprecated ``route_oper_flag``
bits are read when ``route_flags`` is not set, and both are filled in replies, as the IDL says.
``BgpRouteMonitorRegister`` streams BGP routes learned from peers: none on jetemu, so the closing
END_OF_RIBS entry only (again after each refresh) until ``BgpRouteMonitorUnregister``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import grpc

from ...proto import bgp_route_service_pb2 as v1_bgp
from ...proto import jnx_addr_pb2 as v1_addr
from ...proto import prpd_common_pb2 as v1_common
from ...routing import programs_for
from ...routing.bgp import BgpError, BgpMatch, BgpRoute, BgpRouteSpec, BgpRouteState
from ..limits import enum_name
from .addresses import TABLE_IDS, address_text, ip_message, network_address, table_name
from .base import ServiceBase
from .bgp import GET_BULK, MAX_COUNT, status_code

log = logging.getLogger("jetemu.services")

PROTOCOLS = {"PROTO_UNSPECIFIED": "", "PROTO_BGP": "BGP", "PROTO_BGP_STATIC": "BGP_STATIC"}
Oper = v1_bgp.BgpRouteOperReply.BgpRouteOperStatus
GetStatus = v1_bgp.BgpRouteGetReply.BgpRouteGetStatus
MonitorStatus = v1_bgp.BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
Unregister = v1_bgp.BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
Refresh = v1_bgp.BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus


def _match(key: Any) -> BgpMatch:
    address, family = network_address(key.dest_prefix)
    protocol = enum_name(v1_bgp.RouteProtocol, key.protocol)
    return BgpMatch(
        table=table_name(key.table),
        prefix_address=address,
        prefix_family=family,
        prefix_length=key.dest_prefix_len,
        protocol=PROTOCOLS.get(protocol, protocol),
        cookie=key.path_cookie,
        communities=tuple(c.community_string for c in key.communities.com_list),
    )


def _attrib(entry: Any, name: str) -> int | None:
    return int(getattr(entry, name).value) if entry.HasField(name) else None


def route_spec(entry: Any) -> BgpRouteSpec:
    address, family = network_address(entry.dest_prefix)
    protocol = enum_name(v1_bgp.RouteProtocol, entry.protocol)
    if entry.HasField("route_flags"):
        flags = entry.route_flags
        no_advertise, no_export = flags.no_advertise, flags.no_export
        reject, fictitious = flags.use_nexthop_reject, flags.use_nexthop_fictitious
    else:
        bits = entry.route_oper_flag
        no_advertise, no_export = bool(bits & v1_bgp.NO_ADVERTISE), bool(bits & v1_bgp.NO_EXPORT)
        reject, fictitious = bool(bits & v1_bgp.USE_NH_REJECT), False
    unsupported = ""
    if entry.HasField("route_data"):
        unsupported = "route_data (SR-TE, flowspec)"
    elif entry.HasField("tunnel_attributes"):
        unsupported = "tunnel_attributes"
    which_label = entry.WhichOneof("LabelInfo")
    return BgpRouteSpec(
        table=table_name(entry.table),
        prefix_address=address,
        prefix_family=family,
        prefix_length=entry.dest_prefix_len,
        protocol=PROTOCOLS.get(protocol, protocol),
        cookie=entry.path_cookie,
        route_preference=_attrib(entry, "route_preference"),
        local_preference=_attrib(entry, "local_preference"),
        med=_attrib(entry, "med"),
        aigp_distance=_attrib(entry, "aigp_distance"),
        label=entry.vpn_label if which_label == "vpn_label" else None,
        label_stack=which_label == "labels",
        communities=tuple(c.community_string for c in entry.communities.com_list),
        aspath=entry.aspath.aspath_string if entry.HasField("aspath") else None,
        originator_id=_attrib(entry, "originator_id"),
        cluster_list=tuple(int(c.value) for c in entry.cluster_list),
        cluster_id=_attrib(entry, "cluster_id"),
        nexthops=tuple(address_text(ip) for ip in entry.protocol_nexthops),
        external=entry.route_type == v1_bgp.BGP_EXTERNAL,
        no_advertise=no_advertise,
        no_export=no_export,
        nexthop_reject=reject,
        nexthop_fictitious=fictitious,
        unsupported=unsupported,
    )


def _a32(value: int | None) -> Any:
    return None if value is None else v1_bgp.BgpAttrib32(value=value)


def legacy_entry(route: BgpRoute, as_bytes: bool, by_id: bool) -> Any:
    """The legacy ``BgpRouteEntry`` of a programmed BGP route (whichever API added it)."""
    spec = route.spec
    network = route.network
    ip = ip_message(v1_addr.IpAddress, str(network.network_address), as_bytes)
    prefix = v1_common.RoutePrefix(inet6=ip) if network.version == 6 else v1_common.RoutePrefix(inet=ip)
    table = (
        v1_common.RouteTable(rtt_id=v1_common.RouteTableId(id=TABLE_IDS.get(route.table, 0)))
        if by_id
        else v1_common.RouteTable(rtt_name=v1_common.RouteTableName(name=route.table))
    )
    bits = (
        (v1_bgp.NO_ADVERTISE if spec.no_advertise else 0)
        | (v1_bgp.NO_EXPORT if spec.no_export else 0)
        | (v1_bgp.USE_NH_REJECT if spec.nexthop_reject else 0)
    )
    entry = v1_bgp.BgpRouteEntry(
        dest_prefix=prefix,
        dest_prefix_len=network.prefixlen,
        table=table,
        protocol=v1_bgp.PROTO_BGP_STATIC,
        path_cookie=spec.cookie,
        route_preference=v1_bgp.BgpAttrib32(value=route.preference),
        local_preference=_a32(spec.local_preference),
        med=_a32(spec.med),
        aigp_distance=None if spec.aigp_distance is None else v1_bgp.BgpAttrib64(value=spec.aigp_distance),
        communities=v1_bgp.CommunityList(com_list=[v1_bgp.Community(community_string=c) for c in spec.communities]),
        aspath=None if spec.aspath is None else v1_bgp.AsPath(aspath_string=spec.aspath),
        originator_id=_a32(spec.originator_id),
        cluster_list=[v1_bgp.BgpAttrib32(value=c) for c in spec.cluster_list],
        cluster_id=_a32(spec.cluster_id),
        route_oper_flag=bits,
        protocol_nexthops=[ip_message(v1_addr.IpAddress, nh, as_bytes) for nh in spec.nexthops],
        route_type=v1_bgp.BGP_EXTERNAL if spec.external else v1_bgp.BGP_INTERNAL,
        route_flags=v1_bgp.BgpRouteOperationFlags(
            no_advertise=spec.no_advertise,
            no_export=spec.no_export,
            use_nexthop_reject=spec.nexthop_reject,
            use_nexthop_fictitious=spec.nexthop_fictitious,
        ),
    )
    if spec.label is not None:
        entry.vpn_label = spec.label
    return entry


class LegacyBgpRouteService(ServiceBase):
    """Legacy ``routing.BgpRoute``."""

    INIT = "BgpRouteInitialize"

    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[Any, str, BgpRouteState]:
        runtime, session = await self._session(context, request)
        return runtime, session.client_id, programs_for(runtime).bgp

    @staticmethod
    def _refused(client_id: str, rpc: str, error: BgpError) -> None:
        log.info("client %r: legacy %s refused: %s: %s", client_id, rpc, error.code, error.message)

    async def BgpRouteInitialize(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = v1_bgp.BgpRouteInitializeReply
        rebound = programs_for(runtime).rebound("bgp", client_id)
        code, _ = state.initialize(client_id, runtime.configured("protocols", "bgp"), rebound)
        return cls(status=code)

    async def BgpRouteCleanup(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = v1_bgp.BgpRouteCleanupReply
        try:
            state.cleanup(client_id, self.INIT)
        except BgpError as exc:
            self._refused(client_id, "BgpRouteCleanup", exc)
            return cls(status=status_code(cls.BgpRouteCleanupStatus, exc.code))
        return cls(status=cls.SUCCESS)

    async def _change(self, operation: str, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        try:
            specs = [route_spec(entry) for entry in request.bgp_routes]
            completed, error = state.change(client_id, operation, specs, self.INIT)
        except BgpError as exc:
            completed, error = 0, exc
        if error is not None:
            self._refused(client_id, f"BgpRoute{operation.capitalize()}", error)
            return v1_bgp.BgpRouteOperReply(status=status_code(Oper, error.code), operations_completed=completed)
        return v1_bgp.BgpRouteOperReply(status="SUCCESS", operations_completed=completed)

    async def BgpRouteAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("add", request, context)

    async def BgpRouteModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("modify", request, context)

    async def BgpRouteUpdate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("update", request, context)

    async def BgpRouteRemove(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        try:
            matches = [_match(key) for key in request.bgp_routes]
            completed, error = state.delete(client_id, matches, request.or_longer, self.INIT)
        except BgpError as exc:
            completed, error = 0, exc
        if error is not None:
            self._refused(client_id, "BgpRouteRemove", error)
            return v1_bgp.BgpRouteOperReply(status=status_code(Oper, error.code), operations_completed=completed)
        return v1_bgp.BgpRouteOperReply(status="SUCCESS", operations_completed=completed)

    async def BgpRouteGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, client_id, state = await self._state(context, request)
        match = _match(request.bgp_route)
        try:
            if request.route_count > MAX_COUNT:
                raise BgpError("ROUTE_COUNT_INVALID", f"route_count {request.route_count} is above {MAX_COUNT}")
            if request.reply_address_format not in v1_addr.AddressFormat.values():
                raise BgpError("REQUEST_UNSUPPORTED", f"unknown reply_address_format {request.reply_address_format}")
            routes = state.get(client_id, match, request.or_longer, request.active_only, self.INIT)
            if not routes and match.prefix_address and not request.or_longer:
                raise BgpError("ROUTE_NOT_FOUND", f"no BGP route matches {match.prefix_address}/{match.prefix_length}")
        except BgpError as exc:
            self._refused(client_id, "BgpRouteGet", exc)
            yield v1_bgp.BgpRouteGetReply(status=status_code(GetStatus, exc.code))
            return
        as_bytes = request.reply_address_format == v1_addr.ADDRESS_BYTES
        by_id = request.reply_table_format == v1_common.TABLE_ID
        bulk = request.route_count or GET_BULK
        for start in range(0, len(routes), bulk):
            chunk = []
            for route in routes[start : start + bulk]:
                cache = ("legacy", as_bytes, by_id)
                if cache not in route.wire:
                    route.wire[cache] = legacy_entry(route, as_bytes, by_id)
                chunk.append(route.wire[cache])
            yield v1_bgp.BgpRouteGetReply(status="SUCCESS", bgp_routes=chunk)
        # the final null message tells the client that all routes were sent
        yield v1_bgp.BgpRouteGetReply(status="SUCCESS")

    async def BgpRouteMonitorRegister(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, client_id, state = await self._state(context, request)
        cls = v1_bgp.BgpRouteMonitorRegisterReply
        try:
            if request.route_count > MAX_COUNT:
                raise BgpError("ROUTE_COUNT_INVALID", f"route_count {request.route_count} is above {MAX_COUNT}")
            if request.reply_address_format not in v1_addr.AddressFormat.values():
                raise BgpError("ADDRESS_FORMAT_INVALID", f"unknown reply_address_format {request.reply_address_format}")
            if request.reply_table_format not in v1_common.RouteTableFormat.values():
                raise BgpError("TABLE_FORMAT_INVALID", f"unknown reply_table_format {request.reply_table_format}")
            queue = state.open_monitor(client_id, self.INIT, "ALREADY_REGISTERED")
        except BgpError as exc:
            self._refused(client_id, "BgpRouteMonitorRegister", exc)
            yield cls(status=status_code(MonitorStatus, exc.code))
            return
        end = v1_bgp.BgpRouteMonitorEntry(operation=v1_bgp.BgpRouteMonitorEntry.END_OF_RIBS)
        try:
            while True:
                # No BGP peers, so no route matches an "analyze" import policy: the download is empty.
                yield cls(status="SUCCESS", monitor_entries=[end])
                if await queue.get() == "stop":
                    return
        finally:
            state.close_monitor(client_id, queue)

    async def _poke(self, request: Any, context: grpc.aio.ServicerContext, what: str, rpc: str) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls, statuses = {
            "stop": (v1_bgp.BgpRouteMonitorUnregisterReply, Unregister),
            "refresh": (v1_bgp.BgpRouteMonitorRefreshReply, Refresh),
        }[what]
        try:
            state.poke_monitor(client_id, what, self.INIT)
        except BgpError as exc:
            self._refused(client_id, rpc, exc)
            return cls(status=status_code(statuses, exc.code))
        return cls(status="SUCCESS")

    async def BgpRouteMonitorUnregister(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, "stop", "BgpRouteMonitorUnregister")

    async def BgpRouteMonitorRefresh(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, "refresh", "BgpRouteMonitorRefresh")
