"""Legacy ``interface.TimeoutService``: how long a client's interface objects outlive it.

``setClientTimeout(N)`` with N > 0: the units the client created are deleted N seconds after its
last session ends (unless it is back by then); 0 removes the timeout, and the units stay until
deleted, as they do for clients that never set one. Negative values are refused.
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import dcd_service_pb2 as dcd_pb2
from ...routing import programs_for
from .base import ServiceBase


class LegacyInterfaceTimeoutService(ServiceBase):
    """Legacy ``interface.TimeoutService``."""

    async def setClientTimeout(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        if request.timeout < 0:
            return dcd_pb2.TimeoutResp(
                status=dcd_pb2.FAILURE, error_message=f"timeout {request.timeout} is negative (seconds, 0 = none)"
            )
        timeouts = programs_for(runtime).interfaces.timeouts
        if request.timeout:
            timeouts[session.client_id] = request.timeout
        else:
            timeouts.pop(session.client_id, None)
        return dcd_pb2.TimeoutResp(status=dcd_pb2.SUCCESS)
