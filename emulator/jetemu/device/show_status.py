"""Everyday status commands: alarms, logged-in users, ARP, BGP and OSPF summaries, NTP.

Each answers what the emulated device truly has, never invented hosts or peers:

* ``show system alarms``: the minor ``Rescue configuration is not set`` alarm while the
  configuration database has no rescue configuration (Junos raises it as a system alarm);
  ``show chassis alarms``: none (the emulated hardware has no faults).
* ``show system users``: the JET sessions logged in now (``ctx.clients``), under the same
  uptime line as ``show system uptime``.
* ``show arp``: the device learns no neighbours' MAC addresses (it forwards no packets), so the
  table is empty.
* ``show bgp summary|neighbor``, ``show ospf neighbor|interface``: rpd's ``BGP is not running`` /
  ``OSPF instance is not running`` without ``protocols bgp|ospf``; with them, the configured peers
  stay ``Active`` (nothing answers in a lab of emulated devices), OSPF interfaces are listed with
  no neighbours.
* ``show ntp associations|status``: the configured ``system ntp server`` entries, never reached
  (stratum 16, reach 0, refid ``.INIT.``); without servers ntpq's ``No association ID's returned``.

XML element names are those of Juniper's YANG (``junos-rpc-chassis``, ``-system``, ``-arp``,
``-bgp``, ``-ospf``, ``-ntp``, release 24.4R1). Nothing here changes the device.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .fmt import clock_12h, junos_ns, timestamp
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .show_system import uptime_information, uptime_line
from .tree import Node

if TYPE_CHECKING:
    from .model import Device


def named_entries(value: Any) -> list[dict[str, Any]]:
    """Named entries of Junos JSON (a list of objects with ``name``), tolerating a lone object."""
    if isinstance(value, dict):
        value = [value]
    return [entry for entry in value or [] if isinstance(entry, dict) and "name" in entry]


def table_row(entry: Node, columns: tuple[tuple[str, int], ...], prefix: str = "") -> str:
    """One table line from ``entry``'s children: ``(tag, width)``, a negative width right-aligns,
    tag ``""`` is a blank cell (the CLI tables below differ only in their columns)."""
    cells = [
        f"{entry.findtext(tag):>{-width}}" if width < 0 else f"{entry.findtext(tag):<{width}}" for tag, width in columns
    ]
    return (prefix + "".join(cells)).rstrip()


# --------------------------------------------------------------------------------------------
# show system alarms / show chassis alarms
# --------------------------------------------------------------------------------------------
def _alarm_node(device: Device, alarms: list[tuple[float, str, str, str, str]]) -> NodeResult:
    node = Node("alarm-information", attrs={"xmlns": junos_ns(device.junos_version, "alarm")})
    summary = node.add("alarm-summary")
    if alarms:
        summary.add("active-alarm-count", len(alarms))
    else:
        summary.flag("no-active-alarms")
    for when, klass, description, short, kind in alarms:
        detail = node.add("alarm-detail")
        detail.add("alarm-time", timestamp(when), junos__seconds=str(int(when)))
        detail.add("alarm-class", klass)
        detail.add("alarm-description", description)
        detail.add("alarm-short-description", short)
        detail.add("alarm-type", kind)
    return NodeResult(node, _alarm_text, device.junos_version)


def _alarm_text(node: Node) -> str:
    details = node.findall("alarm-detail")
    if not details:
        return "No alarms currently active\n"
    lines = [f"{len(details)} alarms currently active", f"{'Alarm time':<25}{'Class':<7}Description"]
    columns = (("alarm-time", 25), ("alarm-class", 7), ("alarm-description", 0))
    lines += [table_row(detail, columns) for detail in details]
    return "\n".join(lines) + "\n"


def system_alarms(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    database = ctx.extras.get("config_db")
    alarms: list[tuple[float, str, str, str, str]] = []
    rescue = getattr(database, "rescue", None)
    if callable(rescue) and rescue() is None:
        alarms.append((device.boot_time, "Minor", "Rescue configuration is not set", "no-rescue", "Configuration"))
    return _alarm_node(device, alarms)


def chassis_alarms(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    return _alarm_node(device, [])


# --------------------------------------------------------------------------------------------
# show system users
# --------------------------------------------------------------------------------------------
def _login_time(when: float, now: float) -> str:
    """BSD ``w``'s LOGIN@ column: ``9:45AM`` today, ``Fri11AM`` this week, ``06Dec26`` before."""
    if time.strftime("%Y%j", time.gmtime(when)) == time.strftime("%Y%j", time.gmtime(now)):
        return clock_12h(when)
    if now - when < 6 * 86400:
        moment = time.gmtime(when)
        return time.strftime("%a", moment) + f"{moment.tm_hour % 12 or 12}{'AM' if moment.tm_hour < 12 else 'PM'}"
    return time.strftime("%d%b%y", time.gmtime(when))


