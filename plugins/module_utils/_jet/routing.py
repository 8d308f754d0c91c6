# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.route and jetkit.junos.route_info: RIB routes over JET (PRIVATE).

Messages of ``jnx.jet.routing.rib.Rib`` / ``jnx.jet.routing.base.Base`` are built and read here,
in the task, and sent through the persistent connection's generic pass-through
(``jet_grpc_unary`` / ``jet_grpc_stream`` / ``jet_grpc_batch``), so the one logged-in channel of
the run is used.

``route`` is declarative: it reads this client's routes back (one ``RouteGet`` stream per table,
decoded lazily: only keys, plus the routes that are compared or reported), computes what to add,
modify and remove, and sends at most 1000 routes per request. All requests of one kind go to the
persistent process in one call, which keeps a few in flight on the channel (pipelined) and stops
sending at the first refused one. Input is validated locally first, in one pass (nothing is sent
when a prefix or next hop is bad). If the device refuses a route in the middle of the work,
everything this task already applied is undone and the task fails naming the route, the device's
message, and what was rolled back.

Speed (10,000 routes in one task): routes are checked without the ``ipaddress`` module when they
are plain canonical IPv4 prefixes (anything else takes the ``ipaddress`` path, which also words
the errors), and requests are encoded straight to protobuf wire bytes: per route only the prefix
is encoded; next hops, table and attributes are encoded once by the protobuf library and reused.
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
from typing import Any, NamedTuple

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_json
from .errors import JetError

try:
    from .proto import jnx_common_addr_types_pb2 as addr_pb2
    from .proto import jnx_routing_base_service_pb2 as base_svc_pb2
    from .proto import jnx_routing_base_types_pb2 as base_pb2
    from .proto import jnx_routing_rib_service_pb2 as rib_pb2

    PROTO_IMPORT_ERROR: str | None = None
except ImportError as _exc:  # pragma: no cover - depends on the controller
    PROTO_IMPORT_ERROR = str(_exc)

RIB = "jnx.jet.routing.rib.Rib"
BASE = "jnx.jet.routing.base.Base"
MAX_BATCH = 1000
#: requests the persistent process keeps in flight on the channel while sending batches
PIPELINE_WINDOW = 3
TABLES = {"inet.0": 4, "inet6.0": 6}
PROTOCOLS = {"static": "PROTO_STATIC", "bgp-static": "PROTO_BGP_STATIC"}
DEFAULT_PREFERENCE = {"static": 5, "bgp-static": 170}
ROUTE_KEYS = frozenset({"prefix", "next_hops", "table", "preference", "preference2", "tags", "colors", "protocol"})


# -- the pass-through (TEMPORARY) -------------------------------------------------------------
def _need_proto() -> None:
    if PROTO_IMPORT_ERROR is not None:
        raise TaskError(f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}")


def grpc_unary(api: JetApi, service: str, method: str, request: Any, reply_cls: Any) -> Any:
    return api.unary(service, method, request)


def grpc_stream(api: JetApi, service: str, method: str, request: Any, reply_cls: Any) -> list[Any]:
    return api.stream(service, method, request)


def grpc_batch(api: JetApi, service: str, method: str, requests: list[bytes], reply_cls: Any) -> list[Any]:
    cls = rib_pb2.RouteDeleteRequest if method == "RouteDelete" else rib_pb2.RouteUpdateRequest
    return api.batch(service, method, [cls.FromString(r) for r in requests])


# -- desired routes ------------------------------------------------------------------------------
class RouteDef(NamedTuple):
    table: str
    prefix: str
    next_hops: tuple[str, ...]  # sorted: IP addresses and logical interface names
    protocol: str  # static | bgp-static
    preference: int
    tags: tuple[int, ...] = ()
    colors: tuple[int, ...] = ()
    preference2: int | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.prefix)

    def to_result(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "prefix": self.prefix,
            "table": self.table,
            "next_hops": list(self.next_hops),
            "protocol": self.protocol,
            "preference": self.preference,
        }
        if self.preference2 is not None:
            out["preference2"] = self.preference2
        if self.tags:
            out["tags"] = list(self.tags)
        if self.colors:
            out["colors"] = list(self.colors)
        return out

    def line(self) -> str:
        hops = ", ".join(self.next_hops)
        extra = f" tags {list(self.tags)}" if self.tags else ""
        return f"{self.table} {self.prefix} [{self.protocol}/{self.preference}] -> {hops}{extra}"


