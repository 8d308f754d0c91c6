"""RIB routes programmed through ``jnx.jet.routing.rib.Rib`` or legacy ``routing.Rib``, owned per client id.

The wire layers (``jetemu.server.services.rib`` and ``.legacy_rib``) turn each ``RouteEntry`` into a
:class:`RouteSpec` of plain strings; everything about what is valid lives here, so errors read
the same whoever asks. Both APIs share one table per client id: a route added through the legacy
API is the same route for the v2 API. Routes go into the device's routing table (``show route``)
with their own protocol (Static or BGP-Static) and preference, owned by ``jet:<client id>``;
route events follow from the device. The legacy API has no ``RouteInitialize``: a legacy call
works on the client's routes without it (``legacy=True``).
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..device.model import NextHop, Route

if TYPE_CHECKING:
    from ..device.model import Device

MAX_ROUTES_PER_REQUEST = 1000
MAX_GATEWAYS = 64
TABLES = {"inet.0": 4, "inet6.0": 6}
#: RouteProtoType names the RIB API accepts -> protocol name in the routing table
PROTOCOLS = {"PROTO_ANY": "Static", "PROTO_STATIC": "Static", "PROTO_BGP_STATIC": "BGP-Static"}
#: the legacy API's names of the same RouteProtoType values (package routing: no PROTO_ prefix)
LEGACY_PROTOCOLS = {"ANY": "PROTO_ANY", "STATIC": "PROTO_STATIC", "BGP_STATIC": "PROTO_BGP_STATIC"}
DEFAULT_PREFERENCE = {"Static": 5, "BGP-Static": 170}
OWNER_PREFIX = "jet:"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class RibError(Exception):
    """A refused route operation: ``code`` is a ``jnx.jet.routing.rib.StatusCode`` name."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class GatewaySpec:
    address: str = ""  # "" when not given
    family: str = ""  # "inet", "inet6", "mpls" or "" (which NetworkAddress member carried it)
    interface: str = ""
    weight: int = 0
    bandwidth: float = 0.0


@dataclass(frozen=True)
class RouteSpec:
    """One route as the client sent it (strings not yet validated)."""

    table: str
    prefix_address: str
    prefix_family: str  # "inet", "inet6", "mpls" or ""
    prefix_length: int
    gateways: tuple[GatewaySpec, ...] = ()
    protocol: str = "PROTO_ANY"
    preferences: tuple[tuple[int, int], ...] = ()
    tags: tuple[tuple[int, int], ...] = ()
    colors: tuple[tuple[int, int], ...] = ()
    enable_stats: bool = False
    cookie: int = 0  # the client's own value, echoed when the route is read back
    metrics: tuple[tuple[int, int], ...] = ()  # legacy API only
    no_advertise: bool = False  # legacy API only

    def label(self) -> str:
        return f"{self.prefix_address or '?'}/{self.prefix_length} in {self.table or '(no table)'}"


@dataclass
class ProgrammedRoute:
    """A route a client owns, normalised."""

    table: str
    prefix: str
    protocol_code: str  # v2 RouteProtoType name as given (PROTO_ANY kept; legacy names in v2 spelling)
    protocol: str  # name in the routing table
    preference: int
    gateways: tuple[GatewaySpec, ...]
    preferences: tuple[tuple[int, int], ...] = ()
    tags: tuple[tuple[int, int], ...] = ()
    colors: tuple[tuple[int, int], ...] = ()
    enable_stats: bool = False
    cookie: int = 0
    metrics: tuple[tuple[int, int], ...] = ()
    no_advertise: bool = False
    wire: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)  # encoded forms, by format

    @functools.cached_property
    def network(self) -> Network:
        return ipaddress.ip_network(self.prefix)

    @functools.cached_property
    def order(self) -> tuple[int, int, int]:
        network = self.network
        return (network.version, int(network.network_address), network.prefixlen)


@dataclass
class ClientRib:
    client_id: str
    routes: dict[tuple[str, str], ProgrammedRoute] = field(default_factory=dict)
    purge_time: int | None = None
    initialized: bool = False  # RouteInitialize called since the client (re)appeared
    default_preferences: dict[int, int] = field(default_factory=dict)
    address_bytes: bool = False


