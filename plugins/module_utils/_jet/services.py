# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The JET services and their methods, read from the generated stubs (PRIVATE to the collection).

Every call a task makes names a method of a generated service (``Management.OpCommandGet``,
``Rib.RouteAdd``...). This file turns that name into what both ends of the gateway need: the
gRPC path, the request and reply classes of the generated ``*_pb2`` modules, and whether the
reply is a server stream. Nothing here knows a field by hand and nothing imports grpc, so module
processes can use it with protobuf alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import LOCAL_FAILURE, JetError

try:
    from google.protobuf import message_factory

    from .proto import jnx_authentication_service_pb2 as _auth
    from .proto import jnx_firewall_service_pb2 as _firewall
    from .proto import jnx_interfaces_service_pb2 as _interfaces
    from .proto import jnx_management_service_pb2 as _management
    from .proto import jnx_routing_base_service_pb2 as _routing_base
    from .proto import jnx_routing_rib_service_pb2 as _rib

    PROTO_IMPORT_ERROR: str | None = None
    _FILES: tuple[Any, ...] = (_auth, _management, _rib, _routing_base, _firewall, _interfaces)
except ImportError as _exc:  # pragma: no cover - depends on the controller
    PROTO_IMPORT_ERROR = str(_exc)
    _FILES = ()

AUTHENTICATION = "jnx.jet.authentication.Authentication"
MANAGEMENT = "jnx.jet.management.Management"
RIB = "jnx.jet.routing.rib.Rib"
ROUTING_BASE = "jnx.jet.routing.base.Base"
FIREWALL = "jnx.jet.firewall.Firewall"
INTERFACES = "jnx.jet.interfaces.Interfaces"


@dataclass(frozen=True)
class Method:
    """One RPC of a generated service."""

    service: str  # full service name, e.g. jnx.jet.routing.rib.Rib
    name: str  # method name, e.g. RouteAdd
    request_cls: Any
    reply_cls: Any
    server_streaming: bool

    @property
    def path(self) -> str:
        """The gRPC path, ``/package.Service/Method``."""
        return f"/{self.service}/{self.name}"

    @property
    def short(self) -> str:
        """``Service/Method`` as errors name it."""
        return f"{self.service.rsplit('.', 1)[-1]}/{self.name}"


_METHODS: dict[str, Method] = {}


def _load() -> None:
    for module in _FILES:
        for service in module.DESCRIPTOR.services_by_name.values():
            for descriptor in service.methods:
                if descriptor.client_streaming:
                    continue  # JET has none we call; a client stream cannot cross the gateway
                method = Method(
                    service=service.full_name,
                    name=descriptor.name,
                    request_cls=message_factory.GetMessageClass(descriptor.input_type),
                    reply_cls=message_factory.GetMessageClass(descriptor.output_type),
                    server_streaming=bool(descriptor.server_streaming),
                )
                _METHODS[method.path] = method


def need_proto() -> None:
    """Fail with a clear message when the protobuf runtime is missing (before any other work)."""
    if PROTO_IMPORT_ERROR is not None:
        raise JetError(
            f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}",
            LOCAL_FAILURE,
        )


def method(service: str, name: str) -> Method:
    """The method ``name`` of ``service``; ValueError when the generated stubs have no such RPC."""
    return by_path(f"/{service}/{name}")


def by_path(path: str) -> Method:
    if PROTO_IMPORT_ERROR is not None:
        raise ValueError(f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}")
    if not _METHODS:
        _load()
    found = _METHODS.get(path)
    if found is None:
        raise ValueError(f"{path} is not an RPC of the JET services this collection knows")
    return found


def failed(reply: Any) -> bool:
    """Whether a JET reply's ``status`` (a ``jnx.jet.common.RpcStatus``) says anything but SUCCESS.

    A reply type without a ``status`` field has no such verdict and counts as a success.
    """
    if "status" not in type(reply).DESCRIPTOR.fields_by_name:
        return False
    return bool(reply.status.code != 0)
