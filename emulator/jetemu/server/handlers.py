"""Generic gRPC handlers built from the service descriptors, with safe request decoding.

grpcio's generated ``add_*Servicer_to_server`` helpers decode requests with
``Message.FromString``; a malformed request then surfaces to the client as
``INTERNAL: Exception deserializing request!``. jsd should say what is wrong, so requests are
decoded here: a payload that does not parse reaches the handler as :class:`BadRequest`, and the
call ends with ``INVALID_ARGUMENT`` naming the message type and the parser's complaint.

Every behaviour also runs inside a safety net: an exception the servicer did not turn into an
answer would reach the client as ``UNKNOWN``; here it ends the call with ``INVALID_ARGUMENT``
naming the method and the error, and is logged with :data:`SAFETY_NET_MARK` and its traceback.
The net is a last resort, not input checking: the services check their input themselves, and
the fuzz test fails when the mark shows up in the log.

A reply larger than the server may send (``--max-message-size``; a reply can echo large
request fields) would fail inside gRPC's core with a logged traceback; it ends the call with
``RESOURCE_EXHAUSTED`` saying so instead.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from google.protobuf import message as pb_message
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor, ServiceDescriptor

log = logging.getLogger("jetemu.handlers")

SAFETY_NET_MARK = "jsd: unexpected error"


class BadRequest:
    """Stands in for a request whose bytes could not be decoded."""

    def __init__(self, type_name: str, error: str, size: int) -> None:
        self.type_name = type_name
        self.error = error
        self.size = size

    def describe(self) -> str:
        return (
            f"malformed request: {self.size} bytes do not decode as {self.type_name} "
            f"({self.error}); check that the client was built from the Junos JET IDL "
            "and that string fields hold valid UTF-8"
        )


def _safe_decoder(cls: type[pb_message.Message]) -> Callable[[bytes], Any]:
    type_name = cls.DESCRIPTOR.full_name

    def decode(data: bytes) -> Any:
        try:
            return cls.FromString(data)
        except Exception as exc:  # DecodeError, or UnicodeDecodeError from some runtimes
            return BadRequest(type_name, str(exc) or exc.__class__.__name__, len(data))

    return decode


def _encoder(msg: pb_message.Message) -> bytes:
    return msg.SerializeToString()


UnaryBehaviour = Callable[[Any, grpc.aio.ServicerContext], Awaitable[Any]]
StreamBehaviour = Callable[[Any, grpc.aio.ServicerContext], AsyncIterator[Any]]


async def _caught(method: MethodDescriptor, exc: Exception, context: grpc.aio.ServicerContext) -> None:
    """End the call with INVALID_ARGUMENT for an exception no servicer check turned into an answer."""
    log.error("%s in %s: %s: %s", SAFETY_NET_MARK, method.full_name, type(exc).__name__, exc, exc_info=exc)
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    await context.abort(
        grpc.StatusCode.INVALID_ARGUMENT,
        f"jsd: {method.name} could not handle this request ({type(exc).__name__}"
        + (f": {detail}" if detail else "")
        + "); check its fields against the Junos JET IDL",
    )


async def _check_size(method: MethodDescriptor, reply: Any, limit: int, context: grpc.aio.ServicerContext) -> None:
    size = reply.ByteSize()
    if size > limit:
        await context.abort(
            grpc.StatusCode.RESOURCE_EXHAUSTED,
            f"jsd: the {method.name} reply would be {size} bytes, larger than the maximum message size "
            f"({limit} bytes); ask for less at a time",
        )


def _guard_unary(method: MethodDescriptor, behaviour: UnaryBehaviour, limit: int) -> UnaryBehaviour:
    async def guarded(request: Any, context: grpc.aio.ServicerContext) -> Any:
        try:
            reply = await behaviour(request, context)
            await _check_size(method, reply, limit, context)
            return reply
        except grpc.aio.AbortError:  # the servicer's own answer
            raise
        except Exception as exc:
            await _caught(method, exc, context)

    return guarded


def _guard_stream(method: MethodDescriptor, behaviour: StreamBehaviour, limit: int) -> StreamBehaviour:
    async def guarded(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        try:
            async for reply in behaviour(request, context):
                await _check_size(method, reply, limit, context)
                yield reply
        except grpc.aio.AbortError:
            raise
        except Exception as exc:
            await _caught(method, exc, context)

    return guarded


def service_handler(
    service: ServiceDescriptor, implementation: object, max_reply_bytes: int = 16 * 1024 * 1024
) -> grpc.GenericRpcHandler:
    """Bind ``implementation``'s methods (named like the RPCs) to ``service``.

    Methods the implementation lacks are left out, so gRPC answers UNIMPLEMENTED for them.
    ``max_reply_bytes`` is the server's ``grpc.max_send_message_length``.
    """
    handlers: dict[str, grpc.RpcMethodHandler] = {}
    for method in service.methods:
        behaviour = getattr(implementation, method.name, None)
        if behaviour is None:
            continue
        request_cls = message_factory.GetMessageClass(method.input_type)
        decoder = _safe_decoder(request_cls)
        if method.client_streaming:
            raise NotImplementedError(f"client streaming RPC {method.full_name} is not served")
        if method.server_streaming:
            guarded_stream = _guard_stream(method, behaviour, max_reply_bytes)
            handlers[method.name] = grpc.unary_stream_rpc_method_handler(
                guarded_stream, request_deserializer=decoder, response_serializer=_encoder
            )
        else:
            guarded = _guard_unary(method, behaviour, max_reply_bytes)
            handlers[method.name] = grpc.unary_unary_rpc_method_handler(
                guarded, request_deserializer=decoder, response_serializer=_encoder
            )
    return grpc.method_handlers_generic_handler(service.full_name, handlers)
