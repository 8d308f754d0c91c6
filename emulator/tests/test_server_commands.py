"""Every op command in all three formats, through v2 and legacy v1, over real gRPC."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from emutest import JetClient

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt

# (CLI form, XML RPC form, reply element, a fact the text output must show)
COMMANDS = [
    ("show version", "<get-software-information/>", "software-information", "Hostname: jet-lab1"),
    (
        "show interfaces terse",
        "<get-interface-information><terse/></get-interface-information>",
        "interface-information",
        "ge-0/0/0",
    ),
    (
        "show interfaces ge-0/0/0",
        "<get-interface-information><interface-name>ge-0/0/0</interface-name></get-interface-information>",
        "interface-information",
        "Physical interface: ge-0/0/0",
    ),
    ("show route", "<get-route-information/>", "route-information", "inet.0"),
    ("show route summary", "<get-route-summary-information/>", "route-summary-information", "inet.0"),
    ("show system uptime", "<get-system-uptime-information/>", "system-uptime-information", "up"),
    ("show chassis hardware", "<get-chassis-inventory/>", "chassis-inventory", "Chassis"),
    (
        "show extension-service request-response clients",
        "<get-extension-service-client-information/>",
        None,
        "pytest",
    ),
]

V2_FORMATS = {
    "json": v2_mgmt.OP_COMMAND_OUTPUT_JSON,
    "xml": v2_mgmt.OP_COMMAND_OUTPUT_XML,
    "text": v2_mgmt.OP_COMMAND_OUTPUT_CLI,
}
V1_FORMATS = {
    "json": v1_mgmt.OPERATION_FORMAT_JSON,
    "xml": v1_mgmt.OPERATION_FORMAT_XML,
    "text": v1_mgmt.OPERATION_FORMAT_CLI,
}


def check_output(fmt: str, data: str, element: str | None, fact: str) -> None:
    assert data.strip(), "empty output"
    if fmt == "json":
        top = json.loads(data)
        assert isinstance(top, dict) and len(top) == 1
        ((name, body),) = top.items()
        assert isinstance(body, list) and isinstance(body[0], dict)
        if element:
            assert name == element
    elif fmt == "xml":
        root = ET.fromstring(data)
        if element:
            assert root.tag.rsplit("}", 1)[-1] == element
    else:
        assert fact in data, data[:400]


@pytest.mark.parametrize("fmt", ["json", "xml", "text"])
@pytest.mark.parametrize(("cli", "rpc", "element", "fact"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_v2_cli_and_rpc(logged_in: JetClient, cli: str, rpc: str, element: str | None, fact: str, fmt: str) -> None:
    status, data = logged_in.op(cli=cli, fmt=V2_FORMATS[fmt])
    assert status.code == 0, status.message
    check_output(fmt, data, element, fact)
    status, rpc_data = logged_in.op(xml=rpc, fmt=V2_FORMATS[fmt])
    assert status.code == 0, status.message
    check_output(fmt, rpc_data, element, fact)
    if fmt == "json" and element in ("software-information", "chassis-inventory"):
        assert json.loads(rpc_data) == json.loads(data)  # same data model behind CLI and RPC


@pytest.mark.parametrize("fmt", ["json", "xml", "text"])
@pytest.mark.parametrize(("cli", "rpc", "element", "fact"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_v1_cli_xml_and_json_commands(
    client: JetClient, cli: str, rpc: str, element: str | None, fact: str, fmt: str
) -> None:
    assert client.login_v1(client_id="pytest").result is True
    rpc_name = ET.fromstring(rpc).tag
    json_command = json.dumps({rpc_name: {child.tag: child.text or "" for child in ET.fromstring(rpc)}})
    for kwargs in ({"cli_command": cli}, {"xml_command": rpc}, {"json_command": json_command}):
        replies = list(
            client.mgmt_v1.ExecuteOpCommand(
                v1_mgmt.ExecuteOpCommandRequest(request_id=5, out_format=V1_FORMATS[fmt], **kwargs), timeout=10
            )
        )
        assert replies[-1].status == v1_mgmt.SUCCESS, replies[-1].message
        data = "".join(r.data for r in replies)
        if fmt == "text":
            assert data.startswith("<output>") and data.endswith("</output>")
            data = data[len("<output>") : -len("</output>")]
        check_output(fmt, data, element, fact)


def test_large_output_is_streamed_in_pieces(logged_in: JetClient) -> None:
    # 2,000 static routes make `show route` long enough to need several stream messages.
    lines = "\n".join(f"set routing-options static route 10.{i // 250}.{i % 250}.0/24 discard" for i in range(2000))
    status = logged_in.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(text_config=lines, load_type=v2_mgmt.CONFIG_LOAD_SET), timeout=60
    ).status
    assert status.code == 0, status.message
    replies = list(
        logged_in.mgmt.OpCommandGet(
            v2_mgmt.OpCommandGetRequest(cli_command="show route", out_format=v2_mgmt.OP_COMMAND_OUTPUT_XML), timeout=30
        )
    )
    assert len(replies) > 1
    data = "".join(r.data for r in replies)
    root = ET.fromstring(data)
    destinations = [e.text for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "rt-destination"]
    assert "10.7.249.0/24" in destinations
    status = logged_in.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(text_config="delete routing-options static", load_type=v2_mgmt.CONFIG_LOAD_SET),
        timeout=60,
    ).status
    assert status.code == 0, status.message
