"""Read the parts of a committed Junos configuration (Junos JSON form) that the device model shows.

:func:`parse_configuration` validates everything first and returns a plain
:class:`DesiredState`; :meth:`jetemu.device.model.Device.apply_configuration` then applies it in
one step, so a bad configuration never leaves the device half-changed.

Junos JSON conventions handled here:

* presence flags are ``[null]`` (``"disable": [null]``);
* named entries are lists of objects with ``"name"``;
* metadata: ``{"@": {"inactive": true}}`` inside an object, ``"@key": {"inactive": true}`` next to
  a leaf, and ``"@key": [{"inactive": true}, null]`` parallel to a leaf-list. Inactive statements
  count as not configured.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

IPInterface = ipaddress.IPv4Interface | ipaddress.IPv6Interface
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_IFL_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-\d+/\d+/\d+(?::\d+)?|\d+)?(?:\.\d+)?$")
MAX_UNIT = 1073741823
FAMILY_NAMES = ("inet", "inet6", "iso", "mpls", "ethernet-switching", "bridge", "vpls", "ccc", "any")


class ConfigurationError(ValueError):
    """The configuration cannot be applied; the message names the offending statement."""


@dataclass
class FamilyConfig:
    mtu: int | None = None
    addresses: list[IPInterface] = field(default_factory=list)


@dataclass
class UnitConfig:
    description: str = ""
    disabled: bool = False
    families: dict[str, FamilyConfig] = field(default_factory=dict)


@dataclass
class InterfaceConfig:
    description: str = ""
    disabled: bool = False
    mtu: int | None = None
    units: dict[int, UnitConfig] = field(default_factory=dict)


@dataclass(frozen=True)
class StaticRouteConfig:
    """One ``routing-options [rib inet6.0] static route`` entry."""

    table: str
    prefix: str
    action: str  # "next-hop" | "discard" | "reject" | "receive"
    next_hops: tuple[str, ...] = ()  # gateway addresses or logical interface names
    preference: int = 5

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "prefix": self.prefix,
            "action": self.action,
            "next_hops": list(self.next_hops),
            "preference": self.preference,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StaticRouteConfig:
        return cls(
            table=str(data["table"]),
            prefix=str(data["prefix"]),
            action=str(data["action"]),
            next_hops=tuple(str(nh) for nh in data.get("next_hops", [])),
            preference=int(data.get("preference", 5)),
        )


@dataclass
class DesiredState:
    host_name: str | None = None
    interfaces: dict[str, InterfaceConfig] = field(default_factory=dict)
    static_routes: list[StaticRouteConfig] = field(default_factory=list)
    router_id: str | None = None
    autonomous_system: str | None = None


# --------------------------------------------------------------------------------------------
# Junos JSON helpers
# --------------------------------------------------------------------------------------------
def _is_inactive(meta: object) -> bool:
    return isinstance(meta, dict) and meta.get("inactive") in (True, "true", "True")


def _items(obj: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The active (key, value) pairs of a Junos JSON object, metadata removed."""
    for key, value in obj.items():
        if key.startswith("@"):
            continue
        if _is_inactive(obj.get("@" + key)):
            continue
        if isinstance(value, dict) and _is_inactive(value.get("@")):
            continue
        yield key, value


def _entries(value: Any, where: str) -> list[dict[str, Any]]:
    """A list of named entries (a single object is accepted too); inactive entries dropped."""
    if value is None:
        return []
    items = [value] if isinstance(value, dict) else value
    if not isinstance(items, list):
        raise ConfigurationError(f"{where}: expected a list of named entries, got {type(value).__name__}")
    result: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            raise ConfigurationError(f"{where}: expected an object with 'name', got {item!r}")
        if _is_inactive(item.get("@")):
            continue
        if "name" not in item:
            raise ConfigurationError(f"{where}: entry without 'name': {item!r}")
        result.append(item)
    return result


def _leaf_list(obj: dict[str, Any], key: str, where: str) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    meta = obj.get("@" + key)
    metas = meta if isinstance(meta, list) else [None] * len(values)
    result: list[str] = []
    for index, item in enumerate(values):
        if index < len(metas) and _is_inactive(metas[index]):
            continue
        if isinstance(item, dict):  # tolerate [{"name": "10.0.0.2"}]
            if _is_inactive(item.get("@")):
                continue
            item = item.get("name")
        if not isinstance(item, str | int) or isinstance(item, bool):
            raise ConfigurationError(f"{where} {key}: expected a string, got {item!r}")
        result.append(str(item))
    return result


