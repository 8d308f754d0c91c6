"""The chassis and the Routing Engine's host: show chassis environment|fpc|firmware|mac-addresses,
show system information|processes|core-dumps|license|connections, show task memory,
show krt queue, show host.

What each shows comes from what the device has, never from invented hardware:

* the modules are those of the chassis inventory (``show chassis hardware``): the Routing Engines
  and FPCs are what ``environment`` and ``fpc`` report on (the inventory lists no power supplies
  or fans, so none are shown; ``environment pem`` is empty); FPC slots the chassis has but the
  inventory leaves empty are listed ``Empty`` as Junos does;
* readings are fixed and match ``show chassis routing-engine`` (a lightly loaded, healthy device);
* MAC addresses are the block the device's interfaces take theirs from;
* ``core-dumps`` lists the core files really in the device's file system;
* ``connections`` lists jsd's listeners and the JET sessions connected now;
* the kernel routing table queue is always empty: the device programs routes synchronously;
* ``show host``: the lab has no name server, so the resolver times out as host(1) does.

Element names are those of Juniper's YANG (junos-rpc-chassis, -system, -task, 24.4R1) and of
Junos's replies. Nothing here changes the device.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .file_commands import detail_line, file_node, filesystem_of
from .fmt import junos_ns
from .model import ChassisModule
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .results import NodeListResult, output_nodes, output_text
from .show_chassis import RE_MEMORY_MB, RE_PREFIX
from .show_memory import SHARES
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

# FPC slots of the chassis models (Juniper's hardware guides); models not named have only the
# slots their inventory fills
FPC_SLOTS = {"mx240": 3, "mx480": 6, "mx960": 12}
# fixed readings: degrees Celsius of the modules, the FPCs' CPU and memory use (percent)
RE_TEMPERATURE = (38, 36)
FPC_TEMPERATURE = 40
FPC_CPU = 4
FPC_HEAP = 24
FPC_DRAM_MB = {"MPC Type 2 3D": 2048}


def _modules(device: Device, prefix: str) -> list[ChassisModule]:
    return [module for module in device.inventory.children if module.name.startswith(prefix)]


def _slot(module: ChassisModule) -> str:
    return module.name.rsplit(" ", 1)[-1]


def _cpu_less(device: Device) -> bool:
    """vSRX's FPC runs in the Routing Engine's CPU (Junos reports it ``CPU less FPC``)."""
    return device.model == "vsrx"


# --------------------------------------------------------------------------------------------
# show chassis environment [pem]
# --------------------------------------------------------------------------------------------
def _temperature(node: Node, celsius: int) -> None:
    node.add("temperature", f"{celsius} degrees C / {celsius * 9 // 5 + 32} degrees F", junos__celsius=str(celsius))


def environment(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("environment-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    readings: list[tuple[str, int]] = []
    for index, engine in enumerate(_modules(device, RE_PREFIX)):
        readings.append((engine.name, RE_TEMPERATURE[min(index, len(RE_TEMPERATURE) - 1)]))
    for fpc in _modules(device, "FPC "):
        readings.append((f"{fpc.name} Intake", FPC_TEMPERATURE - 6))
        readings.append((f"{fpc.name} Exhaust", FPC_TEMPERATURE))
    for name, celsius in readings:
        item = node.add("environment-item")
        item.add("name", name)
        item.add("class", "Temp")
        item.add("status", "OK")
        _temperature(item, celsius)
    return NodeResult(node, _environment_text, device.junos_version)


def _environment_text(node: Node) -> str:
    lines = [f"{'Class':<6}{'Item':<31}{'Status':<11}Measurement"]
    previous = ""
    for item in node.findall("environment-item"):
        klass = item.findtext("class")
        shown = klass if klass != previous else ""  # the text names a class on its first item
        previous = klass
        row = f"{shown:<6}{item.findtext('name'):<31}{item.findtext('status'):<11}"
        lines.append((row + item.findtext("temperature")).rstrip())
    return "\n".join(lines) + "\n"


def environment_pem(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The inventory holds no power entry modules: nothing to report."""
    node = Node("environment-component-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    return NodeResult(node, lambda _node: "", device.junos_version)


# --------------------------------------------------------------------------------------------
# show chassis fpc [pic-status]
# --------------------------------------------------------------------------------------------
def _fpc_slots(device: Device) -> list[tuple[int, ChassisModule | None]]:
    present = {int(_slot(module)): module for module in _modules(device, "FPC ")}
    count = max(FPC_SLOTS.get(device.model, 0), max(present, default=-1) + 1)
    return [(slot, present.get(slot)) for slot in range(count)]


def fpc_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    wanted = params.get("fpc-slot")
    node = Node("fpc-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    node.attrs["junos:style"] = "brief"
    for slot, module in _fpc_slots(device):
        if isinstance(wanted, str) and wanted != str(slot):
            continue
        fpc = node.add("fpc")
        fpc.add("slot", slot)
        if module is None:
            fpc.add("state", "Empty")
            continue
        fpc.add("state", "Online")
        if _cpu_less(device):
            fpc.add("cpu-less-info-str", "CPU less FPC")
            continue
        fpc.add("temperature", FPC_TEMPERATURE, junos__celsius=str(FPC_TEMPERATURE))
        fpc.add("cpu-total", FPC_CPU)
        fpc.add("cpu-interrupt", 0)
        for tag in ("cpu-1min-avg", "cpu-5min-avg", "cpu-15min-avg"):
            fpc.add(tag, FPC_CPU)
        fpc.add("memory-dram-size", FPC_DRAM_MB.get(module.description, 1024))
        fpc.add("memory-heap-utilization", FPC_HEAP)
        fpc.add("memory-buffer-utilization", 0)
    if isinstance(wanted, str) and not node.children:
        raise OpCommandError(f"error: FPC slot {wanted} is not valid")
    return NodeResult(node, _fpc_text, device.junos_version)


def _fpc_text(node: Node) -> str:
    lines = [
        "                     Temp  CPU Utilization (%)   CPU Utilization (%)  Memory    Utilization (%)",
        "Slot State            (C)  Total  Interrupt      1min   5min   15min  DRAM (MB) Heap     Buffer",
    ]
    for fpc in node.findall("fpc"):
        head = f"{fpc.findtext('slot'):>3}  {fpc.findtext('state'):<16}"
        if fpc.has("cpu-less-info-str"):
            lines.append(f"{head}{'-' * 20} {fpc.findtext('cpu-less-info-str')} {'-' * 20}")
        elif fpc.has("cpu-total"):
            values = [
                f"{fpc.findtext('temperature'):>3}",
                f"{fpc.findtext('cpu-total'):>7}",
                f"{fpc.findtext('cpu-interrupt'):>10}",
                f"{fpc.findtext('cpu-1min-avg'):>9}",
                f"{fpc.findtext('cpu-5min-avg'):>7}",
                f"{fpc.findtext('cpu-15min-avg'):>7}",
                f"{fpc.findtext('memory-dram-size'):>9}",
                f"{fpc.findtext('memory-heap-utilization'):>10}",
                f"{fpc.findtext('memory-buffer-utilization'):>11}",
            ]
            lines.append(head + "".join(values))
        else:
            lines.append(head.rstrip())
    return "\n".join(lines) + "\n"


def pic_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    wanted = params.get("slot")
    node = Node("fpc-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    node.attrs["junos:style"] = "pic-style"
    for slot, module in _fpc_slots(device):
        if module is None or (isinstance(wanted, str) and wanted != str(slot)):
            continue
        fpc = node.add("fpc")
        fpc.add("slot", slot)
        fpc.add("state", "Online")
        fpc.add("description", module.description)
        for pic_module in module.children:
            if not pic_module.name.startswith("PIC "):
                continue
            pic = fpc.add("pic")
            pic.add("pic-slot", _slot(pic_module))
            pic.add("pic-state", "Online")
            pic.add("pic-type", pic_module.description)
    return NodeResult(node, _pic_text, device.junos_version)


def _pic_text(node: Node) -> str:
    lines: list[str] = []
    for fpc in node.findall("fpc"):
        lines.append(f"{'Slot ' + fpc.findtext('slot'):<9}{fpc.findtext('state'):<13}{fpc.findtext('description')}")
        for pic in fpc.findall("pic"):
            lines.append(
                f"  {'PIC ' + pic.findtext('pic-slot'):<7}{pic.findtext('pic-state'):<13}{pic.findtext('pic-type')}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------------------------
# show chassis firmware
# --------------------------------------------------------------------------------------------
def firmware_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The FPCs' operating system is the device's release (the ROM monitor is not emulated)."""
    node = Node("firmware-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    chassis = node.add("chassis", junos__style="firmware")
    chassis.add("name", device.inventory.name)
    for fpc in _modules(device, "FPC "):
        module = chassis.add("chassis-module")
        module.add("name", fpc.name)
        firmware = module.add("firmware")
        firmware.add("type", "O/S")
        firmware.add("firmware-version", f"Version {device.junos_version} by builder")
    return NodeResult(node, _firmware_text, device.junos_version)


def _firmware_text(node: Node) -> str:
    lines = [f"{'Part':<25}{'Type':<11}Version"]
    for chassis in node.findall("chassis"):
        for module in chassis.findall("chassis-module"):
            name = module.findtext("name")
            for firmware in module.findall("firmware"):
                lines.append(f"{name:<25}{firmware.findtext('type'):<11}{firmware.findtext('firmware-version')}")
                name = ""
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show chassis mac-addresses
# --------------------------------------------------------------------------------------------
def mac_addresses(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """The device's block of 256 addresses (its ports take ``:01`` up, fxp0 ``:f0``): the
    first 192 public, the last 64 private, as Junos splits a chassis block."""
    macs = [ifd.mac for ifd in device.interfaces.values() if ifd.mac]
    prefix = macs[0].rsplit(":", 1)[0] if macs else "00:00:00:00:00"
    node = Node("chassis-mac-addresses", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    info = node.add("mac-address-information")
    info.add("public-base-address", f"{prefix}:00")
    info.add("public-count", 192)
    info.add("private-base-address", f"{prefix}:c0")
    info.add("private-count", 64)
    return NodeResult(node, _mac_text, device.junos_version)


def _mac_text(node: Node) -> str:
    info = node.find("mac-address-information") or Node("x")
    return (
        "MAC address information:\n"
        f"  Public base address     {info.findtext('public-base-address')}\n"
        f"  Public count            {info.findtext('public-count')}\n"
        f"  Private base address    {info.findtext('private-base-address')}\n"
        f"  Private count           {info.findtext('private-count')}\n"
    )


# --------------------------------------------------------------------------------------------
# show system information
# --------------------------------------------------------------------------------------------
def system_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("system-information")
    node.add("hardware-model", device.model)
    node.add("os-name", device.schema_family)
    node.add("os-version", device.junos_version)
    node.add("serial-number", device.serial_number)
    node.add("host-name", device.hostname)
    return NodeResult(node, _system_information_text, device.junos_version)


def _system_information_text(node: Node) -> str:
    return (
        f"Model: {node.findtext('hardware-model')}\n"
        f"Family: {node.findtext('os-name')}\n"
        f"Junos: {node.findtext('os-version')}\n"
        f"Hostname: {node.findtext('host-name')}\n"
    )


# --------------------------------------------------------------------------------------------
# show system processes [summary | extensive]
# --------------------------------------------------------------------------------------------
# The daemons the emulated Routing Engine plays the part of: (pid, command, resident KB)
DAEMONS = (
    (1, "init", 1024),
    (1321, "syslogd", 10240),
    (1405, "chassisd", 61440),
    (1412, "mgd", 88064),
    (1430, "dcd", 28672),
    (1436, "rpd", 102400),
    (1448, "snmpd", 20480),
    (1463, "jsd", 40960),
)


def _memory_mb(device: Device) -> int:
    engines = _modules(device, RE_PREFIX)
    return RE_MEMORY_MB.get(engines[0].description if engines else "", 16384)


def _top_header(device: Device) -> list[str]:
    """top(1)'s summary lines, with the uptime and load of ``show system uptime``."""
    now = device.now()
    uptime = max(0, int(now - device.boot_time))
    days, rest = divmod(uptime, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{(int(now) % 86400) // 3600:02d}:{(int(now) % 3600) // 60:02d}:{int(now) % 60:02d}"
    total = _memory_mb(device)
    shares = dict(SHARES)  # the split of ``show system memory``
    active, inactive, wired = (total * shares[key] // 100 for key in ("active", "inactive", "wired"))
    free = total * (100 - sum(shares.values())) // 100
    return [
        f"last pid: {DAEMONS[-1][0]};  load averages:  0.00,  0.00,  0.00  "
        f"up {days}+{hours:02d}:{minutes:02d}:{seconds:02d}    {clock}",
        f"{len(DAEMONS)} processes: 1 running, {len(DAEMONS) - 1} sleeping",
        "CPU:  1.0% user,  0.0% nice,  2.0% system,  0.0% interrupt, 97.0% idle",
        f"Mem: {active}M Active, {inactive}M Inact, {wired}M Wired, 0M Buf, {free}M Free",
        "Swap: 0M Total, 0M Free",
    ]


def processes(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    """Junos answers with the text of ps(1) (no option) or top(1) (summary, extensive) in an
    ``<output>`` element of ``<system-process-information>``."""
    if params.get("summary") or params.get("extensive"):
        lines = _top_header(device)
        if params.get("extensive"):
            lines += ["", "  PID USERNAME    THR PRI NICE   SIZE    RES STATE    TIME    WCPU COMMAND"]
            for pid, command, resident in DAEMONS:
                size = resident * 4 // 1024
                memory = f"{size:>5}M {resident // 1024:>5}M"
                lines.append(f"{pid:>5} root          1  20    0 {memory} select   0:00   0.00% {command}")
    else:
        lines = ["  PID  TT  STAT        TIME COMMAND"]
        lines += [f"{pid:>5}  -  S        0:00.00 {command}" for pid, command, _resident in DAEMONS]
    node = Node("system-process-information", attrs={"xmlns": junos_ns(device.junos_version)})
    node.add("output", "\n".join(lines))
    return NodeListResult([node], device.junos_version, lambda nodes: output_text(nodes[0].children))


# --------------------------------------------------------------------------------------------
# show system core-dumps
# --------------------------------------------------------------------------------------------
# Where Junos looks for core files (the patterns it lists when nothing matches)
CORE_PLACES = (
    ("/var/crash", re.compile(r".*core.*")),
    ("/var/tmp", re.compile(r".*core.*")),
    ("/var/tmp/pics", re.compile(r".*core.*")),
    ("/var/crash", re.compile(r"kernel\..*")),
    ("/tftpboot/corefiles", re.compile(r".*core.*")),
)
_PATTERN_TEXT = {".*core.*": "*core*", r"kernel\..*": "kernel.*"}


def core_dumps(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    fs = filesystem_of(ctx)
    node = Node("directory-list", attrs={"junos:style": "verbose"})
    for directory, pattern in CORE_PLACES:
        try:
            _path, is_directory, entries = fs.list(directory, "root")
        except FileNotFoundError:
            is_directory, entries = False, []
        cores = [entry for entry in entries if is_directory and entry.kind == "file" and pattern.fullmatch(entry.name)]
        if not cores:
            node.add("output", f"{directory}/{_PATTERN_TEXT[pattern.pattern]}: No such file or directory")
            continue
        listing = node.add("directory")
        listing.add("directory-name", directory)
        for core in cores:  # as ``file list detail`` shows them, by their full path
            listing.append(file_node(dataclasses.replace(core, name=core.path), True))
        listing.add("total-files", len(cores))
    return NodeResult(node, _core_text, device.junos_version)


def _core_text(node: Node) -> str:
    lines: list[str] = []
    for child in node.children:
        if child.tag == "output":
            lines.append(child.text or "")
        elif child.tag == "directory":
            lines += [detail_line(entry, entry.findtext("file-name")) for entry in child.findall("file-information")]
    found = sum(int(listing.findtext("total-files", "0")) for listing in node.findall("directory"))
    if found:
        lines.append(f"total files: {found}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show system license
# --------------------------------------------------------------------------------------------
def license_summary(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """No license keys are installed and no licensed feature is in use."""
    node = Node("license-summary-information", attrs={"xmlns": junos_ns(device.junos_version, "license")})
    usage = node.add("license-usage-summary")
    usage.flag("no-feature-used")
    return NodeResult(node, lambda _node: "License usage: none\n\nLicenses installed: none\n", device.junos_version)


# --------------------------------------------------------------------------------------------
# show system connections
# --------------------------------------------------------------------------------------------
def _socket(address: str) -> str:
    """``ipv4:127.0.0.1:5555`` -> netstat's ``127.0.0.1.5555``."""
    host = address.split(":", 1)[1] if address.startswith(("ipv4:", "ipv6:")) else address
    host, _, port = host.rpartition(":")
    return f"{host.strip('[]')}.{port}"


def _local_address(device: Device, listening: str, foreign: str) -> str:
    """The device's end of a JET session: the listener's own address, else loopback for a local
    client, else the management address (the only one clients reach the device on)."""
    if listening not in ("0.0.0.0", "::"):
        return listening
    if foreign.startswith(("127.", "::1.")):
        return foreign.rsplit(".", 1)[0] if foreign.startswith("::1") else "127.0.0.1"
    fxp0 = device.interfaces.get("fxp0")
    for unit in fxp0.units.values() if fxp0 else []:
        family = unit.families.get("inet")
        if family and family.addresses:
            return str(family.addresses[0].ip)
    return "*"


def connections(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    lines = [
        "Active Internet connections (including servers)",
        f"{'Proto':<6}{'Recv-Q':>6} {'Send-Q':>6}  {'Local Address':<46}{'Foreign Address':<46}(state)",
    ]

    def row(proto: str, local: str, foreign: str, state: str) -> str:
        return f"{proto:<6}{0:>6} {0:>6}  {local:<46}{foreign:<46}{state}"

    tcp = [listener for listener in ctx.server.listeners if listener.port is not None]
    if tcp:
        for client in ctx.clients:
            foreign = _socket(client.address)
            lines.append(
                row("tcp4", f"{_local_address(device, tcp[0].address, foreign)}.{tcp[0].port}", foreign, "ESTABLISHED")
            )
    for listener in tcp:
        local = "*" if listener.address in ("0.0.0.0", "::") else listener.address
        lines.append(
            row("tcp4" if ":" not in listener.address else "tcp6", f"{local}.{listener.port}", "*.*", "LISTEN")
        )
    unix = [listener.address.split(":", 1)[1] for listener in ctx.server.listeners if listener.port is None]
    if unix:
        lines += [
            "Active UNIX domain sockets",
            "Address  Type   Recv-Q Send-Q    Inode     Conn     Refs  Nextref Addr",
        ]
        lines += [f"{'-':<9}{'stream':<7}{0:>6} {0:>6} {0:>8} {0:>8} {0:>8} {0:>8} {path}" for path in unix]
    return NodeListResult(output_nodes(lines), device.junos_version, output_text)


# --------------------------------------------------------------------------------------------
# show task memory, show krt queue
# --------------------------------------------------------------------------------------------
def task_memory(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """rpd's memory: its resident size of ``show system processes extensive`` against the RE."""
    rpd_kb = next(resident for _pid, command, resident in DAEMONS if command == "rpd")
    available_kb = _memory_mb(device) * 1024
    percent = max(1, rpd_kb * 100 // available_kb)
    node = Node("task-memory-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    node.add("task-memory-in-use-size", rpd_kb)
    node.add("task-memory-in-use-avail", f"{percent}")
    node.add("task-memory-max-size", rpd_kb)
    node.add("task-memory-max-avail", f"{percent}")
    node.add("task-memory-max-when", "00/00/00 00:00:00")
    node.add("task-memory-free-size", available_kb)
    node.add("task-memory-free-avail", "100")
    return NodeResult(node, _task_memory_text, device.junos_version)


def _task_memory_text(node: Node) -> str:
    return (
        "Memory                 Size (kB)  Percentage  When\n"
        f"  Currently In Use:{node.findtext('task-memory-in-use-size'):>13}"
        f"{node.findtext('task-memory-in-use-avail') + '%':>12}  now\n"
        f"  Maximum Ever Used:{node.findtext('task-memory-max-size'):>12}"
        f"{node.findtext('task-memory-max-avail') + '%':>12}  {node.findtext('task-memory-max-when')}\n"
        f"  Available:{node.findtext('task-memory-free-size'):>20}"
        f"{node.findtext('task-memory-free-avail') + '%':>12}  now\n"
    )


KRT_QUEUES = (
    "Routing table add queue",
    "Interface add/delete/change queue",
    "Top-priority deletion queue",
    "Top-priority change queue",
    "Top-priority add queue",
    "High-priority multicast add/change",
    "Indirect next hop top priority add/change",
    "Indirect next hop add/change",
    "MPLS add queue",
    "Indirect next hop delete",
    "High-priority deletion queue",
    "MPLS change queue",
    "High-priority change queue",
    "High-priority add queue",
    "Normal-priority indirect next hop queue",
    "Normal-priority deletion queue",
    "Normal-priority composite next hop deletion queue",
    "Normal-priority change queue",
    "Normal-priority add queue",
    "Least-priority delete queue",
    "Least-priority change queue",
    "Least-priority add queue",
    "Normal-priority pfe table nexthop queue",
    "EVPN gencfg queue",
    "Normal-priority gmp queue",
    "Routing table delete queue",
    "Low priority route retry queue",
)


def krt_queue(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("krt-queue-information", attrs={"xmlns": junos_ns(device.junos_version, "routing")})
    for name in KRT_QUEUES:
        queue = node.add("krt-queue")
        queue.add("krtq-type", name)
        queue.add("krtq-queue-length", 0)
    return NodeResult(node, _krt_text, device.junos_version)


def _krt_text(node: Node) -> str:
    lines = [
        f"{queue.findtext('krtq-type')}: {queue.findtext('krtq-queue-length')} queued"
        for queue in node.findall("krt-queue")
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# show host NAME
# --------------------------------------------------------------------------------------------
def host_lookup(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    """host(1) with no name server answering (the lab has none): the resolver times out."""
    name = params.get("host")
    if not isinstance(name, str) or not name:
        raise OpCommandError("error: missing mandatory argument: host")
    return NodeListResult(
        output_nodes([";; connection timed out; no servers could be reached"]), device.junos_version, output_text
    )


SPECS: list[OpSpec] = [
    OpSpec(rpc="get-environment-information", cli=("show", "chassis", "environment"), handler=environment),
    OpSpec(
        rpc="get-environment-pem-information",
        cli=("show", "chassis", "environment", "pem"),
        handler=environment_pem,
        positional="slot",
    ),
    OpSpec(
        rpc="get-fpc-information",
        cli=("show", "chassis", "fpc"),
        handler=fpc_information,
        positional="fpc-slot",
    ),
    OpSpec(
        rpc="get-pic-information",
        cli=("show", "chassis", "fpc", "pic-status"),
        handler=pic_information,
        positional="slot",
    ),
    OpSpec(rpc="get-firmware-information", cli=("show", "chassis", "firmware"), handler=firmware_information),
    OpSpec(rpc="get-chassis-mac-addresses", cli=("show", "chassis", "mac-addresses"), handler=mac_addresses),
    OpSpec(rpc="get-system-information", cli=("show", "system", "information"), handler=system_information),
    OpSpec(
        rpc="get-system-process-information",
        cli=("show", "system", "processes"),
        handler=processes,
        flags=("summary", "extensive"),
        exclusive=(("summary", "extensive"),),
    ),
    OpSpec(rpc="get-system-core-dumps", cli=("show", "system", "core-dumps"), handler=core_dumps),
    OpSpec(rpc="get-license-summary-information", cli=("show", "system", "license"), handler=license_summary),
    OpSpec(rpc="get-system-connections-information", cli=("show", "system", "connections"), handler=connections),
    OpSpec(rpc="get-task-memory-information", cli=("show", "task", "memory"), handler=task_memory),
    OpSpec(rpc="get-krt-queue-information", cli=("show", "krt", "queue"), handler=krt_queue),
    OpSpec(rpc="get-host-information", cli=("show", "host"), handler=host_lookup, positional="host"),
]
