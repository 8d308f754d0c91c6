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


# -- input limits (issue 10): refused by the device, before any parser recurses -------------
DEEP_JSON = "[" * 100000


def test_deep_json_configuration_is_refused(logged_in: JetClient) -> None:
    status = logged_in.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(json_config=DEEP_JSON, load_type=v2_mgmt.CONFIG_LOAD_MERGE), timeout=30
    ).status
    assert status.code == 1
    assert "json_config: nested 100000 levels deep" in status.message and "at most 128" in status.message
    reply = logged_in.mgmt_v1.ExecuteCfgCommand(
        v1_mgmt.ExecuteCfgCommandRequest(request_id=5, json_config=DEEP_JSON, load_type=v1_mgmt.CONFIG_LOAD_MERGE),
        timeout=30,
    )
    assert reply.status == v1_mgmt.INVALID_CONFIGURATION and "nested 100000 levels deep" in reply.message
    still_serving(logged_in)


def test_deep_ephemeral_configuration_is_refused(logged_in: JetClient) -> None:
    operation = v2_mgmt.EphemeralConfigSetRequest.ConfigOperation(
        id="op1", operation=v2_mgmt.CONFIG_OPERATION_UPDATE, path="/", json_config=DEEP_JSON
    )
    reply = logged_in.mgmt.EphemeralConfigSet(
        v2_mgmt.EphemeralConfigSetRequest(config_operations=[operation]), timeout=30
    )
    assert reply.status.code == 1 and "operation 'op1': json_config: nested" in reply.status.message
    v1_operation = v1_mgmt.EditEphemeralConfigRequest.ConfigOperationList(
        operation_id="op2", operation=v1_mgmt.UPDATE_CONFIG, path="/", xml_config="<a>" * 50000
    )
    v1_reply = logged_in.mgmt_v1.EditEphemeralConfig(
        v1_mgmt.EditEphemeralConfigRequest(request_id=6, eph_config_operations=[v1_operation]), timeout=30
    )
    assert v1_reply.response[0].status == v1_mgmt.INVALID_CONFIGURATION
    assert "XML elements nested 50000 levels deep" in v1_reply.response[0].message
    still_serving(logged_in)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"json_command": DEEP_JSON}, "json_command: nested 100000 levels deep"),
        (
            {
                "xml_command": "<get-configuration><configuration>" + "<a>" * 5000 + "</a>" * 5000 + "</configuration>"
                "</get-configuration>"
            },
            "XML elements nested 5002 levels deep",
        ),  # fmt: skip
        ({"cli_command": "show version | match " + "(" * 500 + ")" * 500}, "cli_command: nested 500 levels deep"),
    ],
)
def test_deep_commands_are_refused(logged_in: JetClient, kwargs: dict[str, str], expected: str) -> None:
    replies = list(
        logged_in.mgmt_v1.ExecuteOpCommand(
            v1_mgmt.ExecuteOpCommandRequest(request_id=7, out_format=v1_mgmt.OPERATION_FORMAT_CLI, **kwargs),
            timeout=30,
        )
    )
    assert replies[-1].status == v1_mgmt.NOK and expected in replies[-1].message
    still_serving(logged_in)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("interfaces { " + "x\n" * 1000 + "; }", "text_config: a statement of 1000 words; at most 256"),
        ("system { " * 200 + "}" * 200, "text_config: nested 200 levels deep"),
        ("set interfaces ge-0/0/1 mtu " + "9" * 5000, "a number of more than 1000 digits"),
    ],
)
def test_text_configuration_limits(logged_in: JetClient, text: str, expected: str) -> None:
    status = logged_in.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(text_config=text, load_type=v2_mgmt.CONFIG_LOAD_MERGE), timeout=30
    ).status
    assert status.code == 1 and expected in status.message
    still_serving(logged_in)


def test_configuration_within_the_limits_still_loads(emu) -> None:
    from emutest import connect as connect_to

    client = connect_to(emu.target())
    assert client.login().status.code == 0
    members = " ".join(f"v{i}" for i in range(1, 400))  # a leaf-list in [ ] is one level, not 400
    quoted = "[" * 300  # brackets in a quoted string do not nest
    text = (
        "interfaces { ge-0/0/1 { "
        f'description "{quoted}"; '
        f"unit 0 {{ family ethernet-switching {{ vlan {{ members [ {members} ]; }} }} }} }} }}"
    )
    status = client.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(text_config=text, load_type=v2_mgmt.CONFIG_LOAD_MERGE), timeout=30
    ).status
    assert "at most" not in status.message, status.message
    client.close()


def test_deep_ephemeral_path_is_refused(logged_in: JetClient) -> None:
    reply = logged_in.mgmt.EphemeralConfigGet(
        v2_mgmt.EphemeralConfigGetRequest(
            encoding=v2_mgmt.CONFIG_GET_OUTPUT_JSON,
            config_requests=[v2_mgmt.ConfigPathRequest(id="p", path="/a" * 400000)],
        ),
        timeout=30,
    )
    assert reply.status.code == 1 and "a path of 400000 steps; at most 128" in reply.status.message
    still_serving(logged_in)


@pytest.mark.parametrize("method", ["InterfaceAdd", "InterfaceUpdate", "InterfaceDelete", "InterfaceGet"])
@pytest.mark.parametrize("value", [99, -1])
def test_unknown_interface_object_type(logged_in: JetClient, method: str, value: int) -> None:
    from jetemu.proto import jnx_interfaces_service_pb2 as ifs
    from jetemu.proto import jnx_interfaces_service_pb2_grpc as ifs_grpc

    stub = ifs_grpc.InterfacesStub(logged_in.channel)
    request_cls = getattr(ifs, f"{method}Request")
    request = request_cls(type=value)
    request.unit.port_name = "ge-0/0/1"
    request.unit.unit.number = 3
    reply = getattr(stub, method)(request, timeout=10)
    assert reply.status.code == 1
    assert f"type value {value} does not match the unit object" in reply.status.message
    assert reply.sub_code == reply.StatusCode.Value("INTERFACE_OBJECT_MISMATCH")
    still_serving(logged_in)
