"""What jetemu's compiled schema holds besides Juniper's YANG of the main release, and how the
device model picks the schema family.

* hidden statements of the supplement (``grpc clear-text``, ``skip-authentication``, interface
  ``enable``) and statements of older releases (``ssh tcp-forwarding``), accepted in every format;
* CLI keywords that differ from the XML names (``802.3ad``, NAT ``match``, ``member-range ... to``);
* flags followed by the values of nokeyword leaves (``priority 6 5``);
* the SRX family for SRX models, the MX family otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from emutest import PASSWORD, USER, connect
from jnpr.junos import Device as PyEZDevice
from jnpr.junos.exception import ConfigLoadError
from jnpr.junos.utils.config import Config

from jetemu.config import engine
from jetemu.config.engine import ConfigSyntaxError, ConfigTree
from jetemu.config.schema import load as load_schema
from jetemu.device.model import MODELS, Device
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

JUNOS = load_schema("junos")
SRX = load_schema("junos-es")
FORMATS = ("text", "set", "xml", "json")


def round_trips(tree: ConfigTree) -> None:
    for fmt in FORMATS:
        assert engine.parse(engine.render(tree, fmt), fmt, tree.schema) == tree, fmt  # type: ignore[arg-type]


def node_at(schema_root, *words: str):  # type: ignore[no-untyped-def]
    node = schema_root
    for word in words:
        node = node.keywords.get(word) or node.by_name[word]
    return node


@pytest.mark.parametrize("schema", [JUNOS, SRX], ids=["junos", "junos-es"])
def test_grpc_clear_text_is_a_hidden_statement_of_every_family(schema) -> None:  # type: ignore[no-untyped-def]
    text = (
        "set system services extension-service request-response grpc clear-text address 127.0.0.1\n"
        "set system services extension-service request-response grpc clear-text port 32767\n"
        "set system services extension-service request-response grpc max-connections 8\n"
        "set system services extension-service request-response grpc skip-authentication\n"
    )
    tree = engine.parse(text, "set", schema)
    assert engine.render(tree, "set") == text
    assert engine.render(tree, "text") == (
        "system {\n"
        "    services {\n"
        "        extension-service {\n"
        "            request-response {\n"
        "                grpc {\n"
        "                    clear-text {\n"
        "                        address 127.0.0.1;\n"
        "                        port 32767;\n"
        "                    }\n"
        "                    max-connections 8;\n"
        "                    skip-authentication;\n"
        "                }\n"
        "            }\n"
        "        }\n"
        "    }\n"
        "}\n"
    )
    assert "<clear-text>" in engine.render(tree, "xml") and '"skip-authentication" : [null]' in engine.render(
        tree, "json"
    )
    round_trips(tree)
    assert engine.validate(tree) == []
    grpc = node_at(schema.root, "system", "services", "extension-service", "request-response", "grpc")
    assert grpc.by_name["clear-text"].hidden and not grpc.by_name["ssl"].hidden
    # clear-text and ssl are the cases of one choice: setting one removes the other
    both = engine.parse(
        text + "set system services extension-service request-response grpc ssl port 3000\n", "set", schema
    )
    assert "clear-text" not in engine.render(both, "set")
    with pytest.raises(ConfigSyntaxError, match="syntax error: clear-txt"):
        engine.parse("set system services extension-service request-response grpc clear-txt", "set", schema)
    with pytest.raises(engine.ConfigValidationError, match="70000"):
        engine.check(engine.parse(text.replace("32767", "70000"), "set", schema))


def test_interface_enable_is_hidden_and_excludes_disable() -> None:
    tree = engine.parse("set interfaces fxp0 disable\nset interfaces fxp0 enable\n", "set")
    assert engine.render(tree, "set") == "set interfaces fxp0 enable\n"
    round_trips(tree)


def test_statements_of_older_releases_are_accepted_and_typos_are_not() -> None:
    # ``ssh tcp-forwarding`` was replaced by ``allow-tcp-forwarding`` (deprecated in 22.4R1, gone
    # from the published YANG since 23.4R1); devices keep accepting it
    tree = engine.parse("set system services ssh tcp-forwarding\n", "set")
    assert node_at(JUNOS.root, "system", "services", "ssh").by_name["tcp-forwarding"].hidden
    round_trips(tree)
    # SRX: J-Web over plain HTTP (removed from the YANG after 21.4R1)
    srx = engine.parse("set system services web-management http interface fxp0.0\n", "set", SRX)
    round_trips(srx)
    for line in ("set system services ssh tcp-forwardng", "set system services web-managment http"):
        with pytest.raises(ConfigSyntaxError, match="syntax error"):
            engine.parse(line, "set", SRX)


def test_cli_keywords_that_differ_from_the_xml_names() -> None:
    tree = engine.parse(
        "set interfaces ge-0/0/1 ether-options 802.3ad ae0\n"
        "set interfaces ge-0/0/2 ether-options speed 1g\n"
        "set interfaces interface-range access member-range ge-0/0/3 to ge-0/0/9\n"
        "set snmp name core-1\n",
        "set",
    )
    xml = engine.render(tree, "xml")
    assert "<ieee-802.3ad>" in xml and "<ethernet-1g/>" in xml and "<end-range>ge-0/0/9</end-range>" in xml
    assert "<system-name>core-1</system-name>" in xml
    text = engine.render(tree, "text")
    assert "802.3ad ae0;" in text and "member-range ge-0/0/3 to ge-0/0/9;" in text and "name core-1;" in text
    round_trips(tree)
    nat = engine.parse(
        "set security nat source rule-set rs1 from zone trust\n"
        "set security nat source rule-set rs1 to zone untrust\n"
        "set security nat source rule-set rs1 rule r1 match source-address 10.0.0.0/8\n"
        "set security nat source rule-set rs1 rule r1 then source-nat interface\n",
        "set",
        SRX,
    )
    assert "<src-nat-rule-match>" in engine.render(nat, "xml")
    assert "set security nat source rule-set rs1 rule r1 match source-address 10.0.0.0/8" in engine.render(nat, "set")
    round_trips(nat)


def test_flag_followed_by_the_values_of_nokeyword_leaves() -> None:
    """``priority 6 5``: in the YANG (and in XML) an empty ``priority`` then the setup and
    reservation priorities as siblings; the CLI shows them on one line."""
    tree = engine.parse(
        "set protocols mpls label-switched-path to-pe2 to 10.255.0.2\n"
        "set protocols mpls label-switched-path to-pe2 priority 6 5\n"
        "set routing-options aggregate route 10.0.0.0/8 as-path aggregator 65500 10.0.0.1\n",
        "set",
    )
    assert "priority 6 5;" in engine.render(tree, "text")
    assert "aggregator 65500 10.0.0.1;" in engine.render(tree, "text")
    xml = engine.render(tree, "xml")
    assert "<priority/>" in xml and "<setup-priority>6</setup-priority>" in xml
    assert "<reservation-priority>5</reservation-priority>" in xml
    round_trips(tree)
    with pytest.raises(engine.ConfigValidationError, match="not within range"):
        engine.check(engine.parse("set protocols mpls label-switched-path x to 10.0.0.1 priority 6 9", "set"))


def test_models_pick_their_schema_family() -> None:
    assert {name: spec.schema_family for name, spec in MODELS.items()} == {
        "mx480": "junos",
        "mx240": "junos",
        "mx960": "junos",
        "vmx": "junos",
        "vsrx": "junos-es",
        "srx300": "junos-es",
        "srx345": "junos-es",
        "srx1500": "junos-es",
        "ex4300": "junos-qfx",
        "qfx5100": "junos-qfx",
        "vqfx": "junos-qfx",
    }
    assert Device.create(model="srx300").schema_family == "junos-es"
    zones = "set security zones security-zone trust interfaces ge-0/0/1.0\n"
    engine.parse(zones, "set", SRX)
    with pytest.raises(ConfigSyntaxError, match="syntax error: zones"):
        engine.parse(zones, "set", JUNOS)


def test_srx_device_loads_srx_configuration_over_jet(emulator_factory, tmp_path: Path) -> None:
    spec = tmp_path / "devices.yml"
    spec.write_text(yaml.safe_dump({"devices": [{"hostname": "fw1", "model": "vsrx"}, {"hostname": "pe1"}]}))
    emu = emulator_factory(
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--device-file",
        str(spec),
        "--user",
        f"{USER}:{PASSWORD}",
        "--netconf-port",
        "0",
    )
    config = (
        "set security address-book global address web 192.0.2.10/32\n"
        "set security zones security-zone trust interfaces ge-0/0/1.0\n"
        "set security policies from-zone trust to-zone untrust policy out match source-address any\n"
        "set security policies from-zone trust to-zone untrust policy out match destination-address web\n"
        "set security policies from-zone trust to-zone untrust policy out match application junos-http\n"
        "set security policies from-zone trust to-zone untrust policy out then permit\n"
    )
    for index, accepted in ((0, True), (1, False)):
        client = connect(emu.target(index))
        assert client.login().status.code == 0
        request = v2_mgmt.ConfigSetRequest(
            text_config=config, load_type=v2_mgmt.CONFIG_LOAD_SET, commit=v2_mgmt.ConfigCommit()
        )
        status = client.mgmt.ConfigSet(request, timeout=30).status
        if accepted:
            assert status.code == 0, status.message
            _, shown = client.op(cli="show configuration security | display set", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
            assert "set security policies from-zone trust to-zone untrust policy out then permit" in shown
        else:
            assert status.code == 1 and "syntax error: address-book" in status.message
        client.close()
    # NETCONF (PyEZ) edits the same database, in the same family
    for index, accepted in ((0, True), (1, False)):
        netconf = emu.devices[index]
        dev = PyEZDevice(
            host="127.0.0.1", port=int(netconf["netconf_port"]), user=USER, passwd=PASSWORD, gather_facts=False
        )
        dev.open()
        try:
            cu = Config(dev)
            line = "set security zones security-zone untrust interfaces ge-0/0/2.0"
            if accepted:
                cu.load(line, format="set")
                assert "+   security-zone untrust {" in (cu.diff() or "")
                cu.rollback(0)
            else:
                with pytest.raises(ConfigLoadError, match="syntax error"):
                    cu.load(line, format="set")
        finally:
            dev.close()


def test_interfaces_show_in_junos_interface_order() -> None:
    names = ["lo0", "fxp0", "xe-0/0/1", "ae0", "et-0/0/0", "xe-0/0/0:1", "xe-0/0/0", "ge-0/0/10", "ge-0/0/2"]
    tree = engine.parse("".join(f"set interfaces {name} unit 0\n" for name in names), "set")
    shown = [line.split()[2] for line in engine.render(tree, "set").splitlines()]
    # slot interfaces by FPC/PIC/port/channel, then the others by name (as vQFX, vSRX and vMX show them)
    assert shown == ["et-0/0/0", "xe-0/0/0", "xe-0/0/0:1", "xe-0/0/1", "ge-0/0/2", "ge-0/0/10", "ae0", "fxp0", "lo0"]


def test_mx_system_statements_of_the_current_release() -> None:
    """The MX family's 24.4R1 system module is not public (23.4R1's is compiled): the system
    statements of the QFX family's 24.4R1 fill it (``netconf version-1.1``)."""
    tree = engine.parse("set system services netconf version-1.1\nset system services netconf rfc-compliant\n", "set")
    assert engine.validate(tree) == []
    assert node_at(JUNOS.root, "system", "services", "netconf").by_name["version-1.1"].hidden