def _client_host(address: str) -> str:
    """``ipv4:127.0.0.1:5555`` -> ``127.0.0.1``; ``ipv6:[::1]:5555`` -> ``::1``."""
    host = address.split(":", 1)[1] if address.startswith(("ipv4:", "ipv6:")) else address
    if host.startswith("[") and "]" in host:
        return host[1 : host.index("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def system_users(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    now = device.now()
    sessions = [client for client in ctx.clients if client.user]  # as uptime_information counts
    node = Node("system-users-information", attrs={"xmlns": junos_ns(device.junos_version)})
    info = uptime_information(node, device, ctx, now)
    table = info.add("user-table")
    for client in sessions:
        entry = table.add("user-entry")
        entry.add("user", client.user)
        entry.add("tty", "jet")
        entry.add("from", _client_host(client.address))  # jetemu resolves no names: the address
        login = client.login_time if client.login_time is not None else now
        entry.add("login-time", _login_time(login, now), junos__seconds=str(int(login)))
        entry.add("idle-time", "-", junos__seconds="0")
        entry.add("command", f"jsd ({client.client_id})" if client.client_id else "jsd")
    return NodeResult(node, _users_text, device.junos_version)


def _users_text(node: Node) -> str:
    info = node.find("uptime-information") or Node("x")
    lines = [uptime_line(info)]
    lines.append(f"{'USER':<9}{'TTY':<9}{'FROM':<34}{'LOGIN@':<7}{'IDLE':>5} WHAT")
    columns = (("user", 9), ("tty", 9), ("from", 34), ("login-time", 7), ("idle-time", -5), ("", 1), ("command", 0))
    lines += [table_row(entry, columns) for entry in (info.find("user-table") or Node("x")).findall("user-entry")]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show arp
# --------------------------------------------------------------------------------------------
def arp_table(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("arp-table-information", attrs={"xmlns": junos_ns(device.junos_version, "arp")})
    node.attrs["junos:style"] = "no-resolve" if params.get("no-resolve") else "normal"
    node.add("arp-entry-count", 0)
    return NodeResult(node, _arp_text, device.junos_version)


def _arp_text(node: Node) -> str:
    if node.attrs.get("junos:style") == "no-resolve":
        header = f"{'MAC Address':<18}{'Address':<16}{'Interface':<18}Flags"
    else:
        header = f"{'MAC Address':<18}{'Address':<16}{'Name':<26}{'Interface':<20}Flags"
    return f"{header}\nTotal entries: {node.findtext('arp-entry-count', '0')}\n"


# --------------------------------------------------------------------------------------------
# BGP
# --------------------------------------------------------------------------------------------
def _bgp_peers(device: Device) -> tuple[list[dict[str, Any]], list[dict[str, str]]] | None:
    """``(groups, peers)`` of ``protocols bgp``, None when BGP is not configured."""
    bgp = device.statement("protocols", "bgp")
    if bgp is None:
        return None
    bgp = bgp if isinstance(bgp, dict) else {}
    local_as = device.autonomous_system or "0"
    groups = named_entries(bgp.get("group"))
    peers: list[dict[str, str]] = []
    for group in groups:
        kind = "Internal" if str(group.get("type", "")) == "internal" else "External"
        for neighbor in named_entries(group.get("neighbor")):
            peer_as = neighbor.get("peer-as") or group.get("peer-as") or bgp.get("peer-as")
            if kind == "Internal":
                peer_as = peer_as or local_as
            peers.append(
                {
                    "address": str(neighbor["name"]),
                    "as": str(peer_as or "0"),
                    "group": str(group["name"]),
                    "type": kind,
                    "local-address": str(neighbor.get("local-address") or group.get("local-address") or ""),
                }
            )
    return groups, peers


def _bgp_not_running() -> OpCommandError:
    return OpCommandError("BGP is not running")


def _elapsed(seconds: float) -> str:
    """``Last Up/Dwn``: ``5:20``, ``1:02:03``, ``2d 3:04:05``, ``1w2d 3:04:05``."""
    total = max(0, int(seconds))
    weeks, rest = divmod(total, 7 * 86400)
    days, rest = divmod(rest, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours or days or weeks else f"{minutes}:{secs:02d}"
    if weeks:
        return f"{weeks}w{days}d {clock}"
    if days:
        return f"{days}d {clock}"
    return clock


def bgp_summary(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    found = _bgp_peers(device)
    if found is None:
        raise _bgp_not_running()
    groups, peers = found
    since = device.now() - (device.last_configured or device.boot_time)
    node = Node("bgp-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    node.add("bgp-thread-mode", "BGP I/O")
    node.add("default-ebgp-advertise-mode", "accept")
    node.add("default-ebgp-receive-mode", "accept")
    node.add("group-count", len(groups))
    node.add("peer-count", len(peers))
    node.add("down-peer-count", len(peers))
    if peers:
        rib = node.add("bgp-rib", junos__style="brief")
        rib.add("name", "inet.0")
        for tag in (
            "total-prefix-count",
            "received-prefix-count",
            "accepted-prefix-count",
            "active-prefix-count",
            "suppressed-prefix-count",
            "history-prefix-count",
            "damped-prefix-count",
            "pending-prefix-count",
        ):
            rib.add(tag, 0)
    for peer in peers:
        entry = node.add("bgp-peer", junos__style="terse")
        entry.add("peer-address", peer["address"])
        entry.add("peer-as", peer["as"])
        entry.add("input-messages", 0)
        entry.add("output-messages", 0)
        entry.add("route-queue-count", 0)
        entry.add("flap-count", 0)
        entry.add("elapsed-time", _elapsed(since), junos__seconds=str(int(since)))
        entry.add("peer-state", "Active")
    return NodeResult(node, _bgp_summary_text, device.junos_version)


def _bgp_summary_text(node: Node) -> str:
    lines = [
        f"Threading mode: {node.findtext('bgp-thread-mode')}",
        f"Default eBGP mode: advertise - {node.findtext('default-ebgp-advertise-mode')}, "
        f"receive - {node.findtext('default-ebgp-receive-mode')}",
        f"Groups: {node.findtext('group-count')} Peers: {node.findtext('peer-count')} "
        f"Down peers: {node.findtext('down-peer-count')}",
    ]
    ribs = node.findall("bgp-rib")
    if ribs:
        lines.append("Table          Tot Paths  Act Paths Suppressed    History Damp State    Pending")
        for rib in ribs:
            lines.append(rib.findtext("name"))
            counts = ("total", "active", "suppressed", "history", "damped", "pending")
            lines.append(" " * 13 + "".join(f"{rib.findtext(f'{c}-prefix-count'):>11}" for c in counts))
    peers = node.findall("bgp-peer")
    if peers:
        lines.append(
            "Peer                     AS      InPkt     OutPkt    OutQ   Flaps Last Up/Dwn "
            "State|#Active/Received/Accepted/Damped..."
        )
        columns = (
            ("peer-address", 20),
            ("peer-as", -7),
            ("input-messages", -11),
            ("output-messages", -11),
            ("route-queue-count", -8),
            ("flap-count", -8),
            ("elapsed-time", -12),
            ("", 1),
            ("peer-state", 0),
        )
        lines += [table_row(peer, columns) for peer in peers]
    return "\n".join(lines) + "\n"


def bgp_neighbor(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    found = _bgp_peers(device)
    if found is None:
        raise _bgp_not_running()
    _, peers = found
    wanted = params.get("neighbor-address")
    if isinstance(wanted, str):
        peers = [peer for peer in peers if peer["address"] == wanted]
    node = Node("bgp-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    local_as = device.autonomous_system or "0"
    for peer in peers:
        entry = node.add("bgp-peer", junos__style="detail")
        entry.add("peer-address", peer["address"])
        entry.add("peer-as", peer["as"])
        entry.add("local-address", peer["local-address"] or "unspecified")
        entry.add("local-as", local_as)
        entry.add("peer-group", peer["group"])
        entry.add("peer-cfg-rti", "master")
        entry.add("peer-fwd-rti", "master")
        entry.add("peer-type", peer["type"])
        entry.add("peer-state", "Active")
        entry.add("peer-flags", "")
        entry.add("last-state", "Idle")
        entry.add("last-event", "Start")
        entry.add("last-error", "None")
        entry.add("flap-count", 0)
    return NodeResult(node, _bgp_neighbor_text, device.junos_version)


def _bgp_neighbor_text(node: Node) -> str:
    blocks: list[str] = []
    for peer in node.findall("bgp-peer"):
        blocks.append(
            "\n".join(
                [
                    f"Peer: {peer.findtext('peer-address')} AS {peer.findtext('peer-as')} "
                    f"Local: {peer.findtext('local-address')} AS {peer.findtext('local-as')}",
                    f"  Group: {peer.findtext('peer-group'):<21}Routing-Instance: {peer.findtext('peer-cfg-rti')}",
                    f"  Forwarding routing-instance: {peer.findtext('peer-fwd-rti')}",
                    f"  Type: {peer.findtext('peer-type'):<10}State: {peer.findtext('peer-state'):<14}Flags: <>",
                    f"  Last State: {peer.findtext('last-state'):<14}Last Event: {peer.findtext('last-event')}",
                    f"  Last Error: {peer.findtext('last-error')}",
                    f"  Number of flaps: {peer.findtext('flap-count')}",
                ]
            )
        )
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# --------------------------------------------------------------------------------------------
# OSPF
# --------------------------------------------------------------------------------------------
def _ospf_interfaces(device: Device) -> list[tuple[str, str]]:
    """``(interface, area)`` of ``protocols ospf``; OpCommandError when OSPF is not configured."""
    ospf = device.statement("protocols", "ospf")
    if ospf is None:
        raise OpCommandError("OSPF instance is not running")
    ospf = ospf if isinstance(ospf, dict) else {}
    return [
        (str(interface["name"]), str(area["name"]))
        for area in named_entries(ospf.get("area"))
        for interface in named_entries(area.get("interface"))
    ]


def ospf_neighbors(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    _ospf_interfaces(device)  # no neighbour ever answers the emulated device's hellos
    node = Node("ospf-neighbor-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    return NodeResult(node, lambda _node: "", device.junos_version)


def _interface_up(device: Device, name: str) -> bool:
    ifd = device.interfaces.get(name.split(".", 1)[0])
    return ifd is not None and ifd.oper_up


def ospf_interfaces(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    configured = _ospf_interfaces(device)
    node = Node("ospf-interface-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    router_id = device.router_id()
    for name, area in configured:
        up = _interface_up(device, name)
        entry = node.add("ospf-interface")
        entry.add("interface-name", name if "." in name or name == "all" else f"{name}.0")
        entry.add("ospf-interface-state", "DR" if up else "Down")
        entry.add("ospf-area", area)
        entry.add("dr-id", router_id if up else "0.0.0.0")
        entry.add("bdr-id", "0.0.0.0")
        entry.add("neighbor-count", 0)
    return NodeResult(node, _ospf_interface_text, device.junos_version)


def _ospf_interface_text(node: Node) -> str:
    lines = [f"{'Interface':<20}{'State':<8}{'Area':<16}{'DR ID':<16}{'BDR ID':<16}Nbrs"]
    columns = (
        ("interface-name", 20),
        ("ospf-interface-state", 8),
        ("ospf-area", 16),
        ("dr-id", 16),
        ("bdr-id", 16),
        ("neighbor-count", -4),
    )
    lines += [table_row(entry, columns) for entry in node.findall("ospf-interface")]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# NTP
# --------------------------------------------------------------------------------------------
def _ntp_servers(device: Device) -> list[str]:
    return [str(entry["name"]) for entry in named_entries(device.statement("system", "ntp", "server"))]


def ntp_associations(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("ntp-associations")
    for server in _ntp_servers(device):
        entry = node.add("association")
        entry.add("remote", server)
        entry.add("refid", ".INIT.")
        entry.add("stratum", 16)
        entry.add("association-type", "u")
        entry.add("when", "-")
        entry.add("poll", 64)
        entry.add("reach", 0)
        for tag in ("delay", "offset", "jitter"):
            entry.add(tag, "0.000")
    return NodeResult(node, _ntp_associations_text, device.junos_version)


def _ntp_associations_text(node: Node) -> str:
    entries = node.findall("association")
    if not entries:
        return "No association ID's returned\n"
    lines = ["     remote           refid      st t when poll reach   delay   offset  jitter", "=" * 78]
    columns = (
        ("remote", 16),
        ("refid", 16),
        ("stratum", -2),
        ("association-type", -2),
        ("when", -5),
        ("poll", -5),
        ("reach", -6),
        ("delay", -8),
        ("offset", -9),
        ("jitter", -8),
    )
    lines += [table_row(entry, columns, prefix=" ") for entry in entries]
    return "\n".join(lines) + "\n"


def ntp_status(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """ntpd's system variables while no server ever answered: leap 11 (alarm), stratum 16,
    refid INIT, no system peer. ntpd's version/processor/system strings are left out (the
    emulator runs no ntpd to name)."""
    now = device.now()
    node = Node("ntp-status")
    for tag, value in (
        ("associd", 0),
        ("status", "c016 leap_alarm, sync_unspec, 1 event, restart"),
        ("leap", "11"),
        ("stratum", 16),
        ("precision", -23),
        ("rootdelay", "0.000"),
        ("rootdisp", "0.000"),
        ("refid", "INIT"),
        ("reftime", "00000000.00000000"),
        ("clock", time.strftime("%a, %b %e %Y %H:%M:%S.000", time.gmtime(now))),
        ("peer", 0),
        ("tc", 3),
        ("mintc", 3),
        ("offset", "+0.000000"),
        ("frequency", "+0.000"),
        ("sys-jitter", "0.000000"),
        ("clk-jitter", "0.000"),
        ("clk-wander", "0.000"),
    ):
        node.add(tag, value)
    return NodeResult(node, _ntp_status_text, device.junos_version)


def _ntp_status_text(node: Node) -> str:
    def value(tag: str) -> str:
        return node.findtext(tag)

    return (
        f"associd={value('associd')} status={value('status')},\n"
        f"leap={value('leap')}, stratum={value('stratum')}, precision={value('precision')}, "
        f"rootdelay={value('rootdelay')}, rootdisp={value('rootdisp')}, refid={value('refid')},\n"
        f"reftime={value('reftime')}, clock={value('clock')}, peer={value('peer')}, tc={value('tc')}, "
        f"mintc={value('mintc')}, offset={value('offset')}, frequency={value('frequency')}, "
        f"sys_jitter={value('sys-jitter')}, clk_jitter={value('clk-jitter')}, clk_wander={value('clk-wander')}\n"
    )


SPECS: list[OpSpec] = [
    OpSpec(rpc="get-system-alarm-information", cli=("show", "system", "alarms"), handler=system_alarms),
    OpSpec(rpc="get-alarm-information", cli=("show", "chassis", "alarms"), handler=chassis_alarms),
    OpSpec(
        rpc="get-system-users-information",
        cli=("show", "system", "users"),
        handler=system_users,
        flags=("no-resolve",),
    ),
    OpSpec(rpc="get-arp-table-information", cli=("show", "arp"), handler=arp_table, flags=("no-resolve",)),
    OpSpec(rpc="get-bgp-summary-information", cli=("show", "bgp", "summary"), handler=bgp_summary),
    OpSpec(
        rpc="get-bgp-neighbor-information",
        cli=("show", "bgp", "neighbor"),
        handler=bgp_neighbor,
        positional="neighbor-address",
    ),
    OpSpec(rpc="get-ospf-neighbor-information", cli=("show", "ospf", "neighbor"), handler=ospf_neighbors),
    OpSpec(rpc="get-ospf-interface-information", cli=("show", "ospf", "interface"), handler=ospf_interfaces),
    OpSpec(
        rpc="get-ntp-associations-information",
        cli=("show", "ntp", "associations"),
        handler=ntp_associations,
        flags=("no-resolve",),
    ),
    OpSpec(rpc="get-ntp-status-information", cli=("show", "ntp", "status"), handler=ntp_status, flags=("no-resolve",)),
]
