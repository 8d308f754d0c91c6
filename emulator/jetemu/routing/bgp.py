"""BGP-Static routes programmed through ``jnx.jet.routing.bgp.Bgp`` or legacy ``routing.BgpRoute``.

Both APIs share one table per device, keyed by (table, prefix, path cookie), owned per client id:
a route added through the legacy API is the same route for the v2 API. The wire layers
(``jetemu.server.services.bgp`` and ``.legacy_bgp_route``) turn requests into :class:`BgpRouteSpec`
values of plain strings and numbers; what is valid is decided here, so both APIs refuse the same
things with the same status names (the names both ``StatusCode`` enumerations share).

The routes go into the device's routing table as protocol ``BGP-Static`` (preference 170 unless
``route_preference`` says otherwise), owned by ``jet-bgp:<client id>``; their protocol next hop is
resolved like BGP resolves it: through a connected subnet (then the route points out of that
interface), through another active route (an indirect next hop), or not at all (the route is
hidden). ``use_nexthop_reject`` installs a reject next hop. jetemu has no BGP peers: the route
streams (RouteSubscribe / BgpRouteMonitorRegister) that follow routes learned from peers report
none, truthfully.

The service needs BGP configured (``protocols bgp``) on the device; ``Initialize`` answers
``BGP_NOT_READY`` otherwise, as the IDL documents.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..device.model import NextHop, Route
from .rib import MAX_ROUTES_PER_REQUEST, TABLES, RibError

if TYPE_CHECKING:
    from ..device.model import Device

OWNER_PREFIX = "jet-bgp:"
PROTOCOL = "BGP-Static"
DEFAULT_PREFERENCE = 170
MAX_COMMUNITIES = 256
MAX_TEXT = 1023  # characters of one community string or of an AS path
WELL_KNOWN_COMMUNITIES = ("no-export", "no-advertise", "no-export-confed", "llgr-stale", "no-llgr")
_COMMUNITY = re.compile(
    r"^(?:\d+:\d+"
    r"|(?:target|origin|redirect):(?:\d{1,3}(?:\.\d{1,3}){3}|\d+|as2b:\d+|as4b:\d+):\d+"
    r"|(?:bandwidth|traffic-rate):\d+:\d+(?:\.\d+)?[kmg]?"
    r"|encapsulation:0L:\d+"
    r"|domain-id:\d{1,3}(?:\.\d{1,3}){3}:0"
    r"|domain-id-vendor:\d{1,3}(?:\.\d{1,3}){3})$"
)
_ASPATH_TOKEN = re.compile(r"^[\[\]()]*\d+[\[\]()]*$|^[\[\]()]+$")

BgpError = RibError  # same shape: a status name and a message


@dataclass(frozen=True)
class BgpRouteSpec:
    """One BGP route as the client sent it (not yet validated). ``None``: attribute not set."""

    table: str
    prefix_address: str
    prefix_family: str  # "inet", "inet6", or the RoutePrefix member used (inetvpn, ...)
    prefix_length: int
    protocol: str = ""  # "", "BGP" or "BGP_STATIC"
    cookie: int = 0
    route_preference: int | None = None
    local_preference: int | None = None
    med: int | None = None
    aigp_distance: int | None = None
    label: int | None = None
    label_stack: bool = False  # a LabelStack was sent (not supported, as the IDL says)
    communities: tuple[str, ...] = ()
    aspath: str | None = None
    originator_id: int | None = None
    cluster_list: tuple[int, ...] = ()
    cluster_id: int | None = None
    nexthops: tuple[str, ...] = ()
    external: bool = False  # route_type BGP_EXTERNAL
    no_advertise: bool = False
    no_export: bool = False
    nexthop_reject: bool = False
    nexthop_fictitious: bool = False
    unsupported: str = ""  # a member this device does not serve (route_data, tunnel_attributes)

    def label_text(self) -> str:
        return f"{self.prefix_address or '?'}/{self.prefix_length} in {self.table or '(no table)'}"


@dataclass(frozen=True)
class BgpMatch:
    """A route key of RouteDelete/RouteGet (BgpRouteRemove/BgpRouteGet)."""

    table: str
    prefix_address: str
    prefix_family: str
    prefix_length: int
    protocol: str = ""
    cookie: int = 0
    communities: tuple[str, ...] = ()


@dataclass
class BgpRoute:
    """A programmed BGP-Static route, normalised."""

    owner: str  # client id
    spec: BgpRouteSpec
    prefix: str
    preference: int
    wire: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def table(self) -> str:
        return self.spec.table

    @property
    def network(self) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
        return ipaddress.ip_network(self.prefix)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.spec.table, self.prefix, self.spec.cookie)


@dataclass
class BgpClient:
    initialized: bool = False
    address_bytes: bool = False  # v2 Initialize: addresses of replies as bytes
    table_by_id: bool = False  # v2 Initialize: tables of replies by id


class BgpRouteState:
    """The BGP-Static routes of one device, by (table, prefix, cookie); clients by id."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.routes: dict[tuple[str, str, int], BgpRoute] = {}
        self.clients: dict[str, BgpClient] = {}
        self.monitors: dict[str, asyncio.Queue[str]] = {}  # client id -> requests to its open route stream

    # -- clients ---------------------------------------------------------------------------------
    def has_state(self, client_id: str) -> bool:
        return any(route.owner == client_id for route in self.routes.values())

    def detach(self, client_id: str) -> None:
        client = self.clients.get(client_id)
        if client is not None:
            client.initialized = False

    def initialize(self, client_id: str, bgp_ready: bool, rebound: bool) -> tuple[str, int]:
        """(status name, number of routes the client owns)."""
        if not bgp_ready:
            return "BGP_NOT_READY", 0
        client = self.clients.setdefault(client_id, BgpClient())
        count = sum(1 for route in self.routes.values() if route.owner == client_id)
        if client.initialized:
            return "ALREADY_INITIALIZED", count
        client.initialized = True
        return ("SUCCESS_STATE_REBOUND" if rebound and count else "SUCCESS"), count

    def require_initialized(self, client_id: str, rpc: str) -> None:
        client = self.clients.get(client_id)
        if client is None or not client.initialized:
            raise BgpError("NOT_INITIALIZED", f"client '{client_id}' must call {rpc} before any other BGP route call")

    def cleanup(self, client_id: str, rpc: str) -> int:
        self.require_initialized(client_id, rpc)
        return self.purge(client_id, keep_session=True)

    def purge(self, client_id: str, keep_session: bool = False) -> int:
        mine = [route for route in self.routes.values() if route.owner == client_id]
        self._withdraw(mine)
        for route in mine:
            del self.routes[route.key]
        if not keep_session:
            self.detach(client_id)
        return len(mine)

    # -- validation ------------------------------------------------------------------------------
    @staticmethod
    def _network(table: str, address: str, family: str, length: int) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
        if not table:
            raise BgpError("TABLE_INVALID", "no routing table given (set table.name, e.g. inet.0)")
        version = TABLES.get(table)
        if version is None:
            raise BgpError("TABLE_INVALID", f"unknown routing table '{table}' (known: {', '.join(TABLES)})")
        if family not in ("inet", "inet6", ""):
            raise BgpError("REQUEST_UNSUPPORTED", f"{family} destination prefixes are not supported by this device")
        if not address:
            raise BgpError("PREFIX_INVALID", "no destination prefix given (dest_prefix)")
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            raise BgpError("PREFIX_INVALID", f"'{address}' is not an IP address") from None
        if ip.version != version:
            raise BgpError(
                "PREFIX_INVALID", f"{address} is an IPv{ip.version} address; table {table} holds IPv{version}"
            )
        if length > ip.max_prefixlen:
            raise BgpError("PREFIX_LEN_TOO_LONG", f"prefix length {length} is too long (at most {ip.max_prefixlen})")
        network = ipaddress.ip_network(f"{address}/{length}", strict=False)
        if network.network_address != ip:
            raise BgpError("PREFIX_INVALID", f"{address}/{length} has host bits set (the network is {network})")
        return network

    @staticmethod
    def check_communities(communities: tuple[str, ...]) -> None:
        if len(communities) > MAX_COMMUNITIES:
            raise BgpError("COMMUNITY_LIST_INVALID", f"{len(communities)} communities, at most {MAX_COMMUNITIES}")
        for text in communities:
            if not text or len(text) > MAX_TEXT or (text not in WELL_KNOWN_COMMUNITIES and not _COMMUNITY.match(text)):
                raise BgpError("COMMUNITY_LIST_INVALID", f"community '{text[:60]}' is not a valid community")

    def _normalise(self, spec: BgpRouteSpec) -> BgpRoute:
        if spec.unsupported:
            raise BgpError("REQUEST_UNSUPPORTED", f"{spec.unsupported} is not supported by this device")
        network = self._network(spec.table, spec.prefix_address, spec.prefix_family, spec.prefix_length)
        if spec.protocol not in ("", "BGP_STATIC"):
            raise BgpError("PROTOCOL_INVALID", f"protocol {spec.protocol} cannot be programmed (BGP-Static only)")
        if not spec.nexthops:
            raise BgpError("NEXTHOP_INVALID", "no protocol next hop given (protocol_nexthops is empty)")
        if len(spec.nexthops) > 1:
            raise BgpError(
                "NEXTHOP_ECMP_LIMIT", f"{len(spec.nexthops)} protocol next hops given; multipath is not supported"
            )
        try:
            nexthop = ipaddress.ip_address(spec.nexthops[0])
        except ValueError:
            raise BgpError("NEXTHOP_ADDRESS_INVALID", f"'{spec.nexthops[0]}' is not an IP address") from None
        if nexthop.is_unspecified or nexthop.is_multicast:
            raise BgpError("NEXTHOP_ADDRESS_INVALID", f"{nexthop} cannot be a protocol next hop")
        if spec.nexthop_reject and spec.nexthop_fictitious:
            raise BgpError(
                "MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET",
                "use_nexthop_reject and use_nexthop_fictitious exclude each other",
            )
        if spec.label_stack:
            raise BgpError("LABEL_INFO_INVALID", "label stacks are not supported; give a vpn_label")
        if spec.label is not None and (spec.label >= 1 << 20 or 4 <= spec.label <= 15):
            raise BgpError("LABEL_INFO_INVALID", f"label {spec.label} is not a valid 20-bit label outside 4..15")
        self.check_communities(spec.communities)
        if spec.aspath is not None and (
            len(spec.aspath) > MAX_TEXT or not all(_ASPATH_TOKEN.match(tok) for tok in spec.aspath.split())
        ):
            raise BgpError("ASPATH_INVALID", f"AS path '{spec.aspath[:60]}' is not a list of AS numbers")
        if 0 in spec.cluster_list:
            raise BgpError("CLUSTER_LIST_INVALID", "a cluster id of the cluster list is 0")
        preference = DEFAULT_PREFERENCE if spec.route_preference is None else spec.route_preference
        clean = BgpRouteSpec(**{**spec.__dict__, "protocol": "BGP_STATIC", "nexthops": (str(nexthop),)})
        return BgpRoute("", clean, str(network), preference)

    @staticmethod
    def _check_count(count: int) -> None:
        if count == 0:
            raise BgpError("NO_OP", "the request holds no routes")
        if count > MAX_ROUTES_PER_REQUEST:
            raise BgpError("TOO_MANY_OPS", f"{count} routes in one request; at most {MAX_ROUTES_PER_REQUEST}")

    # -- changes ---------------------------------------------------------------------------------
    def change(
        self, client_id: str, operation: str, specs: list[BgpRouteSpec], rpc: str
    ) -> tuple[int, BgpError | None]:
        """Add/Modify/Update: routes in order, stop at the first error (the ones before it stay)."""
        self.require_initialized(client_id, rpc)
        self._check_count(len(specs))
        accepted: dict[tuple[str, str, int], BgpRoute] = {}
        error: BgpError | None = None
        for index, spec in enumerate(specs):
            try:
                route = self._normalise(spec)
                route.owner = client_id
                existing = accepted.get(route.key) or self.routes.get(route.key)
                if existing is not None and existing.owner != client_id:
                    raise BgpError("ROUTE_EXISTS", f"route {route.prefix} in {route.table} belongs to another client")
                if operation == "add" and existing is not None:
                    raise BgpError("ROUTE_EXISTS", f"route {route.prefix} in {route.table} already exists")
                if operation == "modify" and existing is None:
                    raise BgpError("ROUTE_NOT_FOUND", f"route {route.prefix} in {route.table} does not exist")
            except BgpError as exc:
                error = BgpError(exc.code, f"route {index + 1} of {len(specs)} ({spec.label_text()}): {exc.message}")
                break
            accepted[route.key] = route
        self._install(list(accepted.values()))
        return len(accepted), error

    def delete(self, client_id: str, matches: list[BgpMatch], or_longer: bool, rpc: str) -> tuple[int, BgpError | None]:
        """Delete/Remove: the client's routes matching each key (or longer); stop at the first miss."""
        self.require_initialized(client_id, rpc)
        self._check_count(len(matches))
        gone: dict[tuple[str, str, int], BgpRoute] = {}
        error: BgpError | None = None
        for index, match in enumerate(matches):
            try:
                found = [r for r in self._matching(match, or_longer) if r.owner == client_id and r.key not in gone]
                if not found:
                    raise BgpError(
                        "ROUTE_NOT_FOUND",
                        f"no route of client '{client_id}' matches {match.prefix_address}/{match.prefix_length}",
                    )
            except BgpError as exc:
                error = BgpError(exc.code, f"route {index + 1} of {len(matches)}: {exc.message}")
                break
            gone.update((route.key, route) for route in found)
        self._withdraw(list(gone.values()))
        for route_key in gone:
            del self.routes[route_key]
        return len(gone), error

    def get(self, client_id: str, match: BgpMatch, or_longer: bool, active_only: bool, rpc: str) -> list[BgpRoute]:
        """Get: the BGP routes of the table matching the key (every client's: it is a table walk)."""
        self.require_initialized(client_id, rpc)
        if match.protocol not in ("", "BGP", "BGP_STATIC"):
            raise BgpError("PROTOCOL_INVALID", f"protocol {match.protocol} is not a BGP protocol")
        routes = self._matching(match, or_longer, whole_table=not match.prefix_address)
        if active_only:
            with self.device.lock:
                table = self.device.table_routes(match.table)
            routes = [r for r in routes if table.get(r.prefix) and table[r.prefix][0].owner == self._owner(r)]
        return routes

    def _matching(self, match: BgpMatch, or_longer: bool, whole_table: bool = False) -> list[BgpRoute]:
        if whole_table:
            if not match.table or match.table not in TABLES:
                raise BgpError("TABLE_INVALID", f"unknown routing table '{match.table}' (known: {', '.join(TABLES)})")
            network = None
        else:
            network = self._network(match.table, match.prefix_address, match.prefix_family, match.prefix_length)
        self.check_communities(match.communities)
        out = []
        for route in self.routes.values():
            if route.table != match.table or (match.protocol == "BGP"):  # no dynamic BGP routes here
                continue
            if match.cookie and route.spec.cookie != match.cookie:
                continue
            if match.communities and not set(match.communities) <= set(route.spec.communities):
                continue
            if network is not None:
                candidate = route.network
                if candidate.version != network.version:
                    continue
                if or_longer:
                    if not candidate.subnet_of(network):  # type: ignore[arg-type]
                        continue
                elif candidate != network:
                    continue
            out.append(route)
        return sorted(
            out, key=lambda r: (r.network.version, int(r.network.network_address), r.network.prefixlen, r.spec.cookie)
        )

    # -- route streams (BGP routes learned from peers: jetemu has none) ----------------------------
    def open_monitor(self, client_id: str, rpc: str, already: str) -> asyncio.Queue[str]:
        """Register the client's route stream: a queue of "refresh"/"stop" requests for it."""
        self.require_initialized(client_id, rpc)
        if client_id in self.monitors:
            raise BgpError(already, f"client '{client_id}' already has a route stream open")
        queue: asyncio.Queue[str] = asyncio.Queue()
        self.monitors[client_id] = queue
        return queue

    def close_monitor(self, client_id: str, queue: asyncio.Queue[str]) -> None:
        if self.monitors.get(client_id) is queue:
            del self.monitors[client_id]

    def poke_monitor(self, client_id: str, what: str, rpc: str) -> None:
        """Ask the client's open route stream to "refresh" or "stop"; NOT_REGISTERED without one."""
        self.require_initialized(client_id, rpc)
        queue = self.monitors.get(client_id)
        if queue is None:
            raise BgpError("NOT_REGISTERED", f"client '{client_id}' has no route stream open")
        queue.put_nowait(what)
        if what == "stop":
            del self.monitors[client_id]

    # -- the device's routing table ----------------------------------------------------------------
    @staticmethod
    def _owner(route: BgpRoute) -> str:
        return f"{OWNER_PREFIX}{route.owner}" + (f"#{route.spec.cookie}" if route.spec.cookie else "")

    def _device_route(self, route: BgpRoute, now: float) -> Route:
        nexthop = route.spec.nexthops[0]
        hidden = False
        if route.spec.nexthop_reject:
            hops = [NextHop(kind="Reject")]
        elif route.spec.nexthop_fictitious:
            hops = [NextHop(to=nexthop)]
        else:
            hops, hidden = self._resolve(nexthop)
        return Route(
            route.table, route.prefix, PROTOCOL, route.preference, hops, now, self._owner(route), hidden=hidden
        )

    def _resolve(self, nexthop: str) -> tuple[list[NextHop], bool]:
        """The forwarding next hop of a protocol next hop: connected, indirect, or unresolved (hidden)."""
        ip = ipaddress.ip_address(nexthop)
        table = "inet.0" if ip.version == 4 else "inet6.0"
        for network, ifl in self.device.connected_subnets(table):
            if ip in network:
                return [NextHop(to=nexthop, via=ifl)], False
        with self.device.lock:
            for prefix, routes in self.device.table_routes(table).items():
                active = next((r for r in routes if not r.hidden), None)
                if active is not None and active.protocol != PROTOCOL and ip in ipaddress.ip_network(prefix):
                    return [NextHop(to=nexthop)], False
        return [NextHop(to=nexthop)], True

    def _install(self, routes: list[BgpRoute]) -> None:
        if not routes:
            return
        now = self.device.now()
        removals = []
        additions = []
        for route in routes:
            old = self.routes.get(route.key)
            if old is not None and self._owner(old) != self._owner(route):
                removals.append((old.table, old.prefix, PROTOCOL, self._owner(old)))
            additions.append(self._device_route(route, now))
            self.routes[route.key] = route
        self.device.program_routes(removals, additions)

    def _withdraw(self, routes: list[BgpRoute]) -> None:
        keys = [(route.table, route.prefix, PROTOCOL, self._owner(route)) for route in routes]
        if keys:
            self.device.program_routes(keys, [])

    def describe(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for route in self.routes.values():
            counts[route.owner] = counts.get(route.owner, 0) + 1
        return counts
