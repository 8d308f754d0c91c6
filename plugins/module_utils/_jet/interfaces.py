# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.interface: logical units, families and addresses over JET (PRIVATE).

Messages of ``jnx.jet.interfaces.Interfaces`` are built and read here and sent through the
persistent connection's pass-through (see :mod:`.routing`).

Reading: ``InterfaceGet`` of the unit (description, disable) and of each family (mtu) tells what
exists. The service has no way to list a family's addresses, so they are read from
``show interfaces IFL terse`` (JSON); IPv6 link-local addresses the device adds itself are left out.

Writing: JET lets a client create logical units on existing physical interfaces and change or
delete only the units it created. Before sending anything the task asks
``InterfaceUnitPermissionsGet`` for every existing unit it would change and fails naming the unit
when it is not this client's. Every change is a step with an inverse; a device refusal midway
undoes the steps already applied (see :class:`.firewall.Plan`).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_json
from .errors import JetError
from .firewall import Plan, StepRefused
from .routing import grpc_unary

try:
    from .proto import jnx_common_addr_types_pb2 as addr_pb2
    from .proto import jnx_interfaces_service_pb2 as if_pb2

    PROTO_IMPORT_ERROR: str | None = None
except ImportError as _exc:  # pragma: no cover - depends on the controller
    PROTO_IMPORT_ERROR = str(_exc)

INTERFACES = "jnx.jet.interfaces.Interfaces"
FAMILIES = {"inet": "AF_INET", "inet6": "AF_INET6", "mpls": "AF_MPLS", "iso": "AF_ISO"}
ADDRESS_FAMILIES = ("inet", "inet6")
_PORT = re.compile(r"^[a-z][a-z0-9-]*[0-9](/[0-9]+)*$")


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


def _need_proto() -> None:
    if PROTO_IMPORT_ERROR is not None:
        raise TaskError(f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}")


# == input ===========================================================================================
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
        number = int(number)
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


