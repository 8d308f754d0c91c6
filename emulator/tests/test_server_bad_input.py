"""Bad input gets a clear error each, and the server keeps serving."""

from __future__ import annotations

import grpc
import pytest
from emutest import JetClient

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt

OP_PATH = "/jnx.jet.management.Management/OpCommandGet"


def raw_stream(client: JetClient, payload: bytes) -> list[v2_mgmt.OpCommandGetResponse]:
    call = client.channel.unary_stream(
        OP_PATH,
        request_serializer=lambda b: b,
        response_deserializer=v2_mgmt.OpCommandGetResponse.FromString,
    )
    return list(call(payload, timeout=10))


def still_serving(client: JetClient) -> None:
    status, data = client.op(cli="show version", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
    assert status.code == 0 and "Hostname" in data


def test_malformed_protobuf(logged_in: JetClient) -> None:
    with pytest.raises(grpc.RpcError) as info:
        raw_stream(logged_in, b"\x0a\xff\xff\xff\xff\x0f garbage")
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "jnx.jet.management.OpCommandGetRequest" in info.value.details()
    still_serving(logged_in)


def test_invalid_utf8_string_field(logged_in: JetClient) -> None:
    payload = b"\x0a\x04\xff\xfe\xfd\xfc"  # field 1 (cli_command), 4 bytes that are not UTF-8
    with pytest.raises(grpc.RpcError) as info:
        raw_stream(logged_in, payload)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "UTF-8" in info.value.details()
    still_serving(logged_in)


def test_oversized_message(logged_in: JetClient) -> None:
    big = "show version " + "x" * (17 * 1024 * 1024)
    with pytest.raises(grpc.RpcError) as info:
        logged_in.op(cli=big)
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "larger than max" in info.value.details()
    still_serving(logged_in)


def test_unknown_enum_value(logged_in: JetClient) -> None:
    status, data = logged_in.op(cli="show version", fmt=7)
    assert status.code == 1
    assert "unknown out_format value 7" in status.message
    assert "OP_COMMAND_OUTPUT_CLI=2" in status.message
    assert data == ""
    still_serving(logged_in)


def test_unknown_enum_value_v1(logged_in: JetClient) -> None:
    replies = list(
        logged_in.mgmt_v1.ExecuteOpCommand(
            v1_mgmt.ExecuteOpCommandRequest(request_id=3, cli_command="show version", out_format=9), timeout=10
        )
    )
    assert replies[-1].status == v1_mgmt.NOK
    assert "unknown out_format value 9" in replies[-1].message


@pytest.mark.parametrize("request_kwargs", [{}, {"cli_command": ""}, {"xml_command": ""}, {"cli_command": "   "}])
def test_empty_commands(logged_in: JetClient, request_kwargs: dict[str, str]) -> None:
    replies = list(logged_in.mgmt.OpCommandGet(v2_mgmt.OpCommandGetRequest(**request_kwargs), timeout=10))
    assert replies[-1].status.code == 1
    assert "empty" in replies[-1].status.message.lower() or "command" in replies[-1].status.message.lower()
    still_serving(logged_in)


def test_unknown_command_is_a_syntax_error(logged_in: JetClient) -> None:
    status, _ = logged_in.op(cli="show frobnicators")
    assert status.code == 1
    assert "syntax error" in status.message
    assert "frobnicators" in status.message
    status, _ = logged_in.op(xml="<get-frobnicator-information/>")
    assert status.code == 1 and "get-frobnicator-information" in status.message
    status, _ = logged_in.op(xml="<get-software-information>")
    assert status.code == 1
    still_serving(logged_in)


def test_unimplemented_service_is_reported(logged_in: JetClient) -> None:
    call = logged_in.channel.unary_unary(
        "/jnx.jet.nosuch.Service/Call", request_serializer=lambda b: b, response_deserializer=lambda b: b
    )
    with pytest.raises(grpc.RpcError) as info:
        call(b"", timeout=5)
    assert info.value.code() == grpc.StatusCode.UNIMPLEMENTED
    still_serving(logged_in)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    "<{rpc}><x>&lol2;</x></{rpc}>"
)


@pytest.mark.parametrize("rpc", ["get-software-information", "get-configuration"])
def test_dtds_and_entities_are_refused(logged_in: JetClient, rpc: str) -> None:
    status, data = logged_in.op(xml=BILLION_LAUGHS.format(rpc=rpc))
    assert status.code == 1
    assert "DTDs and entity declarations are not accepted" in status.message
    assert data == ""
    still_serving(logged_in)