def _uint(value: Any, what: str, top: int = 4294967295) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value), 10)
        except ValueError:
            raise TaskError(f"{what} must be an integer, got {value!r}") from None
    if not 0 <= value <= top:
        raise TaskError(f"{what} {value} is out of range (0..{top})")
    return int(value)


def _plain(value: Any) -> str:
    """``value`` as an exact ``str``: Ansible's tagged strings (task arguments) parse much slower."""
    if value.__class__ is str:  # exactly str, not a subclass such as a tagged string
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def normalise_next_hop(hop: Any, version: int, where: str) -> str:
    if isinstance(hop, dict):
        hop = hop.get("address") or hop.get("interface")
    if not isinstance(hop, str) or not hop.strip():
        raise TaskError(f"{where}: a next hop must be an IP address or an interface name, got {hop!r}")
    text = _plain(hop).strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        if not all(c.isalnum() or c in "-/._:" for c in text) or not text[0].isalpha():
            raise TaskError(f"{where}: next hop {text!r} is neither an IP address nor an interface name") from None
        return text if "." in text else f"{text}.0"
    if address.version != version:
        raise TaskError(f"{where}: next hop {text} is IPv{address.version} but the route is IPv{version}")
    if address.is_unspecified or address.is_multicast:
        raise TaskError(f"{where}: next hop {text} cannot be a gateway")
    return str(address)


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_CANONICAL_V4 = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})/(3[0-2]|[12]?[0-9])")


def _canonical_v4(text: str) -> bool:
    """True when ``text`` is an IPv4 prefix exactly as ``ipaddress`` would print it, no host bits.

    The fast path of :func:`normalise_routes`; anything else (IPv6, leading zeros, spaces, host
    bits, errors) goes through ``ipaddress``, which also words the error messages.
    """
    match = _CANONICAL_V4.fullmatch(text)
    if match is None:
        return False
    value = int.from_bytes(socket.inet_aton(match[1]), "big")
    return not value & ((1 << (32 - int(match[2]))) - 1)


def _parse_prefix(raw: Any, where: str) -> tuple[str, int]:
    """(canonical prefix, IP version) of a route's ``prefix``; TaskError naming the route if bad."""
    text = None if raw is None else _plain(raw).strip()
    if not text:
        raise TaskError(f"{where}: prefix is required")
    if _canonical_v4(text):
        return text, 4
    try:
        network = ipaddress.ip_network(text, strict=True)
    except ValueError as exc:
        raise TaskError(f"{where}: prefix {text!r} is not valid: {exc}") from None
    if "/" not in text:
        raise TaskError(f"{where}: prefix {text!r} needs a length (e.g. {network})")
    return str(network), network.version


def _uints(value: Any, what: str) -> tuple[int, ...]:
    if not value:
        return ()
    if not isinstance(value, list):
        value = [value]
    return tuple(_uint(v, what) for v in value)


