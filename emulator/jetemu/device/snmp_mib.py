"""``show snmp mib get | get-next | walk`` / ``<get-snmp-object>``, ``<next-snmp-object>``, ``<walk-snmp-object>``.

The MIB objects jetemu knows, read from the device model and its committed configuration:
the SNMPv2-MIB system group (``sysDescr``, ``sysUpTime``, ``sysContact``, ``sysName``,
``sysLocation``; contact and location come from ``snmp contact`` / ``snmp location``), IF-MIB's
``ifNumber`` and ``ifTable`` (``ifIndex``, ``ifDescr``, ``ifType``, ``ifMtu``, ``ifSpeed``,
``ifPhysAddress``, ``ifAdminStatus``, ``ifOperStatus``, ``ifLastChange``, octet, packet and error
counters) and ``ifXTable`` (``ifName``, ``ifHCInOctets``, ``ifHCOutOctets``, ``ifHighSpeed``,
``ifAlias``). Interfaces are indexed by their SNMP ifIndex, logical units included, as on Junos.
Objects are named symbolically (``ifDescr.526``) or numerically (``1.3.6.1.2.1.2.2.1.2.526``);
a walk takes a table, column or group name (``ifTable``, ``ifDescr``, ``system``) or an OID prefix.
Juniper's Utility MIB (JUNIPER-UTIL-MIB, ``jnxUtilData``: counter, counter64, integer, unsigned
and string tables, each row named by an ASCII instance name, IMPLIED in the OID, with its value and
its DateAndTime of last change) holds what ``request snmp utility-mib set | clear`` put there; it
lives with the running device, as in snmpd. With ``ascii`` their indices show as ``."name"``.
The reply is ``snmp-object-information`` with one ``snmp-object`` (name, object-value, oid) per
instance; the text is one ``name = value`` line per instance. A known object without the asked
instance answers with the object's ``error``; a name jetemu does not know is refused.
"""

from __future__ import annotations

import json
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .fmt import junos_ns
from .model import PhysicalInterface
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device, LogicalUnit

Oid = tuple[int, ...]
MAX_GAUGE = 4294967295
SYSTEM = (1, 3, 6, 1, 2, 1, 1)
INTERFACES = (1, 3, 6, 1, 2, 1, 2)
IF_ENTRY = (*INTERFACES, 2, 1)
IFX_ENTRY = (1, 3, 6, 1, 2, 1, 31, 1, 1, 1)
#: groups and tables a walk may name
SUBTREES: dict[str, Oid] = {
    "mib-2": (1, 3, 6, 1, 2, 1),
    "system": SYSTEM,
    "interfaces": INTERFACES,
    "ifTable": (*INTERFACES, 2),
    "ifEntry": IF_ENTRY,
    "ifMIB": (1, 3, 6, 1, 2, 1, 31),
    "ifXTable": IFX_ENTRY[:-1],
    "ifXEntry": IFX_ENTRY,
}
IF_TYPES = {"ethernet": 6, "management": 6, "loopback": 24, "aggregate": 161, "irb": 53}
UTIL = (1, 3, 6, 1, 4, 1, 2636, 3, 47, 1)
UTIL_DATA = (*UTIL, 1)
#: utility-mib object-type -> (table number, name stem, lowest, highest value; None: a string)
UTIL_TABLES: dict[str, tuple[int, str, int | None, int | None]] = {
    "counter": (1, "Counter32", 0, 2**32 - 1),
    "counter64": (2, "Counter64", 0, 2**64 - 1),
    "integer": (3, "Integer", -(2**31), 2**31 - 1),
    "unsigned-integer": (4, "Uint", 0, 2**32 - 1),
    "string": (5, "String", None, None),
}
SUBTREES.update({"jnxUtil": UTIL, "jnxUtilData": UTIL_DATA})
for _table, _stem, _, _ in UTIL_TABLES.values():
    SUBTREES[f"jnxUtil{_stem}Table"] = (*UTIL_DATA, _table)
    SUBTREES[f"jnxUtil{_stem}Entry"] = (*UTIL_DATA, _table, 1)
