"""Legacy ``interface.PublicIflService``: whether a logical unit is public.

A public unit is one of the configuration (made outside JET), which every client may use;
a unit a JET client created is private to that client. SUCCESS means public, FAILURE (with the
owning client in ``error_message``) private, OBJECT_NOT_FOUND that the unit does not exist.
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import dcd_service_pb2 as dcd_pb2
from ...routing import programs_for
from ...routing.interfaces import InterfaceError
from .base import ServiceBase
from .dcd import echo, ret_status, target


class LegacyPublicIflService(ServiceBase):
    """Legacy ``interface.PublicIflService``."""

    async def isPublicIfl(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        cls = dcd_pb2.PublicIflResp
        try:
            where = target(request)
            if where.unit is None:
                raise InterfaceError("UNIT_NOT_SPECIFIED", f"no ifl_unit given for {where.port}")
            owner = programs_for(runtime).interfaces.owner_of(where)
        except InterfaceError as exc:
            return cls(status=ret_status(exc.code), error_message=exc.message, **echo(request))
        if owner:
            return cls(status=dcd_pb2.FAILURE, error_message=f"unit created by client '{owner}'", **echo(request))
        return cls(status=dcd_pb2.SUCCESS, **echo(request))