def normalise_routes(items: Any, state: str, default_protocol: str) -> list[RouteDef]:
    """Check every route and put it in canonical form, in one pass over the input (no copies)."""
    if items is None:
        items = []
    if not isinstance(items, list):
        raise TaskError("routes must be a list of routes ({prefix, next_hops, table, preference})")
    out: list[RouteDef] = []
    seen: dict[tuple[str, str], int] = {}
    hop_cache: dict[tuple[Any, int], str] = {}
    hops_cache: dict[tuple[str, ...], tuple[str, ...]] = {}
    absent = state == "absent"
    for index, item in enumerate(items):
        if isinstance(item, str):
            item = {"prefix": item}
        if not isinstance(item, dict):
            raise TaskError(f"routes[{index}] must be a dictionary with at least a prefix, got {item!r}")
        if not item.keys() <= ROUTE_KEYS:
            raise TaskError(f"routes[{index}]: unknown key(s) {', '.join(sorted(set(item) - ROUTE_KEYS))}")
        get = item.get
        prefix, version = _parse_prefix(get("prefix"), f"routes[{index}]")
        table = get("table")
        if not table:
            table = "inet6.0" if version == 6 else "inet.0"
        elif not isinstance(table, str) or TABLES.get(table) != version:
            where = f"routes[{index}] ({prefix})"
            if table not in TABLES:
                raise TaskError(f"{where}: table {table!r} is not one the RIB API programs ({', '.join(TABLES)})")
            raise TaskError(f"{where}: an IPv{version} prefix cannot go into table {table}")
        else:
            table = str(table)
        protocol = get("protocol") or default_protocol
        if not isinstance(protocol, str) or protocol not in PROTOCOLS:
            raise TaskError(f"routes[{index}] ({prefix}): protocol {protocol!r} must be one of {', '.join(PROTOCOLS)}")
        protocol = str(protocol)
        hops_raw = get("next_hops")
        if isinstance(hops_raw, (str, dict)):
            hops_raw = [hops_raw]
        elif hops_raw is None:
            hops_raw = []
        elif not isinstance(hops_raw, list):
            raise TaskError(f"routes[{index}] ({prefix}): next_hops must be a list")
        found = []
        for hop in hops_raw:
            cache_key = (hop, version) if isinstance(hop, str) else None
            value = hop_cache.get(cache_key) if cache_key is not None else None
            if value is None:
                value = normalise_next_hop(hop, version, f"routes[{index}] ({prefix})")
                if cache_key is not None:
                    hop_cache[cache_key] = value
            found.append(value)
        hops = tuple(found)
        if len(hops) > 1:
            hops = tuple(sorted(set(hops)))
        hops = hops_cache.setdefault(hops, hops)  # one tuple per distinct set of next hops
        if not hops and not absent:
            raise TaskError(
                f"routes[{index}] ({prefix}): next_hops is required (one or more gateway addresses or interfaces)"
            )
        if len(hops) > 64:
            raise TaskError(f"routes[{index}] ({prefix}): {len(hops)} next hops, at most 64")
        preference = get("preference")
        preference = (
            DEFAULT_PREFERENCE[protocol]
            if preference is None
            else _uint(preference, f"routes[{index}] ({prefix}): preference")
        )
        pref2 = get("preference2")
        if pref2 is not None:
            pref2 = _uint(pref2, f"routes[{index}] ({prefix}): preference2")
        route = RouteDef(
            table,
            prefix,
            hops,
            protocol,
            preference,
            _uints(get("tags"), f"routes[{index}] ({prefix}): tag"),
            _uints(get("colors"), f"routes[{index}] ({prefix}): color"),
            pref2,
        )
        key = (table, prefix)
        if key in seen:
            raise TaskError(f"routes[{index}] ({prefix}): listed twice (also routes[{seen[key]}])")
        seen[key] = index
        out.append(route)
    return out


# -- protobuf <-> RouteDef ---------------------------------------------------------------------------
def _net(address: str) -> Any:
    ip = addr_pb2.IpAddress(addr_string=address)
    return base_pb2.NetworkAddress(inet6=ip) if ":" in address else base_pb2.NetworkAddress(inet=ip)