# == device ==========================================================================================
class Device:
    def __init__(self, api: JetApi, port: str) -> None:
        self.api = api
        self.port = port

    def _unit(self, unit: int) -> Any:
        return if_pb2.InterfaceUnit(number=unit)

    @staticmethod
    def _attributes(strings: dict[str, str], integers: dict[str, int]) -> Any:
        return if_pb2.InterfaceAttributeList(
            string_attributes=[if_pb2.StringAttribute(key=k, value=v) for k, v in strings.items()],
            integer_attributes=[if_pb2.IntegerAttribute(key=k, value=v) for k, v in integers.items()],
        )

    def _object(self, kind: str, unit: int, family: str | None, address: str | None, attrs: Any, delete: bool) -> Any:
        """(slot name, message) of an InterfaceAdd/Update/Get/Delete request."""
        port = self.port
        af = addr_pb2.AfType.Value(FAMILIES[family]) if family else 0
        if kind == "unit":
            cls = if_pb2.InterfaceUnitDelete if delete else if_pb2.InterfaceUnitConfig
            message = cls(port_name=port, unit=self._unit(unit))
        elif kind == "family":
            cls = if_pb2.InterfaceFamilyDelete if delete else if_pb2.InterfaceFamilyConfig
            message = cls(port_name=port, unit=self._unit(unit), family=af)
        else:
            cls = if_pb2.InterfaceAddressDelete if delete else if_pb2.InterfaceAddressConfig
            message = cls(
                port_name=port, unit=self._unit(unit), family=af, ip_address=addr_pb2.IpAddress(addr_string=address)
            )
        if attrs is not None and not delete:
            message.attributes.CopyFrom(attrs)
        return message

    TYPES = {"unit": "TYPE_INTERFACE_UNIT_OBJECT", "family": "TYPE_INTERFACE_FAMILY_OBJECT"}

    def _request(self, cls: Any, kind: str, message: Any) -> Any:
        type_name = self.TYPES.get(kind, "TYPE_INTERFACE_ADDRESS_OBJECT")
        return cls(type=if_pb2.InterfaceType.Value(type_name), **{kind: message})

    def get(self, kind: str, unit: int, family: str | None = None) -> Any | None:
        request = self._request(if_pb2.InterfaceGetRequest, kind, self._object(kind, unit, family, None, None, False))
        try:
            reply = grpc_unary(self.api, INTERFACES, "InterfaceGet", request, if_pb2.InterfaceGetResponse)
        except JetError as exc:
            raise TaskError(f"InterfaceGet of {self.port}.{unit}: {exc.message}", jet_status=exc.status) from None
        if reply.status.code == 0:
            return reply
        if reply.sub_code == if_pb2.InterfaceGetResponse.OBJECT_NOT_FOUND:
            return None
        raise TaskError(f"InterfaceGet of {self.port}.{unit}: {reply.status.message}")

    def owner(self, unit: int) -> tuple[bool, str]:
        request = if_pb2.InterfaceUnitPermissionsGetRequest(port_name=self.port, unit=self._unit(unit))
        try:
            reply = grpc_unary(
                self.api,
                INTERFACES,
                "InterfaceUnitPermissionsGet",
                request,
                if_pb2.InterfaceUnitPermissionsGetResponse,
            )
        except JetError as exc:
            raise TaskError(f"permissions of {self.port}.{unit}: {exc.message}", jet_status=exc.status) from None
        if reply.status.code != 0:
            raise TaskError(f"permissions of {self.port}.{unit}: {reply.status.message}")
        return bool(reply.is_owner), str(reply.client_name)

    def change(
        self,
        method: str,
        kind: str,
        unit: int,
        family: str | None = None,
        address: str | None = None,
        strings: dict[str, str] | None = None,
        integers: dict[str, int] | None = None,
    ) -> None:
        delete = method == "InterfaceDelete"
        attrs = self._attributes(strings or {}, integers or {}) if (strings or integers) else None
        message = self._object(kind, unit, family, address, attrs, delete)
        request_cls = {
            "InterfaceAdd": if_pb2.InterfaceAddRequest,
            "InterfaceUpdate": if_pb2.InterfaceUpdateRequest,
            "InterfaceDelete": if_pb2.InterfaceDeleteRequest,
        }[method]
        reply_cls = {
            "InterfaceAdd": if_pb2.InterfaceAddResponse,
            "InterfaceUpdate": if_pb2.InterfaceUpdateResponse,
            "InterfaceDelete": if_pb2.InterfaceDeleteResponse,
        }[method]
        what = describe(method, self.port, kind, unit, family, address, strings, integers)
        try:
            reply = grpc_unary(self.api, INTERFACES, method, self._request(request_cls, kind, message), reply_cls)
        except JetError as exc:
            raise StepRefused(what, exc.message) from None
        if reply.status.code != 0:
            code = reply_cls.StatusCode.Name(reply.sub_code) if reply.sub_code in reply_cls.StatusCode.values() else ""
            raise StepRefused(what, f"{reply.status.message}" + (f" ({code})" if code else ""))

    def addresses(self, unit: int) -> dict[str, list[str]]:
        """Addresses per family of ``port.unit`` from ``show interfaces IFL terse`` (JSON)."""
        name = f"{self.port}.{unit}"
        command = f"show interfaces {name} terse"
        try:
            data = parse_json(self.api.op_command(command, "json"), command)
        except JetError as exc:
            raise TaskError(f"{command}: {exc.message}", jet_status=exc.status) from None
        out: dict[str, list[str]] = {}
        infos = data.get("interface-information", []) if isinstance(data, dict) else []
        for info in infos:
            logicals = list(info.get("logical-interface", []))
            for ifd in info.get("physical-interface", []):
                logicals.extend(ifd.get("logical-interface", []))
            for ifl in logicals:
                if ifl.get("name", [{}])[0].get("data") != name:
                    continue
                for block in ifl.get("address-family", []):
                    family = block.get("address-family-name", [{}])[0].get("data", "")
                    for entry in block.get("interface-address", []):
                        local = str(entry.get("ifa-local", [{}])[0].get("data", ""))
                        try:
                            parsed = ipaddress.ip_interface(local)
                        except ValueError:
                            continue
                        if parsed.version == 6 and parsed.ip.is_link_local:
                            continue
                        out.setdefault(family, []).append(str(parsed))
        return out

    def read(self, unit: int) -> UnitState | None:
        reply = self.get("unit", unit)
        if reply is None:
            return None
        strings = {a.key: a.value for a in reply.unit.attributes.string_attributes}
        integers = {a.key: a.value for a in reply.unit.attributes.integer_attributes}
        state = UnitState(unit, strings.get("description", ""), not integers.get("disable", 0))
        addresses: dict[str, list[str]] | None = None
        for family in FAMILIES:
            found = self.get("family", unit, family)
            if found is None:
                continue
            mtu = {a.key: a.value for a in found.family.attributes.integer_attributes}.get("mtu") or None
            fam = FamilyState(mtu)
            if family in ADDRESS_FAMILIES:
                if addresses is None:
                    addresses = self.addresses(unit)
                fam.addresses = list(addresses.get(family, []))
            state.families[family] = fam
        return state


def describe(
    method: str,
    port: str,
    kind: str,
    unit: int,
    family: str | None,
    address: str | None,
    strings: dict[str, str] | None = None,
    integers: dict[str, int] | None = None,
) -> str:
    text = f"{method} {port}.{unit}"
    if family:
        text += f" family {family}"
    if address:
        text += f" address {address}"
    attrs = [f"{k}={v!r}" for k, v in (strings or {}).items()] + [f"{k}={v}" for k, v in (integers or {}).items()]
    if attrs:
        text += f" ({', '.join(attrs)})"
    return text


