"""Op commands of the programming services.

* ``show firewall [filter NAME]`` / ``<get-firewall-information>``: filters programmed through JET
  with their counters and policer counters (bytes and packets).
* ``test firewall traffic interface IFL [direction input|output] [source A] [destination A]
  [protocol N] [source-port N] [destination-port N] [packets N] [size N]`` /
  ``<test-firewall-traffic>``: the emulator's traffic simulation, which moves filter and
  interface counters (see :mod:`jetemu.routing.firewall`).
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from ..device.fmt import junos_ns
from ..device.registry import CommandContext, CommandRegistry, NodeResult, OpCommandError, OpSpec, Params
from ..device.tree import Node
from .clients import existing_programs
from .firewall import FirewallError, Packet

if TYPE_CHECKING:
    from ..device.model import Device

PROTOCOL_NAMES = {"icmp": 1, "tcp": 6, "udp": 17, "icmp6": 58, "ospf": 89, "gre": 47, "esp": 50}


def show_firewall(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    programs = existing_programs(device)
    wanted = params.get("filter")
    name = wanted if isinstance(wanted, str) else None
    views = programs.firewall.view(name) if programs is not None else []
    if name is not None and not views:
        raise OpCommandError(f"error: filter {name} not found")
    node = Node("firewall-information", attrs={"xmlns": junos_ns(device.junos_version, "firewall")})
    for view in views:
        info = node.add("filter-information")
        info.add("filter-name", view["name"])
        for counter, packets, octets in view["counters"]:
            entry = info.add("counter")
            entry.add("counter-name", counter)
            entry.add("byte-count", octets)
            entry.add("packet-count", packets)
        for policer, packets, octets in view["policers"]:
            entry = info.add("policer")
            entry.add("policer-name", policer)
            entry.add("byte-count", octets)
            entry.add("packet-count", packets)
    return NodeResult(node, firewall_text, device.junos_version)


def firewall_text(node: Node) -> str:
    lines = []
    for info in node.findall("filter-information"):
        lines.append("")
        lines.append(f"Filter: {info.findtext('filter-name')}")
        for tag, title in (("counter", "Counters:"), ("policer", "Policers:")):
            entries = info.findall(tag)
            if not entries:
                continue
            lines.append(title)
            lines.append(f"{'Name':<52}{'Bytes':>20}{'Packets':>21}")
            for entry in entries:
                name = entry.findtext(f"{tag}-name")
                lines.append(f"{name:<52}{entry.findtext('byte-count'):>20}{entry.findtext('packet-count'):>21}")
    return "\n".join(lines) + "\n"


def _int(params: Params, key: str, default: int, top: int) -> int:
    raw = params.get(key)
    if not isinstance(raw, str):
        return default
    value = PROTOCOL_NAMES.get(raw.lower()) if key == "protocol" else None
    if value is None:
        if not raw.isdigit():
            raise OpCommandError(f"error: {key} must be a number, got '{raw}'")
        value = int(raw)
    if not 0 <= value <= top:
        raise OpCommandError(f"error: {key} {value} is out of range (0..{top})")
    return value


def test_traffic(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    interface = params.get("interface")
    if not isinstance(interface, str):
        raise OpCommandError("error: missing argument: interface")
    direction = params.get("direction", "input")
    if direction not in ("input", "output"):
        raise OpCommandError(f"error: direction must be input or output, got '{direction}'")
    addresses = {}
    for key in ("source", "destination"):
        raw = params.get(key)
        if isinstance(raw, str):
            try:
                addresses[key] = str(ipaddress.ip_address(raw))
            except ValueError:
                raise OpCommandError(f"error: {key} '{raw}' is not an IP address") from None
    versions = {ipaddress.ip_address(a).version for a in addresses.values()}
    if len(versions) > 1:
        raise OpCommandError("error: source and destination are of different address families")
    packet = Packet(
        family="inet6" if versions == {6} else "inet",
        source=addresses.get("source", ""),
        destination=addresses.get("destination", ""),
        protocol=_int(params, "protocol", 0, 255),
        source_port=_int(params, "source-port", 0, 65535),
        destination_port=_int(params, "destination-port", 0, 65535),
        dscp=_int(params, "dscp", 0, 63),
        ttl=_int(params, "ttl", 64, 255),
        length=max(_int(params, "size", 100, 65535), 1),
    )
    count = _int(params, "packets", 1, 10_000_000)
    programs = existing_programs(device)
    try:
        if programs is None:
            from .firewall import FirewallState

            outcome = FirewallState(device).simulate(interface, str(direction), packet, count)
        else:
            outcome = programs.firewall.simulate(interface, str(direction), packet, count)
    except FirewallError as exc:
        raise OpCommandError(f"error: {exc.message}") from None
    node = Node("firewall-traffic-result")
    node.add("interface-name", interface if "." in interface else f"{interface}.0")
    node.add("direction", direction)
    node.add("packets-accepted", outcome["accepted"])
    node.add("packets-discarded", outcome["discarded"])
    return NodeResult(node, _traffic_text, device.junos_version)


def _traffic_text(node: Node) -> str:
    return (
        f"Interface: {node.findtext('interface-name')} {node.findtext('direction')}\n"
        f"Packets accepted: {node.findtext('packets-accepted')}\n"
        f"Packets discarded: {node.findtext('packets-discarded')}\n"
    )


_DONE: set[int] = set()


def register_commands(registry: CommandRegistry) -> None:
    """Add the commands to ``registry`` (once per registry)."""
    if id(registry) in _DONE:
        return
    registry.register(
        OpSpec(rpc="get-firewall-information", cli=("show", "firewall"), handler=show_firewall, values=("filter",)),
        replace=True,
    )
    registry.register(
        OpSpec(
            rpc="test-firewall-traffic",
            cli=("test", "firewall", "traffic"),
            handler=test_traffic,
            values=(
                "interface",
                "direction",
                "source",
                "destination",
                "protocol",
                "source-port",
                "destination-port",
                "dscp",
                "ttl",
                "size",
                "packets",
            ),
        ),
        replace=True,
    )
    _DONE.add(id(registry))
