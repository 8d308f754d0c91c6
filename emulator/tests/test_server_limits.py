"""The input limits module, and the servicer safety net over a real gRPC server.

The limits are measured on text only (no gRPC needed); the safety net is exercised by a
servicer that misbehaves on purpose, served through ``service_handler`` exactly as jetemu's
services are, and called by a real gRPC client.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import grpc
import pytest

from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.server import limits
from jetemu.server.handlers import SAFETY_NET_MARK, service_handler
from jetemu.server.limits import InputRejected, check_path, check_text


@pytest.mark.parametrize(
    "text",
    [
        "[" * 129,
        '{"a":' * 129 + "1" + "}" * 129,
        '["]", ' * 129 + "]" * 129,  # closers inside strings do not hide the depth
        "system { " * 129 + "}" * 129,
        "show version | match " + "(" * 129,
        "1" * (limits.MAX_DIGITS + 1),
    ],
)
def test_text_beyond_the_limits(text: str) -> None:
    with pytest.raises(InputRejected) as info:
        check_text(text, "field_x")
    assert info.value.message.startswith("error: field_x: ")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 128 + "]" * 128,
        '{"a": "' + "[" * 1000 + '"}',  # in a string
        "a /* { { { " + "{" * 500 + " */ b;",  # in a comment
        "<a/>" * 10000,
        "<a><!-- " + "<b>" * 500 + " --></a>",
        "9" * limits.MAX_DIGITS,
        "",
    ],
)
def test_text_within_the_limits(text: str) -> None:
    check_text(text, "field_x", xml=text.startswith("<"))


def test_xml_element_depth() -> None:
    check_text("<a>" * 128 + "</a>" * 128, "xml_config", xml=True)
    with pytest.raises(InputRejected, match="XML elements nested 129 levels deep"):
        check_text("<a>" * 129 + "</a>" * 129, "xml_config", xml=True)
    with pytest.raises(InputRejected, match="a statement of 300 words"):
        check_text("<configuration-text>a { " + "w\n" * 300 + "; }</configuration-text>", "xml_command", xml=True)


def test_statements_and_paths() -> None:
    check_text(
        "\n".join(f"set interfaces ge-0/0/{i} unit 0 description d{i}" for i in range(2000)), "t", statements=True
    )
    with pytest.raises(InputRejected, match="a statement of 300 words"):
        check_text("set system " + "w " * 298, "t", statements=True)
    check_path("/configuration/interfaces/interface[name='ge-0/0/0']/unit[name='0']", "path")
    with pytest.raises(InputRejected, match="a path of 129 steps"):
        check_path("/a" * 129, "path")


class Misbehaving:
    """A Management servicer that fails in the ways the safety net exists for."""

    async def ConfigSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        raise RuntimeError("a bug\nwith a second line")

    async def OpCommandGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        yield v2_mgmt.OpCommandGetResponse(data="first")
        raise KeyError("later")

    async def EphemeralConfigGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        if request.instance_name == "abort":
            await context.abort(grpc.StatusCode.NOT_FOUND, "the servicer's own answer")
        return v2_mgmt.EphemeralConfigGetResponse(status=common_pb2.RpcStatus(message="x" * 5000))


async def exercise() -> dict[str, tuple[grpc.StatusCode, str]]:
    service = v2_mgmt.DESCRIPTOR.services_by_name["Management"]
    server = grpc.aio.server(handlers=[service_handler(service, Misbehaving(), max_reply_bytes=4000)])
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    outcomes = {}
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            base = "/jnx.jet.management.Management/"
            calls = {
                "unary": channel.unary_unary(base + "ConfigSet")(b"", timeout=10),
                "too-big": channel.unary_unary(base + "EphemeralConfigGet")(b"", timeout=10),
                "abort": channel.unary_unary(base + "EphemeralConfigGet")(
                    v2_mgmt.EphemeralConfigGetRequest(instance_name="abort").SerializeToString(), timeout=10
                ),
            }
            for name, call in calls.items():
                try:
                    await call
                    outcomes[name] = (grpc.StatusCode.OK, "")
                except grpc.aio.AioRpcError as exc:
                    outcomes[name] = (exc.code(), exc.details() or "")
            stream = channel.unary_stream(base + "OpCommandGet")(b"", timeout=10)
            try:
                received = [item async for item in stream]
                outcomes["stream"] = (grpc.StatusCode.OK, str(received))
            except grpc.aio.AioRpcError as exc:
                outcomes["stream"] = (exc.code(), exc.details() or "")
    finally:
        await server.stop(0)
    return outcomes


def test_safety_net(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="jetemu.handlers")
    outcomes = asyncio.run(exercise())
    code, details = outcomes["unary"]
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert details.startswith("jsd: ConfigSet could not handle this request (RuntimeError: a bug)")
    code, details = outcomes["stream"]
    assert code == grpc.StatusCode.INVALID_ARGUMENT and "OpCommandGet" in details and "KeyError" in details
    code, details = outcomes["too-big"]
    assert code == grpc.StatusCode.RESOURCE_EXHAUSTED and "larger than the maximum message size (4000" in details
    assert outcomes["abort"] == (grpc.StatusCode.NOT_FOUND, "the servicer's own answer")
    marks = [r.getMessage() for r in caplog.records if SAFETY_NET_MARK in r.getMessage()]
    assert sorted(mark.split(" in ", 1)[1].split(":")[0:2] for mark in marks) == [
        ["jnx.jet.management.Management.ConfigSet", " RuntimeError"],
        ["jnx.jet.management.Management.OpCommandGet", " KeyError"],
    ], marks
