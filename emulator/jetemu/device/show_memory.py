"""show system memory / <get-system-memory-information>: how the Routing Engine's memory is used.

What clients read from it: junipernetworks.junos' ``junos_facts`` hardware subset takes
``system-memory-summary-information/system-memory-total`` and ``system-memory-free`` (integers,
Kbytes), scripts the ``*-percent`` leaves (``35%``). The element names are those of Juniper's YANG
(``system-memory-information-block`` in junos-rpc-system); the text is Junos' ``System memory
usage distribution:`` summary. The memory is the master Routing Engine's DRAM as ``show chassis
routing-engine`` reports it; the emulated device runs no processes of its own, so the summary is
all it shows (no per-process table).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fmt import junos_ns
from .registry import CommandContext, NodeResult, OpSpec, Params
from .show_chassis import RE_MEMORY_MB, RE_PREFIX
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

#: How the memory is shared out, in percent of the total (what is used matches the master's
#: 12 % memory utilization of ``show chassis routing-engine``; the rest is free).
SHARES = (("reserved", 2), ("wired", 7), ("active", 3), ("inactive", 1), ("cache", 1))
LABELS = {
    "total": "Total memory",
    "reserved": "Reserved memory",
    "wired": "Wired memory",
    "active": "Active memory",
    "inactive": "Inactive memory",
    "cache": "Cache memory",
    "free": "Free memory",
}


def _total_kbytes(device: Device) -> int:
    engines = [m for m in device.inventory.children if m.name.startswith(RE_PREFIX)]
    description = engines[0].description if engines else ""
    return RE_MEMORY_MB.get(description, 16384) * 1024


def memory_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    total = _total_kbytes(device)
    rows = [("total", total, 100)]
    for key, percent in SHARES:
        rows.append((key, total * percent // 100, percent))
    free_percent = 100 - sum(percent for _key, percent in SHARES)
    rows.append(("free", total - sum(size for key, size, _p in rows if key != "total"), free_percent))
    node = Node("system-memory-information", attrs={"xmlns": junos_ns(device.junos_version)})
    summary = node.add("system-memory-summary-information")
    for key, size, percent in rows:
        summary.add(f"system-memory-{key}", size)
        summary.add(f"system-memory-{key}-percent", f"{percent}%")
    return NodeResult(node, _memory_text, device.junos_version)


def _memory_text(node: Node) -> str:
    summary = node.find("system-memory-summary-information") or Node("system-memory-summary-information")
    lines = ["System memory usage distribution:"]
    for key, label in LABELS.items():
        size = summary.findtext(f"system-memory-{key}")
        percent = (summary.findtext(f"system-memory-{key}-percent") or "0%").rstrip("%")
        lines.append(f"{label:>19}: {size:>7} Kbytes ({percent:>3}%)")
    return "\n".join(lines) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(rpc="get-system-memory-information", cli=("show", "system", "memory"), handler=memory_information),
]

__all__ = ["SPECS", "memory_information"]
