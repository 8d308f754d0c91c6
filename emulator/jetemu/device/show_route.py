"""show route [DESTINATION] [exact | longer] [table NAME] [protocol NAME] / <get-route-information>,
show route summary / <get-route-summary-information>."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from .fmt import junos_ns, parse_destination, route_age
from .model import DEFAULT_PREFERENCES, NextHop, Route
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
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


def route_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
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
            rt = table_node.add("rt", junos__style="brief")
            rt.add("rt-destination", prefix)
            for route, active in entries:
                _entry(rt, route, active, now)
    return NodeResult(node, _routes_text, device.junos_version)


def _entry(rt: Node, route: Route, active: bool, now: float) -> None:
    entry = rt.add("rt-entry")
    if active:
        entry.add("active-tag", "*")
        entry.flag("current-active")
        entry.flag("last-active")
    entry.add("protocol-name", route.protocol)
    entry.add("preference", route.preference)
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


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-route-information",
        cli=("show", "route"),
        handler=route_information,
        flags=("exact", "longer"),
        values=("table", "protocol"),
        positional="destination",
        exclusive=(("exact", "longer"),),
    ),
    OpSpec(
        rpc="get-route-summary-information",
        cli=("show", "route", "summary"),
        handler=route_summary,
        values=("table",),
    ),
]
