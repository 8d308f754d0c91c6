"""Protocol and forwarding status: LACP, IS-IS, LDP, RSVP, BFD, MPLS interfaces, LLDP's local
information, IPv6 neighbours, interface queues and optics, class of service, policers, and the
SRX security zones and policies.

The emulated device answers from its committed configuration and its state, never with peers it
does not have: a protocol that is not configured answers rpd's (or lacpd's) own refusal, word for
word (``IS-IS instance is not running``, ``LDP instance is not running``, ``RSVP not configured``,
``MPLS not configured``, lacpd's ``lacp subsystem not running`` warning); a configured one runs
but no neighbour ever answers (nothing else runs the protocol in a lab of emulated devices), so
adjacencies and sessions are empty and LACP members stay defaulted. No BFD session is ever up; the
transceivers are not part of the chassis inventory, so there are no optics diagnostics; the
queues count what the interfaces sent (all of it best-effort, the only class the device uses).

XML element names are those of Juniper's YANG (``junos-rpc-lacp``, ``-isis``, ``-ldp``,
``-rsvp``, ``-bfd``, ``-mpls``, ``-lldp``, ``-ipv6``, ``-class-of-service``, ``-policer``,
``-interfaces``, ``-security``, release 24.4R1). Nothing here changes the device.
"""

from __future__ import annotations

import fnmatch
from typing import TYPE_CHECKING, Any

from .fmt import junos_ns
from .model import PhysicalInterface
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .show_status import named_entries, table_row
from .tree import Node

if TYPE_CHECKING:
    from .model import Device


def _empty(device: Device, tag: str, area: str) -> NodeResult:
    node = Node(tag, attrs={"xmlns": junos_ns(device.junos_version, area)})
    return NodeResult(node, lambda _node: "", device.junos_version)


def _interface_entries(device: Device) -> list[dict[str, Any]]:
    return named_entries(device.statement("interfaces", "interface"))


def _ethernet(device: Device, name: str | bool | None) -> list[PhysicalInterface]:
    """The Ethernet ports ``name`` (a name or a wildcard) selects; all of them without one."""
    if not isinstance(name, str):
        return [ifd for ifd in device.interfaces.values() if ifd.kind == "ethernet"]
    base = name.split(".", 1)[0]
    selected = [ifd for ifd in device.interfaces.values() if fnmatch.fnmatchcase(ifd.name, base)]
    if not selected:
        raise OpCommandError(f"error: device {name} not found")
    return [ifd for ifd in selected if ifd.kind == "ethernet"]


# --------------------------------------------------------------------------------------------
# show lacp interfaces
# --------------------------------------------------------------------------------------------
def _lacp_bundles(device: Device) -> dict[str, tuple[str, list[str]]]:
    """ae name -> (activity, member ports) for the aggregates configured with ``lacp``."""
    bundles: dict[str, tuple[str, list[str]]] = {}
    entries = _interface_entries(device)
    for entry in entries:
        options = entry.get("aggregated-ether-options")
        lacp = options.get("lacp") if isinstance(options, dict) else None
        if lacp is None:
            continue
        activity = "Passive" if isinstance(lacp, dict) and "passive" in lacp else "Active"
        bundles[str(entry["name"])] = (activity, [])
    for entry in entries:
        for key in ("gigether-options", "ether-options"):
            options = entry.get(key)
            bundle = options.get("802.3ad") if isinstance(options, dict) else None
            name = bundle.get("bundle") if isinstance(bundle, dict) else bundle
            if isinstance(name, str) and name in bundles:
                bundles[name][1].append(str(entry["name"]))
    return bundles


