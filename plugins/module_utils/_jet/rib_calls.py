# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The RIB and routing-base service calls of jetkit.junos.route / route_info (PRIVATE).

Routes as ``jnx.jet.routing.rib`` messages of the generated stubs, both ways, and the calls that
send and read them through :class:`.api.JetApi` (typed calls on the host's session in the gateway).
Requests of thousands of routes are built with the protobuf library from one template per kind of
route (next hops, protocol, attributes), merged into each entry before its prefix is set: as fast
as writing the wire bytes by hand, with the library's own encoding.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .api import JetApi
from .common import TaskError, parse_json
from .route_input import DEFAULT_PREFERENCE, PROTOCOLS, TABLES, RouteDef
from .services import RIB, ROUTING_BASE, failed

try:
    from .proto import jnx_common_addr_types_pb2 as addr_pb2
    from .proto import jnx_routing_base_service_pb2 as base_svc_pb2
    from .proto import jnx_routing_base_types_pb2 as base_pb2
    from .proto import jnx_routing_rib_service_pb2 as rib_pb2
except ImportError:  # pragma: no cover - services.need_proto() says what is missing
    addr_pb2 = None  # type: ignore[assignment]
    base_svc_pb2 = None  # type: ignore[assignment]
    base_pb2 = None  # type: ignore[assignment]
    rib_pb2 = None  # type: ignore[assignment]


# -- routes <-> messages ---------------------------------------------------------------------------
def _net(address: str) -> Any:
    ip = addr_pb2.IpAddress(addr_string=address)
    return base_pb2.NetworkAddress(inet6=ip) if ":" in address else base_pb2.NetworkAddress(inet=ip)


def route_match(table: str, prefix: str) -> Any:
    address, _sep, length = prefix.partition("/")
    return rib_pb2.RouteMatch(
        dest_prefix=_net(address),
        dest_prefix_len=int(length),
        table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name=table)),
    )


def _set_key(key: Any, table: str, prefix: str) -> None:
    """Fill a RouteMatch in place (what :func:`route_match` builds, without new objects)."""
    address, _sep, length = prefix.partition("/")
    if ":" in address:
        key.dest_prefix.inet6.addr_string = address
    else:
        key.dest_prefix.inet.addr_string = address
    key.dest_prefix_len = int(length)
    key.table.name.name = table


def _gateways(next_hops: tuple[str, ...]) -> list[Any]:
    gateways = []
    for hop in next_hops:
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            gateways.append(rib_pb2.RouteGateway(interface_name=hop))
        else:
            gateways.append(rib_pb2.RouteGateway(gateway_address=_net(hop)))
    return gateways


def to_entry(route: RouteDef) -> Any:
    """The RouteEntry of ``route``."""
    entry = rib_pb2.RouteEntry(
        key=route_match(route.table, route.prefix),
        nexthop=rib_pb2.RouteNexthop(gateways=_gateways(route.next_hops)),
        protocol=PROTOCOLS[route.protocol],  # the enum value's name
    )
    attributes = entry.attributes
    attributes.preferences[0].value = route.preference
    if route.preference2 is not None:
        attributes.preferences[1].value = route.preference2
    for index, tag in enumerate(route.tags):
        attributes.tags[index].value = tag
    for index, color in enumerate(route.colors):
        attributes.colors[index].value = color
    return entry


class RequestBuilder:
    """RouteAdd/RouteModify and RouteDelete requests of many routes, built fast.

    Everything routes share (next hops, protocol, attributes) is built once per kind, as a
    RouteEntry without a key, and merged into each entry; only the key is set per route.
    """

    def __init__(self) -> None:
        self._templates: dict[tuple[Any, ...], Any] = {}

    def update_request(self, routes: list[RouteDef]) -> Any:
        """A RouteUpdateRequest (what RouteAdd, RouteModify and RouteUpdate take)."""
        request = rib_pb2.RouteUpdateRequest()
        add = request.routes.add
        for route in routes:
            shared = (route.next_hops, route.protocol, route.preference, route.preference2, route.tags, route.colors)
            template = self._templates.get(shared)
            if template is None:
                template = to_entry(route)
                template.ClearField("key")
                self._templates[shared] = template
            entry = add()
            entry.MergeFrom(template)
            _set_key(entry.key, route.table, route.prefix)
        return request

    @staticmethod
    def delete_request(keys: list[tuple[str, str]]) -> Any:
        """A RouteDeleteRequest of (table, prefix) keys."""
        request = rib_pb2.RouteDeleteRequest()
        add = request.keys.add
        for table, prefix in keys:
            _set_key(add(), table, prefix)
        return request