def check_table(table: str) -> int:
    if not table:
        raise RibError("TABLE_INVALID", "no routing table given (set key.table.name, e.g. inet.0)")
    version = TABLES.get(table)
    if version is None:
        raise RibError("TABLE_INVALID", f"unknown routing table '{table}' (known: {', '.join(TABLES)})")
    return version


def check_prefix(table: str, address: str, family: str, length: int) -> Network:
    version = check_table(table)
    expected = "inet" if version == 4 else "inet6"
    if family and family != expected:
        raise RibError("PREFIX_INVALID", f"a {family} destination cannot go into table {table} (needs {expected})")
    if not address:
        raise RibError("PREFIX_INVALID", "no destination prefix given (key.dest_prefix)")
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        raise RibError("PREFIX_INVALID", f"'{address}' is not an IP address") from None
    if ip.version != version:
        raise RibError("PREFIX_INVALID", f"{address} is an IPv{ip.version} address; table {table} holds IPv{version}")
    if length > ip.max_prefixlen:
        raise RibError(
            "PREFIX_LEN_TOO_LONG", f"prefix length {length} is too long for {expected} (at most {ip.max_prefixlen})"
        )
    network = ipaddress.ip_network(f"{address}/{length}", strict=False)
    if network.network_address != ip:
        raise RibError("PREFIX_INVALID", f"{address}/{length} has host bits set (the network is {network})")
    return network