# == planning ========================================================================================
def _target(current: UnitState | None, decl: UnitDecl, state: str) -> UnitState:
    """What the unit should look like after the task (present or replaced)."""
    replaced = state == "replaced"
    base = current or UnitState(decl.unit)
    result = UnitState(
        decl.unit,
        decl.description if decl.description is not None else ("" if replaced else base.description),
        decl.enabled if decl.enabled is not None else (True if replaced else base.enabled),
    )
    if not replaced:
        result.families = {k: FamilyState(v.mtu, list(v.addresses)) for k, v in base.families.items()}
    for name, fam in (decl.families or {}).items():
        old = base.families.get(name)
        if replaced:
            result.families[name] = FamilyState(fam.mtu, list(fam.addresses or []))
            continue
        merged = result.families.setdefault(name, FamilyState())
        if fam.mtu is not None:
            merged.mtu = fam.mtu
        for address in fam.addresses or []:
            if address not in merged.addresses:
                merged.addresses.append(address)
        if old is None and fam.mtu is None:
            merged.mtu = None
    return result


def _recreate(plan: Plan, dev: Device, state: UnitState, with_unit: bool) -> None:
    """Steps that build ``state`` from nothing (used as undo of deletions)."""
    if with_unit:
        dev.change("InterfaceAdd", "unit", state.unit, strings=_unit_strings(state), integers=_unit_integers(state))
    for name, fam in state.families.items():
        _add_family(dev, state.unit, name, fam)


def _add_family(dev: Device, unit: int, name: str, fam: FamilyState) -> None:
    dev.change("InterfaceAdd", "family", unit, name, integers={"mtu": fam.mtu} if fam.mtu else None)
    for address in fam.addresses:
        dev.change("InterfaceAdd", "address", unit, name, address)


def _unit_strings(state: UnitState) -> dict[str, str]:
    return {"description": state.description} if state.description else {}


def _unit_integers(state: UnitState) -> dict[str, int]:
    return {} if state.enabled else {"disable": 1}


def plan_unit(plan: Plan, dev: Device, current: UnitState | None, target: UnitState) -> None:
    port, unit = dev.port, target.unit
    if current is None:
        strings, integers = _unit_strings(target), _unit_integers(target)
        plan.add(
            describe("InterfaceAdd", port, "unit", unit, None, None, strings, integers),
            lambda: dev.change("InterfaceAdd", "unit", unit, strings=strings, integers=integers),
            lambda: dev.change("InterfaceDelete", "unit", unit),
        )
        current = UnitState(unit, target.description, target.enabled)
    else:
        strings: dict[str, str] = {}  # type: ignore[no-redef]
        integers: dict[str, int] = {}  # type: ignore[no-redef]
        undo_strings: dict[str, str] = {}
        undo_integers: dict[str, int] = {}
        if current.description != target.description:
            strings["description"] = target.description
            undo_strings["description"] = current.description
        if current.enabled != target.enabled:
            integers["disable"] = 0 if target.enabled else 1
            undo_integers["disable"] = 0 if current.enabled else 1
        if strings or integers:
            plan.add(
                describe("InterfaceUpdate", port, "unit", unit, None, None, strings, integers),
                lambda s=strings, i=integers: dev.change("InterfaceUpdate", "unit", unit, strings=s, integers=i),
                lambda s=undo_strings, i=undo_integers: dev.change(
                    "InterfaceUpdate", "unit", unit, strings=s, integers=i
                ),
            )
    for name, old in current.families.items():
        if name not in target.families:
            plan.add(
                describe("InterfaceDelete", port, "family", unit, name, None),
                lambda n=name: dev.change("InterfaceDelete", "family", unit, n),
                lambda n=name, f=old: _add_family(dev, unit, n, f),
            )
    for name, fam in target.families.items():
        old = current.families.get(name)
        if old is None:
            integers = {"mtu": fam.mtu} if fam.mtu else {}
            plan.add(
                describe("InterfaceAdd", port, "family", unit, name, None, None, integers),
                lambda n=name, i=integers: dev.change("InterfaceAdd", "family", unit, n, integers=i),
                lambda n=name: dev.change("InterfaceDelete", "family", unit, n),
            )
            old = FamilyState()
        elif old.mtu != fam.mtu:
            plan.add(
                describe("InterfaceUpdate", port, "family", unit, name, None, None, {"mtu": fam.mtu or 0}),
                lambda n=name, m=fam.mtu: dev.change("InterfaceUpdate", "family", unit, n, integers={"mtu": m or 0}),
                lambda n=name, m=old.mtu: dev.change("InterfaceUpdate", "family", unit, n, integers={"mtu": m or 0}),
            )
        for address in old.addresses:
            if address not in fam.addresses:
                plan.add(
                    describe("InterfaceDelete", port, "address", unit, name, address),
                    lambda n=name, a=address: dev.change("InterfaceDelete", "address", unit, n, a),
                    lambda n=name, a=address: dev.change("InterfaceAdd", "address", unit, n, a),
                )
        for address in fam.addresses:
            if address not in old.addresses:
                plan.add(
                    describe("InterfaceAdd", port, "address", unit, name, address),
                    lambda n=name, a=address: dev.change("InterfaceAdd", "address", unit, n, a),
                    lambda n=name, a=address: dev.change("InterfaceDelete", "address", unit, n, a),
                )


