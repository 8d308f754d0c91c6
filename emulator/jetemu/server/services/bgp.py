"""``jnx.jet.routing.bgp.Bgp``: the v2 wire side of programmed BGP-Static routes.

Requests become :class:`jetemu.routing.bgp.BgpRouteSpec` / :class:`~jetemu.routing.bgp.BgpMatch`
values for the device's :class:`~jetemu.routing.bgp.BgpRouteState`, which legacy
``routing.BgpRoute`` shares (``legacy_bgp_route.py``). Replies carry ``status`` (with the device's
message), the response's own ``sub_code`` and, for changes, ``operations_completed``.
``RouteSubscribe`` follows BGP routes learned from peers through an "analyze" import policy:
jetemu has no peers, so the stream holds the closing END_OF_RIBS only, again after each
``RouteRefresh``, until ``RouteUnsubscribe`` (or the client) ends it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
from google.protobuf import wrappers_pb2

from ...proto import jnx_common_addr_types_pb2 as addr_pb2
from ...proto import jnx_routing_base_types_pb2 as base_pb2
from ...proto import jnx_routing_bgp_service_pb2 as bgp_pb2
from ...routing import programs_for
from ...routing.bgp import BgpError, BgpMatch, BgpRoute, BgpRouteSpec, BgpRouteState
from ..limits import enum_name
from .addresses import TABLE_IDS, address_text, ip_message, network_address, table_name
from .base import ServiceBase, fail_status, ok_status

GET_BULK = 1000
MAX_COUNT = 1000


def status_code(enum_type: Any, name: str, fallback: str = "INTERNAL_ERROR") -> str:
    """``name`` as a member of the response's StatusCode enum (``fallback`` for a name it does not have).

    Returned by name: protobuf message constructors take an enum member's name as well as its number.
    """
    return name if name in enum_type.keys() else fallback


def _protocol(value: int) -> str:
    name = enum_name(base_pb2.RouteProtoType, value)
    return {"PROTO_ANY": "", "PROTO_BGP": "BGP", "PROTO_BGP_STATIC": "BGP_STATIC"}.get(name, name)


def _match(key: Any) -> BgpMatch:
    address, family = network_address(key.dest_prefix)
    return BgpMatch(
        table=table_name(key.table),
        prefix_address=address,
        prefix_family=family,
        prefix_length=key.dest_prefix_len,
        protocol=_protocol(key.protocol),
        cookie=key.cookie,
        communities=tuple(c.community for c in key.communities.communities),
    )


def _wrapped(message: Any, name: str) -> int | None:
    return int(getattr(message, name).value) if message.HasField(name) else None


def route_spec(entry: Any) -> BgpRouteSpec:
    key = _match(entry.key)
    unsupported = ""
    if entry.HasField("addr_family_data"):
        unsupported = "addr_family_data (SR-TE, flowspec)"
    elif entry.HasField("tunnel_attributes"):
        unsupported = "tunnel_attributes"
    flags = entry.route_flags
    return BgpRouteSpec(
        table=key.table,
        prefix_address=key.prefix_address,
        prefix_family=key.prefix_family,
        prefix_length=key.prefix_length,
        protocol=key.protocol,
        cookie=key.cookie,
        route_preference=_wrapped(entry, "route_preference"),
        local_preference=_wrapped(entry, "local_preference"),
        med=_wrapped(entry, "med"),
        aigp_distance=_wrapped(entry, "aigp_distance"),
        label=entry.label if entry.WhichOneof("label_info") == "label" else None,
        label_stack=entry.WhichOneof("label_info") == "labels",
        communities=key.communities,
        aspath=entry.aspath.aspath if entry.HasField("aspath") else None,
        originator_id=_wrapped(entry, "originator_id"),
        cluster_list=tuple(int(c.value) for c in entry.cluster_list),
        cluster_id=_wrapped(entry, "cluster_id"),
        nexthops=tuple(address_text(ip) for ip in entry.protocol_nexthops),
        external=entry.route_type == bgp_pb2.BGP_EXTERNAL,
        no_advertise=flags.no_advertise,
        no_export=flags.no_export,
        nexthop_reject=flags.use_nexthop_reject,
        nexthop_fictitious=flags.use_nexthop_fictitious,
        unsupported=unsupported,
    )


def _uint32(value: int | None) -> Any:
    return None if value is None else wrappers_pb2.UInt32Value(value=value)


def route_entry(route: BgpRoute, as_bytes: bool, by_id: bool) -> Any:
    """The v2 ``RouteEntry`` of a programmed BGP route (whichever API added it)."""
    spec = route.spec
    network = route.network
    ip = ip_message(addr_pb2.IpAddress, str(network.network_address), as_bytes)
    prefix = base_pb2.RoutePrefix(inet6=ip) if network.version == 6 else base_pb2.RoutePrefix(inet=ip)
    table = (
        base_pb2.RouteTable(id=base_pb2.RouteTableId(id=TABLE_IDS.get(route.table, 0)))
        if by_id
        else base_pb2.RouteTable(name=base_pb2.RouteTableName(name=route.table))
    )
    entry = bgp_pb2.RouteEntry(
        key=bgp_pb2.RouteMatch(
            dest_prefix=prefix,
            dest_prefix_len=network.prefixlen,
            table=table,
            protocol=base_pb2.PROTO_BGP_STATIC,
            cookie=spec.cookie,
            communities=base_pb2.Communities(communities=[base_pb2.Community(community=c) for c in spec.communities]),
        ),
        route_preference=wrappers_pb2.UInt32Value(value=route.preference),
        local_preference=_uint32(spec.local_preference),
        med=_uint32(spec.med),
        aigp_distance=None if spec.aigp_distance is None else wrappers_pb2.UInt64Value(value=spec.aigp_distance),
        aspath=None if spec.aspath is None else base_pb2.AsPath(aspath=spec.aspath),
        originator_id=_uint32(spec.originator_id),
        cluster_list=[wrappers_pb2.UInt32Value(value=c) for c in spec.cluster_list],
        cluster_id=_uint32(spec.cluster_id),
        protocol_nexthops=[ip_message(addr_pb2.IpAddress, nh, as_bytes) for nh in spec.nexthops],
        route_type=bgp_pb2.BGP_EXTERNAL if spec.external else bgp_pb2.BGP_INTERNAL,
        route_flags=bgp_pb2.RouteFlags(
            no_advertise=spec.no_advertise,
            no_export=spec.no_export,
            use_nexthop_reject=spec.nexthop_reject,
            use_nexthop_fictitious=spec.nexthop_fictitious,
        ),
    )
    if spec.label is not None:
        entry.label = spec.label
    return entry


class BgpService(ServiceBase):
    """``jnx.jet.routing.bgp.Bgp``."""

    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[Any, str, BgpRouteState]:
        runtime, session = await self._session(context, request)
        return runtime, session.client_id, programs_for(runtime).bgp

    async def Initialize(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.InitializeResponse
        if request.default_address_format not in addr_pb2.AddressFormat.values():
            message = f"unknown default_address_format value {request.default_address_format}"
            return cls(status=fail_status(message), sub_code=cls.INTERNAL_ERROR)
        rebound = programs_for(runtime).rebound("bgp", client_id)
        code, count = state.initialize(client_id, runtime.configured("protocols", "bgp"), rebound)
        client = state.clients.get(client_id)
        if client is not None:
            client.address_bytes = request.default_address_format == addr_pb2.ADDRESS_BYTES
            client.table_by_id = request.default_table_format == base_pb2.TABLE_ID
        messages = {
            "SUCCESS": f"client '{client_id}' initialized",
            "SUCCESS_STATE_REBOUND": f"client '{client_id}' rebound to its {count} route(s)",
            "ALREADY_INITIALIZED": f"client '{client_id}' was already initialized",
            "BGP_NOT_READY": "BGP is not configured on this device (protocols bgp)",
        }
        status = fail_status(messages[code]) if code == "BGP_NOT_READY" else ok_status(messages[code])
        return cls(status=status, sub_code=code, num_client_routes=count)

    async def Cleanup(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.CleanupResponse
        try:
            count = state.cleanup(client_id, "Initialize")
        except BgpError as exc:
            return cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
        return cls(status=ok_status(f"{count} route(s) removed"), sub_code=cls.SUCCESS)

    async def _change(self, operation: str, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.RouteOperResponse
        try:
            completed, error = state.change(
                client_id, operation, [route_spec(entry) for entry in request.routes], "Initialize"
            )
        except BgpError as exc:
            completed, error = 0, exc
        if error is not None:
            return cls(
                status=fail_status(error.message),
                sub_code=status_code(cls.StatusCode, error.code),
                operations_completed=completed,
            )
        return cls(status=ok_status(), sub_code=cls.SUCCESS, operations_completed=completed)

    async def RouteAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("add", request, context)

    async def RouteModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("modify", request, context)

    async def RouteUpdate(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._change("update", request, context)

    async def RouteDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.RouteOperResponse
        try:
            matches = [_match(key) for key in request.routes]
            completed, error = state.delete(client_id, matches, request.or_longer, "Initialize")
        except BgpError as exc:
            completed, error = 0, exc
        if error is not None:
            return cls(
                status=fail_status(error.message),
                sub_code=status_code(cls.StatusCode, error.code),
                operations_completed=completed,
            )
        return cls(status=ok_status(), sub_code=cls.SUCCESS, operations_completed=completed)

    async def RouteGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.RouteGetResponse
        match = _match(request.route)
        try:
            if request.route_count > MAX_COUNT:
                raise BgpError("ROUTE_COUNT_INVALID", f"route_count {request.route_count} is above {MAX_COUNT}")
            routes = state.get(client_id, match, request.or_longer, request.active_only, "Initialize")
            if not routes and match.prefix_address and not request.or_longer:
                raise BgpError("ROUTE_NOT_FOUND", f"no BGP route matches {match.prefix_address}/{match.prefix_length}")
        except BgpError as exc:
            yield cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
            return
        client = state.clients[client_id]
        as_bytes, by_id = client.address_bytes, client.table_by_id
        bulk = request.route_count or GET_BULK
        for start in range(0, len(routes), bulk):
            chunk = []
            for route in routes[start : start + bulk]:
                cache = ("v2", as_bytes, by_id)
                if cache not in route.wire:
                    route.wire[cache] = route_entry(route, as_bytes, by_id)
                chunk.append(route.wire[cache])
            yield cls(status=ok_status(), sub_code=cls.SUCCESS, routes=chunk)
        # the final null message tells the client that all routes were sent
        yield cls(status=ok_status(), sub_code=cls.SUCCESS)

    async def RouteSubscribe(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, client_id, state = await self._state(context, request)
        cls = bgp_pb2.RouteSubscribeResponse
        try:
            if request.route_count > MAX_COUNT:
                raise BgpError("ROUTE_COUNT_INVALID", f"route_count {request.route_count} is above {MAX_COUNT}")
            queue = state.open_monitor(client_id, "Initialize", "ALREADY_SUBSCRIBED")
        except BgpError as exc:
            yield cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, exc.code))
            return
        end = bgp_pb2.RouteSubscribeEntry(operation=bgp_pb2.RouteSubscribeEntry.END_OF_RIBS)
        try:
            while True:
                # No BGP peers, so no route matches an "analyze" import policy: the download is empty.
                yield cls(status=ok_status(), sub_code=cls.SUCCESS, subscribe_entries=[end])
                if await queue.get() == "stop":
                    return
        finally:
            state.close_monitor(client_id, queue)

    async def _poke(self, request: Any, context: grpc.aio.ServicerContext, cls: Any, what: str) -> Any:
        runtime, client_id, state = await self._state(context, request)
        try:
            state.poke_monitor(client_id, what, "Initialize")
        except BgpError as exc:
            code = "NOT_SUBSCRIBED" if exc.code == "NOT_REGISTERED" else exc.code
            return cls(status=fail_status(exc.message), sub_code=status_code(cls.StatusCode, code))
        return cls(status=ok_status(), sub_code=cls.SUCCESS)

    async def RouteUnsubscribe(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, bgp_pb2.RouteUnsubscribeResponse, "stop")

    async def RouteRefresh(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._poke(request, context, bgp_pb2.RouteRefreshResponse, "refresh")