def lacp_interfaces(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    bundles = _lacp_bundles(device)
    if not bundles:
        raise OpCommandError("warning: lacp subsystem not running - not needed by configuration.")
    wanted = params.get("interface-name")
    node = Node("lacp-interface-information-list", attrs={"xmlns": junos_ns(device.junos_version, "lacpd")})
    for ae, (activity, members) in sorted(bundles.items()):
        if isinstance(wanted, str) and not fnmatch.fnmatchcase(ae, wanted):
            continue
        info = node.add("lacp-interface-information")
        info.add("lag-lacp-header").add("aggregate-name", ae)
        for member in members:
            for role in ("Actor", "Partner"):
                state = info.add("lag-lacp-state")
                state.add("name", member)
                state.add("lacp-role", role)
                state.add("lacp-expired", "No")
                # no partner ever answers: the partner information is the default one
                state.add("lacp-defaulted", "Yes")
                for tag in ("lacp-distributing", "lacp-collecting", "lacp-synchronization"):
                    state.add(tag, "No")
                state.add("lacp-aggregation", "Yes" if role == "Actor" else "No")
                state.add("lacp-timeout", "Fast")
                state.add("lacp-activity", activity if role == "Actor" else "Passive")
        for member in members:
            ifd = device.interfaces.get(member)
            up = ifd is not None and ifd.oper_up
            protocol = info.add("lag-lacp-protocol")
            protocol.add("name", member)
            protocol.add("lacp-receive-state", "Defaulted" if up else "Port disabled")
            protocol.add("lacp-transmit-state", "Fast periodic" if up and activity == "Active" else "No periodic")
            protocol.add("lacp-mux-state", "Detached")
    if isinstance(wanted, str) and not node.children:
        raise OpCommandError(f"error: interface {wanted} is not an aggregated Ethernet interface with LACP")
    return NodeResult(node, _lacp_text, device.junos_version)


def _lacp_text(node: Node) -> str:
    lines: list[str] = []
    state_columns = (
        ("name", 12),
        ("lacp-role", -8),
        ("lacp-expired", -6),
        ("lacp-defaulted", -6),
        ("lacp-distributing", -6),
        ("lacp-collecting", -5),
        ("lacp-synchronization", -5),
        ("lacp-aggregation", -6),
        ("lacp-timeout", -9),
        ("lacp-activity", -10),
    )
    for info in node.findall("lacp-interface-information"):
        header = info.find("lag-lacp-header") or Node("x")
        lines.append(f"Aggregated interface: {header.findtext('aggregate-name')}")
        lines.append("    LACP state:       Role   Exp   Def  Dist  Col  Syn  Aggr  Timeout  Activity")
        lines += [table_row(state, state_columns, prefix="      ") for state in info.findall("lag-lacp-state")]
        lines.append("    LACP protocol:        Receive State  Transmit State          Mux State")
        protocol_columns = (("name", 12), ("lacp-receive-state", -21), ("lacp-transmit-state", -16), ("", 1))
        for protocol in info.findall("lag-lacp-protocol"):
            lines.append(
                table_row(protocol, protocol_columns, prefix="      ") + f"{protocol.findtext('lacp-mux-state'):>18}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------------------------
# IS-IS, LDP, RSVP, MPLS: configured or not
# --------------------------------------------------------------------------------------------
def _configured(device: Device, protocol: str) -> Any:
    return device.statement("protocols", protocol)


def isis_adjacency(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    if _configured(device, "isis") is None:
        raise OpCommandError("IS-IS instance is not running")
    return _empty(device, "isis-adjacency-information", "routing")


def ldp_session(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    if _configured(device, "ldp") is None:
        raise OpCommandError("LDP instance is not running")
    return _empty(device, "ldp-session-information", "routing")


def rsvp_session(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    if _configured(device, "rsvp") is None:
        raise OpCommandError("RSVP not configured")
    node = Node("rsvp-session-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    for kind in ("Ingress", "Egress", "Transit"):
        data = node.add("rsvp-session-data")
        data.add("session-type", kind)
        for tag in ("count", "display-count", "up-count", "down-count"):
            data.add(tag, 0)
    return NodeResult(node, _rsvp_text, device.junos_version)


def _rsvp_text(node: Node) -> str:
    blocks = [
        f"{data.findtext('session-type')} RSVP: {data.findtext('count')} sessions\n"
        f"Total {data.findtext('display-count')} displayed, Up {data.findtext('up-count')}, "
        f"Down {data.findtext('down-count')}\n"
        for data in node.findall("rsvp-session-data")
    ]
    return "\n".join(blocks)


def mpls_interface(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    mpls = _configured(device, "mpls")
    if mpls is None:
        raise OpCommandError("MPLS not configured")
    node = Node("mpls-interface-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    for entry in named_entries(mpls.get("interface") if isinstance(mpls, dict) else None):
        name = str(entry["name"])
        names = [name] if name != "all" else _mpls_family_units(device)
        for unit_name in names:
            if "." not in unit_name:
                unit_name += ".0"
            ifd = device.interfaces.get(unit_name.split(".", 1)[0])
            up = ifd is not None and ifd.oper_up
            row = node.add("mpls-interface")
            row.add("interface-name", unit_name)
            row.add("mpls-interface-state", "Up" if up else "Dn")
            row.add("no-group-flag", "<none>")
    return NodeResult(node, _mpls_text, device.junos_version)


def _mpls_family_units(device: Device) -> list[str]:
    """``interface all``: the units with ``family mpls`` (the management port excluded)."""
    return [
        f"{ifd.name}.{unit.unit}"
        for ifd in device.interfaces.values()
        if ifd.kind != "management"
        for unit in ifd.units.values()
        if "mpls" in unit.families
    ]


def _mpls_text(node: Node) -> str:
    lines = ["Interface        State       Administrative groups (x: extended)"]
    columns = (("interface-name", 17), ("mpls-interface-state", 12), ("no-group-flag", 0))
    lines += [table_row(entry, columns) for entry in node.findall("mpls-interface")]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show bfd session
# --------------------------------------------------------------------------------------------
def bfd_session(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("bfd-session-information", attrs={"xmlns": junos_ns(device.junos_version, "bfd")})
    node.add("sessions", 0)
    node.add("clients", 0)
    node.add("cumulative-transmission-rate", "0.0")
    node.add("cumulative-reception-rate", "0.0")
    return NodeResult(node, _bfd_text, device.junos_version)


def _bfd_text(node: Node) -> str:
    return (
        f"\n{node.findtext('sessions')} sessions, {node.findtext('clients')} clients\n"
        f"Cumulative transmit rate {node.findtext('cumulative-transmission-rate')} pps, "
        f"cumulative receive rate {node.findtext('cumulative-reception-rate')} pps\n"
    )


# --------------------------------------------------------------------------------------------
# show lldp local-information
# --------------------------------------------------------------------------------------------
def lldp_local(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """What the device advertises: chassis ID (its MAC block), name, description, management
    address (fxp0's), and the ports LLDP runs on (the Ethernet ports)."""
    macs = [ifd.mac for ifd in device.interfaces.values() if ifd.mac]
    node = Node("lldp-local-info", attrs={"xmlns": junos_ns(device.junos_version, "lldp")})
    node.add("lldp-local-chassis-id", f"{macs[0].rsplit(':', 1)[0]}:00" if macs else "")
    node.add("lldp-local-chassis-id-type", "Mac address")
    node.add("lldp-local-system-name", device.hostname)
    node.add(
        "lldp-local-system-descr",
        f"Juniper Networks, Inc. {device.model} internet router, kernel JUNOS {device.junos_version}",
    )
    node.add("lldp-local-system-capabilities-supported", "Bridge Router")
    node.add("lldp-local-system-capabilities-enabled", "Router")
    fxp0 = device.interfaces.get("fxp0")
    address = next(
        (
            str(family.addresses[0].ip)
            for unit in (fxp0.units.values() if fxp0 else [])
            if (family := unit.families.get("inet")) is not None and family.addresses
        ),
        None,
    )
    if fxp0 is not None and address is not None:
        node.add("lldp-local-management-address-interface-name", fxp0.name)
        node.add("lldp-local-management-address-type", "IPv4(1)")
        node.add("lldp-local-management-address", address)
        node.add("lldp-local-management-address-interface-id", fxp0.snmp_index)
        node.add("lldp-local-management-address-interface-sub-type", "ifIndex(2)")
    for ifd in _ethernet(device, None):
        info = node.add("lldp-local-interface-info")
        info.add("lldp-local-interface-name", ifd.name)
        info.add("lldp-parent-local-interface-name", "-")
        info.add("lldp-local-interface-id", ifd.snmp_index)
        info.add("lldp-local-interface-descr", ifd.description or ifd.name)
        info.add("lldp-local-interface-status", "Up" if ifd.oper_up else "Down")
        info.add("lldp-local-interface-tunneling", "Disabled")
    return NodeResult(node, _lldp_local_text, device.junos_version)


def _lldp_local_text(node: Node) -> str:
    lines = [
        "LLDP Local Information details",
        "",
        f"Chassis ID   : {node.findtext('lldp-local-chassis-id')}",
        f"System name  : {node.findtext('lldp-local-system-name')}",
        f"System descriptor : {node.findtext('lldp-local-system-descr')}",
        "",
        "System Capabilities",
        f" Supported       : {node.findtext('lldp-local-system-capabilities-supported')}",
        f" Enabled         : {node.findtext('lldp-local-system-capabilities-enabled')}",
    ]
    if node.has("lldp-local-management-address"):
        lines += [
            "",
            "Management Information",
            f"  Interface Name  : {node.findtext('lldp-local-management-address-interface-name')}",
            f"  Address Subtype : {node.findtext('lldp-local-management-address-type')}",
            f"  Address         : {node.findtext('lldp-local-management-address')}",
            f"  Interface Number: {node.findtext('lldp-local-management-address-interface-id')}",
            f"  Interface Numbering Subtype : {node.findtext('lldp-local-management-address-interface-sub-type')}",
        ]
    ports = node.findall("lldp-local-interface-info")
    if ports:
        lines += [
            "",
            f"{'Interface name':<18}{'Parent Interface':<20}{'Interface ID':<16}{'Interface description':<24}"
            "Status   Tunneling",
        ]
        columns = (
            ("lldp-local-interface-name", 18),
            ("lldp-parent-local-interface-name", 20),
            ("lldp-local-interface-id", 16),
            ("lldp-local-interface-descr", 24),
            ("lldp-local-interface-status", 9),
            ("lldp-local-interface-tunneling", 0),
        )
        lines += [table_row(port, columns) for port in ports]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show ipv6 neighbors
# --------------------------------------------------------------------------------------------
def ipv6_neighbors(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The device forwards no packets and so learns no neighbour: the table is empty (as ARP's)."""
    node = Node("ipv6-nd-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    node.add("ipv6-nd-total", 0)
    return NodeResult(node, _nd_text, device.junos_version)


def _nd_text(node: Node) -> str:
    return (
        f"{'IPv6 Address':<30}{'Linklayer Address':<19}{'State':<12}{'Exp':<6}{'Rtr':<5}{'Secure':<8}Interface\n"
        f"Total entries: {node.findtext('ipv6-nd-total', '0')}\n"
    )


# --------------------------------------------------------------------------------------------
# show interfaces diagnostics optics / queue, show class-of-service interface
# --------------------------------------------------------------------------------------------
def optics_diagnostics(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    _ethernet(device, params.get("interface-name"))  # refuses a device that does not exist
    return _empty(device, "interface-information", "interface")


# the default forwarding classes of a Junos router and their queues
FORWARDING_CLASSES = (
    (0, "best-effort"),
    (1, "expedited-forwarding"),
    (2, "assured-forwarding"),
    (3, "network-control"),
)


def interface_queues(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("interface-information", attrs={"xmlns": junos_ns(device.junos_version, "interface")})
    node.attrs["junos:style"] = "normal"
    for ifd in _ethernet(device, params.get("interface-name")):
        physical = node.add("physical-interface")
        physical.add("name", ifd.name)
        physical.add(
            "admin-status", "up" if ifd.admin_up else "down", junos__format="Enabled" if ifd.admin_up else "Disabled"
        )
        physical.add("oper-status", "up" if ifd.oper_up else "down")
        physical.add("local-index", ifd.ifindex)
        physical.add("snmp-index", ifd.snmp_index)
        if ifd.description:
            physical.add("description", ifd.description)
        counters = physical.add("queue-counters", junos__style="detail")
        summary = counters.add("interface-cos-short-summary")
        summary.add("intf-cos-forwarding-classes-supported", 16)
        summary.add("intf-cos-forwarding-classes-in-use", len(FORWARDING_CLASSES))
        summary.add("intf-cos-num-queues-supported", 8)
        summary.add("intf-cos-num-queues-in-use", len(FORWARDING_CLASSES))
        for number, name in FORWARDING_CLASSES:
            packets = ifd.counters.output_packets if number == 0 else 0
            octets = ifd.counters.output_bytes if number == 0 else 0
            queue = counters.add("queue")
            queue.add("queue-number", number)
            queue.add("forwarding-class-name", name)
            for prefix, count in (
                ("queued-packets", packets),
                ("queued-bytes", octets),
                ("trans-packets", packets),
                ("trans-bytes", octets),
                ("tail-drop-packets", 0),
                ("red-packets", 0),
                ("red-bytes", 0),
            ):
                queue.add(f"queue-counters-{prefix}", count)
                queue.add(f"queue-counters-{prefix}-rate", 0)
    return NodeResult(node, _queues_text, device.junos_version)


def _queues_text(node: Node) -> str:
    lines: list[str] = []
    for physical in node.findall("physical-interface"):
        admin = "Enabled" if physical.findtext("admin-status") == "up" else "Administratively down"
        link = "Up" if physical.findtext("oper-status") == "up" else "Down"
        lines.append(f"Physical interface: {physical.findtext('name')}, {admin}, Physical link is {link}")
        lines.append(
            f"  Interface index: {physical.findtext('local-index')}, SNMP ifIndex: {physical.findtext('snmp-index')}"
        )
        if physical.has("description"):
            lines.append(f"  Description: {physical.findtext('description')}")
        counters = physical.find("queue-counters") or Node("x")
        summary = counters.find("interface-cos-short-summary") or Node("x")
        lines.append(
            f"Forwarding classes: {summary.findtext('intf-cos-forwarding-classes-supported')} supported, "
            f"{summary.findtext('intf-cos-forwarding-classes-in-use')} in use"
        )
        lines.append(
            f"Egress queues: {summary.findtext('intf-cos-num-queues-supported')} supported, "
            f"{summary.findtext('intf-cos-num-queues-in-use')} in use"
        )
        for queue in counters.findall("queue"):

            def line(label: str, key: str, unit: str, q: Node = queue) -> str:
                count, rate = q.findtext(f"queue-counters-{key}"), q.findtext(f"queue-counters-{key}-rate")
                return f"    {label:<21}:{count:>22}{rate:>22} {unit}"

            lines.append(
                f"Queue: {queue.findtext('queue-number')}, Forwarding classes: "
                f"{queue.findtext('forwarding-class-name')}"
            )
            lines += ["  Queued:", line("Packets", "queued-packets", "pps"), line("Bytes", "queued-bytes", "bps")]
            lines += [
                "  Transmitted:",
                line("Packets", "trans-packets", "pps"),
                line("Bytes", "trans-bytes", "bps"),
                line("Tail-dropped packets", "tail-drop-packets", "pps"),
                line("RED-dropped packets", "red-packets", "pps"),
                line("RED-dropped bytes", "red-bytes", "bps"),
            ]
        lines.append("")
    return "\n".join(lines)


def cos_interface(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The default class of service: the default scheduler map and, on each unit with family
    inet, the default IP precedence classifier (no class-of-service is configured on the
    emulated device)."""
    selected = _ethernet(device, params.get("interface-name"))
    node = Node("cos-interface-information", attrs={"xmlns": junos_ns(device.junos_version, "cos")})
    for ifd in selected:
        holder = node.add("interface-map")
        holder.add("interface-name", ifd.name)
        holder.add("interface-index", ifd.ifindex)
        holder.add("interface-queues-supported", 8)
        holder.add("interface-queues-in-use", len(FORWARDING_CLASSES))
        holder.add("scheduler-map-name", "<default>")
        holder.add("scheduler-map-index", 2)
        holder.add("interface-congestion-notification-map", "Disabled")
        for unit in ifd.units.values():
            logical = holder.add("i-logical-map")
            logical.add("i-logical-name", f"{ifd.name}.{unit.unit}")
            logical.add("i-logical-index", unit.ifindex)
            if "inet" in unit.families:
                item = logical.add("cos-objects")
                item.add("cos-object-type", "Classifier")
                item.add("cos-object-name", "ipprec-compatibility")
                item.add("cos-object-subtype", "ip")
                item.add("cos-object-index", 13)
    return NodeResult(node, _cos_text, device.junos_version)


def _cos_text(node: Node) -> str:
    blocks: list[str] = []
    columns = (("cos-object-type", 24), ("cos-object-name", 23), ("cos-object-subtype", 19), ("cos-object-index", -10))
    for holder in node.findall("interface-map"):
        lines = [
            f"Physical interface: {holder.findtext('interface-name')}, Index: {holder.findtext('interface-index')}",
            f"Maximum usable queues: {holder.findtext('interface-queues-supported')}, "
            f"Queues in use: {holder.findtext('interface-queues-in-use')}",
            f"Scheduler map: {holder.findtext('scheduler-map-name')}, Index: {holder.findtext('scheduler-map-index')}",
            f"Congestion-notification: {holder.findtext('interface-congestion-notification-map')}",
        ]
        for logical in holder.findall("i-logical-map"):
            lines += [
                "",
                f"  Logical interface: {logical.findtext('i-logical-name')}, "
                f"Index: {logical.findtext('i-logical-index')}",
            ]
            objects = logical.findall("cos-objects")
            if objects:
                lines.append(f"    {'Object':<24}{'Name':<23}{'Type':<24}Index")
                lines += [table_row(item, columns, prefix="    ") for item in objects]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


# --------------------------------------------------------------------------------------------
# show policer
# --------------------------------------------------------------------------------------------
def policers(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The policers of the filters programmed through JET, with their counters, laid out as
    ``show firewall`` lays out its policer sections."""
    from ..routing.clients import existing_programs  # the programs of the device's JET services
    from ..routing.commands import firewall_text

    programs = existing_programs(device)
    wanted = params.get("policer")
    node = Node("firewall-information", attrs={"xmlns": junos_ns(device.junos_version, "firewall")})
    for view in programs.firewall.view() if programs is not None else []:
        chosen = [p for p in view["policers"] if not isinstance(wanted, str) or p[0] == wanted]
        if not chosen:
            continue
        info = node.add("filter-information")
        info.add("filter-name", view["name"])
        for name, packets, octets in chosen:
            entry = info.add("policer")
            entry.add("policer-name", name)
            entry.add("byte-count", octets)
            entry.add("packet-count", packets)
    return NodeResult(node, firewall_text, device.junos_version)


# --------------------------------------------------------------------------------------------
# SRX: show security zones / show security policies
# --------------------------------------------------------------------------------------------
def _security(device: Device, word: str) -> dict[str, Any]:
    """The ``security`` configuration of an SRX; other models have no such command."""
    if device.schema_family != "junos-es":
        raise OpCommandError(f"error: syntax error, expecting <command>: {word}")
    security = device.statement("security")
    return security if isinstance(security, dict) else {}


# zone IDs: Junos numbers its own junos-host zone 2 and the configured zones from 6 on
_JUNOS_HOST_ID = 2
_FIRST_ZONE_ID = 6


def security_zones(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    security = _security(device, "zones")
    zones_config = security.get("zones")
    configured = named_entries(zones_config.get("security-zone") if isinstance(zones_config, dict) else None)
    wanted = params.get("get-zones-named-information")
    node = Node("zones-information", attrs={"xmlns": junos_ns(device.junos_version, "zones")})
    zones = [(str(zone["name"]), _FIRST_ZONE_ID + index, zone) for index, zone in enumerate(configured)]
    zones.append(("junos-host", _JUNOS_HOST_ID, {}))
    for name, zone_id, zone in zones:
        if isinstance(wanted, str) and wanted != name:
            continue
        interfaces = [str(entry["name"]) for entry in named_entries(zone.get("interfaces"))]
        entry = node.add("zones-security")
        entry.add("zones-security-zonename", name)
        entry.add("zones-security-zone-id", zone_id)
        entry.add("zones-security-send-reset", "Off")
        entry.add("zones-security-policy-configurable", "Yes")
        entry.add("zones-security-interfaces-bound", len(interfaces))
        bound = entry.add("zones-security-interfaces")
        for interface in interfaces:
            bound.add("zones-security-interface-name", interface if "." in interface else f"{interface}.0")
    if isinstance(wanted, str) and not node.children:
        raise OpCommandError(f"error: zone {wanted} not found")
    return NodeResult(node, _zones_text, device.junos_version)


def _zones_text(node: Node) -> str:
    blocks: list[str] = []
    for zone in node.findall("zones-security"):
        lines = [
            "",
            f"Security zone: {zone.findtext('zones-security-zonename')}",
            f"  Zone ID: {zone.findtext('zones-security-zone-id')}",
            f"  Send reset for non-SYN session TCP packets: {zone.findtext('zones-security-send-reset')}",
            f"  Policy configurable: {zone.findtext('zones-security-policy-configurable')}",
            f"  Interfaces bound: {zone.findtext('zones-security-interfaces-bound')}",
            "  Interfaces:",
        ]
        bound = zone.find("zones-security-interfaces") or Node("x")
        lines += [f"    {name.text}" for name in bound.findall("zones-security-interface-name")]
        blocks.append("\n".join(lines))
    return "\n".join(blocks) + "\n" if blocks else ""


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [str(item) for item in items] or ["any"]


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def security_policies(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    security = _security(device, "policies")
    policies = _mapping(security.get("policies"))
    node = Node("security-policies", attrs={"xmlns": junos_ns(device.junos_version, "policy")})
    node.add("security-context-default-policy", "deny-all")
    index = 4  # Junos's first policy index
    contexts = policies.get("policy")
    for context in contexts if isinstance(contexts, list) else [contexts] if isinstance(contexts, dict) else []:
        if not isinstance(context, dict):
            continue
        block = node.add("security-context")
        info = block.add("context-information")
        info.add("source-zone-name", str(context.get("from-zone-name", "")))
        info.add("destination-zone-name", str(context.get("to-zone-name", "")))
        for sequence, policy in enumerate(named_entries(context.get("policy")), start=1):
            match = _mapping(policy.get("match"))
            then = _mapping(policy.get("then"))
            entry = block.add("policies").add("policy-information")
            entry.add("policy-name", str(policy["name"]))
            entry.add("policy-state", "enabled")
            entry.add("policy-identifier", index)
            entry.add("policy-sequence-number", sequence)
            index += 1
            for tag, key in (("source-addresses", "source-address"), ("destination-addresses", "destination-address")):
                holder = entry.add(tag)
                for name in _names(match.get(key)):
                    holder.add(key).add("address-name", name)
            applications = entry.add("applications")
            for name in _names(match.get("application")):
                applications.add("application").add("application-name", name)
            action = next((word for word in ("permit", "deny", "reject") if word in then), "deny")
            entry.add("policy-action").add("action-type", action)
    return NodeResult(node, _policies_text, device.junos_version)


def _policies_text(node: Node) -> str:
    lines = [f"Default policy: {node.findtext('security-context-default-policy')}"]
    for block in node.findall("security-context"):
        info = block.find("context-information") or Node("x")
        lines.append(
            f"From zone: {info.findtext('source-zone-name')}, To zone: {info.findtext('destination-zone-name')}"
        )
        for holder in block.findall("policies"):
            for entry in holder.findall("policy-information"):
                lines.append(
                    f"  Policy: {entry.findtext('policy-name')}, State: {entry.findtext('policy-state')}, "
                    f"Index: {entry.findtext('policy-identifier')}, Scope Policy: 0, "
                    f"Sequence number: {entry.findtext('policy-sequence-number')}"
                )

                def names(tag: str, item: str, leaf: str, e: Node = entry) -> str:
                    holder_node = e.find(tag) or Node("x")
                    return "; ".join(sub.findtext(leaf) for sub in holder_node.findall(item))

                lines.append(f"    Source addresses: {names('source-addresses', 'source-address', 'address-name')}")
                lines.append(
                    "    Destination addresses: "
                    f"{names('destination-addresses', 'destination-address', 'address-name')}"
                )
                lines.append(f"    Applications: {names('applications', 'application', 'application-name')}")
                action = (entry.find("policy-action") or Node("x")).findtext("action-type")
                lines.append(f"    Action: {action}")
    return "\n".join(lines) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-lacp-interface-information",
        cli=("show", "lacp", "interfaces"),
        handler=lacp_interfaces,
        positional="interface-name",
    ),
    OpSpec(rpc="get-isis-adjacency-information", cli=("show", "isis", "adjacency"), handler=isis_adjacency),
    OpSpec(rpc="get-ldp-session-information", cli=("show", "ldp", "session"), handler=ldp_session),
    OpSpec(rpc="get-rsvp-session-information", cli=("show", "rsvp", "session"), handler=rsvp_session),
    OpSpec(rpc="get-mpls-interface-information", cli=("show", "mpls", "interface"), handler=mpls_interface),
    OpSpec(rpc="get-bfd-session-information", cli=("show", "bfd", "session"), handler=bfd_session),
    OpSpec(rpc="get-lldp-local-info", cli=("show", "lldp", "local-information"), handler=lldp_local),
    OpSpec(rpc="get-ipv6-nd-information", cli=("show", "ipv6", "neighbors"), handler=ipv6_neighbors),
    OpSpec(
        rpc="get-interface-optics-diagnostics-information",
        cli=("show", "interfaces", "diagnostics", "optics"),
        handler=optics_diagnostics,
        positional="interface-name",
    ),
    OpSpec(
        rpc="get-interface-queue-information",
        cli=("show", "interfaces", "queue"),
        handler=interface_queues,
        positional="interface-name",
    ),
    OpSpec(
        rpc="get-cos-interface-map-information",
        cli=("show", "class-of-service", "interface"),
        handler=cos_interface,
        positional="interface-name",
    ),
    OpSpec(rpc="get-policer-information", cli=("show", "policer"), handler=policers, positional="policer"),
    OpSpec(
        rpc="get-zones-information",
        cli=("show", "security", "zones"),
        handler=security_zones,
        positional="get-zones-named-information",
    ),
    OpSpec(rpc="get-firewall-policies", cli=("show", "security", "policies"), handler=security_policies),
]
