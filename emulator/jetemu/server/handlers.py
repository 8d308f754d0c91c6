"""Generic gRPC handlers built from the service descriptors, with safe request decoding.

grpcio's generated ``add_*Servicer_to_server`` helpers decode requests with
``Message.FromString``; a malformed request then surfaces to the client as
``INTERNAL: Exception deserializing request!``. jsd should say what is wrong, so requests are
decoded here: a payload that does not parse reaches the handler as :class:`BadRequest`, and the
call ends with ``INVALID_ARGUMENT`` naming the message type and the parser's complaint.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from google.protobuf import message as pb_message
from google.protobuf import message_factory
from google.protobuf.descriptor import ServiceDescriptor


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


def service_handler(service: ServiceDescriptor, implementation: object) -> grpc.GenericRpcHandler:
    """Bind ``implementation``'s methods (named like the RPCs) to ``service``.

    Methods the implementation lacks are left out, so gRPC answers UNIMPLEMENTED for them.
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
            handlers[method.name] = grpc.unary_stream_rpc_method_handler(
                behaviour, request_deserializer=decoder, response_serializer=_encoder
            )
        else:
            handlers[method.name] = grpc.unary_unary_rpc_method_handler(
                behaviour, request_deserializer=decoder, response_serializer=_encoder
            )
    return grpc.method_handlers_generic_handler(service.full_name, handlers)