#: the Utility MIB of each running device: (object-type, instance name) -> (value, time of change)
_UTILITY: weakref.WeakKeyDictionary[Device, dict[tuple[str, str], tuple[Any, float]]] = weakref.WeakKeyDictionary()


def utility_mib(device: Device) -> dict[tuple[str, str], tuple[Any, float]]:
    """The device's Utility MIB rows (created empty on first use)."""
    return _UTILITY.setdefault(device, {})


def date_and_time(when: float) -> str:
    """SNMPv2-TC DateAndTime (UTC) as the hex octets ``show snmp mib`` prints for an octet string."""
    t = time.gmtime(when)
    octets = [t.tm_year >> 8, t.tm_year & 0xFF, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec]
    octets += [int(when * 10) % 10, ord("+"), 0, 0]
    return " ".join(f"{octet:02x}" for octet in octets)


@dataclass(frozen=True)
class Interface:
    """One ifTable row: a physical interface or one of its logical units."""

    ifd: PhysicalInterface
    unit: LogicalUnit | None

    @property
    def index(self) -> int:
        return self.unit.snmp_index if self.unit is not None else self.ifd.snmp_index

    @property
    def name(self) -> str:
        return f"{self.ifd.name}.{self.unit.unit}" if self.unit is not None else self.ifd.name


@dataclass
class View:
    """What the values are read from: the device, its committed configuration, the time."""

    device: Device
    config: dict[str, Any]
    now: float

    def ticks(self, when: float | None) -> int:
        """TimeTicks (hundredths of a second) since the device booted."""
        start = self.device.boot_time
        return max(0, int(((when if when is not None else start) - start) * 100))

    def snmp(self, leaf: str) -> str:
        value = self.config.get("snmp", {}).get(leaf, "")
        return value if isinstance(value, str) else ""


def _speed_bps(ifd: PhysicalInterface) -> int:
    text = ifd.speed.lower()
    for suffix, factor in (("gbps", 10**9), ("mbps", 10**6), ("kbps", 10**3)):
        if text.endswith(suffix) and text[: -len(suffix)].isdigit():
            return int(text[: -len(suffix)]) * factor
    return 0


def _if_values(row: Interface, view: View) -> dict[int, Any]:
    """ifTable column number -> value for one interface."""
    ifd, unit = row.ifd, row.unit
    counters = unit.counters if unit is not None else ifd.counters
    up = ifd.unit_oper_up(unit) if unit is not None else ifd.oper_up
    admin = not unit.disabled if unit is not None else ifd.admin_up
    if unit is not None:
        inet = unit.families.get("inet")
        mtu = (ifd.family_mtu(inet) if inet is not None else ifd.mtu) or 0
    else:
        mtu = ifd.mtu or 0
    return {
        1: row.index,
        2: row.name,
        3: 53 if unit is not None else IF_TYPES.get(ifd.kind, 1),  # propVirtual for logical units
        4: mtu,
        5: min(_speed_bps(ifd), MAX_GAUGE),
        6: " ".join(ifd.mac.split(":")) if ifd.mac and unit is None else "",
        7: 1 if admin else 2,
        8: 1 if up else 2,
        9: view.ticks(ifd.last_flapped),
        10: counters.input_bytes % (MAX_GAUGE + 1),
        11: counters.input_packets % (MAX_GAUGE + 1),
        14: 0,
        16: counters.output_bytes % (MAX_GAUGE + 1),
        17: counters.output_packets % (MAX_GAUGE + 1),
        20: 0,
    }


def _ifx_values(row: Interface, view: View) -> dict[int, Any]:
    """ifXTable column number -> value for one interface."""
    counters = row.unit.counters if row.unit is not None else row.ifd.counters
    description = row.unit.description if row.unit is not None else row.ifd.description
    return {
        1: row.name,
        6: counters.input_bytes,
        10: counters.output_bytes,
        15: _speed_bps(row.ifd) // 10**6,
        18: description,
    }


