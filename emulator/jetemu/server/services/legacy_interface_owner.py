"""Legacy ``interface.ObjectQueryService``: who owns an interface object.

OWNER when the calling client created it, OBJECT_JAPI_OWNER when another JET client did,
OBJECT_CLI_OWNER when it comes from the configuration (physical interfaces included),
OBJECT_NOT_FOUND when it does not exist.
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import dcd_service_pb2 as dcd_pb2
from ...routing import programs_for
from ...routing.interfaces import InterfaceError
from .base import ServiceBase
from .dcd import echo, ret_status, target


class LegacyInterfaceOwnerService(ServiceBase):
    """Legacy ``interface.ObjectQueryService``."""

    async def isObjectOwner(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        cls = dcd_pb2.ObjectOwnershipResp
        try:
            if request.HasField("arp_address"):
                raise InterfaceError("OPERATION_FAILED", "ARP entries are not supported by this device")
            owner = programs_for(runtime).interfaces.owner_of(target(request))
        except InterfaceError as exc:
            code = (
                "OBJECT_NOT_FOUND" if exc.code == "OPERATION_FAILED" and "does not exist" in exc.message else exc.code
            )
            return cls(status=ret_status(code), error_message=exc.message, **echo(request))
        if owner == session.client_id:
            status = dcd_pb2.OWNER
        elif owner:
            status = dcd_pb2.OBJECT_JAPI_OWNER
        else:
            status = dcd_pb2.OBJECT_CLI_OWNER
        return cls(status=status, **echo(request))
