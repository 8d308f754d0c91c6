# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.route and jetkit.junos.route_info: RIB routes over JET (PRIVATE).

Messages of ``jnx.jet.routing.rib.Rib`` / ``jnx.jet.routing.base.Base`` are built and read here,
in the task, and sent through the persistent connection's generic pass-through
(``jet_grpc_unary`` / ``jet_grpc_stream``), so the one logged-in channel of the run is used.

``route`` is declarative: it reads this client's routes back (``RouteGet``), computes what to
add, modify and remove, and sends at most 1000 routes per request. Input is validated locally
first (nothing is sent when a prefix or next hop is bad). If the device refuses a route in the
middle of the work, everything this task already applied is undone and the task fails naming
the route, the device's message, and what was rolled back.
"""

from __future__ import annotations

import base64
import ipaddress
import json
from dataclasses import dataclass
from typing import Any

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
TABLES = {"inet.0": 4, "inet6.0": 6}
PROTOCOLS = {"static": "PROTO_STATIC", "bgp-static": "PROTO_BGP_STATIC"}
DEFAULT_PREFERENCE = {"static": 5, "bgp-static": 170}


# -- the pass-through ----------------------------------------------------------------------------
def _need_proto() -> None:
    if PROTO_IMPORT_ERROR is not None:
        raise TaskError(f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}")


def grpc_unary(api: JetApi, service: str, method: str, request: Any, reply_cls: Any) -> Any:
    data = base64.b64encode(request.SerializeToString()).decode("ascii")
    result = api._call("jet_grpc_unary", service=service, rpc=method, request=data)
    return reply_cls.FromString(base64.b64decode(result["response"]))


def grpc_stream(api: JetApi, service: str, method: str, request: Any, reply_cls: Any) -> list[Any]:
    data = base64.b64encode(request.SerializeToString()).decode("ascii")
    result = api._call("jet_grpc_stream", service=service, rpc=method, request=data)
    return [reply_cls.FromString(base64.b64decode(item)) for item in result["responses"]]


# -- desired routes ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RouteDef:
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
    return value


def normalise_next_hop(hop: Any, version: int, where: str) -> str:
    if isinstance(hop, dict):
        hop = hop.get("address") or hop.get("interface")
    if not isinstance(hop, str) or not hop.strip():
        raise TaskError(f"{where}: a next hop must be an IP address or an interface name, got {hop!r}")
    text = hop.strip()
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


def normalise_routes(items: Any, state: str, default_protocol: str) -> list[RouteDef]:
    if items is None:
        items = []
    if not isinstance(items, list):
        raise TaskError("routes must be a list of routes ({prefix, next_hops, table, preference})")
    out: list[RouteDef] = []
    seen: dict[tuple[str, str], int] = {}
    hop_cache: dict[tuple[str, int], str] = {}
    for index, item in enumerate(items):
        where = f"routes[{index}]"
        if isinstance(item, str):
            item = {"prefix": item}
        if not isinstance(item, dict):
            raise TaskError(f"{where} must be a dictionary with at least a prefix, got {item!r}")
        unknown = sorted(
            set(item) - {"prefix", "next_hops", "table", "preference", "preference2", "tags", "colors", "protocol"}
        )
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)}")
        raw = item.get("prefix")
        raw = None if raw is None else "".join(str(raw)).strip()  # a plain str parses much faster
        try:
            network = ipaddress.ip_network(raw, strict=True) if raw else None
        except ValueError as exc:
            raise TaskError(f"{where}: prefix {raw!r} is not valid: {exc}") from None
        if network is None:
            raise TaskError(f"{where}: prefix is required")
        if "/" not in str(raw):
            raise TaskError(f"{where}: prefix {raw!r} needs a length (e.g. {network})")
        where = f"{where} ({network})"
        table = str(item.get("table") or ("inet6.0" if network.version == 6 else "inet.0"))
        if table not in TABLES:
            raise TaskError(f"{where}: table {table!r} is not one the RIB API programs ({', '.join(TABLES)})")
        if TABLES[table] != network.version:
            raise TaskError(f"{where}: an IPv{network.version} prefix cannot go into table {table}")
        protocol = str(item.get("protocol") or default_protocol)
        if protocol not in PROTOCOLS:
            raise TaskError(f"{where}: protocol {protocol!r} must be one of {', '.join(PROTOCOLS)}")
        hops_raw = item.get("next_hops")
        if isinstance(hops_raw, (str, dict)):
            hops_raw = [hops_raw]
        if hops_raw is None:
            hops_raw = []
        if not isinstance(hops_raw, list):
            raise TaskError(f"{where}: next_hops must be a list")
        found = set()
        for hop in hops_raw:
            cache_key = ("".join(hop), network.version) if isinstance(hop, str) else None
            value = hop_cache.get(cache_key) if cache_key is not None else None
            if value is None:
                value = normalise_next_hop(hop, network.version, where)
                if cache_key is not None:
                    hop_cache[cache_key] = value
            found.add(value)
        hops = tuple(sorted(found))
        if state != "absent" and not hops:
            raise TaskError(f"{where}: next_hops is required (one or more gateway addresses or interfaces)")
        if len(hops) > 64:
            raise TaskError(f"{where}: {len(hops)} next hops, at most 64")
        preference = item.get("preference")
        preference = DEFAULT_PREFERENCE[protocol] if preference is None else _uint(preference, f"{where}: preference")
        pref2 = item.get("preference2")
        pref2 = None if pref2 is None else _uint(pref2, f"{where}: preference2")
        tags = item.get("tags") or []
        colors = item.get("colors") or []
        if not isinstance(tags, list):
            tags = [tags]
        if not isinstance(colors, list):
            colors = [colors]
        route = RouteDef(
            table=table,
            prefix=str(network),
            next_hops=hops,
            protocol=protocol,
            preference=preference,
            tags=tuple(_uint(t, f"{where}: tag") for t in tags),
            colors=tuple(_uint(c, f"{where}: color") for c in colors),
            preference2=pref2,
        )
        if route.key in seen:
            raise TaskError(f"{where}: listed twice (also routes[{seen[route.key]}])")
        seen[route.key] = index
        out.append(route)
    return out


# -- protobuf <-> RouteDef ---------------------------------------------------------------------------
def _net(address: str) -> Any:
    ip = addr_pb2.IpAddress(addr_string=address)
    return base_pb2.NetworkAddress(inet6=ip) if ":" in address else base_pb2.NetworkAddress(inet=ip)


def _match(table: str, prefix: str) -> Any:
    network = ipaddress.ip_network(prefix)
    return rib_pb2.RouteMatch(
        dest_prefix=_net(str(network.network_address)),
        dest_prefix_len=network.prefixlen,
        table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name=table)),
    )


_GATEWAYS: dict[tuple[str, ...], list[Any]] = {}
_TABLES: dict[str, Any] = {}


def to_entry(route: RouteDef) -> Any:
    """The RouteEntry of ``route`` (gateway and table messages are built once and reused)."""
    gateways = _GATEWAYS.get(route.next_hops)
    if gateways is None:
        gateways = _GATEWAYS[route.next_hops] = _gateways(route.next_hops)
    table = _TABLES.get(route.table)
    if table is None:
        table = _TABLES[route.table] = base_pb2.RouteTable(name=base_pb2.RouteTableName(name=route.table))
    address, _, length = route.prefix.partition("/")
    entry = rib_pb2.RouteEntry(
        key=rib_pb2.RouteMatch(dest_prefix=_net(address), dest_prefix_len=int(length), table=table),
        nexthop=rib_pb2.RouteNexthop(gateways=gateways),
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


def _address(address: Any) -> str:
    which = address.WhichOneof("af")
    if which not in ("inet", "inet6"):
        return ""
    ip = getattr(address, which)
    if ip.WhichOneof("addr_format") == "addr_bytes":
        return str(ipaddress.ip_address(bytes(ip.addr_bytes)))
    return str(ip.addr_string)


def from_entry(entry: Any) -> RouteDef:
    table = entry.key.table.name.name if entry.key.table.WhichOneof("route_table_format") == "name" else "inet.0"
    prefix = str(ipaddress.ip_network(f"{_address(entry.key.dest_prefix)}/{entry.key.dest_prefix_len}", strict=False))
    hops = set()
    for gw in entry.nexthop.gateways:
        address = _address(gw.gateway_address)
        hops.add(address or gw.interface_name)
    reverse = {v: k for k, v in PROTOCOLS.items()}
    protocol = reverse.get(base_pb2.RouteProtoType.Name(entry.protocol), "static")
    prefs = {k: v.value for k, v in entry.attributes.preferences.items()}
    tags = [v.value for _, v in sorted(entry.attributes.tags.items())]
    colors = [v.value for _, v in sorted(entry.attributes.colors.items())]
    return RouteDef(
        table=table,
        prefix=prefix,
        next_hops=tuple(sorted(hops)),
        protocol=protocol,
        preference=prefs.get(0, DEFAULT_PREFERENCE[protocol]),
        tags=tuple(tags),
        colors=tuple(colors),
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


def as_route(value: Any) -> RouteDef:
    return value if isinstance(value, RouteDef) else from_entry(value)


def read_routes(api: JetApi, table: str, keys_only: bool = False) -> dict[tuple[str, str], Any]:
    """This client's programmed routes of ``table`` (RouteGet, every prefix); with ``keys_only``
    the routes are not decoded (values are the RouteEntry messages, see :func:`as_route`)."""
    everything = "::/0" if TABLES[table] == 6 else "0.0.0.0/0"
    request = rib_pb2.RouteGetRequest(key=_match(table, everything), match_type=rib_pb2.EXACT_OR_LONGER)
    out: dict[tuple[str, str], Any] = {}
    for reply in grpc_stream(api, RIB, "RouteGet", request, rib_pb2.RouteGetResponse):
        if _failed(reply):
            if reply.sub_code == rib_pb2.ROUTE_NOT_FOUND:
                continue
            raise TaskError(f"RouteGet of {table} failed: {reply.status.message}")
        if keys_only:
            for entry in reply.routes:
                out[entry_key(entry)] = entry
        else:
            for entry in reply.routes:
                route = from_entry(entry)
                out[route.key] = route
    return out


class BatchFailed(Exception):
    def __init__(self, done: list[RouteDef], failed: RouteDef | None, message: str) -> None:
        super().__init__(message)
        self.done = done
        self.failed = failed
        self.message = message


def send(api: JetApi, method: str, routes: list[RouteDef], batch: int) -> None:
    """Send ``routes`` with RouteAdd/RouteModify/RouteDelete in batches; BatchFailed says precisely
    which routes were applied before the device refused one."""
    done: list[RouteDef] = []
    for start in range(0, len(routes), batch):
        chunk = routes[start : start + batch]
        if method == "RouteDelete":
            request = rib_pb2.RouteDeleteRequest(keys=[_match(r.table, r.prefix) for r in chunk])
            reply = grpc_unary(api, RIB, method, request, rib_pb2.RouteDeleteResponse)
        else:
            request = rib_pb2.RouteUpdateRequest(routes=[to_entry(r) for r in chunk])
            reply = grpc_unary(api, RIB, method, request, rib_pb2.RouteSetOperResponse)
        completed = min(int(reply.operations_completed), len(chunk))
        done.extend(chunk[:completed] if _failed(reply) else chunk)
        if _failed(reply):
            failed = chunk[completed] if completed < len(chunk) else None
            raise BatchFailed(done, failed, reply.status.message)


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
        current: dict[tuple[str, str], Any] = {}
        for table in tables:
            current.update(read_routes(api, table, keys_only=state == "absent" and not ctx.diff))
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    wanted = {r.key: r for r in desired}
    to_add: list[RouteDef] = []
    to_modify: list[tuple[RouteDef, RouteDef]] = []
    to_remove: list[RouteDef] = []
    if state == "absent":
        to_remove = [current[r.key] if isinstance(current[r.key], RouteDef) else r for r in desired if r.key in current]
    else:
        for route in desired:
            old = current.get(route.key)
            if old is None:
                to_add.append(route)
            elif old != route:
                to_modify.append((old, route))
        if state == "replaced":
            to_remove = [route for key, route in sorted(current.items()) if key not in wanted]
    changed = bool(to_add or to_modify or to_remove) or purge_changed
    result: dict[str, Any] = {
        "changed": changed,
        "added": [r.prefix if r.table in ("inet.0", "inet6.0") else f"{r.table}:{r.prefix}" for r in to_add],
        "modified": [new.prefix for _, new in to_modify],
        "removed": [r.prefix for r in to_remove],
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
        before = sorted(r.line() for r in [*[o for o, _ in to_modify], *to_remove])
        after = sorted(r.line() for r in [*to_add, *[n for _, n in to_modify]])
        result["diff"] = {
            "before": "\n".join(before) + ("\n" if before else ""),
            "after": "\n".join(after) + ("\n" if after else ""),
        }
    if ctx.check_mode or not changed:
        return result
    applied: list[tuple[str, list[RouteDef]]] = []
    try:
        for method, routes in (
            ("RouteDelete", to_remove),
            ("RouteAdd", to_add),
            ("RouteModify", [new for _, new in to_modify]),
        ):
            if routes:
                try:
                    send(api, method, routes, batch)
                except BatchFailed as exc:
                    applied.append((method, exc.done))
                    raise
                applied.append((method, routes))
    except BatchFailed as exc:
        rolled_back, rollback_error = _rollback(api, applied, current, batch)
        failed = exc.failed.to_result() if exc.failed is not None else None
        what = f"route {exc.failed.prefix} in {exc.failed.table}" if exc.failed is not None else "a route"
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
    api: JetApi, applied: list[tuple[str, list[RouteDef]]], before: dict[tuple[str, str], RouteDef], batch: int
) -> tuple[int, str | None]:
    count = 0
    try:
        for method, routes in reversed(applied):
            if not routes:
                continue
            if method == "RouteAdd":
                send(api, "RouteDelete", routes, batch)
            elif method == "RouteModify":
                send(api, "RouteModify", [as_route(before[r.key]) for r in routes], batch)
            else:
                send(api, "RouteAdd", [as_route(before[r.key]) for r in routes], batch)
            count += len(routes)
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


ROUTE = ModuleSpec(name="route", argument_spec=ROUTE_SPEC, run=run_route, mutually_exclusive=[["routes", "src"]])


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
