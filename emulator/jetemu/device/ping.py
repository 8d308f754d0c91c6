"""``ping`` / ``<ping>`` of the emulated device: reachability, loss and MTU as a network would give.

A destination answers when the device has an active route to it (its own addresses and
127.0.0.0/8 answer at once). What lies beyond the device is described by a :class:`PathTable`
(``jetemu serve --path-mtu PREFIX=MTU --ping-loss PREFIX=PERCENT``): the path MTU towards a
destination and the share of probes lost. Packet size follows Junos: ``size`` data bytes plus 8
(ICMP) and 20 (IPv4) or 40 (IPv6) header bytes. With ``do-not-fragment``, a packet larger than
the outgoing interface's MTU is not sent ("Message too long"), and one larger than the path MTU
gets "frag needed" from the network instead of a reply; without it, large packets are fragmented
and answered. Results are deterministic: the same ping gives the same output.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .fmt import junos_ns
from .registry import CommandContext, OpCommandError, OpSpec, Params
from .results import NodeListResult
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
MAX_COUNT = 1000  # probes per request the emulator sends (Junos allows 2e9; nobody waits that long)


def _network(text: str, what: str) -> IPNetwork:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValueError(f"{what}: {text!r} is not an address or prefix") from None


@dataclass
class PathTable:
    """The network beyond the device: path MTU and probe loss per destination prefix."""

    mtu: dict[IPNetwork, int] = field(default_factory=dict)
    loss: dict[IPNetwork, int] = field(default_factory=dict)

    @classmethod
    def parse(cls, mtus: Iterable[str] = (), losses: Iterable[str] = ()) -> PathTable:
        """From ``PREFIX=MTU`` and ``PREFIX=PERCENT`` entries; ValueError names a bad one."""
        table = cls()
        for entry in mtus:
            prefix, _, value = entry.partition("=")
            if not value.strip().isdigit() or not 68 <= int(value) <= 65535:
                raise ValueError(f"--path-mtu {entry!r}: expected PREFIX=MTU with MTU 68..65535")
            table.mtu[_network(prefix, "--path-mtu")] = int(value)
        for entry in losses:
            prefix, _, value = entry.partition("=")
            if not value.strip().isdigit() or not 0 <= int(value) <= 100:
                raise ValueError(f"--ping-loss {entry!r}: expected PREFIX=PERCENT with PERCENT 0..100")
            table.loss[_network(prefix, "--ping-loss")] = int(value)
        return table

    @staticmethod
    def _longest(entries: dict[IPNetwork, int], address: IPAddress) -> int | None:
        best: tuple[int, int] | None = None
        for net, value in entries.items():
            if net.version == address.version and address in net and (best is None or net.prefixlen > best[0]):
                best = (net.prefixlen, value)
        return None if best is None else best[1]

    def path_mtu(self, address: IPAddress) -> int | None:
        return self._longest(self.mtu, address)

    def loss_percent(self, address: IPAddress) -> int:
        return self._longest(self.loss, address) or 0


@dataclass
class Outcome:
    index: int
    reply: bool
    rtt_us: int = 0
    note: str = ""  # why there is no reply ("" = timeout)


def _route_to(device: Device, address: IPAddress) -> tuple[str, str | None] | None:
    """(kind, outgoing logical interface) of the best active route to ``address``, or None.

    kind: ``local`` (one of the device's addresses), ``reject`` / ``discard``, or ``forward``.
    """
    table = "inet.0" if address.version == 4 else "inet6.0"
    best = None
    for prefix, routes in device.table_routes(table).items():
        net = ipaddress.ip_network(prefix)
        if address not in net:
            continue
        active = next((route for route in routes if not route.hidden), None)
        if active is not None and (best is None or net.prefixlen > best[0].prefixlen):
            best = (net, active)
    if best is None:
        return None
    route = best[1]
    hop = route.next_hops[0] if route.next_hops else None
    kind = hop.kind if hop is not None else "Router"
    if route.protocol == "Local" or kind == "Local":
        return "local", hop.via if hop else None
    if kind in ("Reject", "Discard"):
        return kind.lower(), None
    return "forward", hop.via if hop else None


def _interface_mtu(device: Device, ifl: str | None, family: str) -> int | None:
    if not ifl or "." not in ifl:
        return None
    name, unit = ifl.rsplit(".", 1)
    ifd = device.interfaces.get(name)
    if ifd is None or not unit.isdigit():
        return None
    logical = ifd.units.get(int(unit))
    fam = logical.families.get(family) if logical is not None else None
    return ifd.family_mtu(fam) if fam is not None else None


def _rtt(seed: str, index: int, local: bool) -> int:
    """A stable round-trip time in microseconds (a few tens locally, ~1 ms across the network)."""
    digest = hashlib.sha256(f"{seed}/{index}".encode()).digest()
    spread = digest[0] % 40
    return (20 + spread) if local else (900 + spread * 5)


def _lost(index: int, percent: int) -> bool:
    """Spread ``percent`` % of losses evenly over the probes (deterministic)."""
    return math.floor((index + 1) * percent / 100) > math.floor(index * percent / 100)


def _int(params: Params, name: str, low: int, high: int, default: int | None) -> int | None:
    raw = params.get(name)
    if raw is None:
        return default
    text = str(raw)
    if not text.isdigit() or not low <= int(text) <= high:
        raise OpCommandError(f"error: invalid value for '{name}': {text} (expected {low}..{high})")
    return int(text)


def ping(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    host = str(params.get("host") or "").strip()
    if not host:
        raise OpCommandError("error: missing mandatory argument: host")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise OpCommandError(f"ping: cannot resolve {host}: Unknown host") from None
    if params.get("inet") and address.version != 4 or params.get("inet6") and address.version != 6:
        raise OpCommandError(f"ping: cannot resolve {host}: address family mismatch")
    count = _int(params, "count", 1, 2000000000, None)
    if count is None:
        raise OpCommandError(
            "error: the emulator needs 'count' (Junos pings until it is interrupted, which a remote client cannot do)"
        )
    if count > MAX_COUNT:
        raise OpCommandError(f"error: the emulator sends at most {MAX_COUNT} probes per ping (count {count})")
    size = _int(params, "size", 0, 65468, 56)
    assert size is not None
    ttl = _int(params, "ttl", 1, 255, 64)
    instance = params.get("routing-instance")
    if isinstance(instance, str) and instance not in ("default", "master"):
        raise OpCommandError(f"ping: routing instance {instance} not found")
    family = "inet" if address.version == 4 else "inet6"
    header = 28 if address.version == 4 else 48
    packet = size + header
    df = bool(params.get("do-not-fragment"))
    table: PathTable = ctx.extras.get("path_table") or PathTable()

    source = params.get("source")
    given = params.get("interface")
    interface = given if isinstance(given, str) else None
    if interface is not None and "." not in interface:
        interface = f"{interface}.0"
    if interface is not None and _interface_mtu(device, interface, family) is None:
        raise OpCommandError(f"ping: interface {interface} has no {family} address")

    own = any(
        address in (a.ip for a in fam.addresses)
        for ifd in device.interfaces.values()
        for unit in ifd.units.values()
        for fam in unit.families.values()
    )
    route = ("local", None) if address.is_loopback or own else _route_to(device, address)
    outcomes: list[Outcome] = []
    local_mtu = None
    path_mtu = None
    if route is not None and route[0] == "forward":
        local_mtu = _interface_mtu(device, interface or route[1], family)
        path_mtu = table.path_mtu(address)
        if local_mtu is not None:
            path_mtu = min(path_mtu, local_mtu) if path_mtu is not None else local_mtu
    loss = table.loss_percent(address)
    seed = f"{device.hostname}/{address}"
    for index in range(count):
        if route is None:
            outcomes.append(Outcome(index, False, note="No route to host"))
        elif route[0] in ("reject", "discard"):
            note = "Host unreachable" if route[0] == "reject" else ""
            outcomes.append(Outcome(index, False, note=note))
        elif df and local_mtu is not None and packet > local_mtu:
            outcomes.append(Outcome(index, False, note="Message too long"))
        elif df and path_mtu is not None and packet > path_mtu:
            outcomes.append(Outcome(index, False, note=f"frag needed and DF set (MTU {path_mtu})"))
        elif route[0] == "forward" and _lost(index, loss):
            outcomes.append(Outcome(index, False))
        else:
            outcomes.append(Outcome(index, True, _rtt(seed, index, route[0] == "local")))
    return _results(device, host, str(address), source, size, packet, ttl, outcomes, params)


def _results(
    device: Device,
    host: str,
    target: str,
    source: object,
    size: int,
    packet: int,
    ttl: int | None,
    outcomes: list[Outcome],
    params: Params,
) -> NodeListResult:
    node = Node("ping-results", attrs={"xmlns": junos_ns(device.junos_version, "probe-tests")})
    node.add("target-host", host)
    node.add("target-ip", target)
    if isinstance(source, str):
        node.add("source", source)
    node.add("packet-size", size)
    replies = [o for o in outcomes if o.reply]
    for outcome in outcomes:
        if not outcome.reply:
            continue
        probe = node.add("probe-result")
        probe.add("probe-index", outcome.index + 1)
        probe.flag("probe-success")
        probe.add("sequence-number", outcome.index)
        probe.add("ip-address", target)
        probe.add("time-to-live", ttl if ttl is not None else 64)
        probe.add("response-size", size + 8)
        probe.add("rtt", outcome.rtt_us)
    summary = node.add("probe-results-summary")
    sent = len(outcomes)
    summary.add("probes-sent", sent)
    summary.add("responses-received", len(replies))
    loss = round(100 * (sent - len(replies)) / sent) if sent else 100
    summary.add("packet-loss", loss)
    if replies:
        rtts = [o.rtt_us for o in replies]
        mean = sum(rtts) / len(rtts)
        summary.add("rtt-minimum", min(rtts))
        summary.add("rtt-maximum", max(rtts))
        summary.add("rtt-average", round(mean))
        summary.add("rtt-stddev", round(math.sqrt(sum((r - mean) ** 2 for r in rtts) / len(rtts))))
        node.flag("ping-success")
    else:
        notes = {o.note for o in outcomes if o.note}
        node.add("ping-failure", next(iter(notes)).lower() if len(notes) == 1 else "no response")
    rapid = bool(params.get("rapid"))
    return NodeListResult([node], device.junos_version, lambda nodes: _text(nodes[0], outcomes, packet, rapid))


def _text(node: Node, outcomes: list[Outcome], packet: int, rapid: bool) -> str:
    target = node.findtext("target-ip")
    size = node.findtext("packet-size")
    lines = [f"PING {node.findtext('target-host')} ({target}): {size} data bytes"]
    if rapid:
        lines.append("".join("!" if o.reply else "." for o in outcomes))
    else:
        for o in outcomes:
            if o.reply:
                lines.append(
                    f"{int(size) + 8} bytes from {target}: icmp_seq={o.index} ttl=64 time={o.rtt_us / 1000:.3f} ms"
                )
            elif o.note.startswith("frag needed"):
                lines.append(f"36 bytes from {target}: {o.note}")
            elif o.note:
                lines.append(f"ping: sendto: {o.note}")
            else:
                lines.append(f"Request timeout for icmp_seq {o.index}")
    summary = node.find("probe-results-summary") or Node("x")
    lines.append("")
    lines.append(f"--- {node.findtext('target-host')} ping statistics ---")
    lines.append(
        f"{summary.findtext('probes-sent')} packets transmitted, {summary.findtext('responses-received')} "
        f"packets received, {summary.findtext('packet-loss')}% packet loss"
    )
    if summary.has("rtt-minimum"):
        values = [int(summary.findtext(tag)) / 1000 for tag in ("rtt-minimum", "rtt-average", "rtt-maximum")]
        stddev = int(summary.findtext("rtt-stddev")) / 1000
        lines.append(f"round-trip min/avg/max/stddev = {values[0]:.3f}/{values[1]:.3f}/{values[2]:.3f}/{stddev:.3f} ms")
    return "\n".join(lines) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="ping",
        cli=("ping",),
        handler=ping,
        positional="host",
        flags=("rapid", "do-not-fragment", "inet", "inet6", "no-resolve", "detail", "verbose", "bypass-routing"),
        values=("count", "size", "ttl", "source", "interface", "routing-instance", "wait", "interval", "tos"),
    ),
]