def plan_absent(plan: Plan, dev: Device, current: UnitState, decl: UnitDecl) -> UnitState | None:
    """Steps removing what ``decl`` names; returns the unit's state afterwards (None: deleted)."""
    port, unit = dev.port, decl.unit
    if decl.families is None:
        plan.add(
            describe("InterfaceDelete", port, "unit", unit, None, None),
            lambda: dev.change("InterfaceDelete", "unit", unit),
            lambda: _recreate(plan, dev, current, True),
        )
        return None
    after = UnitState(unit, current.description, current.enabled, dict(current.families))
    for name, fam in decl.families.items():
        old = current.families.get(name)
        if old is None:
            continue
        if fam.addresses is None:
            plan.add(
                describe("InterfaceDelete", port, "family", unit, name, None),
                lambda n=name: dev.change("InterfaceDelete", "family", unit, n),
                lambda n=name, f=old: _add_family(dev, unit, n, f),
            )
            del after.families[name]
            continue
        remaining = [a for a in old.addresses if a not in fam.addresses]
        for address in old.addresses:
            if address in fam.addresses:
                plan.add(
                    describe("InterfaceDelete", port, "address", unit, name, address),
                    lambda n=name, a=address: dev.change("InterfaceDelete", "address", unit, n, a),
                    lambda n=name, a=address: dev.change("InterfaceAdd", "address", unit, n, a),
                )
        after.families[name] = FamilyState(old.mtu, remaining)
    return after


# == interface =======================================================================================
INTERFACE_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "units": {"type": "list", "elements": "raw", "required": True},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent", "replaced"]},
}


def run_interface(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _need_proto()
    port = str(params["name"]).strip()
    if "." in port:
        raise TaskError(f"name must be a physical interface (e.g. ge-0/0/1), got {port!r}; give units in units")
    if not _PORT.match(port):
        raise TaskError(f"name {port!r} is not an interface name (e.g. ge-0/0/1)")
    state = params["state"]
    decls = parse_units(params["units"])
    dev = Device(api, port)
    plan = Plan()
    before_lines: list[str] = []
    after_lines: list[str] = []
    units_after: list[dict[str, Any]] = []
    for decl in decls:
        current = dev.read(decl.unit)
        if current is not None:
            before_lines.extend(current.lines(port))
        if state == "absent":
            if current is None:
                continue
            mark = len(plan.steps)
            after = plan_absent(plan, dev, current, decl)
            if len(plan.steps) > mark:
                _owned(dev, decl.unit)
            if after is not None:
                after_lines.extend(after.lines(port))
                units_after.append(after.to_dict())
            continue
        target = _target(current, decl, state)
        mark = len(plan.steps)
        plan_unit(plan, dev, current, target)
        if current is not None and len(plan.steps) > mark:
            _owned(dev, decl.unit)
        after_lines.extend(target.lines(port))
        units_after.append(target.to_dict())
    changed = bool(plan.steps)
    result: dict[str, Any] = {
        "changed": changed,
        "interface": port,
        "operations": [s.what for s in plan.steps],
        "units": units_after,
    }
    if ctx.diff and changed:
        result["diff"] = {
            "before": "\n".join(before_lines) + ("\n" if before_lines else ""),
            "after": "\n".join(after_lines) + ("\n" if after_lines else ""),
        }
    if ctx.check_mode or not changed:
        return result
    plan.run()
    return result


def _owned(dev: Device, unit: int) -> None:
    is_owner, client = dev.owner(unit)
    if not is_owner:
        owner = f"JET client '{client}'" if client else "the configuration"
        raise TaskError(
            f"unit {dev.port}.{unit} belongs to {owner}: a JET client may change only the units it created "
            "(nothing was sent)"
        )


INTERFACE = ModuleSpec(name="interface", argument_spec=INTERFACE_SPEC, run=run_interface)
