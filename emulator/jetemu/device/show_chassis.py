"""show chassis routing-engine, show bridge mac-table: what fact-gathering clients ask a device
(PyEZ's ``RE0``/``re_info``/``personality`` and ``switch_style`` facts, junos_facts hardware).

The Routing Engines are those of the device's chassis inventory (``Routing Engine N``); slot 0
is the master, as on a device that booted normally. The emulated device has no bridge domains,
so its MAC tables are empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fmt import junos_ns, timestamp
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

RE_PREFIX = "Routing Engine "
RE_MEMORY_MB = {"RE-S-1800x4": 16384, "RE-S-X6-64G": 65536, "RE-VMX": 4096}


def _duration(seconds: float) -> str:
    """``165 days, 6 hours, 35 minutes, 48 seconds`` (leading zero units left out)."""
    total = max(0, int(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    words: list[str] = []
    for value, unit in parts:
        if value or words:
            words.append(f"{value} {unit}{'s' if value != 1 else ''}")
    words.append(f"{secs} second{'s' if secs != 1 else ''}")
    return ", ".join(words)


def route_engine_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    slot_wanted = params.get("slot")
    engines = [m for m in device.inventory.children if m.name.startswith(RE_PREFIX)]
    node = Node("route-engine-information", attrs={"xmlns": junos_ns(device.junos_version, "chassis")})
    now = device.now()
    for module in engines:
        slot = module.name[len(RE_PREFIX) :]
        if slot_wanted is not None and str(slot_wanted) != slot:
            continue
        master = slot == "0"
        engine = node.add("route-engine")
        engine.add("slot", slot)
        engine.add("mastership-state", "master" if master else "backup")
        engine.add("mastership-priority", "Master (default)" if master else "Backup (default)")
        engine.add("status", "OK")
        memory = RE_MEMORY_MB.get(module.description, 16384)
        engine.add("memory-dram-size", f"{memory} MB")
        engine.add("memory-installed-size", f"({memory} MB installed)")
        engine.add("memory-buffer-utilization", 12 if master else 9)
        for tag, value in (("cpu-user", 1), ("cpu-background", 0), ("cpu-system", 2), ("cpu-interrupt", 0)):
            engine.add(tag, value if master else 0)
        engine.add("cpu-idle", 97 if master else 100)
        engine.add("model", module.description)
        if module.serial_number:
            engine.add("serial-number", module.serial_number)
        engine.add("start-time", timestamp(device.boot_time), junos__seconds=str(int(device.boot_time)))
        uptime = now - device.boot_time
        engine.add("up-time", _duration(uptime), junos__seconds=str(int(uptime)))
        engine.add("last-reboot-reason", "Router rebooted after a normal shutdown.")
        if master:
            for tag in ("load-average-one", "load-average-five", "load-average-fifteen"):
                engine.add(tag, "0.00")
    if slot_wanted is not None and not node.children:
        raise OpCommandError(f"error: Routing Engine {slot_wanted} is not present")
    return NodeResult(node, _route_engine_text, device.junos_version)


def _route_engine_text(node: Node) -> str:
    lines = ["Routing Engine status:"]
    for engine in node.findall("route-engine"):
        lines.append(f"  Slot {engine.findtext('slot')}:")
        lines.append(f"    Current state                  {engine.findtext('mastership-state').capitalize()}")
        lines.append(f"    Election priority              {engine.findtext('mastership-priority')}")
        lines.append(
            f"    DRAM                      {engine.findtext('memory-dram-size')} "
            f"{engine.findtext('memory-installed-size')}"
        )
        lines.append(f"    Memory utilization         {engine.findtext('memory-buffer-utilization')} percent")
        lines.append("    CPU utilization:")
        for label, tag in (
            ("User", "cpu-user"),
            ("Background", "cpu-background"),
            ("Kernel", "cpu-system"),
            ("Interrupt", "cpu-interrupt"),
            ("Idle", "cpu-idle"),
        ):
            lines.append(f"      {label:<24}{engine.findtext(tag):>5} percent")
        lines.append(f"    Model                          {engine.findtext('model')}")
        if engine.has("serial-number"):
            lines.append(f"    Serial ID                      {engine.findtext('serial-number')}")
        lines.append(f"    Start time                     {engine.findtext('start-time')}")
        lines.append(f"    Uptime                         {engine.findtext('up-time')}")
        lines.append(f"    Last reboot reason             {engine.findtext('last-reboot-reason')}")
        if engine.has("load-average-one"):
            lines.append("    Load averages:                 1 minute   5 minute  15 minute")
            averages = [engine.findtext(t) for t in ("load-average-one", "load-average-five", "load-average-fifteen")]
            lines.append("                                   " + "".join(f"{a:>10}" for a in averages).lstrip())
    return "\n".join(lines) + "\n"


def bridge_mac_table(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    """No bridge domains: an empty MAC table (``count``: the count element with nothing in it)."""
    tag = "l2ald-rtb-mac-count" if params.get("count") else "l2ald-rtb-macdb"
    return NodeResult(Node(tag), lambda _node: "", device.junos_version)


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-route-engine-information",
        cli=("show", "chassis", "routing-engine"),
        handler=route_engine_information,
        positional="slot",
    ),
    OpSpec(
        rpc="get-bridge-mac-table",
        cli=("show", "bridge", "mac-table"),
        handler=bridge_mac_table,
        flags=("count", "brief", "detail", "extensive"),
        exclusive=(("count", "brief", "detail", "extensive"),),
    ),
]
