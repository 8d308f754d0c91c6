"""The state of one emulated Junos device: identity, chassis, interfaces and routing tables.

Everything an operational command displays lives in a :class:`Device`, so show commands always
agree with the configuration that was applied to it. Mutations go through a few methods
(:meth:`Device.apply_configuration`, :meth:`Device.set_link_state`, :meth:`Device.add_route`,
:meth:`Device.remove_route`) which return a list of :class:`Change` records shaped after the JET
kernel notification topics (``ifd``/``ifl``/``iff``/``ifa``/``route`` + ``add``/``change``/``delete``)
and hand the same list to subscribers (:meth:`Device.subscribe`).

The device is thread-safe: every public method takes ``device.lock`` (re-entrant), and command
handlers hold it while they read the state.
"""

from __future__ import annotations

import copy
import hashlib
import ipaddress
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from .config import (
    ConfigurationError,
    DesiredState,
    IPInterface,
    StaticRouteConfig,
    parse_configuration,
)

FORMAT = "jetemu-device/1"
CONFIG_STATIC_OWNER = "config"
DEFAULT_PREFERENCES: dict[str, int] = {
    "Direct": 0,
    "Local": 0,
    "Static": 5,
    "OSPF": 10,
    "IS-IS": 15,
    "RIP": 100,
    "Aggregate": 130,
    "BGP": 170,
}
_PHYSICAL_NAME = re.compile(r"^(?P<type>[a-z]+)-(?P<fpc>\d+)/(?P<pic>\d+)/(?P<port>\d+)$")
_VIRTUAL_NAME = re.compile(r"^(irb|ae\d+)$")


class DeviceError(ValueError):
    """Bad input to a Device method (unknown interface, bad prefix, ...)."""


# --------------------------------------------------------------------------------------------
# Change records
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """One observable change, e.g. ``Change("ifd", "change", "ge-0/0/1", {...})``.

    ``kind``: ``ifd`` (physical interface), ``ifl`` (logical unit, name ``ge-0/0/1.0``), ``iff``
    (family, name ``ge-0/0/1.0/inet``), ``ifa`` (address, name ``ge-0/0/1.0/inet/10.0.0.1/24``),
    ``route`` (name is the prefix; ``attributes["table-name"]`` says where) or ``system``
    (name ``host-name``). ``attributes`` is the state after the change (before, for ``delete``).
    """

    kind: str
    op: str
    name: str
    attributes: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def topic(self) -> str | None:
        """The JET MQTT topic of the matching kernel event, None for ``system`` changes."""
        if self.kind in ("ifd", "ifl", "iff", "ifa"):
            return f"/junos/events/kernel/interfaces/{self.kind}/{self.op}/{self.name}"
        if self.kind == "firewall":
            return f"/junos/events/kernel/firewall/filter/{self.op}/{self.name}"
        if self.kind == "route":
            family = self.attributes.get("address-family", "inet")
            address, _, length = self.name.partition("/")
            return f"/junos/events/kernel/route/{self.op}/{family}/{address}/{length}"
        return None

    def __str__(self) -> str:
        return f"{self.kind} {self.op} {self.name}"


Listener = Callable[[list[Change]], None]


