"""show interfaces [NAME] [terse | detail | extensive] / <get-interface-information>."""

from __future__ import annotations

import fnmatch
from typing import TYPE_CHECKING

from .fmt import ago, junos_ns, junos_prefix, timestamp
from .interface_counters import add_extensive, extensive_text
from .iri import PRIVATE_INSTANCE, private_interfaces
from .model import Family, LogicalUnit, PhysicalInterface
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

_FAMILY_LABEL = {"ethernet-switching": "eth-switch"}
_FLAG_WORDS = {
    "ifdf-present": "Present",
    "ifdf-running": "Running",
    "ifdf-down": "Down",
    "iff-up": "Up",
    "iff-down": "Down",
    "iff-hardware-down": "Hardware-Down",
    "iff-snmp-traps": "SNMP-Traps",
    "ifaf-current-preferred": "Is-Preferred",
    "ifaf-current-primary": "Is-Primary",
    "ifaf-current-default": "Is-Default",
}


def _status(up: bool) -> str:
    return "up" if up else "down"


def _mtu_text(value: int | None) -> str:
    return "Unlimited" if value is None else str(value)


def _style(params: Params) -> str:
    for style in ("terse", "extensive", "detail", "media", "statistics"):
        if params.get(style):
            return style
    return "normal"


def interface_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    style = _style(params)
    name = params.get("interface-name")
    node = Node("interface-information", attrs={"xmlns": junos_ns(device.junos_version, "interface")})
    if params.get("descriptions"):
        return _descriptions(device, node, name)
    if style == "statistics":
        style = "normal"  # the normal layout plus the error totals (see _physical)
        statistics = True
    else:
        statistics = False
    if style != "normal":
        node.attrs["junos:style"] = style
    now = device.now()
    instance = params.get("routing-instance")
    if isinstance(instance, str) and instance not in ("default", "master"):
        if instance != PRIVATE_INSTANCE:
            raise OpCommandError(f"error: routing instance {instance} not found")
        if style not in ("terse", "normal"):
            raise OpCommandError(f"error: {style} is not available for routing instance {instance}")
        node.children.extend(private_interfaces(style == "terse"))
        return NodeResult(node, _interfaces_text, device.junos_version)
    if isinstance(name, str) and "." in name and "*" not in name:
        try:
            ifd, unit = device.logical(name)
        except ValueError:
            raise OpCommandError(f"error: device {name} not found") from None
        node.append(_logical(ifd, unit, style))
        return NodeResult(node, _interfaces_text, device.junos_version)
    for ifd in _selected(device, name):
        node.append(_physical(ifd, style, now, statistics))
    return NodeResult(node, _interfaces_text, device.junos_version)


def _selected(device: Device, name: str | bool | None) -> list[PhysicalInterface]:
    if not isinstance(name, str):
        return list(device.interfaces.values())
    selected = [ifd for ifd in device.interfaces.values() if fnmatch.fnmatchcase(ifd.name, name.split(".", 1)[0])]
    if not selected:
        raise OpCommandError(f"error: device {name} not found")
    return selected


def _descriptions(device: Device, node: Node, name: str | bool | None) -> NodeResult:
    """``show interfaces descriptions``: the interfaces and units that carry a description, each
    a sibling element of the reply (nothing at all when none has one)."""
    node.attrs["junos:style"] = "description"
    wanted_unit = name.split(".", 1)[1] if isinstance(name, str) and "." in name else None
    for ifd in _selected(device, name):
        if ifd.description and wanted_unit is None:
            entry = node.add("physical-interface")
            entry.add("name", ifd.name)
            entry.add("admin-status", _status(ifd.admin_up))
            entry.add("oper-status", _status(ifd.oper_up))
            entry.add("description", ifd.description)
        for unit in ifd.units.values():
            if unit.description and (wanted_unit is None or str(unit.unit) == wanted_unit):
                entry = node.add("logical-interface")
                entry.add("name", f"{ifd.name}.{unit.unit}")
                entry.add("admin-status", _status(not unit.disabled))
                entry.add("oper-status", _status(ifd.unit_oper_up(unit)))
                entry.add("description", unit.description)
    return NodeResult(node, _descriptions_text, device.junos_version)