IF_COLUMNS = {
    1: "ifIndex", 2: "ifDescr", 3: "ifType", 4: "ifMtu", 5: "ifSpeed", 6: "ifPhysAddress",
    7: "ifAdminStatus", 8: "ifOperStatus", 9: "ifLastChange", 10: "ifInOctets", 11: "ifInUcastPkts",
    14: "ifInErrors", 16: "ifOutOctets", 17: "ifOutUcastPkts", 20: "ifOutErrors",
}  # fmt: skip
IFX_COLUMNS = {1: "ifName", 6: "ifHCInOctets", 10: "ifHCOutOctets", 15: "ifHighSpeed", 18: "ifAlias"}
SYSTEM_SCALARS: dict[int, tuple[str, Callable[[View], Any]]] = {
    1: (
        "sysDescr",
        lambda v: f"Juniper Networks, Inc. {v.device.model} internet router, kernel JUNOS {v.device.junos_version}",
    ),
    3: ("sysUpTime", lambda v: v.ticks(v.now)),
    4: ("sysContact", lambda v: v.snmp("contact")),
    5: ("sysName", lambda v: v.device.hostname),
    6: ("sysLocation", lambda v: v.snmp("location")),
}
#: object name -> OID of the object (without instance)
NAMES: dict[str, Oid] = {
    **{name: (*SYSTEM, number) for number, (name, _) in SYSTEM_SCALARS.items()},
    "ifNumber": (*INTERFACES, 1),
    **{name: (*IF_ENTRY, number) for number, name in IF_COLUMNS.items()},
    **{name: (*IFX_ENTRY, number) for number, name in IFX_COLUMNS.items()},
    **{f"jnxUtil{stem}Value": (*UTIL_DATA, table, 1, 2) for table, stem, _, _ in UTIL_TABLES.values()},
    **{f"jnxUtil{stem}Time": (*UTIL_DATA, table, 1, 3) for table, stem, _, _ in UTIL_TABLES.values()},
}
OBJECT_NAMES = {oid: name for name, oid in NAMES.items()}


def _rows(device: Device) -> list[Interface]:
    rows = []
    for ifd in device.interfaces.values():
        rows.append(Interface(ifd, None))
        rows.extend(Interface(ifd, unit) for unit in ifd.units.values())
    return sorted(rows, key=lambda row: row.index)


def instances(view: View) -> list[tuple[Oid, Any]]:
    """Every instance jetemu serves, in OID order: (full OID, value)."""
    out: list[tuple[Oid, Any]] = []
    for number, (_, value) in SYSTEM_SCALARS.items():
        out.append(((*SYSTEM, number, 0), value(view)))
    rows = _rows(view.device)
    out.append(((*INTERFACES, 1, 0), len(rows)))
    if_values = {row.index: _if_values(row, view) for row in rows}
    ifx_values = {row.index: _ifx_values(row, view) for row in rows}
    for column in IF_COLUMNS:
        out.extend(((*IF_ENTRY, column, index), values[column]) for index, values in if_values.items())
    for column in IFX_COLUMNS:
        out.extend(((*IFX_ENTRY, column, index), values[column]) for index, values in ifx_values.items())
    for (object_type, name), (value, changed) in utility_mib(view.device).items():
        row = (*UTIL_DATA, UTIL_TABLES[object_type][0], 1)
        key = tuple(name.encode())
        out += [((*row, 2, *key), value), ((*row, 3, *key), date_and_time(changed))]
    return sorted(out, key=lambda item: item[0])


