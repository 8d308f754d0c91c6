"""show version, show system uptime, show chassis hardware, show extension-service ..."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fmt import ago, bsd_uptime, clock_12h, junos_ns, timestamp
from .model import ChassisModule
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device


# --------------------------------------------------------------------------------------------
# show version
# --------------------------------------------------------------------------------------------
def _packages(version: str) -> list[tuple[str, str]]:
    return [
        ("os-kernel", f"JUNOS OS Kernel 64-bit  [{version}]"),
        ("os-libs", f"JUNOS OS libs [{version}]"),
        ("os-runtime", f"JUNOS OS runtime [{version}]"),
        ("junos-runtime", f"JUNOS Runtime Software Suite [{version}]"),
        ("junos-routing", f"JUNOS Routing Software Suite [{version}]"),
        ("jsd", f"JUNOS jsd [{version}-jet-1]"),
        ("junos", f"JUNOS Software Release [{version}]"),
    ]


def software_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    where = params.get("invoke-on")
    if where is not None:
        if where != "all-routing-engines":
            raise OpCommandError(f"error: syntax error, expecting all-routing-engines: {where}")
        return _all_routing_engines(device, params, ctx)
    node = Node("software-information")
    node.add("host-name", device.hostname)
    node.add("product-model", device.model)
    node.add("product-name", device.model)
    node.add("junos-version", device.junos_version)
    for name, comment in _packages(device.junos_version):
        package = node.add("package-information")
        package.add("name", name)
        package.add("comment", comment)
    if params.get("detail"):
        # the daemons' own release lines; the emulator has no build dates to tell
        for component in _DAEMONS:
            version = node.add("version-information")
            version.add("component", component)
            version.add("release", device.junos_version)
            version.add("builder", "builder")
    return NodeResult(node, _version_text, device.junos_version)


# the daemons ``show version detail`` names (those the emulated device plays the part of)
_DAEMONS = ("MGD", "CLI", "RPD", "CHASSISD", "DCD", "SNMPD", "JSD", "SYSLOGD")


def _all_routing_engines(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """``show version invoke-on all-routing-engines``: one item per Routing Engine of the chassis."""
    node = Node("multi-routing-engine-results")
    slots = [m.name.rsplit(" ", 1)[1] for m in device.inventory.children if m.name.startswith("Routing Engine ")]
    for slot in slots or ["0"]:
        item = node.add("multi-routing-engine-item")
        item.add("re-name", f"re{slot}")
        item.append(software_information(device, {k: v for k, v in params.items() if k != "invoke-on"}, ctx).node)
    return NodeResult(node, _all_text, device.junos_version)


def _all_text(node: Node) -> str:
    parts = []
    for item in node.findall("multi-routing-engine-item"):
        parts.append(
            f"{item.findtext('re-name')}:\n"
            + "-" * 78
            + "\n"
            + _version_text(item.find("software-information") or Node("x"))
        )
    return "\n".join(parts)


def _version_text(node: Node) -> str:
    lines = [
        f"Hostname: {node.findtext('host-name')}",
        f"Model: {node.findtext('product-model')}",
        f"Junos: {node.findtext('junos-version')}",
    ]
    lines += [package.findtext("comment") for package in node.findall("package-information")]
    lines += [
        f"{item.findtext('component')} release {item.findtext('release')} built by {item.findtext('builder')}"
        for item in node.findall("version-information")
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show system uptime
# --------------------------------------------------------------------------------------------
def _moment(parent: Node, tag: str, when: float, now: float) -> Node:
    block = parent.add(tag)
    block.add("date-time", timestamp(when), junos__seconds=str(int(when)))
    length = max(0.0, now - when)
    block.add("time-length", ago(length), junos__seconds=str(int(length)))
    return block


def system_uptime(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    now = device.now()
    node = Node("system-uptime-information", attrs={"xmlns": junos_ns(device.junos_version)})
    current = node.add("current-time")
    current.add("date-time", timestamp(now), junos__seconds=str(int(now)))
    node.add("time-source", " LOCAL CLOCK ")
    _moment(node, "system-booted-time", device.boot_time, now)
    _moment(node, "protocols-started-time", device.boot_time, now)
    if device.last_configured is not None:
        block = _moment(node, "last-configured-time", device.last_configured, now)
        block.add("user", device.last_configured_by or "root")
    uptime_information(node, device, ctx, now)
    return NodeResult(node, _uptime_text, device.junos_version)


def uptime_information(parent: Node, device: Device, ctx: CommandContext, now: float) -> Node:
    """The ``uptime-information`` block (BSD ``uptime``'s line) of ``show system uptime`` and
    ``show system users``: the users are the logged-in sessions (``ctx.clients``)."""
    users = sum(1 for client in ctx.clients if client.user)
    info = parent.add("uptime-information")
    info.add("date-time", clock_12h(now), junos__seconds=str(int(now)))
    info.add("up-time", bsd_uptime(now - device.boot_time), junos__seconds=str(int(now - device.boot_time)))
    info.add("active-user-count", users, junos__format=f"{users} user{'s' if users != 1 else ''}")
    for tag in ("load-average-1", "load-average-5", "load-average-15"):
        info.add(tag, "0.00")
    return info


def uptime_line(info: Node) -> str:
    """``11:15PM  up 1:02, 2 users, load averages: 0.00, 0.00, 0.00`` from ``uptime-information``."""
    count = info.find("active-user-count")
    users = count.attrs.get("junos:format", "") if count is not None else ""
    loads = ", ".join(info.findtext(tag) for tag in ("load-average-1", "load-average-5", "load-average-15"))
    return f"{info.findtext('date-time')}  up {info.findtext('up-time')}, {users}, load averages: {loads}"


def _uptime_text(node: Node) -> str:
    def moment(tag: str) -> tuple[str, str]:
        block = node.find(tag) or Node(tag)
        return block.findtext("date-time"), block.findtext("time-length")

    lines = [f"Current time: {(node.find('current-time') or Node('x')).findtext('date-time')}"]
    lines.append(f"Time Source: {node.findtext('time-source')}")
    when, length = moment("system-booted-time")
    lines.append(f"System booted: {when} ({length} ago)")
    when, length = moment("protocols-started-time")
    lines.append(f"Protocols started: {when} ({length} ago)")
    configured = node.find("last-configured-time")
    if configured is not None:
        when, length = moment("last-configured-time")
        lines.append(f"Last configured: {when} ({length} ago) by {configured.findtext('user')}")
    lines.append(uptime_line(node.find("uptime-information") or Node("x")))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show chassis hardware
# --------------------------------------------------------------------------------------------
_MODULE_TAGS = (
    "chassis-module",
    "chassis-sub-module",
    "chassis-sub-sub-module",
    "chassis-sub-sub-sub-module",
)


def chassis_inventory(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("chassis-inventory", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    chassis = node.add("chassis", junos__style="inventory")
    chassis.add("name", device.inventory.name)
    chassis.add("serial-number", device.inventory.serial_number)
    chassis.add("description", device.inventory.description)

    def add_module(parent: Node, module: ChassisModule, depth: int) -> None:
        child = parent.add(_MODULE_TAGS[min(depth, len(_MODULE_TAGS) - 1)])
        child.add("name", module.name)
        for tag, value in (
            ("version", module.version),
            ("part-number", module.part_number),
            ("serial-number", module.serial_number),
            ("description", module.description),
        ):
            if value:
                child.add(tag, value)
        for sub in module.children:
            add_module(child, sub, depth + 1)

    for module in device.inventory.children:
        add_module(chassis, module, 0)
    return NodeResult(node, _inventory_text, device.junos_version)


def _inventory_text(node: Node) -> str:
    lines = [
        "Hardware inventory:",
        "Item             Version  Part number  Serial number     Description",
    ]

    def row(item: Node, depth: int) -> None:
        name = "  " * depth + item.findtext("name")
        cells = (item.findtext("version"), item.findtext("part-number"), item.findtext("serial-number"))
        line = f"{name:<17}{cells[0]:<9}{cells[1]:<13}{cells[2]:<18}{item.findtext('description')}"
        lines.append(line.rstrip())
        for child in item.children:
            if child.tag in _MODULE_TAGS:
                # modules directly under the chassis are printed flush left like the chassis row
                row(child, 0 if item.tag == "chassis" else depth + 1)

    for chassis in node.findall("chassis"):
        row(chassis, 0)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show extension-service request-response clients / servers
# --------------------------------------------------------------------------------------------
def jet_clients(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("extension-service-client-information")
    detail = bool(params.get("detail"))
    if detail:
        node.attrs["junos:style"] = "detail"
    for client in ctx.clients:
        entry = node.add("client")
        entry.add("client-id", client.client_id)
        entry.add("socket-address", client.address)
        entry.add("client-type", client.client_type)
        entry.add("channel-count", client.channel_count)
        if detail:
            entry.add("login-user", client.user or "-")
            if client.login_time is not None:
                entry.add("login-time", timestamp(client.login_time), junos__seconds=str(int(client.login_time)))
    return NodeResult(node, _clients_text, device.junos_version)


def _clients_text(node: Node) -> str:
    clients = node.findall("client")
    if node.attrs.get("junos:style") == "detail":
        lines: list[str] = []
        for client in clients:
            lines.append(f"Client ID: {client.findtext('client-id')}")
            lines.append(f"  Socket Address: {client.findtext('socket-address')}")
            lines.append(f"  Client Type: {client.findtext('client-type')}")
            lines.append(f"  Channel Count: {client.findtext('channel-count')}")
            lines.append(f"  Login User: {client.findtext('login-user')}")
            if client.has("login-time"):
                lines.append(f"  Login Time: {client.findtext('login-time')}")
            lines.append("")
        return "\n".join(lines) + ("\n" if lines else "")
    width_id = max([len("Client ID"), *(len(c.findtext("client-id")) for c in clients)]) + 2
    width_addr = max([len("Socket Address"), *(len(c.findtext("socket-address")) for c in clients)]) + 2
    lines = [f"{'Client ID':<{width_id}}{'Socket Address':<{width_addr}}{'Client Type':<13}Channel Count"]
    for client in clients:
        lines.append(
            f"{client.findtext('client-id'):<{width_id}}{client.findtext('socket-address'):<{width_addr}}"
            f"{client.findtext('client-type'):<13}{client.findtext('channel-count')}"
        )
    return "\n".join(lines) + "\n"


def jet_servers(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("extension-service-server-information")
    server = node.add("grpc-server-information")
    server.add("max-connections", ctx.server.max_connections)
    server.add("skip-authentication", "Enabled" if ctx.server.skip_authentication else "Disabled")
    for listener in ctx.server.listeners:
        entry = server.add("server")
        entry.add("address", listener.address)
        if listener.port is not None:
            entry.add("port", listener.port)
        entry.add("status", listener.status)
        entry.add("server-type", "SSL" if listener.tls else "Clear-text")
    return NodeResult(node, _servers_text, device.junos_version)


def _servers_text(node: Node) -> str:
    server = node.find("grpc-server-information") or Node("x")
    lines = [
        "gRPC server information:",
        f"Max connections: {server.findtext('max-connections')}, "
        f"Skip-authentication: {server.findtext('skip-authentication')}",
    ]
    for entry in server.findall("server"):
        address = f"Address: {entry.findtext('address')}"
        if entry.has("port"):
            address += f", Port: {entry.findtext('port')}"
        lines.append(address)
        lines.append(f"Status: {entry.findtext('status')}, Type: {entry.findtext('server-type')}")
    return "\n".join(lines) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-software-information",
        cli=("show", "version"),
        handler=software_information,
        flags=("detail",),
        values=("invoke-on",),
    ),
    OpSpec(rpc="get-system-uptime-information", cli=("show", "system", "uptime"), handler=system_uptime),
    # detail / extensive list the same modules: the emulated chassis has no further components
    # (disks, DIMMs) to show beneath its Routing Engines and FPCs
    OpSpec(
        rpc="get-chassis-inventory",
        cli=("show", "chassis", "hardware"),
        handler=chassis_inventory,
        flags=("detail", "extensive"),
        exclusive=(("detail", "extensive"),),
    ),
    OpSpec(
        rpc="get-extension-service-client-information",
        cli=("show", "extension-service", "request-response", "clients"),
        handler=jet_clients,
        flags=("detail",),
    ),
    OpSpec(
        rpc="get-extension-service-server-information",
        cli=("show", "extension-service", "request-response", "servers"),
        handler=jet_servers,
    ),
]