class RibState:
    """All programmed routes of one device, by client id."""

    # Set by the wire layer: builds a route's RouteEntry message (route, addresses as bytes).
    encode_entry: Callable[[ProgrammedRoute, bool], Any] | None = None

    def __init__(self, device: Device) -> None:
        self.device = device
        self.clients: dict[str, ClientRib] = {}

    # -- clients ---------------------------------------------------------------------------------
    def client(self, client_id: str) -> ClientRib:
        rib = self.clients.get(client_id)
        if rib is None:
            rib = self.clients[client_id] = ClientRib(client_id)
        return rib

    def has_state(self, client_id: str) -> bool:
        rib = self.clients.get(client_id)
        return rib is not None and bool(rib.routes)

    def purge_time(self, client_id: str) -> int | None:
        rib = self.clients.get(client_id)
        return rib.purge_time if rib is not None else None

    def set_purge_time(self, client_id: str, seconds: int | None) -> None:
        self.client(client_id).purge_time = seconds

    def detach(self, client_id: str) -> None:
        """The client's last session ended: it must call RouteInitialize again when back."""
        rib = self.clients.get(client_id)
        if rib is not None:
            rib.initialized = False

    def initialize(
        self, client_id: str, default_preferences: dict[int, int], address_bytes: bool, rebound: bool
    ) -> tuple[str, int]:
        """Returns (sub_code name, number of routes the client owns)."""
        rib = self.client(client_id)
        again = rib.initialized
        rib.initialized = True
        rib.default_preferences = dict(default_preferences)
        rib.address_bytes = address_bytes
        if again:
            return "ALREADY_INITIALIZED", len(rib.routes)
        if rebound and rib.routes:
            return "SUCCESS_REBOUND", len(rib.routes)
        return "SUCCESS", len(rib.routes)

    def require_initialized(self, client_id: str, legacy: bool = False) -> ClientRib:
        """The client's routes; v2 calls need RouteInitialize first, legacy calls never do."""
        if legacy:
            return self.client(client_id)
        rib = self.clients.get(client_id)
        if rib is None or not rib.initialized:
            raise RibError(
                "NOT_INITIALIZED", f"client '{client_id}' must call RouteInitialize before any other RIB call"
            )
        return rib

    def cleanup(self, client_id: str) -> int:
        rib = self.require_initialized(client_id)
        count = len(rib.routes)
        self._withdraw(client_id, list(rib.routes.values()))
        rib.routes.clear()
        return count

    def purge(self, client_id: str) -> int:
        rib = self.clients.get(client_id)
        if rib is None:
            return 0
        count = len(rib.routes)
        self._withdraw(client_id, list(rib.routes.values()))
        rib.routes.clear()
        rib.initialized = False
        return count

    # -- route operations --------------------------------------------------------------------------
    def _normalise(self, rib: ClientRib, spec: RouteSpec) -> ProgrammedRoute:
        network = check_prefix(spec.table, spec.prefix_address, spec.prefix_family, spec.prefix_length)
        legacy_name = not spec.protocol.startswith("PROTO_")
        code = LEGACY_PROTOCOLS.get(spec.protocol, spec.protocol) if legacy_name else spec.protocol
        protocol = PROTOCOLS.get(code)
        if protocol is None:
            allowed = "STATIC, BGP_STATIC or ANY" if legacy_name else "PROTO_STATIC, PROTO_BGP_STATIC or PROTO_ANY"
            raise RibError("PROTOCOL_INVALID", f"protocol {spec.protocol} cannot be programmed (use {allowed})")
        if not spec.gateways:
            raise RibError("NEXTHOP_INVALID", "no next hop given (nexthop.gateways is empty)")
        if len(spec.gateways) > MAX_GATEWAYS:
            raise RibError("NEXTHOP_LIMIT_EXCEED", f"{len(spec.gateways)} gateways given, at most {MAX_GATEWAYS}")
        gateways = tuple(self._check_gateway(spec.table, network.version, gw, n) for n, gw in enumerate(spec.gateways))
        prefs = dict(spec.preferences)
        if 0 in prefs:
            preference = prefs[0]
        elif 0 in rib.default_preferences:
            preference = rib.default_preferences[0]
        else:
            preference = DEFAULT_PREFERENCE[protocol]
        return ProgrammedRoute(
            table=spec.table,
            prefix=str(network),
            protocol_code=code,
            protocol=protocol,
            preference=preference,
            gateways=gateways,
            preferences=spec.preferences,
            tags=spec.tags,
            colors=spec.colors,
            enable_stats=spec.enable_stats,
            cookie=spec.cookie,
            metrics=spec.metrics,
            no_advertise=spec.no_advertise,
        )

    def _check_gateway(self, table: str, version: int, gw: GatewaySpec, index: int) -> GatewaySpec:
        where = f"gateway {index + 1}"
        if not gw.address and not gw.interface:
            raise RibError("GATEWAY_INVALID", f"{where} has neither a gateway address nor an interface name")
        if gw.address:
            if gw.family == "mpls":
                raise RibError(
                    "NEXTHOP_ADDRESS_INVALID", f"{where}: an MPLS label is not a gateway address for {table}"
                )
            try:
                ip = ipaddress.ip_address(gw.address)
            except ValueError:
                raise RibError("NEXTHOP_ADDRESS_INVALID", f"{where}: '{gw.address}' is not an IP address") from None
            if ip.version != version:
                raise RibError(
                    "NEXTHOP_ADDRESS_INVALID",
                    f"{where}: {gw.address} is an IPv{ip.version} address; routes of {table} need IPv{version}",
                )
            if ip.is_unspecified or ip.is_multicast:
                raise RibError("NEXTHOP_ADDRESS_INVALID", f"{where}: {gw.address} cannot be a gateway")
            gw = GatewaySpec(str(ip), "inet" if version == 4 else "inet6", gw.interface, gw.weight, gw.bandwidth)
        if gw.interface:
            name = gw.interface if "." in gw.interface else f"{gw.interface}.0"
            try:
                self.device.logical(name)
            except ValueError:
                raise RibError("INTERFACE_INVALID", f"{where}: interface {gw.interface} does not exist") from None
            gw = GatewaySpec(gw.address, gw.family, name, gw.weight, gw.bandwidth)
        if gw.bandwidth < 0:
            raise RibError("BANDWIDTH_USAGE_INVALID", f"{where}: bandwidth {gw.bandwidth} is negative")
        return gw

    def change(
        self, client_id: str, operation: str, specs: list[RouteSpec], legacy: bool = False
    ) -> tuple[int, RibError | None]:
        """RouteAdd/RouteModify/RouteUpdate: routes in order, stop at the first error.

        The routes before the failing one are applied (as jsd does); returns (completed, error).
        """
        rib = self.require_initialized(client_id, legacy)
        self._check_count(len(specs))
        accepted: list[ProgrammedRoute] = []
        seen: dict[tuple[str, str], ProgrammedRoute] = {}
        error: RibError | None = None
        for index, spec in enumerate(specs):
            try:
                route = self._normalise(rib, spec)
                key = (route.table, route.prefix)
                exists = key in seen or key in rib.routes
                if operation == "add" and exists:
                    raise RibError("ROUTE_EXISTS", f"route {route.prefix} in {route.table} already exists")
                if operation == "modify" and not exists:
                    raise RibError("ROUTE_NOT_FOUND", f"route {route.prefix} in {route.table} does not exist")
            except RibError as exc:
                error = RibError(exc.code, f"route {index + 1} of {len(specs)} ({spec.label()}): {exc.message}")
                break
            seen[key] = route
            accepted.append(route)
        self._install(client_id, rib, list(seen.values()))
        return len(accepted), error

    def delete(
        self, client_id: str, keys: list[tuple[str, str, str, int]], legacy: bool = False
    ) -> tuple[int, RibError | None]:
        """RouteDelete: keys (table, address, family, length) in order, stop at the first error."""
        rib = self.require_initialized(client_id, legacy)
        self._check_count(len(keys))
        gone: dict[tuple[str, str], ProgrammedRoute] = {}
        error: RibError | None = None
        for index, (table, address, family, length) in enumerate(keys):
            try:
                network = check_prefix(table, address, family, length)
                key = (table, str(network))
                if key in gone or key not in rib.routes:
                    raise RibError("ROUTE_NOT_FOUND", f"route {network} in {table} does not exist")
            except RibError as exc:
                label = f"{address or '?'}/{length} in {table or '(no table)'}"
                error = RibError(exc.code, f"route {index + 1} of {len(keys)} ({label}): {exc.message}")
                break
            gone[key] = rib.routes[key]
        self._withdraw(client_id, list(gone.values()))
        for key in gone:
            del rib.routes[key]
        return len(gone), error

    @staticmethod
    def _check_count(count: int) -> None:
        if count == 0:
            raise RibError("NO_OP", "the request holds no routes")
        if count > MAX_ROUTES_PER_REQUEST:
            raise RibError(
                "TOO_MANY_OPS", f"{count} routes in one request; at most {MAX_ROUTES_PER_REQUEST} are accepted"
            )

    # -- device table --------------------------------------------------------------------------------
    def _owner(self, client_id: str) -> str:
        return OWNER_PREFIX + client_id

    def _install(self, client_id: str, rib: ClientRib, routes: list[ProgrammedRoute]) -> None:
        if not routes:
            return
        owner = self._owner(client_id)
        now = self.device.now()
        subnets = {table: self.device.connected_subnets(table) for table in {r.table for r in routes}}
        removals = []
        additions = []
        for route in routes:
            old = rib.routes.get((route.table, route.prefix))
            if old is not None and old.protocol != route.protocol:
                removals.append((old.table, old.prefix, old.protocol, owner))
            hops = [self._hop(gw, subnets[route.table]) for gw in route.gateways]
            additions.append(Route(route.table, route.prefix, route.protocol, route.preference, hops, now, owner))
            rib.routes[(route.table, route.prefix)] = route
        self.device.program_routes(removals, additions)
        if self.encode_entry is not None:
            # Keep each route's wire form ready, as jsd keeps routes in its own format: RouteGet
            # then only sends (the encoding is paid once, when the route is programmed).
            for route in routes:
                route.wire[(rib.address_bytes, False)] = self.encode_entry(route, rib.address_bytes)

    @staticmethod
    def _hop(gw: GatewaySpec, subnets: list[tuple[Network, str]]) -> NextHop:
        if not gw.address:
            return NextHop(via=gw.interface)
        if gw.interface:
            return NextHop(to=gw.address, via=gw.interface)
        ip = ipaddress.ip_address(gw.address)
        for network, ifl in subnets:
            if ip in network:
                return NextHop(to=gw.address, via=ifl)
        return NextHop(to=gw.address)

    def _withdraw(self, client_id: str, routes: Iterable[ProgrammedRoute]) -> None:
        owner = self._owner(client_id)
        keys = [(r.table, r.prefix, r.protocol, owner) for r in routes]
        if keys:
            self.device.program_routes(keys, [])

    # -- reading -------------------------------------------------------------------------------------
    def lookup(
        self,
        client_id: str,
        table: str,
        address: str,
        family: str,
        length: int,
        match: str,
        active_only: bool,
        legacy: bool = False,
    ) -> list[ProgrammedRoute]:
        """RouteGet of either API: the client's routes matching a key as the client sent it.

        ``match`` is BEST, EXACT or EXACT_OR_LONGER; without a destination only EXACT_OR_LONGER
        is accepted (all routes of the table). Nothing found for BEST/EXACT is ROUTE_NOT_FOUND.
        A BEST lookup without a prefix length (proto3's 0) is the longest-prefix match of the address
        itself, as Juniper's sample clients use it (RouteGet of 192.168.20.1 with dest_prefix_len 0).
        """
        if match not in ("BEST", "EXACT", "EXACT_OR_LONGER"):
            raise RibError("REQUEST_INVALID", f"unknown match_type {match}")
        network = None
        if address and match == "BEST" and length == 0:
            length = 128 if ":" in address else 32
        if address:
            network = check_prefix(table, address, family, length)
        elif match != "EXACT_OR_LONGER":
            raise RibError("PREFIX_INVALID", f"match_type {match} needs a destination prefix (key.dest_prefix)")
        routes = self.get(client_id, table, network, match, active_only, legacy)
        if not routes and match != "EXACT_OR_LONGER":
            raise RibError("ROUTE_NOT_FOUND", f"no route of client '{client_id}' matches {address}/{length} in {table}")
        return routes

    def remove_routes(self, client_id: str, routes: list[ProgrammedRoute]) -> int:
        """Withdraw routes of the client found by :meth:`lookup` (legacy RouteRemoveMatching)."""
        rib = self.client(client_id)
        gone = [route for route in routes if rib.routes.get((route.table, route.prefix)) is route]
        self._withdraw(client_id, gone)
        for route in gone:
            del rib.routes[(route.table, route.prefix)]
        return len(gone)

    def get(
        self,
        client_id: str,
        table: str,
        network: Network | None,
        match: str,
        active_only: bool,
        legacy: bool = False,
    ) -> list[ProgrammedRoute]:
        """The client's routes of ``table``: ``match`` is BEST, EXACT or EXACT_OR_LONGER."""
        rib = self.require_initialized(client_id, legacy)
        check_table(table)
        mine = [route for (t, _), route in rib.routes.items() if t == table]
        if active_only:
            owner = self._owner(client_id)
            with self.device.lock:
                active = {
                    (prefix, routes[0].owner)
                    for prefix, routes in self.device.table_routes(table).items()
                    if routes and not routes[0].hidden
                }
            mine = [route for route in mine if (route.prefix, owner) in active]
        if network is None or (match == "EXACT_OR_LONGER" and network.prefixlen == 0):
            chosen = mine
        elif match == "EXACT":
            chosen = [route for route in mine if route.network == network]
        elif match == "EXACT_OR_LONGER":
            chosen = [
                route
                for route in mine
                if route.network.version == network.version and route.network.subnet_of(network)  # type: ignore[arg-type]
            ]
        else:  # BEST: longest prefix covering the destination
            covering = [
                route
                for route in mine
                if route.network.version == network.version and network.subnet_of(route.network)  # type: ignore[arg-type]
            ]
            chosen = [max(covering, key=lambda r: r.network.prefixlen)] if covering else []
        return sorted(chosen, key=lambda r: r.order)

    def summary(self, all_clients: bool, client_id: str, family: str) -> dict[str, dict[str, dict[str, int]]]:
        """client id -> protocol -> table -> route count (RouteSummaryGet)."""
        out: dict[str, dict[str, dict[str, int]]] = {}
        for cid, rib in self.clients.items():
            if not all_clients and cid != client_id:
                continue
            for route in rib.routes.values():
                if family and TABLES[route.table] != (4 if family == "inet" else 6):
                    continue
                per = out.setdefault(cid, {}).setdefault(route.protocol, {})
                per[route.table] = per.get(route.table, 0) + 1
        return out

    def describe(self) -> dict[str, Any]:
        return {cid: {"routes": len(r.routes), "purge_time": r.purge_time} for cid, r in self.clients.items()}