def parse_name(text: str) -> Oid:
    """``sysName.0``, ``ifDescr.526``, ``ifTable``, ``1.3.6.1.2.1.1.5.0`` (leading dot allowed) as an OID."""
    text = text.strip()
    numeric = text.lstrip(".")
    if numeric and all(part.isdigit() for part in numeric.split(".")):
        return tuple(int(part) for part in numeric.split("."))
    base, dot, rest = text.partition(".")
    oid = NAMES.get(base) or SUBTREES.get(base)
    if oid is not None and len(rest) > 1 and rest[0] == rest[-1] == '"':  # an ASCII index: ."name"
        return (*oid, *rest[1:-1].encode())
    if oid is not None and base.startswith("jnxUtil") and rest and not rest.replace(".", "").isdigit():
        return (*oid, *rest.encode())  # a Utility MIB instance name as typed (the CLI drops the quotes)
    if oid is None or (dot and not all(part.isdigit() for part in rest.split("."))):
        raise OpCommandError(
            f"error: unknown SNMP object name '{text}' "
            "(jetemu serves the system, ifTable, ifXTable and jnxUtil objects)"
        )
    return (*oid, *(int(part) for part in rest.split("."))) if dot else oid


def display_name(oid: Oid, ascii_keys: bool = False) -> str:
    """The symbolic name of an instance OID (``ifDescr.526``), or its numbers when unknown.

    With ``ascii_keys`` a Utility MIB instance name shows as text: ``jnxUtilStringValue."site"``.
    """
    for length in range(len(oid), 0, -1):
        name = OBJECT_NAMES.get(oid[:length])
        if name is not None:
            index = oid[length:]
            if ascii_keys and name.startswith("jnxUtil") and index and all(32 <= part < 127 for part in index):
                return f'{name}."{bytes(index).decode()}"'
            return ".".join([name, *(str(part) for part in index)])
    return ".".join(str(part) for part in oid)


def _view(device: Device, ctx: CommandContext) -> View:
    config: dict[str, Any] = {}
    database = ctx.extras.get("config_db")
    if database is not None:
        from ..config import engine

        config = json.loads(engine.render(database.effective(), "json")).get("configuration", {})
    return View(device, config, device.now())


def _objects(params: Params) -> tuple[list[str], bool]:
    """The object names asked for, and whether string indices show as ASCII."""
    text = params.get("snmp-object-name")
    if not isinstance(text, str) or not text.strip():
        raise OpCommandError("error: missing argument: snmp-object-name (e.g. sysName.0)")
    fmt = params.get("format") or ("ascii" if params.get("ascii") else "decimal")
    if fmt not in ("decimal", "ascii"):
        raise OpCommandError(f"error: format {fmt} is not served by jetemu (decimal, ascii)")
    return text.split(), fmt == "ascii"


def _reply(device: Device, found: list[tuple[str, Any, Oid | None]]) -> NodeResult:
    node = Node("snmp-object-information", attrs={"xmlns": junos_ns(device.junos_version, "snmp")})
    for name, value, oid in found:
        entry = node.add("snmp-object")
        entry.add("name", name)
        if oid is None:
            entry.add("error", value)
            continue
        entry.add("object-value", value)
        entry.add("oid", ".".join(str(part) for part in oid))
    return NodeResult(node, _text, device.junos_version)


def _text(node: Node) -> str:
    lines = []
    for entry in node.findall("snmp-object"):
        value = entry.findtext("object-value") if entry.has("object-value") else entry.findtext("error")
        lines.append(f"{entry.findtext('name')} = {value}")
    return "\n".join(lines) + ("\n" if lines else "")