def _address(address: Any) -> str:
    which = address.WhichOneof("af")
    if which not in ("inet", "inet6"):
        return ""
    ip = getattr(address, which)
    if ip.WhichOneof("addr_format") == "addr_bytes":
        return str(ipaddress.ip_address(bytes(ip.addr_bytes)))
    return str(ip.addr_string)


def entry_key(entry: Any) -> tuple[str, str]:
    key = entry.key
    table = key.table.name.name if key.table.WhichOneof("route_table_format") == "name" else "inet.0"
    address = _address(key.dest_prefix)
    if ":" not in address and key.dest_prefix_len <= 32:
        return table, f"{address}/{key.dest_prefix_len}"  # the device sends network addresses
    return table, str(ipaddress.ip_network(f"{address}/{key.dest_prefix_len}", strict=False))


_PROTOCOL_NAMES: dict[int, str] = {}


def from_entry(entry: Any, key: tuple[str, str] | None = None) -> RouteDef:
    """The RouteDef of a RouteEntry read back (``key``: its already computed :func:`entry_key`)."""
    table, prefix = key or entry_key(entry)
    hops = set()
    for gw in entry.nexthop.gateways:
        address = _address(gw.gateway_address) if gw.HasField("gateway_address") else ""
        if address and ":" in address:
            address = str(ipaddress.ip_address(address))  # the device may spell IPv6 otherwise
        hops.add(address or gw.interface_name)
    if not _PROTOCOL_NAMES:
        for name, wire in PROTOCOLS.items():
            _PROTOCOL_NAMES[base_pb2.RouteProtoType.Value(wire)] = name
    protocol = _PROTOCOL_NAMES.get(entry.protocol, "static")
    attributes = entry.attributes
    prefs = {k: v.value for k, v in attributes.preferences.items()}
    tags = tuple(v.value for _key, v in sorted(attributes.tags.items())) if attributes.tags else ()
    colors = tuple(v.value for _key, v in sorted(attributes.colors.items())) if attributes.colors else ()
    return RouteDef(
        table=table,
        prefix=prefix,
        next_hops=tuple(sorted(hops)),
        protocol=protocol,
        preference=prefs.get(0, DEFAULT_PREFERENCE[protocol]),
        tags=tags,
        colors=colors,
        preference2=prefs.get(1),
    )


def as_route(value: Any, key: tuple[str, str] | None = None) -> RouteDef:
    return value if isinstance(value, RouteDef) else from_entry(value, key)


# -- calls -----------------------------------------------------------------------------------------
def initialize(api: JetApi) -> Any:
    reply = api.unary(RIB, "RouteInitialize", rib_pb2.RouteInitializeRequest())
    if failed(reply):
        raise TaskError(f"RouteInitialize refused: {reply.status.message}")
    return reply


def already_initialized(reply: Any) -> bool:
    return bool(reply.sub_code == rib_pb2.ALREADY_INITIALIZED)


def read_entries(api: JetApi, table: str) -> dict[tuple[str, str], Any]:
    """This client's programmed routes of ``table`` (one RouteGet stream, every prefix), by key;
    values are the RouteEntry messages, decoded only when needed (:func:`as_route`)."""
    everything = "::/0" if TABLES[table] == 6 else "0.0.0.0/0"
    request = rib_pb2.RouteGetRequest(key=route_match(table, everything), match_type=rib_pb2.EXACT_OR_LONGER)
    out: dict[tuple[str, str], Any] = {}
    for reply in api.stream(RIB, "RouteGet", request):
        if failed(reply):
            if reply.sub_code == rib_pb2.ROUTE_NOT_FOUND:
                continue
            raise TaskError(f"RouteGet of {table} failed: {reply.status.message}")
        for entry in reply.routes:
            out[entry_key(entry)] = entry
    return out


