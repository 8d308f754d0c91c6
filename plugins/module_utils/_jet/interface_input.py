# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The logical units a jetkit.junos.interface task declares, checked, and unit states (PRIVATE).

Validation only: nothing here talks to the device. Units, families and addresses are checked in
full before anything is sent, with errors naming the item; :class:`UnitState` is what a unit
looks like (read from the device, or wanted), compared and shown in diffs.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

from .common import TaskError

FAMILIES = {"inet": "AF_INET", "inet6": "AF_INET6", "mpls": "AF_MPLS", "iso": "AF_ISO"}
ADDRESS_FAMILIES = ("inet", "inet6")
PORT_NAME = re.compile(r"^[a-z][a-z0-9-]*[0-9](/[0-9]+)*$")


@dataclass
class FamilyState:
    mtu: int | None = None
    addresses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"mtu": self.mtu, "addresses": list(self.addresses)}


@dataclass
class UnitState:
    unit: int
    description: str = ""
    enabled: bool = True
    families: dict[str, FamilyState] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "description": self.description,
            "enabled": self.enabled,
            "families": {name: fam.to_dict() for name, fam in sorted(self.families.items())},
        }

    def lines(self, port: str) -> list[str]:
        name = f"{port}.{self.unit}"
        head = name + (f' description "{self.description}"' if self.description else "")
        out = [head + ("" if self.enabled else " disabled")]
        for family, state in sorted(self.families.items()):
            out.append(f"{name} family {family}" + (f" mtu {state.mtu}" if state.mtu else ""))
            out.extend(f"{name} family {family} address {a}" for a in state.addresses)
        return out


@dataclass
class FamilyDecl:
    name: str
    mtu: int | None  # None: not given
    addresses: list[str] | None  # None: not given


@dataclass
class UnitDecl:
    unit: int
    description: str | None
    enabled: bool | None
    families: dict[str, FamilyDecl] | None  # None: not given


def _address(value: Any, family: str, where: str) -> str:
    if not isinstance(value, str):
        raise TaskError(f"{where}: {value!r} is not an address with a prefix length (e.g. 192.0.2.1/24)")
    text = value.strip()
    if "/" not in text:
        raise TaskError(f"{where}: {text!r} needs a prefix length (e.g. {text}/24)")
    try:
        address = ipaddress.ip_interface(text)
    except ValueError as exc:
        raise TaskError(f"{where}: {text!r} is not an address: {exc}") from None
    if (address.version == 6) != (family == "inet6"):
        raise TaskError(f"{where}: {text} is an IPv{address.version} address but the family is {family}")
    if address.ip.is_multicast or address.ip.is_unspecified:
        raise TaskError(f"{where}: {text} cannot be an interface address")
    if (
        address.version == 4
        and address.network.prefixlen < 31
        and address.ip
        in (
            address.network.network_address,
            address.network.broadcast_address,
        )
    ):
        raise TaskError(f"{where}: {text} is the network or broadcast address of its subnet")
    return str(address)


def _families(raw: Any, where: str) -> dict[str, FamilyDecl]:
    if isinstance(raw, list):
        raw = {str(item): {} for item in raw} if all(isinstance(i, str) for i in raw) else None
    if not isinstance(raw, dict):
        raise TaskError(f"{where} must be a dictionary of families (e.g. {{inet: {{addresses: [192.0.2.1/24]}}}})")
    out: dict[str, FamilyDecl] = {}
    for name, body in raw.items():
        here = f"{where}.{name}"
        if name not in FAMILIES:
            raise TaskError(f"{here}: family {name!r} is not one of {', '.join(FAMILIES)}")
        body = body or {}
        if not isinstance(body, dict):
            raise TaskError(f"{here} must be a dictionary (addresses, mtu)")
        unknown = sorted(set(body) - {"addresses", "mtu"})
        if unknown:
            raise TaskError(f"{here}: unknown key(s) {', '.join(unknown)} (addresses, mtu)")
        mtu = body.get("mtu")
        if mtu is not None:
            if isinstance(mtu, bool) or not isinstance(mtu, int) and not str(mtu).isdigit():
                raise TaskError(f"{here}.mtu must be a number, got {mtu!r}")
            mtu = int(mtu)
            if not 256 <= mtu <= 9500:
                raise TaskError(f"{here}.mtu {mtu} is out of range (256..9500)")
        addresses = body.get("addresses")
        if addresses is not None:
            if name not in ADDRESS_FAMILIES:
                raise TaskError(f"{here}: family {name} has no addresses")
            if isinstance(addresses, str):
                addresses = [addresses]
            if not isinstance(addresses, list):
                raise TaskError(f"{here}.addresses must be a list")
            checked: list[str] = []
            for index, item in enumerate(addresses):
                value = _address(item, name, f"{here}.addresses[{index}]")
                if value in checked:
                    raise TaskError(f"{here}.addresses[{index}]: {value} listed twice")
                checked.append(value)
            addresses = checked
        out[name] = FamilyDecl(name, mtu, addresses)
    return out


def parse_units(raw: Any) -> list[UnitDecl]:
    if not isinstance(raw, list) or not raw:
        raise TaskError("units must be a non-empty list of units ({unit, description, enabled, families})")
    out: list[UnitDecl] = []
    seen: dict[int, int] = {}
    for index, item in enumerate(raw):
        where = f"units[{index}]"
        if isinstance(item, int) and not isinstance(item, bool):
            item = {"unit": item}
        if not isinstance(item, dict):
            raise TaskError(f"{where} must be a dictionary with at least unit, got {item!r}")
        unknown = sorted(set(item) - {"unit", "description", "enabled", "families"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (unit, description, enabled, families)")
        number = item.get("unit")
        if isinstance(number, bool) or not (isinstance(number, int) or str(number).isdigit()):
            raise TaskError(f"{where}: unit must be a number, got {number!r}")
        number = int(str(number))
        if not 0 <= number <= 16385:
            raise TaskError(f"{where}: unit {number} is out of range (0..16385)")
        where = f"units[{index}] (unit {number})"
        if number in seen:
            raise TaskError(f"{where}: listed twice (also units[{seen[number]}])")
        seen[number] = index
        description = item.get("description")
        if description is not None:
            description = str(description)
            if len(description) > 900 or any(c in description for c in '\n\r"'):
                raise TaskError(f"{where}.description must be one line of at most 900 characters without quotes")
        enabled = item.get("enabled")
        if enabled is not None and not isinstance(enabled, bool):
            raise TaskError(f"{where}.enabled must be true or false, got {enabled!r}")
        families = _families(item["families"], f"{where}.families") if item.get("families") is not None else None
        out.append(UnitDecl(number, description, enabled, families))
    return out
