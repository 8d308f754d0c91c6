"""Op output that JET apps parse: interface counters, SNMP MIB objects, MPLS LSPs (text, XML, JSON)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from test_notify import jetemu_event

from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2
from jetemu.proto import management_service_pb2 as v1_mgmt

TEXT, XML, JSON = mgmt_pb2.OP_COMMAND_OUTPUT_CLI, mgmt_pb2.OP_COMMAND_OUTPUT_XML, mgmt_pb2.OP_COMMAND_OUTPUT_JSON


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(
        tmp_path_factory.mktemp("ops"), "--port", "0", "--user", f"{USER}:{PASSWORD}", "--hostname", "ops1"
    )
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def client(emu: EmulatorProcess) -> Iterator[JetClient]:
    jet = connect(emu.target())
    assert jet.login(client_id="ops").status.code == 0
    yield jet
    jet.close()


def run(client: JetClient, command: str, fmt: int = TEXT) -> str:
    status, output = client.op(cli=command, fmt=fmt)
    assert status is not None and status.code == 0, status.message if status else "no reply"
    return output


def strip_ns(xml_text: str) -> ET.Element:
    return ET.fromstring(re.sub(r'\sxmlns(:\w+)?="[^"]+"', "", xml_text).replace("junos:", ""))


def carrier_transitions(client: JetClient, interface: str) -> tuple[int, int, int]:
    """The counter as text, XML and JSON show it."""
    text = run(client, f"show interfaces {interface} extensive")
    as_text = int(re.search(r"Carrier transitions: (\d+)", text).group(1))  # type: ignore[union-attr]
    xml = strip_ns(run(client, f"show interfaces {interface} extensive", XML))
    as_xml = int(xml.findtext("physical-interface/output-error-list/carrier-transitions"))  # type: ignore[arg-type]
    data = json.loads(run(client, f"show interfaces {interface} extensive", JSON))
    ifd = data["interface-information"][0]["physical-interface"][0]
    as_json = int(ifd["output-error-list"][0]["carrier-transitions"][0]["data"])
    return as_text, as_xml, as_json


def test_show_interfaces_extensive_counts_carrier_transitions(emu: EmulatorProcess, client: JetClient) -> None:
    before = carrier_transitions(client, "ge-0/0/3")
    assert len(set(before)) == 1
    done = jetemu_event(emu, "flap", "ge-0/0/3", "--count", "2", "--interval", "0.05")
    assert done.returncode == 0, done.stderr
    after = carrier_transitions(client, "ge-0/0/3")
    assert after == tuple(n + 2 for n in before)
    text = run(client, "show interfaces ge-0/0/3 extensive")
    assert "  Input errors:\n    Errors: 0, Drops: 0, Framing errors: 0" in text
    assert re.search(r"  MAC statistics:\s+Receive\s+Transmit\n    Total octets\s+\d+\s+\d+", text)
    # The detail style has no error lists; the v1 API (CLI text wrapped in <output>) shows the same.
    assert "Carrier transitions" not in run(client, "show interfaces ge-0/0/3 detail")
    v1 = client.mgmt_v1.ExecuteOpCommand(
        v1_mgmt.ExecuteOpCommandRequest(
            cli_command="show interfaces extensive", out_format=v1_mgmt.OPERATION_FORMAT_CLI
        ),
        timeout=10,
    )
    whole = "".join(reply.data for reply in v1)
    found = dict(re.findall(r"Physical interface: (\S+?),.*?Carrier transitions: (\d+)", whole, re.DOTALL))
    assert found["ge-0/0/3"] == str(after[0])


def test_snmp_mib_objects_follow_the_device(client: JetClient) -> None:
    reply = client.mgmt.ConfigSet(
        mgmt_pb2.ConfigSetRequest(
            text_config='set snmp location "lab rack 4"\nset snmp contact noc@example.net\n'
            "set interfaces ge-0/0/4 description uplink-a",
            load_type=mgmt_pb2.CONFIG_LOAD_SET,
        ),
        timeout=30,
    )
    assert reply.status.code == 0, reply.status.message
    text = run(client, "show snmp mib walk system")
    assert "sysName.0 = ops1\n" in text and "sysLocation.0 = lab rack 4\n" in text
    assert "sysContact.0 = noc@example.net\n" in text and "sysDescr.0 = Juniper Networks, Inc." in text
    index = int(strip_ns(run(client, "show interfaces ge-0/0/4", XML)).findtext("physical-interface/snmp-index"))  # type: ignore[arg-type]
    xml = strip_ns(
        client.op(
            xml=f"<get-snmp-object><snmp-object-name>ifDescr.{index} ifAlias.{index} ifOperStatus.{index}"
            "</snmp-object-name></get-snmp-object>",
            fmt=XML,
        )[1]
    )
    values = {o.findtext("name"): o.findtext("object-value") for o in xml.findall("snmp-object")}
    assert values == {f"ifDescr.{index}": "ge-0/0/4", f"ifAlias.{index}": "uplink-a", f"ifOperStatus.{index}": "1"}
    assert xml.find("snmp-object/oid").text == f"1.3.6.1.2.1.2.2.1.2.{index}"  # type: ignore[union-attr]
    numeric = json.loads(run(client, "show snmp mib get 1.3.6.1.2.1.1.5.0", JSON))
    entry = numeric["snmp-object-information"][0]["snmp-object"][0]
    assert (entry["name"][0]["data"], entry["object-value"][0]["data"]) == ("sysName.0", "ops1")
    assert run(client, f"show snmp mib get-next ifDescr.{index}").startswith(f"ifDescr.{index + 1} = ")
    assert "= no such instance" in run(client, "show snmp mib get ifDescr.99999")
    status, _ = client.op(cli="show snmp mib get noSuchThing.0")
    assert status.code != 0 and "unknown SNMP object name 'noSuchThing.0'" in status.message


def test_utility_mib_holds_what_request_snmp_utility_mib_sets(client: JetClient) -> None:
    """Juniper's DynamicCOS sample reads jnxUtil objects with <get-snmp-object> and the name's ASCII codes."""
    set_ip = "request snmp utility-mib set object-type string instance SiteCtrIpAddr object-value 192.168.10.1"
    assert run(client, set_ip) == "Utility mib result: successfully populated utility mib database\n"
    status, data = client.op(
        xml="<request-snmp-utility-mib-set><object-type>counter</object-type><instance>SiteType</instance>"
        "<object-value>1</object-value></request-snmp-utility-mib-set>",
        fmt=XML,
    )
    assert status.code == 0 and "<snmp-utility-mib-result>successfully populated" in data
    name = ".".join(str(ord(char)) for char in "SiteCtrIpAddr")
    status, data = client.op(
        xml=f"<get-snmp-object><snmp-object-name>jnxUtilStringValue.{name}</snmp-object-name></get-snmp-object>",
        fmt=XML,
    )
    assert status.code == 0 and re.search(r"<object-value>192\.168\.10\.1</object-value>", data), data
    assert f"<oid>1.3.6.1.4.1.2636.3.47.1.1.5.1.2.{name}</oid>" in data
    walk = run(client, "show snmp mib walk jnxUtilData ascii")
    assert 'jnxUtilCounter32Value."SiteType" = 1\n' in walk
    assert 'jnxUtilStringValue."SiteCtrIpAddr" = 192.168.10.1\n' in walk
    assert re.search(r'jnxUtilStringTime\."SiteCtrIpAddr" = 07 [0-9a-f]{2}( [0-9a-f]{2}){6} 2b 00 00\n', walk), walk
    assert (
        run(client, 'show snmp mib get jnxUtilCounter32Value."SiteType"')
        == "jnxUtilCounter32Value.83.105.116.101.84.121.112.101 = 1\n"
    )
    status, _ = client.op(cli="request snmp utility-mib set object-type counter instance X object-value -1")
    assert status.code != 0 and "out of range" in status.message
    cleared = run(client, "request snmp utility-mib clear object-type string instance SiteCtrIpAddr")
    assert cleared == "Utility mib result: successfully de-populated utility mib database\n"
    assert run(client, f"show snmp mib get jnxUtilStringValue.{name}").endswith("= no such instance\n")


def test_mpls_lsp_is_truthful(client: JetClient) -> None:
    for fmt in (TEXT, XML, JSON):
        status, _ = client.op(cli="show mpls lsp", fmt=fmt)
        assert status.code != 0 and status.message == "MPLS not configured"
    status, _ = client.op(xml="<get-mpls-lsp-information/>", fmt=XML)
    assert status.message == "MPLS not configured"
    reply = client.mgmt.ConfigSet(
        mgmt_pb2.ConfigSetRequest(
            text_config="set protocols mpls interface ge-0/0/5.0", load_type=mgmt_pb2.CONFIG_LOAD_SET
        ),
        timeout=30,
    )
    assert reply.status.code == 0, reply.status.message
    text = run(client, "show mpls lsp")
    assert text.startswith("Ingress LSP: 0 sessions\nTotal 0 displayed, Up 0, Down 0\n\nEgress LSP: 0 sessions")
    reply = client.mgmt.ConfigSet(
        mgmt_pb2.ConfigSetRequest(
            text_config="set protocols mpls label-switched-path to-r2 to 10.255.0.2", load_type=mgmt_pb2.CONFIG_LOAD_SET
        ),
        timeout=30,
    )
    assert reply.status.code == 0, reply.status.message
    text = run(client, "show mpls lsp ingress")
    assert re.search(r"^10\.255\.0\.2\s+0\.0\.0\.0\s+Dn\s+0\s+to-r2$", text, re.MULTILINE), text
    assert "Total 1 displayed, Up 0, Down 1" in text
    xml = strip_ns(run(client, "show mpls lsp", XML))
    ingress = xml.find("rsvp-session-data")
    assert ingress.findtext("session-type") == "Ingress"  # type: ignore[union-attr]
    lsp = ingress.find("rsvp-session/mpls-lsp")  # type: ignore[union-attr]
    assert (lsp.findtext("name"), lsp.findtext("lsp-state")) == ("to-r2", "Dn")  # type: ignore[union-attr]
    assert run(client, "show mpls lsp up").count("0 sessions") == 3
    assert "LSPname: to-r2" in run(client, "show mpls lsp detail")
    # Juniper's Microwave bandwidth sample reads <bandwidth>200Mbps< from the extensive reply.
    reply = client.mgmt.ConfigSet(
        mgmt_pb2.ConfigSetRequest(
            text_config="set protocols mpls label-switched-path to-r2 bandwidth per-traffic-class-bandwidth 200m",
            load_type=mgmt_pb2.CONFIG_LOAD_SET,
        ),
        timeout=30,
    )
    assert reply.status.code == 0, reply.status.message
    query = "<get-mpls-lsp-information><extensive/><regex>to-r</regex></get-mpls-lsp-information>"
    status, data = client.op(xml=query, fmt=XML)
    assert status.code == 0 and re.search(r"<bandwidth>200Mbps<", data), data
    path = strip_ns(data).find("rsvp-session-data/rsvp-session/mpls-lsp/mpls-lsp-path")
    assert (path.findtext("title"), path.findtext("path-state")) == ("Primary", "Dn")  # type: ignore[union-attr]
    detail = run(client, "show mpls lsp name to-r2 detail")
    assert "    Priorities: 7 0\n    Bandwidth: 200Mbps\n" in detail, detail


def test_unknown_commands_still_answer_like_junos(client: JetClient) -> None:
    status, _ = client.op(cli="show snmp bogus")
    assert status.code != 0 and status.message == "error: syntax error, expecting <command>: bogus"
    status, _ = client.op(xml="<get-frobnication-information/>")
    assert status.code != 0