def get_object(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    known = dict(instances(_view(device, ctx)))
    found: list[tuple[str, Any, Oid | None]] = []
    names, ascii_keys = _objects(params)
    for text in names:
        oid = parse_name(text)
        if oid in known:
            found.append((display_name(oid, ascii_keys), known[oid], oid))
        elif any(oid[:length] in OBJECT_NAMES for length in range(len(oid), 0, -1)):
            found.append((display_name(oid, ascii_keys), "no such instance", None))  # known object, not instance
        else:
            raise OpCommandError(f"error: {text}: no such object")
    return _reply(device, found)


def next_object(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    ordered = instances(_view(device, ctx))
    found: list[tuple[str, Any, Oid | None]] = []
    names, ascii_keys = _objects(params)
    for text in names:
        oid = parse_name(text)
        following = next(((o, v) for o, v in ordered if o > oid), None)
        if following is None:
            found.append((display_name(oid, ascii_keys), "end of MIB view", None))
        else:
            found.append((display_name(following[0], ascii_keys), following[1], following[0]))
    return _reply(device, found)


def walk_object(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    ordered = instances(_view(device, ctx))
    found: list[tuple[str, Any, Oid | None]] = []
    names, ascii_keys = _objects(params)
    for text in names:
        prefix = parse_name(text)
        found.extend((display_name(o, ascii_keys), v, o) for o, v in ordered if o[: len(prefix)] == prefix)
    return _reply(device, found)


def _utility_request(params: Params, with_value: bool) -> tuple[str, str, Any]:
    """object-type, instance and (for set) the checked value of a utility-mib request."""
    object_type, instance = params.get("object-type"), params.get("instance")
    if not isinstance(object_type, str) or not object_type:
        raise OpCommandError("error: missing mandatory argument: object-type")
    if object_type not in UTIL_TABLES:
        raise OpCommandError(f"error: invalid value '{object_type}' for object-type")
    if not isinstance(instance, str) or not instance:
        raise OpCommandError("error: missing mandatory argument: instance")
    if len(instance) > 80 or not all(32 <= ord(char) < 127 for char in instance):
        raise OpCommandError(f"error: invalid instance '{instance}': 1 to 80 printable ASCII characters")
    if not with_value:
        return object_type, instance, None
    text = params.get("object-value")
    if not isinstance(text, str):
        raise OpCommandError("error: missing mandatory argument: object-value")
    _, _, lowest, highest = UTIL_TABLES[object_type]
    if lowest is None or highest is None:
        if len(text) > 256:
            raise OpCommandError("error: object-value: a string value is at most 256 characters")
        return object_type, instance, text
    try:
        value = int(text, 10)
    except ValueError:
        raise OpCommandError(f"error: object-value '{text}' is not a number") from None
    if not lowest <= value <= highest:
        raise OpCommandError(f"error: object-value {value} is out of range for {object_type} ({lowest}..{highest})")
    return object_type, instance, value


def _utility_result(device: Device, message: str) -> NodeResult:
    node = Node("snmp-utility-mib-results", attrs={"xmlns": junos_ns(device.junos_version, "snmp")})
    node.add("snmp-utility-mib-result", message)
    return NodeResult(node, _utility_text, device.junos_version)


def _utility_text(node: Node) -> str:
    return f"Utility mib result: {node.findtext('snmp-utility-mib-result')}\n"


def utility_mib_set(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    object_type, instance, value = _utility_request(params, with_value=True)
    utility_mib(device)[(object_type, instance)] = (value, device.now())
    return _utility_result(device, "successfully populated utility mib database")


def utility_mib_clear(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    object_type, instance, _ = _utility_request(params, with_value=False)
    utility_mib(device).pop((object_type, instance), None)
    return _utility_result(device, "successfully de-populated utility mib database")


SPECS: list[OpSpec] = [
    OpSpec(
        rpc=rpc,
        cli=("show", "snmp", "mib", word),
        handler=handler,
        flags=("decimal", "ascii"),
        values=("format",),
        positional="snmp-object-name",
        exclusive=(("decimal", "ascii"),),
    )
    for rpc, word, handler in (
        ("get-snmp-object", "get", get_object),
        ("next-snmp-object", "get-next", next_object),
        ("walk-snmp-object", "walk", walk_object),
    )
] + [
    OpSpec(
        rpc="request-snmp-utility-mib-set",
        cli=("request", "snmp", "utility-mib", "set"),
        handler=utility_mib_set,
        values=("object-type", "instance", "object-value"),
    ),
    OpSpec(
        rpc="request-snmp-utility-mib-clear",
        cli=("request", "snmp", "utility-mib", "clear"),
        handler=utility_mib_clear,
        values=("object-type", "instance"),
    ),
]
