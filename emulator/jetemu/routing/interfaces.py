"""Logical units, families and addresses made through ``jnx.jet.interfaces.Interfaces``.

Permissions (what JET grants): a client may create logical units on existing physical
interfaces, and change or delete only the units it created (their families and addresses
included). Physical interfaces and units of the configuration belong to the configuration:
touching them is refused with ``NOT_OWNER_OF_OBJECT``. The units live in the device model beside
the configured ones, so ``show interfaces``, routes of their subnets and interface events follow.

Attribute keys understood: unit ``description`` (string) and ``disable`` (integer 0/1); family
``mtu`` (integer). Resetting: a string key with an empty value, an integer key with value 0.

The legacy ``interface`` (dcd) services act on the same units. Their ``setClientTimeout`` sets
how long a client's units outlive its last session (:attr:`InterfaceState.timeouts`); without one
(and for v2 clients) the units stay until deleted, as before.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..device.config import IPInterface
from ..device.model import DeviceError, Family, LogicalUnit

if TYPE_CHECKING:
    from ..device.model import Device, PhysicalInterface

FAMILIES = {"AF_INET": "inet", "AF_INET6": "inet6", "AF_MPLS": "mpls", "AF_ISO": "iso"}
UNIT_STRING_KEYS = ("description",)
UNIT_INTEGER_KEYS = ("disable",)
FAMILY_INTEGER_KEYS = ("mtu",)


class InterfaceError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Target:
    port: str
    unit: int | None = None
    family: str | None = None  # AfType name
    address: str | None = None


class InterfaceState:
    def __init__(self, device: Device) -> None:
        self.device = device
        self.timeouts: dict[str, int] = {}  # client id -> seconds its units outlive it (legacy dcd)

    # -- ownership and purge --------------------------------------------------------------------
    def has_state(self, client_id: str) -> bool:
        return any(unit.owner == client_id for ifd in self.device.interfaces.values() for unit in ifd.units.values())

    def purge_time(self, client_id: str) -> int | None:
        return self.timeouts.get(client_id)

    def purge(self, client_id: str) -> int:
        """Delete every unit the client created (with its families and addresses)."""
        mine = [
            (ifd, number)
            for ifd in self.device.interfaces.values()
            for number, unit in ifd.units.items()
            if unit.owner == client_id
        ]

        def drop() -> None:
            for ifd, number in mine:
                ifd.units.pop(number, None)

        if mine:
            self.device.transaction(drop)
        return len(mine)

    def owner_of(self, target: Target) -> str:
        """Who owns the object at ``target``: a client id, or "" for the configuration/hardware."""
        try:
            ifd = self._port(target)
        except InterfaceError as exc:
            if exc.code == "OPERATION_FAILED":  # no such physical interface
                raise InterfaceError("OBJECT_NOT_FOUND", exc.message) from None
            raise
        if target.unit is None:
            return ""
        unit = ifd.units.get(target.unit)
        if unit is None:
            raise InterfaceError("OBJECT_NOT_FOUND", f"unit {target.port}.{target.unit} does not exist")
        if target.family:
            family = self._family(unit, target)
            if target.address:
                address = self._address(target, family.name)
                if address not in family.addresses:
                    raise InterfaceError("OBJECT_NOT_FOUND", f"address {address} is not on {target.port}.{target.unit}")
        return unit.owner

    # -- lookups --------------------------------------------------------------------------------
    def _port(self, target: Target) -> PhysicalInterface:
        if not target.port:
            raise InterfaceError("PORT_NAME_NOT_SPECIFIED", "no port_name given")
        try:
            return self.device.physical(target.port)
        except DeviceError:
            raise InterfaceError("OPERATION_FAILED", f"interface {target.port} does not exist") from None

    def _unit(self, target: Target, client_id: str | None, *, missing: str = "OBJECT_NOT_FOUND") -> LogicalUnit:
        ifd = self._port(target)
        if target.unit is None:
            raise InterfaceError("UNIT_NOT_SPECIFIED", f"no unit given for {target.port}")
        unit = ifd.units.get(target.unit)
        if unit is None:
            raise InterfaceError(missing, f"unit {target.port}.{target.unit} does not exist")
        if client_id is not None and unit.owner != client_id:
            owner = f"client '{unit.owner}'" if unit.owner else "the configuration"
            raise InterfaceError(
                "NOT_OWNER_OF_OBJECT",
                f"unit {target.port}.{target.unit} belongs to {owner}, not to client '{client_id}'",
            )
        return unit

    @staticmethod
    def _family_name(target: Target) -> str:
        if not target.family or target.family == "AF_UNSPECIFIED":
            raise InterfaceError("FAMILY_NOT_SPECIFIED", "no family given")
        name = FAMILIES.get(target.family)
        if name is None:
            raise InterfaceError("OPERATION_FAILED", f"family {target.family} is not supported on logical units")
        return name

    def _family(self, unit: LogicalUnit, target: Target, missing: str = "OBJECT_NOT_FOUND") -> Family:
        name = self._family_name(target)
        family = unit.families.get(name)
        if family is None:
            raise InterfaceError(missing, f"family {name} is not configured on {target.port}.{target.unit}")
        return family

    @staticmethod
    def _address(target: Target, family: str) -> IPInterface:
        if not target.address:
            raise InterfaceError("IP_ADDR_NOT_SPECIFIED", "no ip_address given")
        try:
            address = ipaddress.ip_interface(target.address)
        except ValueError:
            raise InterfaceError(
                "OPERATION_FAILED", f"'{target.address}' is not an address (e.g. 10.0.0.1/24)"
            ) from None
        if family not in ("inet", "inet6") or (family == "inet6") != (address.version == 6):
            raise InterfaceError("INTERFACE_FAMILY_MISMATCH", f"{target.address} is not a {family} address")
        return address

    # -- changes --------------------------------------------------------------------------------
    def set(
        self,
        client_id: str,
        kind: str,
        target: Target,
        strings: dict[str, str],
        integers: dict[str, int],
        *,
        create_only: bool,
    ) -> None:
        """Add (``create_only``) or update (create if absent) a unit, family or address."""
        if kind == "interface":
            self._port(target)
            raise InterfaceError(
                "NOT_OWNER_OF_OBJECT",
                f"physical interface {target.port} belongs to the configuration; JET clients may "
                "create logical units only",
            )
        ifd = self._port(target)
        if kind == "unit":
            self._check_keys(strings, integers, UNIT_STRING_KEYS, UNIT_INTEGER_KEYS, "unit")
            number = target.unit
            if number is None:
                raise InterfaceError("UNIT_NOT_SPECIFIED", f"no unit given for {target.port}")
            existing = ifd.units.get(number)
            if existing is not None:
                self._unit(target, client_id)  # refused first when another owner has it
                if create_only:
                    raise InterfaceError("OPERATION_FAILED", f"unit {target.port}.{number} already exists")

            def mutate_unit() -> None:
                unit = ifd.units.get(number)
                if unit is None:
                    unit = LogicalUnit(number, self.device.next_ifl_index, self.device.next_snmp_index, owner=client_id)
                    self.device.next_ifl_index += 1
                    self.device.next_snmp_index += 1
                    ifd.units[number] = unit
                    ifd.units = dict(sorted(ifd.units.items()))
                if "description" in strings:
                    unit.description = strings["description"]
                if "disable" in integers:
                    unit.disabled = bool(integers["disable"])

            self.device.transaction(mutate_unit)
            return
        unit = self._unit(target, client_id)
        name = self._family_name(target)
        if kind == "family":
            self._check_keys(strings, integers, (), FAMILY_INTEGER_KEYS, "family")
            if name in unit.families and create_only:
                raise InterfaceError("OPERATION_FAILED", f"family {name} already exists on {target.port}.{target.unit}")
            mtu = integers.get("mtu")
            if mtu is not None and mtu != 0 and not 256 <= mtu <= 9500:
                raise InterfaceError("OPERATION_FAILED", f"mtu {mtu} is out of range (256..9500)")

            def mutate_family() -> None:
                family = unit.families.setdefault(name, Family(name))
                if mtu is not None:
                    family.mtu = mtu or None

            self.device.transaction(mutate_family)
            return
        if kind == "address":
            self._check_keys(strings, integers, (), (), "address")
            family = self._family(unit, target, "OPERATION_FAILED")
            address = self._address(target, name)
            if address in family.addresses:
                if create_only:
                    raise InterfaceError(
                        "OPERATION_FAILED",
                        f"address {address} already exists on {target.port}.{target.unit} family {name}",
                    )
                return
            self.device.transaction(lambda: family.addresses.append(address))
            return
        raise InterfaceError("INTERFACE_OBJECT_MISMATCH", f"{kind} objects are not supported")

    @staticmethod
    def _check_keys(
        strings: dict[str, str],
        integers: dict[str, int],
        known_strings: tuple[str, ...],
        known_integers: tuple[str, ...],
        what: str,
    ) -> None:
        for key in strings:
            if key not in known_strings:
                raise InterfaceError(
                    "OPERATION_FAILED",
                    f"unknown {what} string attribute '{key}' (known: {', '.join(known_strings) or 'none'})",
                )
        for key in integers:
            if key not in known_integers:
                raise InterfaceError(
                    "OPERATION_FAILED",
                    f"unknown {what} integer attribute '{key}' (known: {', '.join(known_integers) or 'none'})",
                )

    def delete(self, client_id: str, kind: str, target: Target) -> None:
        if kind == "interface":
            self._port(target)
            raise InterfaceError(
                "NOT_OWNER_OF_OBJECT", f"physical interface {target.port} belongs to the configuration"
            )
        ifd = self._port(target)
        unit = self._unit(target, client_id)
        if kind == "unit":
            self.device.transaction(lambda: ifd.units.pop(unit.unit))
            return
        family = self._family(unit, target)
        if kind == "family":
            self.device.transaction(lambda: unit.families.pop(family.name))
            return
        if kind == "address":
            address = self._address(target, family.name)
            if address not in family.addresses:
                raise InterfaceError(
                    "OBJECT_NOT_FOUND", f"address {address} is not on {target.port}.{target.unit} family {family.name}"
                )
            self.device.transaction(lambda: family.addresses.remove(address))
            return
        raise InterfaceError("INTERFACE_OBJECT_MISMATCH", f"{kind} objects are not supported")

    # -- reading --------------------------------------------------------------------------------
    def get(self, kind: str, target: Target) -> dict[str, Any]:
        ifd = self._port(target)
        if kind == "interface":
            return {"strings": {"description": ifd.description}, "integers": {"mtu": ifd.mtu or 0}}
        unit = self._unit(target, None)
        if kind == "unit":
            return {
                "strings": {"description": unit.description},
                "integers": {"disable": int(unit.disabled)},
                "families": sorted(unit.families),
                "owner": unit.owner,
            }
        family = self._family(unit, target)
        if kind == "family":
            return {
                "strings": {},
                "integers": {"mtu": family.mtu or 0},
                "addresses": [str(a) for a in family.addresses],
            }
        if kind == "address":
            address = self._address(target, family.name)
            if address not in family.addresses:
                raise InterfaceError("OBJECT_NOT_FOUND", f"address {address} is not on {target.port}.{target.unit}")
            return {"strings": {}, "integers": {}, "address": str(address)}
        raise InterfaceError("INTERFACE_OBJECT_MISMATCH", f"{kind} objects are not supported")

    def permissions(self, client_id: str, target: Target) -> tuple[bool, bool, str]:
        unit = self._unit(target, None)
        return unit.owner == client_id, bool(unit.owner), unit.owner