def _descriptions_text(node: Node) -> str:
    if not node.children:
        return ""
    lines = [f"{'Interface':<16}{'Admin':<6}{'Link':<5}Description"]
    for entry in node.children:
        lines.append(
            f"{entry.findtext('name'):<16}{entry.findtext('admin-status'):<6}"
            f"{entry.findtext('oper-status'):<5}{entry.findtext('description')}"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def _physical(ifd: PhysicalInterface, style: str, now: float, statistics: bool = False) -> Node:
    node = Node("physical-interface")
    node.add("name", ifd.name)
    node.add("admin-status", _status(ifd.admin_up), junos__format="Enabled" if ifd.admin_up else "Disabled")
    node.add("oper-status", _status(ifd.oper_up))
    if style == "terse":
        for unit in ifd.units.values():
            node.append(_logical(ifd, unit, style))
        return node
    node.add("local-index", ifd.ifindex)
    node.add("snmp-index", ifd.snmp_index)
    if ifd.description:
        node.add("description", ifd.description)
    node.add("link-level-type", "Unspecified" if ifd.kind == "loopback" else "Ethernet")
    node.add("mtu", _mtu_text(ifd.mtu))
    node.add("speed", ifd.speed)
    if style == "media" and ifd.kind == "ethernet":
        _media(node, ifd)
    device_flags = node.add("if-device-flags")
    device_flags.flag("ifdf-present")
    device_flags.flag("ifdf-running")
    if not ifd.link_up:
        device_flags.flag("ifdf-down")
    config_flags = node.add("if-config-flags")
    if not ifd.admin_up:
        config_flags.flag("iff-down")
    elif not ifd.link_up:
        config_flags.flag("iff-hardware-down")
    config_flags.flag("iff-snmp-traps")
    if ifd.mac is not None:
        node.add("current-physical-address", ifd.mac)
        node.add("hardware-physical-address", ifd.mac)
    if ifd.last_flapped is None:
        node.add("interface-flapped", "Never", junos__seconds="0")
    else:
        node.add(
            "interface-flapped",
            f"{timestamp(ifd.last_flapped)} ({ago(now - ifd.last_flapped)} ago)",
            junos__seconds=str(int(ifd.last_flapped)),
        )
    if statistics:
        node.add("statistics-cleared", "Never")
    brief = style in ("normal", "media")
    stats = node.add("traffic-statistics", junos__style="brief" if brief else "detail")
    counters = ifd.counters
    if brief:
        for tag in ("input-bps", "input-pps", "output-bps", "output-pps"):
            stats.add(tag, 0)
    else:
        stats.add("input-bytes", counters.input_bytes)
        stats.add("input-bps", 0)
        stats.add("output-bytes", counters.output_bytes)
        stats.add("output-bps", 0)
        stats.add("input-packets", counters.input_packets)
        stats.add("input-pps", 0)
        stats.add("output-packets", counters.output_packets)
        stats.add("output-pps", 0)
    if statistics:
        # the emulated device drops nothing and sees no framing faults
        node.add("input-error-count", 0)
        node.add("output-error-count", 0)
    if style == "extensive":
        add_extensive(node, ifd)
    for unit in ifd.units.values():
        node.append(_logical(ifd, unit, style))
    return node


def _media(node: Node, ifd: PhysicalInterface) -> None:
    """``show interfaces media``: the Ethernet media settings and the auto-negotiation result."""
    node.add("loopback", "disabled")
    node.add("source-filtering", "disabled")
    node.add("if-flow-control", "enabled")
    node.add("if-auto-negotiation", "enabled")
    node.add("if-remote-fault", "online")
    if not ifd.link_up:
        return
    autoneg = node.add("ethernet-autonegotiation")
    autoneg.add("autonegotiation-status", "complete")
    autoneg.add("link-partner-status", "OK")
    autoneg.add("link-partner-duplexity", "full-duplex")
    autoneg.add("link-partner-speed", ifd.speed.replace("mbps", " Mbps"))
    autoneg.add("flow-control", "Symmetric")
    local = autoneg.add("local-info")
    local.add("local-flow-control", "Symmetric")
    local.add("local-remote-fault", "Link OK")


def _media_text(node: Node) -> list[str]:
    if not node.has("if-auto-negotiation"):
        return []
    lines = [
        f"  Loopback: {node.findtext('loopback').capitalize()}, Source filtering: "
        f"{node.findtext('source-filtering').capitalize()}, Flow control: "
        f"{node.findtext('if-flow-control').capitalize()}, Auto-negotiation: "
        f"{node.findtext('if-auto-negotiation').capitalize()}, Remote fault: "
        f"{node.findtext('if-remote-fault').capitalize()}"
    ]
    autoneg = node.find("ethernet-autonegotiation")
    if autoneg is not None:
        local = autoneg.find("local-info") or Node("local-info")
        lines += [
            "  Link partner:",
            f"      Link mode: {autoneg.findtext('link-partner-duplexity').capitalize()}, Flow control: "
            f"{autoneg.findtext('flow-control')}, Remote fault: {autoneg.findtext('link-partner-status')}, "
            f"Link partner Speed: {autoneg.findtext('link-partner-speed')}",
            "  Local resolution:",
            f"      Flow control: {local.findtext('local-flow-control')}, Remote fault: "
            f"{local.findtext('local-remote-fault')}",
        ]
    return lines


def _logical(ifd: PhysicalInterface, unit: LogicalUnit, style: str) -> Node:
    node = Node("logical-interface")
    node.add("name", f"{ifd.name}.{unit.unit}")
    if style == "terse":
        node.add("admin-status", _status(not unit.disabled))
        node.add("oper-status", _status(ifd.unit_oper_up(unit)))
        node.add("filter-information", "")
        for family in unit.families.values():
            block = node.add("address-family")
            block.add("address-family-name", _FAMILY_LABEL.get(family.name, family.name))
            for local, destination in _terse_addresses(ifd, family):
                address_node = block.add("interface-address")
                address_node.add("ifa-local", local, junos__emit="emit")
                if destination:
                    address_node.add("ifa-destination", destination, junos__emit="emit")
        return node
    node.add("local-index", unit.ifindex)
    node.add("snmp-index", unit.snmp_index)
    if unit.description:
        node.add("description", unit.description)
    flags = node.add("if-config-flags")
    if unit.disabled:
        flags.flag("iff-down")
    elif not ifd.oper_up:
        flags.flag("iff-hardware-down")
    else:
        flags.flag("iff-up")
    flags.flag("iff-snmp-traps")
    node.add("encapsulation", "Unspecified" if ifd.kind == "loopback" else "ENET2")
    stats = node.add("traffic-statistics", junos__style="brief" if style == "normal" else "detail")
    if style != "normal":
        stats.add("input-bytes", unit.counters.input_bytes)
        stats.add("output-bytes", unit.counters.output_bytes)
    stats.add("input-packets", unit.counters.input_packets)
    stats.add("output-packets", unit.counters.output_packets)
    for family in unit.families.values():
        block = node.add("address-family")
        block.add("address-family-name", _FAMILY_LABEL.get(family.name, family.name))
        block.add("mtu", _mtu_text(ifd.family_mtu(family)))
        addresses = list(family.addresses)
        if family.name == "inet6":
            link_local = ifd.link_local()
            if link_local is not None:
                addresses.append(link_local)
        for position, address in enumerate(addresses):
            entry = block.add("interface-address")
            entry_flags = entry.add("ifa-flags")
            entry_flags.flag("ifaf-current-preferred")
            if position == 0:
                entry_flags.flag("ifaf-current-default" if ifd.kind == "loopback" else "ifaf-current-primary")
                if ifd.kind == "loopback":
                    entry_flags.flag("ifaf-current-primary")
            if address.network.prefixlen < address.max_prefixlen:
                entry.add("ifa-destination", junos_prefix(address.network))
            entry.add("ifa-local", address.ip)
            if address.version == 4 and address.network.prefixlen <= 30:
                entry.add("ifa-broadcast", address.network.broadcast_address)
    return node


def _terse_addresses(ifd: PhysicalInterface, family: Family) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for address in family.addresses:
        if ifd.kind == "loopback":
            result.append((str(address.ip), "0/0" if address.version == 4 else ""))
        else:
            result.append((str(address), ""))
    if family.name == "inet6":
        link_local = ifd.link_local()
        if link_local is not None:
            result.append((str(link_local), ""))
    return result


# --------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------
def _interfaces_text(node: Node) -> str:
    if node.attrs.get("junos:style") == "terse":
        return _terse_text(node)
    blocks: list[str] = []
    for child in node.children:
        if child.tag == "physical-interface":
            blocks.append(_physical_text(child))
        elif child.tag == "logical-interface":
            blocks.append("\n".join(_logical_text(child)) + "\n")
    return "\n".join(blocks)


def _terse_text(node: Node) -> str:
    lines = [f"{'Interface':<24}{'Admin':<6}{'Link':<5}{'Proto':<9}{'Local':<22}Remote"]

    def row(item: Node) -> None:
        families = item.findall("address-family")
        first = f"{item.findtext('name'):<24}{item.findtext('admin-status'):<6}{item.findtext('oper-status'):<5}"
        if not families:
            lines.append(first.rstrip())
        for index, family in enumerate(families):
            prefix = first if index == 0 else " " * 35
            addresses = family.findall("interface-address") or [Node("interface-address")]
            for position, address in enumerate(addresses):
                proto = family.findtext("address-family-name") if position == 0 else ""
                start = prefix if position == 0 else " " * 35
                remote = address.findtext("ifa-destination")
                local = address.findtext("ifa-local")
                text = f"{start}{proto:<9}{local:<20}" + (f"--> {remote}" if remote else "")
                lines.append(text.rstrip())

    for child in node.children:
        row(child)
        for logical in child.findall("logical-interface"):
            row(logical)
    return "\n".join(lines) + "\n"


def _flags(node: Node | None) -> str:
    if node is None:
        return ""
    return " ".join(_FLAG_WORDS.get(flag.tag, flag.tag) for flag in node.children)


def _physical_text(node: Node) -> str:
    admin = "Enabled" if node.findtext("admin-status") == "up" else "Administratively down"
    link = "Up" if node.findtext("oper-status") == "up" else "Down"
    lines = [
        f"Physical interface: {node.findtext('name')}, {admin}, Physical link is {link}",
        f"  Interface index: {node.findtext('local-index')}, SNMP ifIndex: {node.findtext('snmp-index')}",
    ]
    if node.has("description"):
        lines.append(f"  Description: {node.findtext('description')}")
    lines.append(
        f"  Link-level type: {node.findtext('link-level-type')}, MTU: {node.findtext('mtu')}, "
        f"Speed: {node.findtext('speed')}"
    )
    lines.extend(_media_text(node))
    lines.append(f"  Device flags   : {_flags(node.find('if-device-flags'))}")
    lines.append(f"  Interface flags: {_flags(node.find('if-config-flags'))}")
    if node.has("current-physical-address"):
        lines.append(
            f"  Current address: {node.findtext('current-physical-address')}, "
            f"Hardware address: {node.findtext('hardware-physical-address')}"
        )
    lines.append(f"  Last flapped   : {node.findtext('interface-flapped')}")
    stats = node.find("traffic-statistics") or Node("traffic-statistics")
    if node.has("statistics-cleared"):
        lines.append(f"  Statistics last cleared: {node.findtext('statistics-cleared')}")
    if stats.attrs.get("junos:style") == "detail":
        lines.append("  Statistics last cleared: Never")
        lines.append("  Traffic statistics:")
        for label, count, rate, unit in (
            ("Input  bytes  ", "input-bytes", "input-bps", "bps"),
            ("Output bytes  ", "output-bytes", "output-bps", "bps"),
            ("Input  packets", "input-packets", "input-pps", "pps"),
            ("Output packets", "output-packets", "output-pps", "pps"),
        ):
            lines.append(f"   {label}:{stats.findtext(count):>21}{stats.findtext(rate):>21} {unit}")
    else:
        lines.append(f"  Input rate     : {stats.findtext('input-bps')} bps ({stats.findtext('input-pps')} pps)")
        lines.append(f"  Output rate    : {stats.findtext('output-bps')} bps ({stats.findtext('output-pps')} pps)")
    if node.has("input-error-count"):
        errors = node.findtext("input-error-count"), node.findtext("output-error-count")
        lines.append(f"  Input errors: {errors[0]}, Output errors: {errors[1]}")
    lines.extend(extensive_text(node))
    for logical in node.findall("logical-interface"):
        lines.append("")
        lines.extend(_logical_text(logical))
    return "\n".join(lines) + "\n"


def _logical_text(node: Node) -> list[str]:
    lines = [
        f"  Logical interface {node.findtext('name')} (Index {node.findtext('local-index')}) "
        f"(SNMP ifIndex {node.findtext('snmp-index')})"
    ]
    if node.has("description"):
        lines.append(f"    Description: {node.findtext('description')}")
    lines.append(f"    Flags: {_flags(node.find('if-config-flags'))} Encapsulation: {node.findtext('encapsulation')}")
    stats = node.find("traffic-statistics") or Node("traffic-statistics")
    if stats.attrs.get("junos:style") == "detail":
        lines.append("    Traffic statistics:")
        for label, tag in (
            ("Input  bytes  ", "input-bytes"),
            ("Output bytes  ", "output-bytes"),
            ("Input  packets", "input-packets"),
            ("Output packets", "output-packets"),
        ):
            lines.append(f"     {label}:{stats.findtext(tag):>21}")
    else:
        lines.append(f"    Input packets : {stats.findtext('input-packets')}")
        lines.append(f"    Output packets: {stats.findtext('output-packets')}")
    for family in node.findall("address-family"):
        lines.append(f"    Protocol {family.findtext('address-family-name')}, MTU: {family.findtext('mtu')}")
        for address in family.findall("interface-address"):
            lines.append(f"      Addresses, Flags: {_flags(address.find('ifa-flags'))}")
            parts = []
            if address.has("ifa-destination"):
                parts.append(f"Destination: {address.findtext('ifa-destination')}")
            parts.append(f"Local: {address.findtext('ifa-local')}")
            if address.has("ifa-broadcast"):
                parts.append(f"Broadcast: {address.findtext('ifa-broadcast')}")
            lines.append("        " + ", ".join(parts))
    return lines


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-interface-information",
        cli=("show", "interfaces"),
        handler=interface_information,
        flags=("terse", "detail", "extensive", "media", "statistics", "descriptions"),
        values=("routing-instance",),
        positional="interface-name",
        exclusive=(("terse", "detail", "extensive", "media", "statistics", "descriptions"),),
    ),
]