def _present(obj: dict[str, Any], key: str) -> bool:
    """A presence flag (``[null]``) or container that is configured and active."""
    return any(k == key and v is not False for k, v in _items(obj))


def _section(obj: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    for k, value in _items(obj):
        if k != key:
            continue
        if value is None or value == [None] or value == [] or value is True:
            return {}
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
            value = value[0]
        if not isinstance(value, dict):
            raise ConfigurationError(f"{where} {key}: expected an object, got {value!r}")
        return value
    return {}


def _string(obj: dict[str, Any], key: str, where: str) -> str | None:
    for k, value in _items(obj):
        if k != key:
            continue
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ConfigurationError(f"{where} {key}: expected a string, got {value!r}")
        return str(value)
    return None


def _integer(obj: dict[str, Any], key: str, where: str, low: int, high: int) -> int | None:
    text = _string(obj, key, where)
    if text is None:
        return None
    try:
        number = int(text)
    except ValueError:
        raise ConfigurationError(f"{where} {key}: '{text}' is not a number") from None
    if not low <= number <= high:
        raise ConfigurationError(f"{where} {key}: value {number} is not within range ({low}..{high})")
    return number


# --------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------
def parse_configuration(cfg: object) -> DesiredState:
    """Validate ``cfg`` (``{"configuration": {...}}`` or the bare inner object) into a DesiredState."""
    if not isinstance(cfg, dict):
        raise ConfigurationError(f"configuration must be a JSON object, got {type(cfg).__name__}")
    root: Any = cfg.get("configuration", cfg) if "configuration" in cfg else cfg
    if isinstance(root, list) and len(root) == 1:
        root = root[0]
    if root is None:
        root = {}
    if not isinstance(root, dict):
        raise ConfigurationError(f"'configuration' must be an object, got {type(root).__name__}")
    state = DesiredState()
    system = _section(root, "system", "system")
    host_name = _string(system, "host-name", "system")
    if host_name is not None:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,254}", host_name):
            raise ConfigurationError(f"system host-name: invalid host name '{host_name}'")
        state.host_name = host_name
    interfaces = _section(root, "interfaces", "interfaces")
    for entry in _entries(dict(_items(interfaces)).get("interface"), "interfaces interface"):
        name = str(entry["name"])
        if name in state.interfaces:
            raise ConfigurationError(f"interfaces interface {name}: configured more than once")
        state.interfaces[name] = _parse_interface(name, entry)
    routing = _section(root, "routing-options", "routing-options")
    _parse_routing_options(routing, state)
    return state


def _parse_interface(name: str, entry: dict[str, Any]) -> InterfaceConfig:
    where = f"interfaces interface {name}"
    if "." in name:
        raise ConfigurationError(f"{where}: a physical interface name cannot contain a unit number")
    config = InterfaceConfig(
        description=_string(entry, "description", where) or "",
        disabled=_present(entry, "disable"),
        mtu=_integer(entry, "mtu", where, 256, 9500),
    )
    for unit_entry in _entries(dict(_items(entry)).get("unit"), f"{where} unit"):
        raw = unit_entry["name"]
        try:
            unit = int(str(raw))
        except ValueError:
            raise ConfigurationError(f"{where} unit: '{raw}' is not a unit number") from None
        if not 0 <= unit <= MAX_UNIT:
            raise ConfigurationError(f"{where} unit {unit}: not within range (0..{MAX_UNIT})")
        if unit in config.units:
            raise ConfigurationError(f"{where} unit {unit}: configured more than once")
        config.units[unit] = _parse_unit(f"{where} unit {unit}", unit_entry)
    return config


def _parse_unit(where: str, entry: dict[str, Any]) -> UnitConfig:
    unit = UnitConfig(description=_string(entry, "description", where) or "", disabled=_present(entry, "disable"))
    families = _section(entry, "family", where)
    for family_name, body in _items(families):
        fwhere = f"{where} family {family_name}"
        if family_name not in FAMILY_NAMES:
            raise ConfigurationError(f"{fwhere}: unknown address family")
        if body is None or body == [None] or body == [] or body is True:
            body = {}
        if isinstance(body, list) and len(body) == 1 and isinstance(body[0], dict):
            body = body[0]
        if not isinstance(body, dict):
            raise ConfigurationError(f"{fwhere}: expected an object, got {body!r}")
        family = FamilyConfig(mtu=_integer(body, "mtu", fwhere, 48, 9500))
        for address_entry in _entries(dict(_items(body)).get("address"), f"{fwhere} address"):
            if family_name not in ("inet", "inet6"):
                raise ConfigurationError(f"{fwhere}: addresses are only supported for inet and inet6")
            family.addresses.append(_parse_address(family_name, str(address_entry["name"]), fwhere))
        seen: set[str] = set()
        for address in family.addresses:
            if str(address.ip) in seen:
                raise ConfigurationError(f"{fwhere} address {address}: duplicate address")
            seen.add(str(address.ip))
        unit.families[family_name] = family
    return unit


