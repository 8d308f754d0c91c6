"""Shared wire helpers of the legacy ``interface`` (dcd) services: objects, attributes, statuses.

The five legacy services of ``dcd_service.proto`` (``legacy_interfaces.py``,
``legacy_interface_attributes.py``, ``legacy_interface_owner.py``, ``legacy_interface_timeout.py``,
``legacy_public_ifl.py``) act on the units of ``jnx.jet.interfaces.Interfaces``
(:class:`jetemu.routing.interfaces.InterfaceState`). Requests name an object by ``port_name``,
``ifl_unit``, ``family`` and ``interface_address`` (``addr_string`` with its prefix length, e.g.
``10.0.0.1/24``); replies echo ``request_id`` and ``client_ctx``. No service here.
"""

from __future__ import annotations

from typing import Any

from ...proto import dcd_service_pb2 as dcd_pb2
from ...routing.interfaces import InterfaceError, Target
from .addresses import address_text

#: legacy FamilyType -> the AfType names InterfaceState speaks
FAMILIES = {dcd_pb2.INTF_AF_INET: "AF_INET", dcd_pb2.INTF_AF_INET6: "AF_INET6"}
#: InterfaceError codes (v2 sub codes) -> legacy ret_status names
STATUSES = {
    "NOT_OWNER_OF_OBJECT": "NOT_OWNER",
    "OBJECT_NOT_FOUND": "OBJECT_NOT_FOUND",
    "PORT_NAME_NOT_SPECIFIED": "NO_PORT_NAME",
    "UNIT_NOT_SPECIFIED": "NO_IFL_UNIT",
    "FAMILY_NOT_SPECIFIED": "NO_IFF_FAMILY",
    "IP_ADDR_NOT_SPECIFIED": "NO_IP_ADDR",
}


def ret_status(code: str) -> str:
    """An InterfaceError code as the ``ret_status`` member's name (message constructors take names)."""
    return STATUSES.get(code, "FAILURE")


def echo(request: Any) -> dict[str, Any]:
    """The request's own identifiers, as every legacy reply carries them back."""
    fields = request.DESCRIPTOR.fields_by_name
    return {name: getattr(request, name) for name in ("request_id", "client_ctx") if name in fields}


def target(request: Any) -> Target:
    """The object a request names (unit/family/address only when given)."""
    fields = request.DESCRIPTOR.fields_by_name
    unit = None
    if "ifl_unit" in fields and request.HasField("ifl_unit"):
        if request.ifl_unit.unit < 0:
            raise InterfaceError("OPERATION_FAILED", f"unit {request.ifl_unit.unit} is negative")
        unit = request.ifl_unit.unit
    family = None
    if "family" in fields and request.family != dcd_pb2.INTF_AF_UNKNOWN:
        family = FAMILIES.get(request.family)
        if family is None:
            raise InterfaceError("OPERATION_FAILED", f"unknown family value {request.family} (INET=2, INET6=28)")
    address = None
    if "interface_address" in fields and request.HasField("interface_address"):
        address = address_text(request.interface_address)
    return Target(request.port_name, unit, family, address)


def kind_of(target: Target) -> str:
    if target.address is not None:
        return "address"
    if target.family is not None:
        return "family"
    if target.unit is not None:
        return "unit"
    return "interface"


def attributes(request: Any) -> tuple[dict[str, str], dict[str, int]]:
    strings = {a.attr_name: a.attr_value for a in request.string_attr_list}
    integers = {a.attr_name: a.attr_value for a in request.integer_attr_list}
    return strings, integers


def config_reply(request: Any, error: InterfaceError | None) -> Any:
    if error is None:
        return dcd_pb2.ConfigResp(status=dcd_pb2.SUCCESS, **echo(request))
    return dcd_pb2.ConfigResp(status=ret_status(error.code), error_message=error.message, **echo(request))
