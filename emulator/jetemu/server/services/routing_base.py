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
        problem = purge_time_problem(request.time)
        if problem is not None:
            return base_svc_pb2.RoutePurgeTimerAddResponse(
                status=fail_status(problem), sub_code=base_svc_pb2.INVALID_PARAMS
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
        # NetworkAddressFamily has the same numbers in both generations (ANY=0, INET=1, INET6=2).
        problem = summary_problem(request.addr_family, request.instance_name)
        if problem is not None:
            code, message = problem
            return base_svc_pb2.RtSummaryGetResponse(status=fail_status(message), sub_code=code)
        summary = programs_for(runtime).rib.summary(
            request.all_clients, session.client_id, SUMMARY_FAMILIES[request.addr_family]
        )
        reply = base_svc_pb2.RtSummaryGetResponse(status=ok_status(), sub_code=base_svc_pb2.SUCCESS)
        fill_route_summary(reply, summary, base_svc_pb2.RtSummaryEntry, base_pb2.RouteTableName)
        return reply


SUMMARY_FAMILIES = {0: "", 1: "inet", 2: "inet6"}


def purge_time_problem(seconds: int) -> str | None:
    """Why a purge time (RoutePurgeTimerAdd, legacy RoutePurgeTimeConfig) is refused, or None."""
    if not 1 <= seconds <= 86400:
        return f"purge time {seconds} is out of range (1..86400 seconds)"
    return None


def summary_problem(family: int, instance: str) -> tuple[str, str] | None:
    """(status name without prefix, message) when a RouteSummaryGet cannot be answered, or None."""
    if family not in SUMMARY_FAMILIES:
        return "INVALID_ADDRESS_FAMILY", f"address family value {family} has no programmed routes (ANY, INET, INET6)"
    if instance not in ("", "master", "default"):
        return "INVALID_INSTANCE", f"routing instance '{instance}' does not exist"
    return None


def fill_route_summary(
    reply: Any, summary: dict[str, dict[str, dict[str, int]]], entry_cls: Any, table_name_cls: Any
) -> None:
    """Put client -> protocol -> table -> count into an RtSummaryGetResponse (v2 or legacy: same shape)."""
    for client_id, protocols in summary.items():
        client = reply.client_rt_summary[client_id]
        for protocol, tables in protocols.items():
            listing = client.protocol_rt_summary[protocol]
            for table, count in sorted(tables.items()):
                listing.rt_summary.append(entry_cls(rt_tbl_name=table_name_cls(name=table), primary_rt_count=count))