def _parse_address(family: str, text: str, where: str) -> IPInterface:
    version = 4 if family == "inet" else 6
    if "/" not in text:
        text = f"{text}/{32 if version == 4 else 128}"
    try:
        address = ipaddress.ip_interface(text)
    except ValueError:
        raise ConfigurationError(f"{where} address {text}: invalid IPv{version} address") from None
    if address.version != version:
        raise ConfigurationError(f"{where} address {text}: not an IPv{version} address")
    return address


def _parse_routing_options(routing: dict[str, Any], state: DesiredState) -> None:
    router_id = _string(routing, "router-id", "routing-options")
    if router_id is not None:
        try:
            ipaddress.IPv4Address(router_id)
        except ValueError:
            raise ConfigurationError(f"routing-options router-id: invalid IPv4 address '{router_id}'") from None
        state.router_id = router_id
    asn_section = dict(_items(routing)).get("autonomous-system")
    if isinstance(asn_section, dict):
        state.autonomous_system = _string(asn_section, "as-number", "routing-options autonomous-system")
    elif asn_section is not None:
        state.autonomous_system = _string(routing, "autonomous-system", "routing-options")
    static = _section(routing, "static", "routing-options")
    _parse_static(static, "inet.0", "routing-options static", state)
    for rib in _entries(dict(_items(routing)).get("rib"), "routing-options rib"):
        table = str(rib["name"])
        if table not in ("inet.0", "inet6.0"):
            raise ConfigurationError(f"routing-options rib {table}: only inet.0 and inet6.0 are supported")
        _parse_static(
            _section(rib, "static", f"routing-options rib {table}"),
            table,
            f"routing-options rib {table} static",
            state,
        )


def _parse_static(static: dict[str, Any], table: str, where: str, state: DesiredState) -> None:
    version = 6 if table.startswith("inet6") else 4
    seen = {route.prefix for route in state.static_routes if route.table == table}
    for entry in _entries(dict(_items(static)).get("route"), f"{where} route"):
        text = str(entry["name"])
        rwhere = f"{where} route {text}"
        try:
            network = ipaddress.ip_network(
                text if "/" in text else f"{text}/{32 if version == 4 else 128}", strict=False
            )
        except ValueError:
            raise ConfigurationError(f"{rwhere}: invalid IPv{version} prefix") from None
        if network.version != version:
            raise ConfigurationError(f"{rwhere}: an IPv{network.version} prefix does not belong in {table}")
        prefix = str(network)
        if prefix in seen:
            raise ConfigurationError(f"{rwhere}: configured more than once")
        seen.add(prefix)
        actions = [word for word in ("discard", "reject", "receive") if _present(entry, word)]
        hops = _leaf_list(entry, "next-hop", rwhere)
        for qualified in _entries(dict(_items(entry)).get("qualified-next-hop"), f"{rwhere} qualified-next-hop"):
            hops.append(str(qualified["name"]))
        if hops:
            actions.insert(0, "next-hop")
        if not actions:
            raise ConfigurationError(f"{rwhere}: missing next-hop (or discard, reject, receive)")
        if len(actions) > 1:
            raise ConfigurationError(f"{rwhere}: '{actions[0]}' and '{actions[1]}' are mutually exclusive")
        for hop in hops:
            _check_next_hop(hop, version, rwhere)
        preference = _preference(entry, rwhere)
        state.static_routes.append(StaticRouteConfig(table, prefix, actions[0], tuple(hops), preference))


def _check_next_hop(hop: str, version: int, where: str) -> None:
    try:
        address = ipaddress.ip_address(hop)
    except ValueError:
        if not _IFL_NAME.match(hop):
            raise ConfigurationError(f"{where} next-hop {hop}: not an address or interface name") from None
        return
    if address.version != version:
        raise ConfigurationError(f"{where} next-hop {hop}: not an IPv{version} address")


def _preference(entry: dict[str, Any], where: str) -> int:
    value = dict(_items(entry)).get("preference")
    if value is None:
        return 5
    if isinstance(value, dict):
        number = _integer(value, "metric-value", f"{where} preference", 0, 4294967295)
        return 5 if number is None else number
    number = _integer(entry, "preference", where, 0, 4294967295)
    return 5 if number is None else number
