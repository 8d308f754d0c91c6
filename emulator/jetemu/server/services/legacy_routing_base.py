"""Legacy ``routing.Base`` (prpd_service.proto): purge time of the calling client and route summaries.

The same state as ``jnx.jet.routing.base.Base`` (``routing_base.py``): a purge time set here is
the one v2 ``RoutePurgeTimerGet`` reads, and it keeps the client's routes of either API after the
client goes away. Replies carry a ``ReturnCode`` only.
"""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import prpd_common_pb2 as v1_common
from ...proto import prpd_service_pb2 as v1_base
from ...routing import programs_for
from .base import ServiceBase
from .routing_base import SUMMARY_FAMILIES, fill_route_summary, purge_time_problem, summary_problem


class LegacyRoutingBaseService(ServiceBase):
    """Legacy ``routing.Base``."""

    async def RoutePurgeTimeConfig(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        if purge_time_problem(request.time) is not None:
            return v1_base.RtOperReply(ret_code=v1_common.RET_INVALID_PARAMS)
        programs_for(runtime).rib.set_purge_time(session.client_id, request.time)
        return v1_base.RtOperReply(ret_code=v1_common.RET_SUCCESS)

    async def RoutePurgeTimeUnconfig(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        programs_for(runtime).rib.set_purge_time(session.client_id, None)
        return v1_base.RtOperReply(ret_code=v1_common.RET_SUCCESS)

    async def RoutePurgeTimeGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        seconds = programs_for(runtime).rib.purge_time(session.client_id)
        return v1_base.RtPurgeTimeGetReply(ret_code=v1_common.RET_SUCCESS, time=seconds or 0)

    async def RouteSummaryGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        problem = summary_problem(request.addr_family, request.instance_name)
        if problem is not None:
            return v1_base.RtSummaryGetResponse(ret_code=f"RET_{problem[0]}")
        summary = programs_for(runtime).rib.summary(
            request.all_clients, session.client_id, SUMMARY_FAMILIES[request.addr_family]
        )
        reply = v1_base.RtSummaryGetResponse(ret_code=v1_common.RET_SUCCESS)
        fill_route_summary(reply, summary, v1_base.RtSummaryEntry, v1_common.RouteTableName)
        return reply
