# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The interfaces service calls of jetkit.junos.interface (PRIVATE).

Units, families and addresses as ``jnx.jet.interfaces`` messages of the generated stubs, sent as
typed calls through :class:`.api.JetApi`; addresses are read from ``show interfaces IFL terse``
(the service cannot list them). Calls that change the device raise :class:`.steps.StepRefused`
when the device refuses them, so a plan can undo what came before.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .api import JetApi
from .common import TaskError, parse_json
from .errors import JetError
from .interface_input import ADDRESS_FAMILIES, FAMILIES, FamilyState, UnitState
from .services import INTERFACES, failed
from .steps import StepRefused

try:
    from .proto import jnx_common_addr_types_pb2 as addr_pb2
    from .proto import jnx_interfaces_service_pb2 as if_pb2
except ImportError:  # pragma: no cover - services.need_proto() says what is missing
    addr_pb2 = None  # type: ignore[assignment]
    if_pb2 = None  # type: ignore[assignment]


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
        af: Any = addr_pb2.AfType.Value(FAMILIES[family]) if family else 0
        cls: Any
        message: Any
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
            reply = self.api.unary(INTERFACES, "InterfaceGet", request)
        except JetError as exc:
            raise TaskError(f"InterfaceGet of {self.port}.{unit}: {exc.message}", jet_status=exc.status) from None
        if not failed(reply):
            return reply
        if reply.sub_code == if_pb2.InterfaceGetResponse.OBJECT_NOT_FOUND:
            return None
        raise TaskError(f"InterfaceGet of {self.port}.{unit}: {reply.status.message}")

    def owner(self, unit: int) -> tuple[bool, str]:
        request = if_pb2.InterfaceUnitPermissionsGetRequest(port_name=self.port, unit=self._unit(unit))
        try:
            reply = self.api.unary(INTERFACES, "InterfaceUnitPermissionsGet", request)
        except JetError as exc:
            raise TaskError(f"permissions of {self.port}.{unit}: {exc.message}", jet_status=exc.status) from None
        if failed(reply):
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
        what = describe(method, self.port, kind, unit, family, address, strings, integers)
        try:
            reply = self.api.unary(INTERFACES, method, self._request(request_cls, kind, message))
        except JetError as exc:
            raise StepRefused(what, exc.message) from None
        if failed(reply):
            codes = type(reply).StatusCode
            code = codes.Name(reply.sub_code) if reply.sub_code in codes.values() else ""
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
