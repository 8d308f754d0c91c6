"""Legacy ``interface.AttrQueryService``: the attributes of an interface object.

The object is the most specific one the request names (address, else family, else unit, else the
physical interface). Without attribute names in the request every attribute comes back; with
names, the named ones (ATTRIBUTE_NOT_FOUND when the object has no such attribute).
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import dcd_service_pb2 as dcd_pb2
from ...routing import programs_for
from ...routing.interfaces import InterfaceError
from .base import ServiceBase
from .dcd import echo, kind_of, ret_status, target


class LegacyInterfaceAttributesService(ServiceBase):
    """Legacy ``interface.AttrQueryService``."""

    async def InterfacesQueryAttribute(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        state = programs_for(runtime).interfaces
        cls = dcd_pb2.AttributeResponseInfo
        try:
            where = target(request)
            if request.HasField("arp_address"):
                raise InterfaceError("OPERATION_FAILED", "ARP entries are not supported by this device")
            found = state.get(kind_of(where), where)
        except InterfaceError as exc:
            return cls(status=ret_status(exc.code), error_message=exc.message, **echo(request))
        strings: dict[str, str] = found["strings"]
        integers: dict[str, int] = found["integers"]
        wanted_strings = [a.attr_name for a in request.string_attr_list]
        wanted_integers = [a.attr_name for a in request.integer_attr_list]
        missing = [n for n in wanted_strings if n not in strings] + [n for n in wanted_integers if n not in integers]
        if missing:
            return cls(
                status=dcd_pb2.ATTRIBUTE_NOT_FOUND,
                error_message=f"no attribute {', '.join(missing)} on this object",
                **echo(request),
            )
        if wanted_strings or wanted_integers:
            strings = {n: strings[n] for n in wanted_strings}
            integers = {n: integers[n] for n in wanted_integers}
        return cls(
            status=dcd_pb2.ATTRIBUTE_FOUND,
            string_attr_list=[dcd_pb2.string_attr(attr_name=k, attr_value=v) for k, v in strings.items()],
            integer_attr_list=[dcd_pb2.integer_attr(attr_name=k, attr_value=int(v)) for k, v in integers.items()],
            **echo(request),
        )