def _match(table: str, prefix: str) -> Any:
    address, _sep, length = prefix.partition("/")
    return rib_pb2.RouteMatch(
        dest_prefix=_net(address),
        dest_prefix_len=int(length),
        table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name=table)),
    )


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
    """The RouteEntry of ``route``, built with the protobuf library (the reference for the encoder)."""
    entry = rib_pb2.RouteEntry(
        key=_match(route.table, route.prefix),
        nexthop=rib_pb2.RouteNexthop(gateways=_gateways(route.next_hops)),
        protocol=base_pb2.RouteProtoType.Value(PROTOCOLS[route.protocol]),
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


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _tag(message: Any, field: str, wire_type: int) -> bytes:
    return _varint(message.DESCRIPTOR.fields_by_name[field].number << 3 | wire_type)


class WireEncoder:
    """RouteAdd/RouteModify/RouteDelete requests as protobuf wire bytes, fast.

    Only the destination prefix is encoded per route; everything shared by many routes (the
    table, the next hops, protocol and attributes) is serialised once by the protobuf library and
    reused. Fields are written in field-number order, as the library itself writes them, so the
    bytes are those the library would produce (the tests compare both).
    """

    def __init__(self) -> None:
        self._len = 2  # wire type of length-delimited fields
        self._ip_string = _tag(addr_pb2.IpAddress, "addr_string", 2)
        self._inet = _tag(base_pb2.NetworkAddress, "inet", 2)
        self._inet6 = _tag(base_pb2.NetworkAddress, "inet6", 2)
        self._dest_prefix = _tag(rib_pb2.RouteMatch, "dest_prefix", 2)
        self._dest_prefix_len = _tag(rib_pb2.RouteMatch, "dest_prefix_len", 0)
        self._table_tag = _tag(rib_pb2.RouteMatch, "table", 2)
        self._entry_key = _tag(rib_pb2.RouteEntry, "key", 2)
        self._routes = _tag(rib_pb2.RouteUpdateRequest, "routes", 2)
        self._keys = _tag(rib_pb2.RouteDeleteRequest, "keys", 2)
        self._tables: dict[str, bytes] = {}
        self._rests: dict[tuple[Any, ...], bytes] = {}

    def _ld(self, tag: bytes, payload: bytes) -> bytes:
        return tag + _varint(len(payload)) + payload

    def _table(self, table: str) -> bytes:
        encoded = self._tables.get(table)
        if encoded is None:
            message = base_pb2.RouteTable(name=base_pb2.RouteTableName(name=table))
            encoded = self._tables[table] = self._ld(self._table_tag, message.SerializeToString())
        return encoded

    def key(self, table: str, prefix: str) -> bytes:
        """A RouteMatch."""
        address, _sep, length = prefix.partition("/")
        raw = address.encode("ascii")
        ip = self._ip_string + _varint(len(raw)) + raw
        net = (self._inet6 if ":" in address else self._inet) + _varint(len(ip)) + ip
        bits = int(length)
        tail = self._dest_prefix_len + _varint(bits) if bits else b""
        return self._dest_prefix + _varint(len(net)) + net + tail + self._table(table)

    def entry(self, route: RouteDef) -> bytes:
        """A RouteEntry: its key, then next hops, protocol and attributes (encoded once per kind)."""
        shared = (route.next_hops, route.protocol, route.preference, route.preference2, route.tags, route.colors)
        rest = self._rests.get(shared)
        if rest is None:
            model = to_entry(route)
            model.ClearField("key")
            rest = self._rests[shared] = model.SerializeToString(deterministic=True)
        key = self.key(route.table, route.prefix)
        return self._entry_key + _varint(len(key)) + key + rest

    def update_request(self, routes: list[RouteDef]) -> bytes:
        """RouteUpdateRequest (RouteAdd / RouteModify / RouteUpdate)."""
        tag = self._routes
        parts = []
        for route in routes:
            entry = self.entry(route)
            parts.append(tag + _varint(len(entry)) + entry)
        return b"".join(parts)

    def delete_request(self, keys: list[tuple[str, str]]) -> bytes:
        """RouteDeleteRequest of (table, prefix) keys."""
        tag = self._keys
        parts = []
        for table, prefix in keys:
            key = self.key(table, prefix)
            parts.append(tag + _varint(len(key)) + key)
        return b"".join(parts)


def _address(address: Any) -> str:
    which = address.WhichOneof("af")
    if which not in ("inet", "inet6"):
        return ""
    ip = getattr(address, which)
    if ip.WhichOneof("addr_format") == "addr_bytes":
        return str(ipaddress.ip_address(bytes(ip.addr_bytes)))
    return str(ip.addr_string)


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


# -- calls ---------------------------------------------------------------------------------------------
def _failed(reply: Any) -> bool:
    return bool(reply.status.code != 0)


def initialize(api: JetApi) -> Any:
    reply = grpc_unary(api, RIB, "RouteInitialize", rib_pb2.RouteInitializeRequest(), rib_pb2.RouteInitializeResponse)
    if _failed(reply):
        raise TaskError(f"RouteInitialize refused: {reply.status.message}")
    return reply


def entry_key(entry: Any) -> tuple[str, str]:
    key = entry.key
    table = key.table.name.name if key.table.WhichOneof("route_table_format") == "name" else "inet.0"
    address = _address(key.dest_prefix)
    if ":" not in address and key.dest_prefix_len <= 32:
        return table, f"{address}/{key.dest_prefix_len}"  # the device sends network addresses
    return table, str(ipaddress.ip_network(f"{address}/{key.dest_prefix_len}", strict=False))


def as_route(value: Any, key: tuple[str, str] | None = None) -> RouteDef:
    return value if isinstance(value, RouteDef) else from_entry(value, key)


def read_entries(api: JetApi, table: str) -> dict[tuple[str, str], Any]:
    """This client's programmed routes of ``table`` (one RouteGet stream, every prefix), by key;
    values are the RouteEntry messages, decoded only when needed (:func:`as_route`)."""
    everything = "::/0" if TABLES[table] == 6 else "0.0.0.0/0"
    request = rib_pb2.RouteGetRequest(key=_match(table, everything), match_type=rib_pb2.EXACT_OR_LONGER)
    out: dict[tuple[str, str], Any] = {}
    for reply in grpc_stream(api, RIB, "RouteGet", request, rib_pb2.RouteGetResponse):
        if _failed(reply):
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
    def __init__(self, done: list[Any], failed: Any, message: str) -> None:
        super().__init__(message)
        self.done = done
        self.failed = failed
        self.message = message


def send(api: JetApi, method: str, items: list[Any], batch: int, encoder: WireEncoder) -> None:
    """Send RouteAdd/RouteModify (``items``: RouteDefs) or RouteDelete (``items``: (table, prefix)
    keys) in batches of ``batch``, pipelined by the persistent process; BatchFailed says precisely
    which items were applied (those of every batch the device answered) and which one it refused."""
    chunks = [items[start : start + batch] for start in range(0, len(items), batch)]
    if not chunks:
        return
    if method == "RouteDelete":
        requests = [encoder.delete_request(chunk) for chunk in chunks]
        reply_cls = rib_pb2.RouteDeleteResponse
    else:
        requests = [encoder.update_request(chunk) for chunk in chunks]
        reply_cls = rib_pb2.RouteSetOperResponse
    replies = grpc_batch(api, RIB, method, requests, reply_cls)
    done: list[Any] = []
    failed: Any = None
    message: str | None = None
    for chunk, reply in zip(chunks, replies, strict=False):
        if not _failed(reply):
            done.extend(chunk)
            continue
        completed = min(int(reply.operations_completed), len(chunk))
        done.extend(chunk[:completed])
        if message is None:  # the first refusal in request order is the one reported
            failed = chunk[completed] if completed < len(chunk) else None
            message = str(reply.status.message)
    if message is None and len(replies) < len(chunks):
        message = f"the connection answered {len(replies)} of {len(chunks)} {method} requests"
    if message is not None:
        raise BatchFailed(done, failed, message)


def set_purge_time(api: JetApi, seconds: int | None, check_mode: bool) -> bool:
    current = grpc_unary(
        api,
        BASE,
        "RoutePurgeTimerGet",
        base_svc_pb2.RoutePurgeTimerGetRequest(),
        base_svc_pb2.RoutePurgeTimerGetResponse,
    )
    wanted = seconds or 0
    if current.time == wanted:
        return False
    if check_mode:
        return True
    if wanted:
        reply = grpc_unary(
            api,
            BASE,
            "RoutePurgeTimerAdd",
            base_svc_pb2.RoutePurgeTimerAddRequest(time=wanted),
            base_svc_pb2.RoutePurgeTimerAddResponse,
        )
    else:
        reply = grpc_unary(
            api,
            BASE,
            "RoutePurgeTimerDelete",
            base_svc_pb2.RoutePurgeTimerDeleteRequest(),
            base_svc_pb2.RoutePurgeTimerDeleteResponse,
        )
    if _failed(reply):
        raise TaskError(f"setting the route purge time to {wanted}s failed: {reply.status.message}")
    return True


# -- route ---------------------------------------------------------------------------------------------
ROUTE_SPEC: dict[str, Any] = {
    "routes": {"type": "list", "elements": "raw"},
    "src": {"type": "path"},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent", "replaced"]},
    "protocol": {"type": "str", "default": "static", "choices": list(PROTOCOLS)},
    "purge_time": {"type": "int"},
    "batch_size": {"type": "int", "default": MAX_BATCH},
}


def run_route(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _need_proto()
    state = params["state"]
    batch = params["batch_size"]
    if not 1 <= batch <= MAX_BATCH:
        raise TaskError(f"batch_size must be within 1..{MAX_BATCH}, got {batch}")
    purge_time = params.get("purge_time")
    if purge_time is not None and not 0 <= purge_time <= 86400:
        raise TaskError(f"purge_time must be within 0..86400 seconds (0 removes the timer), got {purge_time}")
    routes = params.get("routes")
    if params.get("src"):
        routes = routes_from_file(ctx, params["src"])
    desired = normalise_routes(routes, state, params["protocol"])
    try:
        init = initialize(api)
        purge_changed = set_purge_time(api, purge_time, ctx.check_mode) if purge_time is not None else False
        tables = sorted({r.table for r in desired} | (set(TABLES) if state == "replaced" else set()))
        current: dict[tuple[str, str], Any] = {}  # RouteEntry messages, decoded when needed
        for table in tables:
            current.update(read_entries(api, table))
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    to_add: list[RouteDef] = []
    to_modify: list[tuple[RouteDef, RouteDef]] = []
    to_remove: list[tuple[str, str]] = []  # keys
    if state == "absent":
        to_remove = [r.key for r in desired if r.key in current]
    else:
        for route in desired:
            key = (route.table, route.prefix)
            entry = current.get(key)
            if entry is None:
                to_add.append(route)
                continue
            old = from_entry(entry, key)
            if old != route:
                to_modify.append((old, route))
        if state == "replaced":
            wanted = {r.key for r in desired}
            to_remove = [key for key in sorted(current) if key not in wanted]
    changed = bool(to_add or to_modify or to_remove) or purge_changed
    result: dict[str, Any] = {
        "changed": changed,
        "added": [r.prefix for r in to_add],
        "modified": [new.prefix for _old, new in to_modify],
        "removed": [prefix for _key, prefix in to_remove],
        "counts": {
            "added": len(to_add),
            "modified": len(to_modify),
            "removed": len(to_remove),
            "unchanged": len(desired) - len(to_add) - len(to_modify) - (len(to_remove) if state == "absent" else 0),
        },
        "client_routes_before": int(init.num_client_routes)
        if init.sub_code != rib_pb2.ALREADY_INITIALIZED
        else len(current),
    }
    if ctx.diff and changed:
        removed = [from_entry(current[key], key) for key in to_remove]
        before = sorted(r.line() for r in [*[o for o, _new in to_modify], *removed])
        after = sorted(r.line() for r in [*to_add, *[n for _old, n in to_modify]])
        result["diff"] = {
            "before": "\n".join(before) + ("\n" if before else ""),
            "after": "\n".join(after) + ("\n" if after else ""),
        }
    if ctx.check_mode or not changed:
        return result
    encoder = WireEncoder()
    applied: list[tuple[str, list[Any]]] = []
    try:
        work: tuple[tuple[str, list[Any]], ...] = (
            ("RouteDelete", to_remove),
            ("RouteAdd", to_add),
            ("RouteModify", [new for _old, new in to_modify]),
        )
        for method, items in work:
            if items:
                try:
                    send(api, method, items, batch, encoder)
                except BatchFailed as exc:
                    applied.append((method, exc.done))
                    raise
                applied.append((method, items))
    except BatchFailed as exc:
        rolled_back, rollback_error = _rollback(api, applied, current, batch, encoder)
        if isinstance(exc.failed, RouteDef):
            failed: dict[str, Any] | None = exc.failed.to_result()
            what = f"route {exc.failed.prefix} in {exc.failed.table}"
        elif exc.failed is not None:  # a key of RouteDelete
            table, prefix = exc.failed
            failed = from_entry(current[exc.failed], exc.failed).to_result() if exc.failed in current else None
            failed = failed or {"prefix": prefix, "table": table}
            what = f"the removal of route {prefix} in {table}"
        else:
            failed, what = None, "a route"
        message = f"the device refused {what}: {exc.message}"
        if rollback_error:
            message += f"; undoing the {rolled_back} change(s) already made failed too: {rollback_error}"
        else:
            message += (
                f"; the {rolled_back} change(s) this task had already made were undone, nothing is left half-applied"
            )
        raise TaskError(message, failed_route=failed, rolled_back=rolled_back, rollback_error=rollback_error) from None
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    return result


def _rollback(
    api: JetApi,
    applied: list[tuple[str, list[Any]]],
    before: dict[tuple[str, str], Any],
    batch: int,
    encoder: WireEncoder,
) -> tuple[int, str | None]:
    count = 0
    try:
        for method, items in reversed(applied):
            if not items:
                continue
            if method == "RouteAdd":
                send(api, "RouteDelete", [r.key for r in items], batch, encoder)
            elif method == "RouteModify":
                send(api, "RouteModify", [as_route(before[r.key], r.key) for r in items], batch, encoder)
            else:  # RouteDelete: items are keys
                send(api, "RouteAdd", [as_route(before[key], key) for key in items], batch, encoder)
            count += len(items)
    except (BatchFailed, JetError) as exc:
        return count, str(getattr(exc, "message", exc))
    return count, None


def routes_from_file(ctx: TaskContext, path: str) -> Any:
    """Routes kept in a YAML or JSON file: a list of routes, or a mapping with ``routes``."""
    import yaml

    text = ctx.read_source(path)
    try:
        data = json.loads(text)  # much faster than the YAML parser for big files
    except ValueError:
        data = None
    try:
        if data is None:
            data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TaskError(f"src file {path} is not YAML or JSON: {exc}") from None
    if isinstance(data, dict) and "routes" in data:
        data = data["routes"]
    if not isinstance(data, list):
        raise TaskError(f"src file {path} must hold a list of routes (or a mapping with a 'routes' list)")
    return data


ROUTE = ModuleSpec(
    name="route",
    argument_spec=ROUTE_SPEC,
    run=run_route,
    mutually_exclusive=[["routes", "src"]],
    passed_through=("routes",),
)


# -- route_info ---------------------------------------------------------------------------------------
ROUTE_INFO_SPEC: dict[str, Any] = {
    "tables": {"type": "list", "elements": "str", "default": ["inet.0", "inet6.0"]},
    "prefix": {"type": "str"},
    "programmed": {"type": "bool", "default": True},
    "table_routes": {"type": "bool", "default": False},
}


def _table_routes(api: JetApi, table: str, prefix: str | None) -> list[dict[str, Any]]:
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


def run_route_info(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _need_proto()
    tables = params["tables"] or list(TABLES)
    for table in tables:
        if table not in TABLES:
            raise TaskError(f"table {table!r} is not known ({', '.join(TABLES)})")
    prefix = params.get("prefix")
    network = None
    if prefix:
        try:
            network = ipaddress.ip_network(prefix, strict=False)
        except ValueError as exc:
            raise TaskError(f"prefix {prefix!r} is not valid: {exc}") from None
    result: dict[str, Any] = {"changed": False}
    try:
        if params["programmed"]:
            initialize(api)
            programmed = []
            for table in tables:
                for route in read_routes(api, table).values():
                    net = ipaddress.ip_network(route.prefix)
                    if network is not None and (net.version != network.version or not net.subnet_of(network)):  # type: ignore[arg-type]
                        continue
                    programmed.append(route.to_result())
            result["programmed"] = sorted(
                programmed,
                key=lambda r: (
                    r["table"],
                    ipaddress.ip_network(r["prefix"]).version,
                    int(ipaddress.ip_network(r["prefix"]).network_address),
                    ipaddress.ip_network(r["prefix"]).prefixlen,
                ),
            )
        if params["table_routes"]:
            result["routes"] = [
                r for table in tables for r in _table_routes(api, table, str(network) if network else None)
            ]
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    return result


ROUTE_INFO = ModuleSpec(name="route_info", argument_spec=ROUTE_INFO_SPEC, run=run_route_info)
