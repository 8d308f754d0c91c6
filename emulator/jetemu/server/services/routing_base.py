"""``jnx.jet.routing.base.Base``: the purge timer of the calling client and route summaries."""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import jnx_routing_base_service_pb2 as base_svc_pb2
from ...proto import jnx_routing_base_types_pb2 as base_pb2
from ...routing import programs_for
from .base import ServiceBase, fail_status, ok_status


class RoutingBaseService(ServiceBase):
    """``jnx.jet.routing.base.Base``: purge timer of the calling client and route summaries."""

    async def RoutePurgeTimerAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        if not 1 <= request.time <= 86400:
            return base_svc_pb2.RoutePurgeTimerAddResponse(
                status=fail_status(f"purge time {request.time} is out of range (1..86400 seconds)"),
                sub_code=base_svc_pb2.INVALID_PARAMS,
            )
        programs_for(runtime).rib.set_purge_time(session.client_id, request.time)
        return base_svc_pb2.RoutePurgeTimerAddResponse(
            status=ok_status(f"routes of client '{session.client_id}' are kept {request.time}s after it goes away"),
            sub_code=base_svc_pb2.SUCCESS,
        )

    async def RoutePurgeTimerDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        programs_for(runtime).rib.set_purge_time(session.client_id, None)
        return base_svc_pb2.RoutePurgeTimerDeleteResponse(status=ok_status(), sub_code=base_svc_pb2.SUCCESS)

    async def RoutePurgeTimerGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        seconds = programs_for(runtime).rib.purge_time(session.client_id)
        return base_svc_pb2.RoutePurgeTimerGetResponse(
            status=ok_status(), sub_code=base_svc_pb2.SUCCESS, time=seconds or 0
        )

    async def RouteSummaryGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        families = {base_pb2.FAMILY_ANY: "", base_pb2.FAMILY_INET: "inet", base_pb2.FAMILY_INET6: "inet6"}
        if request.addr_family not in families:
            return base_svc_pb2.RtSummaryGetResponse(
                status=fail_status(
                    f"address family value {request.addr_family} has no programmed routes (ANY, INET, INET6)"
                ),
                sub_code=base_svc_pb2.INVALID_ADDRESS_FAMILY,
            )
        if request.instance_name not in ("", "master", "default"):
            return base_svc_pb2.RtSummaryGetResponse(
                status=fail_status(f"routing instance '{request.instance_name}' does not exist"),
                sub_code=base_svc_pb2.INVALID_INSTANCE,
            )
        summary = programs_for(runtime).rib.summary(
            request.all_clients, session.client_id, families[request.addr_family]
        )
        reply = base_svc_pb2.RtSummaryGetResponse(status=ok_status(), sub_code=base_svc_pb2.SUCCESS)
        for client_id, protocols in summary.items():
            client = reply.client_rt_summary[client_id]
            for protocol, tables in protocols.items():
                listing = client.protocol_rt_summary[protocol]
                for table, count in sorted(tables.items()):
                    listing.rt_summary.append(
                        base_svc_pb2.RtSummaryEntry(
                            rt_tbl_name=base_pb2.RouteTableName(name=table), primary_rt_count=count
                        )
                    )
        return reply
