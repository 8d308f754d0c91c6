"""show route [DESTINATION] [exact | longer | terse] [table NAME] [protocol NAME] / <get-route-information>,
show route summary, show route forwarding-table [family F], show route instance [NAME]: all read
the device's routing tables (the forwarding table is the active route of each destination plus the
kernel's permanent entries)."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from .fmt import junos_ns, parse_destination, route_age
from .iri import LOCAL_ADDRESSES, PRIVATE_INSTANCE
from .model import DEFAULT_PREFERENCES, NextHop, Route
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .show_status import named_entries
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

KNOWN_PROTOCOLS = (
    "access",
    "access-internal",
    "aggregate",
    "bgp",
    "bgp-static",
    "direct",
    "isis",
    "local",
    "ospf",
    "rip",
    "static",
)


def _selected_tables(device: Device, wanted: str | bool | None) -> list[str]:
    tables = device.tables()
    if not isinstance(wanted, str):
        return tables
    known = set(tables) | {"inet.0", "inet6.0"}
    chosen = sorted(name for name in known if name == wanted or name.startswith(wanted + "."))
    if not chosen:
        raise OpCommandError(f"error: table {wanted} not found")
    return [name for name in tables if name in chosen]


def _table_counts(routes: dict[str, list[Route]]) -> dict[str, int]:
    total = sum(len(entries) for entries in routes.values())
    hidden = sum(1 for entries in routes.values() for route in entries if route.hidden)
    active = sum(1 for entries in routes.values() if any(not route.hidden for route in entries))
    return {
        "destination-count": len(routes),
        "total-route-count": total,
        "active-route-count": active,
        "holddown-route-count": 0,
        "hidden-route-count": hidden,
    }


def _add_counts(table_node: Node, name: str, routes: dict[str, list[Route]]) -> None:
    table_node.add("table-name", name)
    for tag, value in _table_counts(routes).items():
        table_node.add(tag, value)


def _matches(prefix: str, destination: ipaddress.IPv4Network | ipaddress.IPv6Network | None, params: Params) -> bool:
    if destination is None:
        return True
    network = ipaddress.ip_network(prefix)
    if network.version != destination.version:
        return False
    if params.get("exact"):
        return network == destination
    if params.get("longer"):
        return network != destination and network.subnet_of(destination)  # type: ignore[arg-type]
    return network.subnet_of(destination)  # type: ignore[arg-type]


# protocols whose routes ``show route advertising-protocol|receive-protocol`` can name
PEER_PROTOCOLS = {
    "advertising-protocol-name": ("bgp", "dvmrp", "pim", "rip", "ripng", "msdp"),
    "receive-protocol-name": ("bgp", "rip", "ripng", "dvmrp"),
}


def _peer_routes(device: Device, params: Params) -> NodeResult | None:
    """``show route advertising-protocol|receive-protocol P NEIGHBOR``: the routes exchanged with a
    peer. The emulated device's peers never come up (nothing answers it), so no route is sent
    or received: the reply has no table. None when the command is an ordinary ``show route``."""
    kind = next((key for key in PEER_PROTOCOLS if key in params), None)
    if kind is None:
        return None
    protocol = params[kind]
    if not isinstance(protocol, str) or protocol not in PEER_PROTOCOLS[kind]:
        raise OpCommandError(f"error: syntax error, expecting <command>: {protocol}")
    neighbor = params.get("neighbor", params.get("destination"))
    if not isinstance(neighbor, str):
        raise OpCommandError("error: missing mandatory argument: neighbor")
    if parse_destination(neighbor) is None:
        raise OpCommandError(f"error: invalid neighbor address: {neighbor}")
    node = Node("route-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    return NodeResult(node, _routes_text, device.junos_version)


def route_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    peer = _peer_routes(device, params)
    if peer is not None:
        return peer
    destination = None
    raw = params.get("destination")
    if isinstance(raw, str):
        destination = parse_destination(raw)
        if destination is None:
            raise OpCommandError(f"error: invalid destination prefix: {raw}")
    protocol = params.get("protocol")
    if isinstance(protocol, str) and protocol.lower() not in KNOWN_PROTOCOLS:
        raise OpCommandError(f"error: syntax error, expecting <command>: {protocol}")
    node = Node("route-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    now = device.now()
    terse = bool(params.get("terse"))
    for table in _selected_tables(device, params.get("table")):
        routes = device.table_routes(table)
        visible = {prefix: [r for r in entries if not r.hidden] for prefix, entries in routes.items()}
        visible = {prefix: entries for prefix, entries in visible.items() if entries}
        chosen = [prefix for prefix in visible if _matches(prefix, destination, params)]
        if destination is not None and not chosen and not params.get("exact") and not params.get("longer"):
            covering = [
                prefix
                for prefix in visible
                if ipaddress.ip_network(prefix).version == destination.version
                and destination.subnet_of(ipaddress.ip_network(prefix))  # type: ignore[arg-type]
            ]
            if covering:
                chosen = [max(covering, key=lambda p: ipaddress.ip_network(p).prefixlen)]
        entries_by_prefix: dict[str, list[tuple[Route, bool]]] = {}
        for prefix in chosen:
            ranked = visible[prefix]
            selected = [(route, index == 0) for index, route in enumerate(ranked)]
            if isinstance(protocol, str):
                selected = [(r, active) for r, active in selected if r.protocol.lower() == protocol.lower()]
            if selected:
                entries_by_prefix[prefix] = selected
        if not entries_by_prefix:
            continue
        table_node = node.add("route-table")
        _add_counts(table_node, table, routes)
        for prefix, entries in entries_by_prefix.items():
            rt = table_node.add("rt", junos__style="terse" if terse else "brief")
            rt.add("rt-destination", prefix)
            for route, active in entries:
                _entry(rt, route, active, now, terse)
    return NodeResult(node, _terse_text if terse else _routes_text, device.junos_version)


def _entry(rt: Node, route: Route, active: bool, now: float, terse: bool = False) -> None:
    entry = rt.add("rt-entry")
    if active:
        entry.add("active-tag", "*")
        entry.flag("current-active")
        entry.flag("last-active")
    entry.add("protocol-name", route.protocol)
    entry.add("preference", route.preference)
    if not terse:  # the terse view has no age column
        age = max(0.0, now - route.installed_at)
        entry.add("age", route_age(age), junos__seconds=str(int(age)))
    chosen = False
    for hop in route.next_hops:
        nh = entry.add("nh")
        if active and not chosen and hop.kind == "Router" and hop.via:
            nh.flag("selected-next-hop")
            chosen = True
        _hop(nh, hop)


def _hop(nh: Node, hop: NextHop) -> None:
    if hop.kind == "Router":
        if hop.to:
            nh.add("to", hop.to)
        if hop.via:
            nh.add("via", hop.via)
        return
    nh.add("nh-type", hop.kind)
    if hop.via:
        nh.add("nh-local-interface", hop.via)


def _counts_line(table: Node) -> str:
    return (
        f"{table.findtext('table-name')}: {table.findtext('destination-count')} destinations, "
        f"{table.findtext('total-route-count')} routes ({table.findtext('active-route-count')} active, "
        f"{table.findtext('holddown-route-count')} holddown, {table.findtext('hidden-route-count')} hidden)"
    )


def _routes_text(node: Node) -> str:
    lines: list[str] = []
    for table in node.findall("route-table"):
        lines.append("")
        lines.append(_counts_line(table))
        lines.append("+ = Active Route, - = Last Active, * = Both")
        lines.append("")
        for rt in table.findall("rt"):
            destination = rt.findtext("rt-destination")
            lead = f"{destination:<19}"
            if len(destination) > 18:
                lines.append(destination)
                lead = " " * 19
            for entry in rt.findall("rt-entry"):
                tag = entry.findtext("active-tag") or " "
                lines.append(
                    f"{lead}{tag}[{entry.findtext('protocol-name')}/{entry.findtext('preference')}] "
                    f"{entry.findtext('age')}"
                )
                lead = " " * 19
                for nh in entry.findall("nh"):
                    marker = ">" if nh.has("selected-next-hop") else " "
                    lines.append(f"{' ' * 20}{marker}  {_hop_text(nh)}")
    return "\n".join(lines) + "\n" if lines else ""


# ``show route terse``: one line per route, the protocol as its letter (Junos's key to the column)
_PROTOCOL_LETTER = {
    "Aggregate": "A",
    "BGP": "B",
    "Direct": "D",
    "IS-IS": "I",
    "Local": "L",
    "OSPF": "O",
    "RIP": "R",
    "Static": "S",
}


def _terse_hop(nh: Node) -> str:
    kind = nh.findtext("nh-type")
    if kind:
        return kind
    return nh.findtext("to") or nh.findtext("via")


def _terse_text(node: Node) -> str:
    lines: list[str] = []
    for table in node.findall("route-table"):
        lines += ["", _counts_line(table), "+ = Active Route, - = Last Active, * = Both", ""]
        lines.append(f"A V {'Destination':<19}P Prf   Metric 1   Metric 2  Next hop        AS path")
        for rt in table.findall("rt"):
            destination = rt.findtext("rt-destination")
            for entry in rt.findall("rt-entry"):
                protocol = entry.findtext("protocol-name")
                lead = f"{entry.findtext('active-tag') or ' '} ? {destination:<19}"
                if len(destination) > 18:
                    lines.append(f"{entry.findtext('active-tag') or ' '} ? {destination}")
                    lead = " " * 23
                row = f"{lead}{_PROTOCOL_LETTER.get(protocol, protocol[:1])} {entry.findtext('preference'):>3}{'':22}"
                hops = entry.findall("nh") or [Node("nh")]
                for index, nh in enumerate(hops):
                    marker = ">" if nh.has("selected-next-hop") else " "
                    start = row if index == 0 else " " * len(row)
                    lines.append(f"{start} {marker}{_terse_hop(nh)}".rstrip())
    return "\n".join(lines) + "\n" if lines else ""


def _hop_text(nh: Node) -> str:
    kind = nh.findtext("nh-type")
    if kind:
        return f"{kind} via {nh.findtext('nh-local-interface')}" if nh.has("nh-local-interface") else kind
    if nh.has("to"):
        return f"to {nh.findtext('to')} via {nh.findtext('via')}" if nh.has("via") else f"to {nh.findtext('to')}"
    return f"via {nh.findtext('via')}"


# --------------------------------------------------------------------------------------------
# show route summary
# --------------------------------------------------------------------------------------------
def route_summary(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("route-summary-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    if device.autonomous_system:
        node.add("as-number", device.autonomous_system)
    node.add("router-id", device.router_id())
    for table in _selected_tables(device, params.get("table")):
        routes = device.table_routes(table)
        table_node = node.add("route-table")
        _add_counts(table_node, table, routes)
        per_protocol: dict[str, list[int]] = {}
        for entries in routes.values():
            first_visible = next((route for route in entries if not route.hidden), None)
            for route in entries:
                counts = per_protocol.setdefault(route.protocol, [0, 0])
                counts[0] += 1
                counts[1] += 1 if route is first_visible else 0
        order = list(DEFAULT_PREFERENCES)
        for name in sorted(per_protocol, key=lambda p: (order.index(p) if p in order else len(order), p)):
            protocol = table_node.add("protocols")
            protocol.add("protocol-name", name)
            protocol.add("protocol-route-count", per_protocol[name][0])
            protocol.add("active-route-count", per_protocol[name][1])
    return NodeResult(node, _summary_text, device.junos_version)


def _summary_text(node: Node) -> str:
    lines: list[str] = []
    if node.has("as-number"):
        lines.append(f"Autonomous system number: {node.findtext('as-number')}")
    lines.append(f"Router ID: {node.findtext('router-id')}")
    for table in node.findall("route-table"):
        lines.append("")
        lines.append(_counts_line(table))
        for protocol in table.findall("protocols"):
            lines.append(
                f"{protocol.findtext('protocol-name'):>20}: {protocol.findtext('protocol-route-count'):>6} routes, "
                f"{protocol.findtext('active-route-count'):>6} active"
            )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show route forwarding-table
# --------------------------------------------------------------------------------------------
# The kernel's permanent entries of every Junos forwarding table: (destination, next-hop type,
# next-hop index); the rest is the active route of each RIB destination.
_PERMANENT = {
    "inet": (
        ("default", "rjct", 36),
        ("0.0.0.0/32", "dscd", 34),
        ("224.0.0.0/4", "mdsc", 35),
        ("224.0.0.1/32", "mcst", 31),
        ("255.255.255.255/32", "bcst", 32),
    ),
    "inet6": (
        ("default", "rjct", 44),
        ("::/128", "dscd", 42),
        ("ff00::/8", "mdsc", 43),
        ("ff02::1/128", "mcst", 39),
    ),
}
_FAMILY_TITLE = {"inet": "Internet", "inet6": "Internet6"}
_FIRST_INDEX = 600  # where the device numbers the next hops it makes itself


def forwarding_table(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    family_wanted = params.get("family")
    node = Node("forwarding-table-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    next_index = _FIRST_INDEX
    for family, rib in (("inet", "inet.0"), ("inet6", "inet6.0")):
        if isinstance(family_wanted, str) and family_wanted != family:
            continue
        table = node.add("route-table")
        table.add("table-name", f"default.{family}")
        table.add("address-family", _FAMILY_TITLE[family])
        entries: list[tuple[str, str, str, str, int, int, str]] = [
            (destination, "perm", "", kind, index, 1, "") for destination, kind, index in _PERMANENT[family]
        ]
        for prefix, routes in device.table_routes(rib).items():
            route = next((candidate for candidate in routes if not candidate.hidden), None)
            if route is None or not route.next_hops:
                continue
            hop = route.next_hops[0]
            network = ipaddress.ip_network(prefix)
            prefix = "default" if network.prefixlen == 0 else prefix
            host = network.prefixlen == network.max_prefixlen
            interface = hop.via or ""
            if route.protocol in ("Direct", "Local") and (host or hop.kind == "Local"):
                entries.append((prefix, "intf", str(network.network_address), "locl", next_index, 2, ""))
            elif route.protocol == "Direct":
                entries.append((prefix, "intf", "", "rslv", next_index, 1, interface))
                if family == "inet" and network.prefixlen <= 30:
                    next_index += 1
                    entries.append(
                        (
                            f"{network.network_address}/32",
                            "dest",
                            str(network.network_address),
                            "recv",
                            next_index,
                            1,
                            interface,
                        )
                    )
                    next_index += 1
                    entries.append(
                        (
                            f"{network.broadcast_address}/32",
                            "dest",
                            str(network.broadcast_address),
                            "bcst",
                            next_index,
                            1,
                            interface,
                        )
                    )
            elif hop.kind in ("Discard", "Reject"):
                entries.append((prefix, "user", "", "dscd" if hop.kind == "Discard" else "rjct", next_index, 1, ""))
            else:
                entries.append((prefix, "user", hop.to or "", "ucst", next_index, 1, interface))
            next_index += 1
        for destination, kind, to, nh_type, index, references, via in entries:
            entry = table.add("rt-entry")
            entry.add("rt-destination", destination)
            entry.add("destination-type", kind)
            entry.add("route-reference-count", 0)
            nh = entry.add("nh")
            if to:
                nh.add("to", to)
            nh.add("nh-type", nh_type)
            nh.add("nh-index", index)
            nh.add("nh-reference-count", references)
            if via:
                nh.add("via", via)
    return NodeResult(node, _forwarding_text, device.junos_version)


def _forwarding_text(node: Node) -> str:
    lines: list[str] = []
    for table in node.findall("route-table"):
        if lines:
            lines.append("")
        lines += [f"Routing table: {table.findtext('table-name')}", f"{table.findtext('address-family')}:"]
        lines.append("Destination        Type RtRef Next hop           Type Index    NhRef Netif")
        for entry in table.findall("rt-entry"):
            nh = entry.find("nh") or Node("nh")
            destination = entry.findtext("rt-destination")
            if len(destination) > 18:
                lines.append(destination)
                destination = ""
            lines.append(
                f"{destination:<19}{entry.findtext('destination-type'):<4}{entry.findtext('route-reference-count'):>6} "
                f"{nh.findtext('to'):<19}{nh.findtext('nh-type'):<4} {nh.findtext('nh-index'):>5}"
                f"{nh.findtext('nh-reference-count'):>9} {nh.findtext('via')}".rstrip()
            )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show route instance
# --------------------------------------------------------------------------------------------
def instance_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The master instance with the device's tables, the RE's private instance (its em0 network
    and two local addresses, see iri.py) and the configured routing instances."""
    wanted = params.get("instance-name")
    instances: list[tuple[str, str, list[tuple[str, int, int]]]] = []
    tables = device.tables()
    master = [t for t in tables if "." in t and t.count(".") == 1]
    instances.append(("master", "forwarding", [(t, *_active_hidden(device, t)) for t in master or ["inet.0"]]))
    instances.append((PRIVATE_INSTANCE, "forwarding", [(f"{PRIVATE_INSTANCE}.inet.0", 1 + len(LOCAL_ADDRESSES), 0)]))
    for entry in named_entries(device.statement("routing-instances", "instance")):
        name = str(entry["name"])
        kind = str(entry.get("instance-type") or "forwarding")
        own = [t for t in tables if t.startswith(name + ".")]
        instances.append((name, kind, [(t, *_active_hidden(device, t)) for t in own]))
    node = Node("instance-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    for name, kind, ribs in instances:
        if isinstance(wanted, str) and wanted != name:
            continue
        core = node.add("instance-core")
        core.add("instance-name", name)
        core.add("instance-type", kind)
        for rib, active, hidden in ribs:
            block = core.add("instance-rib")
            block.add("irib-name", rib)
            block.add("irib-active-count", active)
            block.add("irib-holddown-count", 0)
            block.add("irib-hidden-count", hidden)
    if isinstance(wanted, str) and not node.children:
        raise OpCommandError(f"error: routing instance {wanted} not found")
    return NodeResult(node, _instance_text, device.junos_version)


def _active_hidden(device: Device, table: str) -> tuple[int, int]:
    counts = _table_counts(device.table_routes(table))
    return counts["active-route-count"], counts["hidden-route-count"]


def _instance_text(node: Node) -> str:
    lines = [
        "Instance             Type",
        "         Primary RIB                                     Active/holddown/hidden",
    ]
    for index, core in enumerate(node.findall("instance-core")):
        if index:
            lines.append("")
        lines.append(f"{core.findtext('instance-name'):<21}{core.findtext('instance-type')}")
        for rib in core.findall("instance-rib"):
            counts = "/".join(rib.findtext(f"irib-{c}-count") for c in ("active", "holddown", "hidden"))
            lines.append(f"{'':9}{rib.findtext('irib-name'):<48}{counts}")
    return "\n".join(lines) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-route-information",
        cli=("show", "route"),
        handler=route_information,
        flags=("exact", "longer", "terse"),
        values=("table", "protocol", "advertising-protocol-name", "receive-protocol-name", "neighbor"),
        renamed_values={
            "advertising-protocol": "advertising-protocol-name",
            "receive-protocol": "receive-protocol-name",
        },
        positional="destination",
        exclusive=(("exact", "longer"),),
    ),
    OpSpec(
        rpc="get-route-summary-information",
        cli=("show", "route", "summary"),
        handler=route_summary,
        values=("table",),
    ),
    OpSpec(
        rpc="get-forwarding-table-information",
        cli=("show", "route", "forwarding-table"),
        handler=forwarding_table,
        values=("family",),
    ),
    OpSpec(
        rpc="get-instance-information",
        cli=("show", "route", "instance"),
        handler=instance_information,
        positional="instance-name",
    ),
]