# --------------------------------------------------------------------------------------------
# Chassis inventory
# --------------------------------------------------------------------------------------------
@dataclass
class ChassisModule:
    name: str
    description: str = ""
    version: str = ""
    part_number: str = ""
    serial_number: str = ""
    children: list[ChassisModule] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "version": self.version,
            "part_number": self.part_number,
            "serial_number": self.serial_number,
            "children": [child.to_dict() for child in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChassisModule:
        return cls(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            version=str(data.get("version", "")),
            part_number=str(data.get("part_number", "")),
            serial_number=str(data.get("serial_number", "")),
            children=[cls.from_dict(child) for child in data.get("children", [])],
        )


@dataclass(frozen=True)
class ModelSpec:
    """What a hardware model looks like: chassis text and its module catalogue."""

    name: str
    chassis_description: str
    serial_prefix: str
    routing_engines: int
    re_description: str
    re_part: str
    midplane: tuple[str, str]  # (part number, description)
    fpc: tuple[str, str]
    pic: str
    ge_ports: int = 10
    # The family of Juniper's configuration schema the model runs (jetemu.config.schema):
    # "junos" for MX/vMX, "junos-es" for SRX/vSRX, "junos-qfx" for QFX and EX switches
    schema_family: str = "junos"


MODELS: dict[str, ModelSpec] = {
    "mx480": ModelSpec(
        name="mx480",
        chassis_description="MX480",
        serial_prefix="JN1",
        routing_engines=2,
        re_description="RE-S-1800x4",
        re_part="740-031116",
        midplane=("750-047862", "Enhanced MX480 Midplane"),
        fpc=("750-031089", "MPC Type 2 3D"),
        pic="10x 1GE(LAN) SFP",
    ),
    "mx240": ModelSpec(
        name="mx240",
        chassis_description="MX240",
        serial_prefix="JN1",
        routing_engines=2,
        re_description="RE-S-1800x4",
        re_part="740-031116",
        midplane=("750-047849", "Enhanced MX240 Backplane"),
        fpc=("750-031089", "MPC Type 2 3D"),
        pic="10x 1GE(LAN) SFP",
    ),
    "mx960": ModelSpec(
        name="mx960",
        chassis_description="MX960",
        serial_prefix="JN1",
        routing_engines=2,
        re_description="RE-S-X6-64G",
        re_part="750-067091",
        midplane=("750-047853", "Enhanced MX960 Backplane"),
        fpc=("750-031089", "MPC Type 2 3D"),
        pic="10x 1GE(LAN) SFP",
    ),
    "vmx": ModelSpec(
        name="vmx",
        chassis_description="VMX",
        serial_prefix="VM",
        routing_engines=1,
        re_description="RE-VMX",
        re_part="",
        midplane=("", "VMX SYSTEM"),
        fpc=("", "Virtual FPC"),
        pic="Virtual",
    ),
    "vsrx": ModelSpec(
        name="vsrx",
        chassis_description="VSRX",
        serial_prefix="VS",
        routing_engines=1,
        re_description="VSRX-2CPU-4G memory",
        re_part="",
        midplane=("", "VSRX SYSTEM"),
        fpc=("", "Virtual FPC"),
        pic="VSRX DPDK GE",
        schema_family="junos-es",
    ),
    "srx300": ModelSpec(
        name="srx300",
        chassis_description="SRX300",
        serial_prefix="CV",
        routing_engines=1,
        re_description="RE-SRX300",
        re_part="650-065041",
        midplane=("", "SRX300 SYSTEM"),
        fpc=("", "FPC"),
        pic="8xGE,4xGE SFP Base PIC",
        ge_ports=8,
        schema_family="junos-es",
    ),
    "srx345": ModelSpec(
        name="srx345",
        chassis_description="SRX345",
        serial_prefix="CW",
        routing_engines=1,
        re_description="RE-SRX345",
        re_part="650-066041",
        midplane=("", "SRX345 SYSTEM"),
        fpc=("", "FPC"),
        pic="8xGE,8xGE SFP Base PIC",
        ge_ports=16,
        schema_family="junos-es",
    ),
    "srx1500": ModelSpec(
        name="srx1500",
        chassis_description="SRX1500",
        serial_prefix="DK",
        routing_engines=1,
        re_description="SRX Routing Engine",
        re_part="711-053832",
        midplane=("750-058562", "SRX1500"),
        fpc=("711-053832", "FEB"),
        pic="12x1G-T-4x1G-SFP-4x10G",
        ge_ports=16,
        schema_family="junos-es",
    ),
    "ex4300": ModelSpec(
        name="ex4300",
        chassis_description="EX4300-48T",
        serial_prefix="PE",
        routing_engines=1,
        re_description="EX4300-48T",
        re_part="650-044930",
        midplane=("", "EX4300-48T SYSTEM"),
        fpc=("650-044930", "EX4300-48T"),
        pic="48x10/100/1000 Base-T",
        ge_ports=48,
        schema_family="junos-qfx",
    ),
    "qfx5100": ModelSpec(
        name="qfx5100",
        chassis_description="QFX5100-48S-6Q",
        serial_prefix="TA",
        routing_engines=1,
        re_description="QFX Routing Engine",
        re_part="650-056265",
        midplane=("", "QFX5100-48S-6Q SYSTEM"),
        fpc=("650-056265", "QFX5100-48S-6Q"),
        pic="48x10G-6x40G",
        ge_ports=48,
        schema_family="junos-qfx",
    ),
    "vqfx": ModelSpec(
        name="vqfx",
        chassis_description="VQFX-10000",
        serial_prefix="VQ",
        routing_engines=1,
        re_description="RE-VQFX",
        re_part="",
        midplane=("", "VQFX SYSTEM"),
        fpc=("", "QFX10002-36Q"),
        pic="12x10G",
        ge_ports=12,
        schema_family="junos-qfx",
    ),
}


def _hash_hex(*parts: object, length: int = 8) -> str:
    return hashlib.sha256(":".join(str(p) for p in parts).encode()).hexdigest()[:length].upper()


def build_inventory(spec: ModelSpec, index: int) -> ChassisModule:
    chassis = ChassisModule(
        "Chassis",
        spec.chassis_description,
        serial_number=f"{spec.serial_prefix}{index:04X}{_hash_hex('chassis', index, length=6)}",
    )
    part, text = spec.midplane
    chassis.children.append(
        ChassisModule("Midplane", text, "REV 07" if part else "", part, f"ACRB{index:04X}" if part else "")
    )
    for slot in range(spec.routing_engines):
        chassis.children.append(
            ChassisModule(
                f"Routing Engine {slot}",
                spec.re_description,
                "REV 12" if spec.re_part else "",
                spec.re_part,
                f"9009{index:05d}{slot}" if spec.re_part else "",
            )
        )
    fpc_part, fpc_text = spec.fpc
    fpc = ChassisModule(
        "FPC 0",
        fpc_text,
        "REV 42" if fpc_part else "",
        fpc_part,
        f"CAD{_hash_hex('fpc', index, length=5)}" if fpc_part else "",
    )
    fpc.children.append(
        ChassisModule(
            "CPU",
            "DPC PMB" if fpc_part else "",
            "Rev. 1.0",
            "711-030884" if fpc_part else "RIOT-LITE",
            "BUILTIN",
        )
    )
    fpc.children.append(ChassisModule("PIC 0", spec.pic, "", "BUILTIN", "BUILTIN"))
    chassis.children.append(fpc)
    return chassis


# --------------------------------------------------------------------------------------------
# Interfaces
# --------------------------------------------------------------------------------------------
@dataclass
class Counters:
    input_packets: int = 0
    output_packets: int = 0
    input_bytes: int = 0
    output_bytes: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "input_packets": self.input_packets,
            "output_packets": self.output_packets,
            "input_bytes": self.input_bytes,
            "output_bytes": self.output_bytes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counters:
        return cls(**{key: int(data.get(key, 0)) for key in cls().to_dict()})


@dataclass
class Family:
    name: str
    mtu: int | None = None  # None: derived from the physical MTU (or Unlimited on loopback)
    addresses: list[IPInterface] = field(default_factory=list)


@dataclass
class LogicalUnit:
    unit: int
    ifindex: int
    snmp_index: int
    description: str = ""
    disabled: bool = False
    families: dict[str, Family] = field(default_factory=dict)
    counters: Counters = field(default_factory=Counters)
    owner: str = ""  # "" when the configuration made it; a JET client id when the Interfaces service did


@dataclass
class PhysicalInterface:
    name: str
    kind: str  # "ethernet" | "management" | "loopback" | "irb" | "aggregate"
    ifindex: int
    snmp_index: int
    mac: str | None
    speed: str
    default_mtu: int | None  # None: Unlimited
    virtual: bool = False  # exists only because the configuration mentions it
    link_up: bool = True  # carrier, set from "outside" (set_link_state)
    admin_up: bool = True  # from configuration (disable)
    description: str = ""
    configured_mtu: int | None = None
    units: dict[int, LogicalUnit] = field(default_factory=dict)
    counters: Counters = field(default_factory=Counters)
    last_flapped: float | None = None
    carrier_transitions: int = 0  # times the link (carrier) went from down to up

    @property
    def oper_up(self) -> bool:
        return self.admin_up and self.link_up

    @property
    def mtu(self) -> int | None:
        return self.configured_mtu if self.configured_mtu is not None else self.default_mtu

    def unit_oper_up(self, unit: LogicalUnit) -> bool:
        return self.oper_up and not unit.disabled

    def family_mtu(self, family: Family) -> int | None:
        if family.mtu is not None:
            return family.mtu
        if self.mtu is None:
            return None
        overhead = {"inet": 14, "inet6": 14, "mpls": 14, "iso": 17}.get(family.name, 14)
        return self.mtu - overhead

    def link_local(self) -> ipaddress.IPv6Interface | None:
        """The EUI-64 link-local address shown when family inet6 is configured."""
        if self.mac is None:
            return None
        octets = [int(part, 16) for part in self.mac.split(":")]
        octets[0] ^= 0x02
        eui = octets[:3] + [0xFF, 0xFE] + octets[3:]
        groups = [f"{eui[i] << 8 | eui[i + 1]:x}" for i in range(0, 8, 2)]
        return ipaddress.IPv6Interface(f"fe80::{':'.join(groups)}/64")

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "ifindex": self.ifindex,
            "snmp_index": self.snmp_index,
            "mac": self.mac,
            "speed": self.speed,
            "default_mtu": self.default_mtu,
            "virtual": self.virtual,
            "link_up": self.link_up,
            "admin_up": self.admin_up,
            "description": self.description,
            "configured_mtu": self.configured_mtu,
            "counters": self.counters.to_dict(),
            "last_flapped": self.last_flapped,
            "carrier_transitions": self.carrier_transitions,
            "units": [
                {
                    "unit": unit.unit,
                    "ifindex": unit.ifindex,
                    "snmp_index": unit.snmp_index,
                    "description": unit.description,
                    "disabled": unit.disabled,
                    "counters": unit.counters.to_dict(),
                    "owner": unit.owner,
                    "families": [
                        {"name": fam.name, "mtu": fam.mtu, "addresses": [str(a) for a in fam.addresses]}
                        for fam in unit.families.values()
                    ],
                }
                for unit in self.units.values()
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhysicalInterface:
        ifd = cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            ifindex=int(data["ifindex"]),
            snmp_index=int(data["snmp_index"]),
            mac=data.get("mac"),
            speed=str(data["speed"]),
            default_mtu=data.get("default_mtu"),
            virtual=bool(data.get("virtual", False)),
            link_up=bool(data.get("link_up", True)),
            admin_up=bool(data.get("admin_up", True)),
            description=str(data.get("description", "")),
            configured_mtu=data.get("configured_mtu"),
            counters=Counters.from_dict(data.get("counters", {})),
            last_flapped=data.get("last_flapped"),
            carrier_transitions=int(data.get("carrier_transitions", 0)),
        )
        for unit_data in data.get("units", []):
            unit = LogicalUnit(
                unit=int(unit_data["unit"]),
                ifindex=int(unit_data["ifindex"]),
                snmp_index=int(unit_data["snmp_index"]),
                description=str(unit_data.get("description", "")),
                disabled=bool(unit_data.get("disabled", False)),
                counters=Counters.from_dict(unit_data.get("counters", {})),
                owner=str(unit_data.get("owner", "")),
            )
            for fam in unit_data.get("families", []):
                unit.families[fam["name"]] = Family(
                    fam["name"], fam.get("mtu"), [ipaddress.ip_interface(a) for a in fam.get("addresses", [])]
                )
            ifd.units[unit.unit] = unit
        return ifd


def interface_sort_key(name: str) -> tuple[int, str, int, int, int, str]:
    """Junos order: slot-numbered interfaces first (by type, FPC, PIC, port), then by name."""
    match = _PHYSICAL_NAME.match(name)
    if match:
        return (0, match["type"], int(match["fpc"]), int(match["pic"]), int(match["port"]), "")
    number = re.search(r"(\d+)$", name)
    base = name[: number.start()] if number else name
    return (1, base, int(number.group(1)) if number else -1, 0, 0, name)


# --------------------------------------------------------------------------------------------
# Routes
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NextHop:
    """``to``: gateway address; ``via``: outgoing logical interface; ``kind``: Router, Local,
    Discard, Reject or Receive."""

    to: str | None = None
    via: str | None = None
    kind: str = "Router"

    def to_dict(self) -> dict[str, Any]:
        return {"to": self.to, "via": self.via, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NextHop:
        return cls(data.get("to"), data.get("via"), str(data.get("kind", "Router")))


@dataclass
class Route:
    table: str
    prefix: str
    protocol: str
    preference: int
    next_hops: list[NextHop]
    installed_at: float
    owner: str = ""  # who put it there: logical interface, "config", a JET client id, ...
    hidden: bool = False  # e.g. a static route whose next hop does not resolve

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.table, self.prefix, self.protocol, self.owner)

    @property
    def network(self) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
        return ipaddress.ip_network(self.prefix)

    def same_as(self, other: Route) -> bool:
        return (self.preference, self.next_hops, self.hidden) == (
            other.preference,
            other.next_hops,
            other.hidden,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "prefix": self.prefix,
            "protocol": self.protocol,
            "preference": self.preference,
            "next_hops": [nh.to_dict() for nh in self.next_hops],
            "installed_at": self.installed_at,
            "owner": self.owner,
            "hidden": self.hidden,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Route:
        return cls(
            table=str(data["table"]),
            prefix=str(data["prefix"]),
            protocol=str(data["protocol"]),
            preference=int(data["preference"]),
            next_hops=[NextHop.from_dict(nh) for nh in data.get("next_hops", [])],
            installed_at=float(data["installed_at"]),
            owner=str(data.get("owner", "")),
            hidden=bool(data.get("hidden", False)),
        )


def route_sort_key(prefix: str) -> tuple[int, int, int]:
    network = ipaddress.ip_network(prefix)
    return (network.version, int(network.network_address), network.prefixlen)


#: What Junos's factory ``default-log-messages`` file keeps (commits, link and FRU changes...).
DEFAULT_LOG_MATCH = (
    "(requested 'commit' operation)|(copying configuration to juniper.save)|(commit complete)|ifAdminStatus|"
    "(FRU power)|(FRU removal)|(FRU insertion)|(link UP)|transitioned|Transferred|transfer-file|(license add)|"
    "(license delete)|(package -X update)|(package -X delete)|(FRU Online)|(FRU Offline)|(plugged in)|(unplugged)"
)
#: ``system syslog`` of a new device: the files Junos's factory configuration names
#: (``messages``: any notice + authorization info; ``interactive-commands``;
#: ``default-log-messages``) and the emergency messages to every logged-in user.
FACTORY_SYSLOG: dict[str, Any] = {
    "user": [{"name": "*", "contents": [{"name": "any", "emergency": [None]}]}],
    "file": [
        {
            "name": "messages",
            "contents": [{"name": "any", "notice": [None]}, {"name": "authorization", "info": [None]}],
        },
        {"name": "interactive-commands", "contents": [{"name": "interactive-commands", "any": [None]}]},
        {
            "name": "default-log-messages",
            "contents": [{"name": "any", "info": [None]}],
            "match": DEFAULT_LOG_MATCH,
        },
    ],
}


def _configuration_root(cfg: dict[str, Any]) -> dict[str, Any]:
    """The inner object of ``{"configuration": {...}}`` (already validated by the caller)."""
    root: Any = cfg.get("configuration", cfg)
    if isinstance(root, list) and len(root) == 1:
        root = root[0]
    return root if isinstance(root, dict) else {}


def table_family(table: str) -> str:
    return "inet6" if table.startswith("inet6") else "inet"


# --------------------------------------------------------------------------------------------
# The device
# --------------------------------------------------------------------------------------------
class Device:
    """One emulated Junos device. Build it with :meth:`Device.create` or :meth:`Device.load`."""

    def __init__(
        self,
        *,
        index: int,
        hostname: str,
        model: str,
        serial_number: str,
        junos_version: str,
        boot_time: float,
        inventory: ChassisModule,
        interfaces: Iterable[PhysicalInterface],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.index = index
        self.default_hostname = hostname
        self.hostname = hostname
        self.model = model
        self.serial_number = serial_number
        self.junos_version = junos_version
        self.boot_time = boot_time
        self.inventory = inventory
        self.clock = clock
        self.lock = threading.RLock()
        self.interfaces: dict[str, PhysicalInterface] = {}
        for ifd in interfaces:
            self.interfaces[ifd.name] = ifd
        self.routes: dict[tuple[str, str, str, str], Route] = {}
        self.static_routes: list[StaticRouteConfig] = []
        self.router_id_configured: str | None = None
        self.autonomous_system: str | None = None
        # The committed configuration last applied (Junos JSON, groups expanded): what the
        # device's daemons read beyond the model below (syslog files, protocols, NTP servers).
        self.configuration: dict[str, Any] = {}
        self.last_configured: float | None = None
        self.last_configured_by: str | None = None
        self.next_ifl_index = 330
        self.next_snmp_index = 540
        self._listeners: list[Listener] = []

    @property
    def schema_family(self) -> str:
        """The configuration schema family of the device's model (see :class:`ModelSpec`)."""
        spec = MODELS.get(self.model)
        return spec.schema_family if spec is not None else "junos"

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        index: int = 1,
        hostname: str | None = None,
        *,
        model: str = "mx480",
        junos_version: str = "24.4R1.9",
        serial: str | None = None,
        ge_ports: int | None = None,
        links_up: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> Device:
        """A device with a deterministic identity derived from ``index`` (1..65535).

        Hostname ``jet-r<index>``, distinct serials and MACs, ``fxp0.0`` at
        ``172.16.<index/256>.<index%256>/16`` and ``lo0.0`` at ``10.255.<index/256>.<index%256>/32``
        (see :meth:`factory_configuration`, which the configuration engine should use as its
        initial committed configuration). ``serial`` overrides the derived chassis serial number.
        """
        if not isinstance(index, int) or isinstance(index, bool) or not 1 <= index <= 65535:
            raise DeviceError(f"device index must be an integer within 1..65535, got {index!r}")
        spec = MODELS.get(model)
        if spec is None:
            raise DeviceError(f"unknown device model '{model}' (known: {', '.join(sorted(MODELS))})")
        if not re.fullmatch(r"\d+\.\d+[A-Z]\d+(?:-S\d+)?(?:\.\d+)?", junos_version):
            raise DeviceError(f"invalid Junos version '{junos_version}' (expected e.g. 24.4R1.9)")
        ports = spec.ge_ports if ge_ports is None else ge_ports
        if not 0 <= ports <= 48:
            raise DeviceError(f"ge_ports must be within 0..48, got {ports}")
        name = hostname if hostname is not None else f"jet-r{index}"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,254}", name):
            raise DeviceError(f"invalid host name '{name}'")
        now = clock()
        base_mac = f"2c:6b:f5:{index >> 8:02x}:{index & 0xFF:02x}"
        interfaces = [
            PhysicalInterface(
                f"ge-0/0/{port}",
                "ethernet",
                148 + port,
                526 + port,
                f"{base_mac}:{port + 1:02x}",
                "1000mbps",
                1514,
                link_up=links_up,
                last_flapped=now,
            )
            for port in range(ports)
        ]
        interfaces.append(
            PhysicalInterface("fxp0", "management", 1, 1, f"{base_mac}:f0", "1000mbps", 1514, last_flapped=now)
        )
        interfaces.append(PhysicalInterface("lo0", "loopback", 6, 16, None, "Unspecified", None, last_flapped=now))
        if serial is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{0,31}", serial):
            raise DeviceError(f"invalid serial number '{serial}' (letters, digits and '-', at most 32)")
        inventory = build_inventory(spec, index)
        if serial is not None:
            inventory.serial_number = serial
        device = cls(
            index=index,
            hostname=name,
            model=spec.name,
            serial_number=inventory.serial_number,
            junos_version=junos_version,
            boot_time=now,
            inventory=inventory,
            interfaces=interfaces,
            clock=clock,
        )
        device.apply_configuration(device.factory_configuration())
        return device

    def factory_configuration(self) -> dict[str, Any]:
        """The configuration (Junos JSON) a freshly created device runs with."""
        hi, lo = self.index >> 8, self.index & 0xFF

        def unit0(address: str) -> dict[str, Any]:
            return {"name": 0, "family": {"inet": {"address": [{"name": address}]}}}

        return {
            "configuration": {
                "system": {"host-name": self.default_hostname, "syslog": copy.deepcopy(FACTORY_SYSLOG)},
                "interfaces": {
                    "interface": [
                        {"name": "fxp0", "unit": [unit0(f"172.16.{hi}.{lo}/16")]},
                        {"name": "lo0", "unit": [unit0(f"10.255.{hi}.{lo}/32")]},
                    ]
                },
            }
        }

    def statement(self, *path: str) -> Any:
        """The committed statement at ``path`` (``"protocols", "bgp"``) in Junos JSON, or None.
        A list of named entries is returned as it is (the caller picks the entry it needs)."""
        node: Any = self.configuration
        for name in path:
            if isinstance(node, list) and len(node) == 1:
                node = node[0]
            if not isinstance(node, dict) or name not in node:
                return None
            node = node[name]
        return node

    # -- listeners ------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every mutation that changed something; returns an
        unsubscribe function. Listeners run outside the device lock."""
        with self.lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self.lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, changes: list[Change]) -> None:
        if not changes:
            return
        with self.lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(list(changes))

    # -- time -----------------------------------------------------------------------------------
    def now(self) -> float:
        return self.clock()

    def uptime(self) -> float:
        return max(0.0, self.clock() - self.boot_time)

    # -- configuration effects -----------------------------------------------------------------
    def apply_configuration(self, cfg: dict[str, Any], *, committed_by: str | None = None) -> list[Change]:
        """Make the device reflect the committed configuration ``cfg`` (Junos JSON).

        The whole configuration is the source of truth: statements absent from ``cfg`` lose their
        effect. Raises :class:`ConfigurationError` (and changes nothing) on invalid input.
        ``committed_by`` records a commit (``show system uptime`` "Last configured").
        Returns the changes (also sent to subscribers); applying the same ``cfg`` twice returns [].
        """
        desired = parse_configuration(cfg)
        with self.lock:
            before = self._snapshot()
            self._apply_desired(desired)
            self.configuration = _configuration_root(cfg)
            if committed_by is not None:
                self.last_configured = self.clock()
                self.last_configured_by = committed_by
            self._recompute_routes()
            changes = _diff(before, self._snapshot())
        self._notify(changes)
        return changes

    def _apply_desired(self, desired: DesiredState) -> None:
        now = self.clock()
        self.hostname = desired.host_name or self.default_hostname
        for name in list(self.interfaces):
            if self.interfaces[name].virtual and name not in desired.interfaces:
                del self.interfaces[name]
        for name in desired.interfaces:
            if name not in self.interfaces and _VIRTUAL_NAME.match(name):
                self.interfaces[name] = self._new_virtual(name, now)
        self.interfaces = dict(sorted(self.interfaces.items(), key=lambda item: interface_sort_key(item[0])))
        for name, ifd in self.interfaces.items():
            config = desired.interfaces.get(name)
            was_up = ifd.oper_up
            ifd.description = config.description if config else ""
            ifd.admin_up = not (config and config.disabled)
            ifd.configured_mtu = config.mtu if config else None
            if ifd.oper_up != was_up:
                ifd.last_flapped = now
            units: dict[int, LogicalUnit] = {}
            for number, unit_config in sorted((config.units if config else {}).items()):
                unit = ifd.units.get(number)
                if unit is None:
                    unit = LogicalUnit(number, self.next_ifl_index, self.next_snmp_index)
                    self.next_ifl_index += 1
                    self.next_snmp_index += 1
                unit.description = unit_config.description
                unit.disabled = unit_config.disabled
                unit.families = {
                    fname: Family(fname, fconf.mtu, list(fconf.addresses))
                    for fname, fconf in unit_config.families.items()
                }
                units[number] = unit
            for number, unit in ifd.units.items():
                # Units a JET client made (Interfaces service) live beside the configuration.
                if unit.owner and number not in units:
                    units[number] = unit
            ifd.units = dict(sorted(units.items()))
        self.static_routes = list(desired.static_routes)
        self.router_id_configured = desired.router_id
        self.autonomous_system = desired.autonomous_system

    def _new_virtual(self, name: str, now: float) -> PhysicalInterface:
        base_mac = f"2c:6b:f5:{self.index >> 8:02x}:{self.index & 0xFF:02x}"
        if name == "irb":
            return PhysicalInterface(
                "irb", "irb", 140, 504, f"{base_mac}:f1", "Unspecified", 1514, virtual=True, last_flapped=now
            )
        number = int(name[2:])
        return PhysicalInterface(
            name,
            "aggregate",
            128 + number,
            600 + number,
            f"{base_mac}:{0xC0 + number % 64:02x}",
            "Unspecified",
            1514,
            virtual=True,
            link_up=False,
            last_flapped=now,
        )

    # -- events from "outside" -----------------------------------------------------------------
    def physical(self, name: str) -> PhysicalInterface:
        ifd = self.interfaces.get(name)
        if ifd is None:
            raise DeviceError(f"device {name} not found")
        return ifd

    def logical(self, name: str) -> tuple[PhysicalInterface, LogicalUnit]:
        ifd_name, dot, unit_text = name.partition(".")
        ifd = self.interfaces.get(ifd_name)
        if ifd is None or not dot or not unit_text.isdigit() or int(unit_text) not in ifd.units:
            raise DeviceError(f"device {name} not found")
        return ifd, ifd.units[int(unit_text)]

    def set_link_state(self, name: str, up: bool) -> list[Change]:
        """Carrier up/down on physical interface ``name`` (cable plugged/unplugged)."""
        with self.lock:
            if "." in name:
                raise DeviceError(f"set_link_state needs a physical interface, got logical {name}")
            ifd = self.physical(name)
            if ifd.kind == "loopback":
                raise DeviceError(f"{name}: the loopback interface has no link state")
            before = self._snapshot()
            was_up = ifd.oper_up
            if up and not ifd.link_up:
                ifd.carrier_transitions += 1
            ifd.link_up = bool(up)
            if ifd.oper_up != was_up:
                ifd.last_flapped = self.clock()
            self._recompute_routes()
            changes = _diff(before, self._snapshot())
        self._notify(changes)
        return changes

    def advance_counters(
        self,
        name: str,
        *,
        input_packets: int = 0,
        output_packets: int = 0,
        input_bytes: int | None = None,
        output_bytes: int | None = None,
    ) -> None:
        """Add traffic to an interface (physical, or logical which also counts on its physical).

        Bytes default to 100 bytes per packet.
        """
        in_bytes = input_packets * 100 if input_bytes is None else input_bytes
        out_bytes = output_packets * 100 if output_bytes is None else output_bytes
        for label, value in (
            ("input_packets", input_packets),
            ("output_packets", output_packets),
            ("input_bytes", in_bytes),
            ("output_bytes", out_bytes),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise DeviceError(f"advance_counters: {label} must be a non-negative integer, got {value!r}")
        with self.lock:
            targets: list[Counters]
            if "." in name:
                ifd, unit = self.logical(name)
                targets = [ifd.counters, unit.counters]
            else:
                targets = [self.physical(name).counters]
            for counters in targets:
                counters.input_packets += input_packets
                counters.output_packets += output_packets
                counters.input_bytes += in_bytes
                counters.output_bytes += out_bytes

    # -- mutations made by the JET services (routing, interfaces, firewall) ----------------------
    def transaction(self, mutate: Callable[[], object]) -> list[Change]:
        """Run ``mutate()`` under the lock with change tracking (interfaces and routes are
        re-derived afterwards); the changes go to subscribers. If ``mutate`` raises, the caller
        must not have changed anything yet (validate first, then mutate)."""
        with self.lock:
            before = self._snapshot()
            mutate()
            self._recompute_routes()
            changes = _diff(before, self._snapshot())
        self._notify(changes)
        return changes

    def emit(self, changes: list[Change]) -> None:
        """Hand changes made outside the interface/route model (firewall filters) to subscribers."""
        self._notify(changes)

    def program_routes(self, remove: Iterable[tuple[str, str, str, str]], add: Iterable[Route]) -> list[Change]:
        """Bulk route programming for the RIB service: drop the routes keyed ``remove``, then
        install ``add`` (already validated, prefixes normalised, next hops resolved).

        Only the touched prefixes are compared before and after, so a batch of N routes costs
        O(N + routes in the table) instead of a full snapshot per route.
        """
        removals = list(remove)
        additions = list(add)
        with self.lock:
            touched = {(key[0], key[1]) for key in removals} | {(r.table, r.prefix) for r in additions}
            grouped: dict[tuple[str, str], list[Route]] = {}
            for route in self.routes.values():
                slot = (route.table, route.prefix)
                if slot in touched:
                    grouped.setdefault(slot, []).append(route)
            before = {slot: self._best_of(grouped.get(slot, [])) for slot in touched}
            for key in removals:
                old = self.routes.pop(key, None)
                if old is not None:
                    grouped[(key[0], key[1])].remove(old)
            for route in additions:
                old = self.routes.get(route.key)
                if old is not None:
                    if old.same_as(route):
                        route.installed_at = old.installed_at
                    grouped[(route.table, route.prefix)].remove(old)
                self.routes[route.key] = route
                grouped.setdefault((route.table, route.prefix), []).append(route)
            changes: list[Change] = []
            deletes: list[Change] = []
            for slot in sorted(touched, key=lambda s: (s[0], route_sort_key(s[1]))):
                old_attrs = before[slot]
                new_attrs = self._best_of(grouped.get(slot, []))
                if old_attrs == new_attrs:
                    continue
                if new_attrs is None:
                    deletes.append(Change("route", "delete", slot[1], old_attrs or {}))
                elif old_attrs is None:
                    changes.append(Change("route", "add", slot[1], new_attrs))
                else:
                    changes.append(Change("route", "change", slot[1], new_attrs))
            changes = deletes + changes
        self._notify(changes)
        return changes

    @staticmethod
    def _best_of(routes: list[Route]) -> dict[str, Any] | None:
        visible = [route for route in routes if not route.hidden]
        if not visible:
            return None
        active = min(visible, key=_route_rank)
        return {
            "table-name": active.table,
            "address-family": table_family(active.table),
            "route-prefix": active.prefix,
            "protocol": active.protocol,
            "preference": active.preference,
            "next-hops": [_hop_text(hop) for hop in active.next_hops],
        }

    def connected_subnets(self, table: str) -> list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]]:
        """(subnet, logical interface) of the active Direct routes of ``table``, longest first,
        to resolve gateways of many routes at once."""
        with self.lock:
            found = [
                (route.network, route.owner)
                for route in self.routes.values()
                if route.table == table and route.protocol == "Direct" and not route.hidden
            ]
        found = [(net, ifl) for net, ifl in found if net.prefixlen < net.max_prefixlen]
        return sorted(found, key=lambda item: -item[0].prefixlen)

    # -- routes programmed by other components -------------------------------------------------
    def add_route(
        self,
        table: str,
        prefix: str,
        protocol: str,
        next_hops: Sequence[NextHop | str],
        *,
        preference: int | None = None,
        owner: str = "",
    ) -> list[Change]:
        """Install or replace the route (table, prefix, protocol, owner). String next hops are
        gateway addresses resolved against the connected subnets (``via`` filled in)."""
        with self.lock:
            network = self._check_prefix(table, prefix)
            if not protocol or protocol in ("Direct", "Local"):
                raise DeviceError(f"add_route: protocol '{protocol}' is reserved or empty")
            if owner == CONFIG_STATIC_OWNER and protocol == "Static":
                raise DeviceError(f"add_route: owner '{CONFIG_STATIC_OWNER}' is reserved for configured routes")
            hops = [self._resolve(table, hop) if isinstance(hop, str) else hop for hop in next_hops]
            pref = DEFAULT_PREFERENCES.get(protocol, 170) if preference is None else preference
            if not 0 <= pref <= 4294967295:
                raise DeviceError(f"add_route: preference {pref} is not within range (0..4294967295)")
            before = self._snapshot()
            route = Route(table, str(network), protocol, pref, hops, self.clock(), owner)
            old = self.routes.get(route.key)
            if old is not None and old.same_as(route):
                route.installed_at = old.installed_at
            self.routes[route.key] = route
            changes = _diff(before, self._snapshot())
        self._notify(changes)
        return changes

    def remove_route(self, table: str, prefix: str, protocol: str, *, owner: str = "") -> list[Change]:
        """Remove a route added with :meth:`add_route`; unknown routes raise DeviceError."""
        with self.lock:
            network = self._check_prefix(table, prefix)
            key = (table, str(network), protocol, owner)
            if (
                key not in self.routes
                or protocol in ("Direct", "Local")
                or (protocol == "Static" and owner == CONFIG_STATIC_OWNER)
            ):
                raise DeviceError(f"remove_route: no {protocol} route {network} owned by '{owner}' in {table}")
            before = self._snapshot()
            del self.routes[key]
            changes = _diff(before, self._snapshot())
        self._notify(changes)
        return changes

    def _check_prefix(self, table: str, prefix: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
        if table not in ("inet.0", "inet6.0"):
            raise DeviceError(f"unknown routing table '{table}' (known: inet.0, inet6.0)")
        try:
            network = ipaddress.ip_network(prefix, strict=False)
        except ValueError:
            raise DeviceError(f"invalid prefix '{prefix}'") from None
        if (network.version == 6) != (table == "inet6.0"):
            raise DeviceError(f"prefix {prefix} does not belong in table {table}")
        return network

    def _resolve(self, table: str, gateway: str) -> NextHop:
        try:
            address = ipaddress.ip_address(gateway)
        except ValueError:
            raise DeviceError(f"invalid next-hop address '{gateway}'") from None
        if (address.version == 6) != (table == "inet6.0"):
            raise DeviceError(f"next-hop {gateway} does not belong in table {table}")
        for route in self.routes.values():
            if route.table == table and route.protocol == "Direct" and not route.hidden:
                if address in route.network and route.network.prefixlen < route.network.max_prefixlen:
                    return NextHop(to=gateway, via=route.owner)
        return NextHop(to=gateway)

    # -- routing table derivation ---------------------------------------------------------------
    def _recompute_routes(self) -> None:
        now = self.clock()
        fresh: dict[tuple[str, str, str, str], Route] = {}

        def put(route: Route) -> None:
            old = self.routes.get(route.key)
            if old is not None and old.same_as(route):
                route.installed_at = old.installed_at
            fresh[route.key] = route

        for ifd in self.interfaces.values():
            for unit in ifd.units.values():
                if not ifd.unit_oper_up(unit):
                    continue
                ifl = f"{ifd.name}.{unit.unit}"
                for family in unit.families.values():
                    if family.name not in ("inet", "inet6"):
                        continue
                    table = "inet.0" if family.name == "inet" else "inet6.0"
                    for address in family.addresses:
                        host = f"{address.ip}/{address.max_prefixlen}"
                        if address.network.prefixlen == address.max_prefixlen:
                            put(Route(table, host, "Direct", 0, [NextHop(via=ifl)], now, ifl))
                            continue
                        put(Route(table, str(address.network), "Direct", 0, [NextHop(via=ifl)], now, ifl))
                        put(Route(table, host, "Local", 0, [NextHop(via=ifl, kind="Local")], now, ifl))
                    if family.name == "inet6":
                        link_local = ifd.link_local()
                        if link_local is not None:
                            put(
                                Route(
                                    "inet6.0",
                                    f"{link_local.ip}/128",
                                    "Local",
                                    0,
                                    [NextHop(via=ifl, kind="Local")],
                                    now,
                                    ifl,
                                )
                            )
        connected = [r for r in fresh.values() if r.protocol == "Direct"]
        for static in self.static_routes:
            if static.action != "next-hop":
                hops = [NextHop(kind=static.action.capitalize())]
                hidden = False
            else:
                resolved: list[NextHop] = []
                unresolved: list[NextHop] = []
                for hop in static.next_hops:
                    gateway = hop if _is_address(hop) else None
                    via = self._static_via(static.table, hop, connected)
                    if via is not None:
                        resolved.append(NextHop(to=gateway, via=via))
                    else:
                        unresolved.append(NextHop(to=gateway, via=None if gateway else hop))
                hidden = not resolved
                hops = unresolved if hidden else resolved
            put(
                Route(
                    static.table,
                    static.prefix,
                    "Static",
                    static.preference,
                    hops,
                    now,
                    CONFIG_STATIC_OWNER,
                    hidden=hidden,
                )
            )
        for key, route in self.routes.items():
            if route.protocol in ("Direct", "Local") or (
                route.protocol == "Static" and route.owner == CONFIG_STATIC_OWNER
            ):
                continue
            fresh[key] = route
        self.routes = fresh

    def _static_via(self, table: str, hop: str, connected: list[Route]) -> str | None:
        if _is_address(hop):
            address = ipaddress.ip_address(hop)
            best: Route | None = None
            for route in connected:
                network = route.network
                if route.table != table or address not in network or network.prefixlen == network.max_prefixlen:
                    continue
                if best is None or network.prefixlen > best.network.prefixlen:
                    best = route
            return None if best is None else best.owner
        name = hop if "." in hop else f"{hop}.0"
        try:
            ifd, unit = self.logical(name)
        except DeviceError:
            return None
        return name if ifd.unit_oper_up(unit) else None

    # -- queries used by the show commands ------------------------------------------------------
    def tables(self) -> list[str]:
        with self.lock:
            names = {route.table for route in self.routes.values()}
        order = {"inet.0": 0, "inet6.0": 1}
        return sorted(names, key=lambda name: (order.get(name, 2), name))

    def table_routes(self, table: str) -> dict[str, list[Route]]:
        """prefix -> routes (best first) for ``table``, prefixes in Junos order, hidden included."""
        with self.lock:
            grouped: dict[str, list[Route]] = {}
            for route in self.routes.values():
                if route.table == table:
                    grouped.setdefault(route.prefix, []).append(route)
        return {prefix: sorted(grouped[prefix], key=_route_rank) for prefix in sorted(grouped, key=route_sort_key)}

    def router_id(self) -> str:
        if self.router_id_configured:
            return self.router_id_configured
        for name in ("lo0", *self.interfaces):
            ifd = self.interfaces.get(name)
            if ifd is None:
                continue
            for unit in ifd.units.values():
                family = unit.families.get("inet")
                for address in family.addresses if family else []:
                    if not address.ip.is_loopback:
                        return str(address.ip)
        return "0.0.0.0"

    # -- change tracking ------------------------------------------------------------------------
    def _snapshot(self) -> dict[tuple[str, str], dict[str, Any]]:
        snap: dict[tuple[str, str], dict[str, Any]] = {("system", "host-name"): {"host-name": self.hostname}}
        for ifd in self.interfaces.values():
            snap[("ifd", ifd.name)] = {
                "name": ifd.name,
                "snmp-id": ifd.snmp_index,
                "admin-status": "up" if ifd.admin_up else "down",
                "oper-status": "up" if ifd.oper_up else "down",
                "description": ifd.description,
                "mtu": ifd.mtu,
            }
            for unit in ifd.units.values():
                ifl = f"{ifd.name}.{unit.unit}"
                snap[("ifl", ifl)] = {
                    "name": ifd.name,
                    "subunit": unit.unit,
                    "snmp-id": unit.snmp_index,
                    "admin-status": "down" if unit.disabled else "up",
                    "oper-status": "up" if ifd.unit_oper_up(unit) else "down",
                    "description": unit.description,
                }
                for family in unit.families.values():
                    snap[("iff", f"{ifl}/{family.name}")] = {
                        "name": ifd.name,
                        "subunit": unit.unit,
                        "family": family.name,
                        "mtu": ifd.family_mtu(family),
                    }
                    for address in family.addresses:
                        snap[("ifa", f"{ifl}/{family.name}/{address}")] = {
                            "name": ifd.name,
                            "subunit": unit.unit,
                            "family": family.name,
                            "local-address": str(address.ip),
                            "prefix-length": address.network.prefixlen,
                        }
        for table in self.tables():
            for prefix, routes in self.table_routes(table).items():
                active = next((route for route in routes if not route.hidden), None)
                if active is None:
                    continue
                snap[("route", f"{table}/{prefix}")] = {
                    "table-name": table,
                    "address-family": table_family(table),
                    "route-prefix": prefix,
                    "protocol": active.protocol,
                    "preference": active.preference,
                    "next-hops": [_hop_text(hop) for hop in active.next_hops],
                }
        return snap

    # -- persistence ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        with self.lock:
            return {
                "format": FORMAT,
                "identity": {
                    "index": self.index,
                    "default_hostname": self.default_hostname,
                    "model": self.model,
                    "serial_number": self.serial_number,
                    "junos_version": self.junos_version,
                    "boot_time": self.boot_time,
                },
                "inventory": self.inventory.to_dict(),
                "hostname": self.hostname,
                "interfaces": [ifd.to_dict() for ifd in self.interfaces.values()],
                "routes": [route.to_dict() for route in self.routes.values()],
                "static_routes": [static.to_dict() for static in self.static_routes],
                "router_id": self.router_id_configured,
                "autonomous_system": self.autonomous_system,
                "last_configured": self.last_configured,
                "last_configured_by": self.last_configured_by,
                "next_ifl_index": self.next_ifl_index,
                "next_snmp_index": self.next_snmp_index,
            }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, clock: Callable[[], float] = time.time) -> Device:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise DeviceError(f"not a saved device state (expected format '{FORMAT}', found {found!r})")
        try:
            identity = data["identity"]
            device = cls(
                index=int(identity["index"]),
                hostname=str(identity["default_hostname"]),
                model=str(identity["model"]),
                serial_number=str(identity["serial_number"]),
                junos_version=str(identity["junos_version"]),
                boot_time=float(identity["boot_time"]),
                inventory=ChassisModule.from_dict(data["inventory"]),
                interfaces=[PhysicalInterface.from_dict(ifd) for ifd in data["interfaces"]],
                clock=clock,
            )
            device.hostname = str(data["hostname"])
            for route_data in data.get("routes", []):
                route = Route.from_dict(route_data)
                device.routes[route.key] = route
            device.static_routes = [StaticRouteConfig.from_dict(s) for s in data.get("static_routes", [])]
            device.router_id_configured = data.get("router_id")
            device.autonomous_system = data.get("autonomous_system")
            device.last_configured = data.get("last_configured")
            device.last_configured_by = data.get("last_configured_by")
            device.next_ifl_index = int(data.get("next_ifl_index", 330))
            device.next_snmp_index = int(data.get("next_snmp_index", 540))
        except (KeyError, TypeError, ValueError) as exc:
            raise DeviceError(f"saved device state is damaged: {type(exc).__name__}: {exc}") from None
        return device

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the state as JSON atomically (a crash leaves the old file or the new one)."""
        write_atomically(path, json.dumps(self.to_dict(), indent=1, sort_keys=True))

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, clock: Callable[[], float] = time.time) -> Device:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DeviceError(f"cannot read device state {path}: {exc.strerror or exc}") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DeviceError(f"device state {path} is not valid JSON: {exc}") from None
        return cls.from_dict(data, clock=clock)


def _route_rank(route: Route) -> tuple[int, int, int, float, str]:
    protocol_order = list(DEFAULT_PREFERENCES).index(route.protocol) if route.protocol in DEFAULT_PREFERENCES else 99
    return (1 if route.hidden else 0, route.preference, protocol_order, route.installed_at, route.owner)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _hop_text(hop: NextHop) -> str:
    if hop.kind != "Router":
        return hop.kind if hop.via is None else f"{hop.kind} via {hop.via}"
    if hop.to and hop.via:
        return f"to {hop.to} via {hop.via}"
    return f"to {hop.to}" if hop.to else f"via {hop.via}"


def _diff(before: dict[tuple[str, str], dict[str, Any]], after: dict[tuple[str, str], dict[str, Any]]) -> list[Change]:
    changes: list[Change] = []
    order = {"system": 0, "ifd": 1, "ifl": 2, "iff": 3, "ifa": 4, "route": 5}
    # deletes deepest first, then adds/changes top-down
    for key in sorted(set(before) - set(after), key=lambda k: (-order[k[0]], k[1])):
        changes.append(Change(key[0], "delete", _change_name(key), before[key]))
    for key in sorted(after, key=lambda k: (order[k[0]], k[1])):
        if key not in before:
            changes.append(Change(key[0], "add", _change_name(key), after[key]))
        elif before[key] != after[key]:
            changes.append(Change(key[0], "change", _change_name(key), after[key]))
    return changes


def _change_name(key: tuple[str, str]) -> str:
    kind, name = key
    if kind == "route":
        return name.split("/", 1)[1]
    return name


__all__ = [
    "Change",
    "ChassisModule",
    "ConfigurationError",
    "Counters",
    "Device",
    "DeviceError",
    "Family",
    "LogicalUnit",
    "MODELS",
    "NextHop",
    "PhysicalInterface",
    "Route",
]