def read_routes(api: JetApi, table: str) -> dict[tuple[str, str], RouteDef]:
    """This client's programmed routes of ``table``, decoded."""
    return {key: from_entry(entry, key) for key, entry in read_entries(api, table).items()}


class BatchFailed(Exception):
    def __init__(self, done: list[Any], refused: Any, message: str) -> None:
        super().__init__(message)
        self.done = done
        self.refused = refused
        self.message = message


def send(api: JetApi, method: str, items: list[Any], batch: int, builder: RequestBuilder) -> None:
    """Send RouteAdd/RouteModify (``items``: RouteDefs) or RouteDelete (``items``: (table, prefix)
    keys) in batches of ``batch``, pipelined by the gateway; BatchFailed says precisely which items
    were applied (those of every batch the device answered) and which one it refused."""
    chunks = [items[start : start + batch] for start in range(0, len(items), batch)]
    if not chunks:
        return
    if method == "RouteDelete":
        requests = [builder.delete_request(chunk) for chunk in chunks]
    else:
        requests = [builder.update_request(chunk) for chunk in chunks]
    replies = api.batch(RIB, method, requests)
    done: list[Any] = []
    refused: Any = None
    message: str | None = None
    for chunk, reply in zip(chunks, replies, strict=False):
        if not failed(reply):
            done.extend(chunk)
            continue
        completed = min(int(reply.operations_completed), len(chunk))
        done.extend(chunk[:completed])
        if message is None:  # the first refusal in request order is the one reported
            refused = chunk[completed] if completed < len(chunk) else None
            message = str(reply.status.message)
    if message is None and len(replies) < len(chunks):
        message = f"the gateway answered {len(replies)} of {len(chunks)} {method} requests"
    if message is not None:
        raise BatchFailed(done, refused, message)


def set_purge_time(api: JetApi, seconds: int | None, check_mode: bool) -> bool:
    """Make the client's route purge time ``seconds`` (0: none); whether that changes anything."""
    current = api.unary(ROUTING_BASE, "RoutePurgeTimerGet", base_svc_pb2.RoutePurgeTimerGetRequest())
    wanted = seconds or 0
    if current.time == wanted:
        return False
    if check_mode:
        return True
    if wanted:
        reply = api.unary(ROUTING_BASE, "RoutePurgeTimerAdd", base_svc_pb2.RoutePurgeTimerAddRequest(time=wanted))
    else:
        reply = api.unary(ROUTING_BASE, "RoutePurgeTimerDelete", base_svc_pb2.RoutePurgeTimerDeleteRequest())
    if failed(reply):
        raise TaskError(f"setting the route purge time to {wanted}s failed: {reply.status.message}")
    return True


def table_routes(api: JetApi, table: str, prefix: str | None) -> list[dict[str, Any]]:
    """Every route of ``table`` the device shows (``show route table``), whoever programmed it."""
    command = f"show route table {table}" + (f" {prefix}" if prefix else "")
    data = parse_json(api.op_command(command, "json"), command)
    out = []
    for info in data.get("route-information", []) if isinstance(data, dict) else []:
        for rt_table in info.get("route-table", []):
            for rt in rt_table.get("rt", []):
                destination = rt["rt-destination"][0]["data"]
                for entry in rt.get("rt-entry", []):
                    hops = []
                    for nh in entry.get("nh", []):
                        to = nh.get("to", [{}])[0].get("data")
                        via = nh.get("via", [{}])[0].get("data")
                        hops.append({k: v for k, v in (("to", to), ("via", via)) if v})
                    out.append(
                        {
                            "prefix": destination,
                            "table": table,
                            "protocol": entry["protocol-name"][0]["data"],
                            "preference": int(entry["preference"][0]["data"]),
                            "active": "active-tag" in entry,
                            "next_hops": hops,
                        }
                    )
    return out
