"""``jnx.jet.firewall.Firewall``: filters, terms, policers, bindings, counters and purge timers.

Terms, policer parameters and bindings are decoded with ``MessageToDict`` (proto field names,
enum names) and validated by :class:`jetemu.routing.firewall.FirewallState`; every failure is
answered with ``status`` FAILURE, a message naming the filter/term/field, and ``sub_code``.
"""

from __future__ import annotations

from typing import Any

import grpc
from google.protobuf.json_format import MessageToDict

from ...proto import jnx_common_base_types_pb2 as common_pb2
from ...proto import jnx_firewall_service_pb2 as fw_pb2
from ...routing import programs_for
from ...routing.firewall import FirewallError
from ..limits import enum_name
from .base import ServiceBase


def _dict(message: Any) -> dict[str, Any]:
    return MessageToDict(message, preserving_proto_field_name=True)


def _reply(cls: Any, error: FirewallError | None, message: str = "", **fields: Any) -> Any:
    if error is None:
        return cls(status=common_pb2.RpcStatus(code=common_pb2.SUCCESS, message=message), sub_code=0, **fields)
    return cls(
        status=common_pb2.RpcStatus(code=common_pb2.FAILURE, message=error.message),
        sub_code=cls.StatusCode.Value(error.code),
    )


def _terms(request: Any) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for term in request.terms_list:
        which = term.WhichOneof("filter_term")
        out.append((which or "", _dict(getattr(term, which)) if which else {}))
    return out


class FirewallService(ServiceBase):
    async def _state(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[Any, str]:
        runtime, session = await self._session(context, request)
        return programs_for(runtime).firewall, session.client_id

    async def FilterAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.add(
                client,
                request.name,
                enum_name(fw_pb2.FilterTypes, request.type),
                enum_name(fw_pb2.FilterFamilies, request.family),
                _terms(request),
            )
        except FirewallError as exc:
            return _reply(fw_pb2.FilterAddResponse, exc)
        return _reply(fw_pb2.FilterAddResponse, None, f"filter '{request.name}' added")

    async def FilterModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.modify(client, request.name, enum_name(fw_pb2.FilterFamilies, request.family), _terms(request))
        except FirewallError as exc:
            return _reply(fw_pb2.FilterModifyResponse, exc)
        return _reply(fw_pb2.FilterModifyResponse, None, f"filter '{request.name}' modified")

    async def FilterDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.delete(client, request.name, enum_name(fw_pb2.FilterFamilies, request.family))
        except FirewallError as exc:
            return _reply(fw_pb2.FilterDeleteResponse, exc)
        return _reply(fw_pb2.FilterDeleteResponse, None, f"filter '{request.name}' deleted")

    async def _bind(self, request: Any, context: grpc.aio.ServicerContext, add: bool) -> Any:
        cls = fw_pb2.FilterBindAddResponse if add else fw_pb2.FilterBindDeleteResponse
        state, client = await self._state(context, request)
        point = request.bind_object
        try:
            which = point.WhichOneof("bind_point")
            if which not in (None, "interface_name"):
                raise FirewallError(f"binding to a {which} is not supported; bind to interfaces", "EUNSUPPORTED_OP")
            state.bind(
                client,
                request.filter.name,
                enum_name(fw_pb2.FilterFamilies, request.filter.family),
                enum_name(fw_pb2.FilterBindObjType, request.obj_type),
                point.interface_name,
                enum_name(fw_pb2.FilterBindDirection, request.bind_direction),
                enum_name(fw_pb2.FilterFamilies, request.bind_family),
                add,
            )
        except FirewallError as exc:
            return _reply(cls, exc)
        return _reply(cls, None)

    async def FilterBindAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._bind(request, context, True)

    async def FilterBindDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._bind(request, context, False)

    async def _policer(self, request: Any, context: grpc.aio.ServicerContext, modify: bool) -> Any:
        cls = fw_pb2.PolicerModifyResponse if modify else fw_pb2.PolicerAddResponse
        state, client = await self._state(context, request)
        try:
            state.policer_set(
                client,
                request.name,
                enum_name(fw_pb2.PolicerType, request.type),
                enum_name(fw_pb2.PolicerFlag, request.flag),
                _dict(request.params),
                modify,
            )
        except FirewallError as exc:
            return _reply(cls, exc)
        return _reply(cls, None)

    async def PolicerAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._policer(request, context, False)

    async def PolicerModify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._policer(request, context, True)

    async def PolicerDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        try:
            state.policer_delete(client, request.name)
        except FirewallError as exc:
            return _reply(fw_pb2.PolicerDeleteResponse, exc)
        return _reply(fw_pb2.PolicerDeleteResponse, None)

    async def _counter_get(self, request: Any, context: grpc.aio.ServicerContext, policer: bool) -> Any:
        cls = fw_pb2.PolicerCounterGetResponse if policer else fw_pb2.FilterCounterGetResponse
        state, _ = await self._state(context, request)
        try:
            packets, octets = state.counter(request.filter_name, request.counter_name, policer)
        except FirewallError as exc:
            return _reply(cls, exc)
        return _reply(cls, None, counter_name=request.counter_name, bytes=octets, packets=packets)

    async def FilterCounterGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter_get(request, context, False)

    async def PolicerCounterGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter_get(request, context, True)

    async def _counter_set(self, request: Any, context: grpc.aio.ServicerContext, policer: bool) -> Any:
        """``*CounterSet``: clears the counter (sets it back to zero)."""
        cls = fw_pb2.PolicerCounterSetResponse if policer else fw_pb2.FilterCounterSetResponse
        state, _ = await self._state(context, request)
        try:
            state.clear(request.filter_name, request.counter_name, policer)
        except FirewallError as exc:
            return _reply(cls, exc)
        return _reply(cls, None, f"counter '{request.counter_name}' cleared")

    async def FilterCounterSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter_set(request, context, False)

    async def PolicerCounterSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        return await self._counter_set(request, context, True)

    async def FiltersPurgeTimerAdd(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        if not 1 <= request.time <= 86400:
            error = FirewallError(f"purge time {request.time} is out of range (1..86400 seconds)")
            return _reply(fw_pb2.FiltersPurgeTimerAddResponse, error)
        state.purge_times[client] = request.time
        return _reply(fw_pb2.FiltersPurgeTimerAddResponse, None)

    async def FiltersPurgeTimerDelete(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        state.purge_times.pop(client, None)
        return _reply(fw_pb2.FiltersPurgeTimerDeleteResponse, None)

    async def FiltersPurgeTimerGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        state, client = await self._state(context, request)
        return _reply(fw_pb2.FiltersPurgeTimerGetResponse, None, time=state.purge_times.get(client, 0))
