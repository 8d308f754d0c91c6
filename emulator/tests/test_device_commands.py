"""Operational commands: every command in text/xml/json, formats agree with each other and the model."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from jetemu.device import (
    ClientInfo,
    CommandContext,
    Device,
    Node,
    NodeResult,
    OpCommandError,
    OpSpec,
    ServerListener,
    ServerSettings,
    TextResult,
    default_registry,
    run_cli,
    run_rpc,
)

T0 = 1_700_000_000.0
JUNOS_NS = "http://xml.juniper.net/junos/24.4R1.9/junos"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


CONFIG = {
    "configuration": {
        "system": {"host-name": "r1"},
        "interfaces": {
            "interface": [
                {
                    "name": "ge-0/0/1",
                    "description": "to r2",
                    "unit": [
                        {
                            "name": 0,
                            "family": {
                                "inet": {"address": [{"name": "10.0.0.1/24"}]},
                                "inet6": {"address": [{"name": "2001:db8::1/64"}]},
                            },
                        }
                    ],
                },
                {"name": "ge-0/0/2", "disable": [None], "unit": [{"name": 0, "family": {"inet": {}}}]},
                {"name": "fxp0", "unit": [{"name": 0, "family": {"inet": {"address": [{"name": "172.16.0.1/16"}]}}}]},
                {"name": "lo0", "unit": [{"name": 0, "family": {"inet": {"address": [{"name": "10.255.0.1/32"}]}}}]},
            ]
        },
        "routing-options": {
            "autonomous-system": {"as-number": "64512"},
            "static": {
                "route": [
                    {"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]},
                    {"name": "10.8.0.0/16", "next-hop": ["10.99.0.1"]},
                    {"name": "192.0.2.0/24", "discard": [None]},
                ]
            },
        },
    }
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device(clock: Clock) -> Device:
    dev = Device.create(1, clock=clock)
    dev.apply_configuration(CONFIG, committed_by="lab")
    dev.advance_counters("ge-0/0/1.0", input_packets=42, output_packets=7, input_bytes=4200, output_bytes=700)
    clock.now += 3725  # 01:02:05 later
    return dev


@pytest.fixture
def ctx() -> CommandContext:
    return CommandContext(
        clients=[
            ClientInfo("my-client-id", "ipv4:127.0.0.1:5555", user="lab", login_time=T0),
            ClientInfo("second-app", "ipv6:[::1]:40000", channel_count=2, user="ops"),
        ],
        server=ServerSettings(
            max_connections=8,
            skip_authentication=True,
            listeners=(ServerListener("0.0.0.0", 50051, tls=True), ServerListener("unix:/var/run/japi_jsd")),
        ),
    )


def xml_of(text: str) -> ET.Element:
    """Parse, then drop namespaces from tags (attributes keep their {ns} form)."""
    root = ET.fromstring(text)
    for element in root.iter():
        element.tag = element.tag.rsplit("}", 1)[-1]
    return root


def three(device: Device, command: str, ctx: CommandContext) -> tuple[str, ET.Element, dict]:
    text = run_cli(device, command, "text", ctx)
    xml = xml_of(run_cli(device, command, "xml", ctx))
    data = json.loads(run_cli(device, command, "json", ctx))
    return text, xml, data


def jtext(obj: dict, *path: str) -> str:
    """Follow the first element of each list along ``path`` and return its data."""
    current = obj
    for tag in path:
        current = current[tag][0]
    return current["data"]


# --------------------------------------------------------------------------------------------
# show version
# --------------------------------------------------------------------------------------------
def test_show_version_three_formats(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show version", ctx)
    assert xml.tag == "software-information"
    assert xml.findtext("host-name") == "r1"
    assert xml.findtext("product-model") == "mx480"
    assert xml.findtext("junos-version") == "24.4R1.9"
    info = data["software-information"][0]
    assert jtext(info, "host-name") == "r1"
    assert jtext(info, "product-model") == "mx480"
    assert jtext(info, "junos-version") == "24.4R1.9"
    assert text.splitlines()[:3] == ["Hostname: r1", "Model: mx480", "Junos: 24.4R1.9"]
    comments = [p.findtext("comment") for p in xml.findall("package-information")]
    assert comments == [jtext(p, "comment") for p in info["package-information"]]
    assert text.splitlines()[3:] == comments


def test_rpc_equals_cli(device: Device, ctx: CommandContext) -> None:
    for fmt in ("text", "xml", "json"):
        assert run_rpc(device, "<get-software-information/>", fmt, ctx) == run_cli(device, "show version", fmt, ctx)
        assert run_rpc(
            device, "<rpc><get-interface-information><terse/></get-interface-information></rpc>", fmt, ctx
        ) == run_cli(device, "show interfaces terse", fmt, ctx)


# --------------------------------------------------------------------------------------------
# show system uptime
# --------------------------------------------------------------------------------------------
def test_show_system_uptime(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show system uptime", ctx)
    seconds_attr = f"{{{JUNOS_NS}}}seconds"
    booted = xml.find("system-booted-time")
    assert booted is not None
    assert booted.findtext("date-time") == "2023-11-14 22:13:20 UTC"
    assert booted.find("date-time").get(seconds_attr) == str(int(T0))
    assert booted.findtext("time-length") == "01:02:05"
    assert booted.find("time-length").get(seconds_attr) == "3725"
    configured = xml.find("last-configured-time")
    assert configured is not None and configured.findtext("user") == "lab"
    uptime = data["system-uptime-information"][0]
    assert jtext(uptime, "system-booted-time", "time-length") == "01:02:05"
    assert uptime["system-booted-time"][0]["time-length"][0]["attributes"] == {"junos:seconds": "3725"}
    assert "System booted: 2023-11-14 22:13:20 UTC (01:02:05 ago)" in text
    assert "Last configured: 2023-11-14 22:13:20 UTC (01:02:05 ago) by lab" in text
    assert re.search(r"^11:15PM  up 1:02, 2 users, load averages: 0\.00, 0\.00, 0\.00$", text, re.M)
    assert xml.find("uptime-information/up-time").get(seconds_attr) == "3725"


def test_uptime_days(device: Device, clock: Clock, ctx: CommandContext) -> None:
    clock.now = T0 + 3 * 86400 + 5 * 3600 + 10 * 60
    text = run_cli(device, "show system uptime", "text", ctx)
    assert "System booted: 2023-11-14 22:13:20 UTC (3d 05:10 ago)" in text
    assert " up 3 days,  5:10, " in text


# --------------------------------------------------------------------------------------------
# show chassis hardware
# --------------------------------------------------------------------------------------------
def test_show_chassis_hardware(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show chassis hardware", ctx)
    chassis = xml.find("chassis")
    assert chassis is not None and chassis.get(f"{{{JUNOS_NS}}}style") == "inventory"
    assert chassis.findtext("serial-number") == device.serial_number
    modules = [m.findtext("name") for m in chassis.findall("chassis-module")]
    assert modules == ["Midplane", "Routing Engine 0", "Routing Engine 1", "FPC 0"]
    pic = chassis.find("chassis-module[name='FPC 0']/chassis-sub-module[name='PIC 0']")
    assert pic is not None and pic.findtext("description") == "10x 1GE(LAN) SFP"
    jchassis = data["chassis-inventory"][0]["chassis"][0]
    assert jtext(jchassis, "serial-number") == device.serial_number
    lines = text.splitlines()
    assert lines[1] == "Item             Version  Part number  Serial number     Description"
    assert re.match(rf"^Chassis\s+{device.serial_number}\s+MX480$", lines[2])
    assert lines[-1].startswith("  PIC 0 ") and lines[-1].endswith("10x 1GE(LAN) SFP")
    assert any(line.startswith("Routing Engine 1 REV 12   740-031116") for line in lines)


# --------------------------------------------------------------------------------------------
# show interfaces
# --------------------------------------------------------------------------------------------
def test_show_interfaces_terse(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show interfaces terse", ctx)
    assert xml.get(f"{{{JUNOS_NS}}}style") == "terse"
    names = [p.findtext("name") for p in xml.findall("physical-interface")]
    assert names == list(device.interfaces)
    ge2 = xml.find("physical-interface[name='ge-0/0/2']")
    assert ge2 is not None and (ge2.findtext("admin-status"), ge2.findtext("oper-status")) == ("down", "down")
    ge1 = data["interface-information"][0]["physical-interface"][1]
    assert jtext(ge1, "name") == "ge-0/0/1"
    logical = ge1["logical-interface"][0]
    assert jtext(logical, "address-family", "interface-address", "ifa-local") == "10.0.0.1/24"
    lines = text.splitlines()
    assert lines[0] == "Interface               Admin Link Proto    Local                 Remote"
    assert "ge-0/0/1.0              up    up   inet     10.0.0.1/24" in lines
    assert "                                   inet6    2001:db8::1/64" in lines
    assert "ge-0/0/2                down  down" in lines
    assert "ge-0/0/2.0              up    down inet" in lines
    assert "lo0.0                   up    up   inet     10.255.0.1          --> 0/0" in lines
    # every physical and logical interface of the xml has a text line, in the same order
    xml_names = [e.findtext("name") for e in xml.iter() if e.tag in ("physical-interface", "logical-interface")]
    text_names = [line.split()[0] for line in lines[1:] if not line.startswith(" ")]
    assert text_names == xml_names


def test_show_interface_by_name(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show interfaces ge-0/0/1", ctx)
    physical = xml.find("physical-interface")
    assert physical is not None and xml.get(f"{{{JUNOS_NS}}}style") is None
    ifd = device.interfaces["ge-0/0/1"]
    assert physical.findtext("snmp-index") == str(ifd.snmp_index)
    assert physical.findtext("description") == "to r2"
    assert physical.findtext("current-physical-address") == ifd.mac
    assert physical.findtext("mtu") == "1514"
    logical = physical.find("logical-interface")
    assert logical is not None and logical.findtext("traffic-statistics/input-packets") == "42"
    address = logical.find("address-family[address-family-name='inet']/interface-address")
    assert address is not None
    assert (address.findtext("ifa-local"), address.findtext("ifa-destination")) == ("10.0.0.1", "10.0.0/24")
    assert address.findtext("ifa-broadcast") == "10.0.0.255"
    jphys = data["interface-information"][0]["physical-interface"][0]
    assert jtext(jphys, "snmp-index") == str(ifd.snmp_index)
    assert jphys["admin-status"][0]["attributes"] == {"junos:format": "Enabled"}
    assert text.startswith("Physical interface: ge-0/0/1, Enabled, Physical link is Up\n")
    assert f"  Interface index: {ifd.ifindex}, SNMP ifIndex: {ifd.snmp_index}" in text
    assert "  Description: to r2" in text
    assert f"  Current address: {ifd.mac}, Hardware address: {ifd.mac}" in text
    assert "    Input packets : 42" in text
    assert "        Destination: 10.0.0/24, Local: 10.0.0.1, Broadcast: 10.0.0.255" in text
    assert "  Last flapped   : 2023-11-14 22:13:20 UTC (01:02:05 ago)" in text


def test_show_interfaces_detail_counters_and_states(device: Device, ctx: CommandContext) -> None:
    device.set_link_state("ge-0/0/3", False)
    text, xml, _ = three(device, "show interfaces ge-0/0/1 extensive", ctx)
    stats = xml.find("physical-interface/traffic-statistics")
    assert stats is not None and stats.findtext("input-packets") == "42" and stats.findtext("output-bytes") == "700"
    assert re.search(r"Input  packets:\s+42\s+0 pps", text)
    down = run_cli(device, "show interfaces ge-0/0/3", "text", ctx)
    assert down.startswith("Physical interface: ge-0/0/3, Enabled, Physical link is Down\n")
    disabled = run_cli(device, "show interfaces ge-0/0/2", "text", ctx)
    assert disabled.startswith("Physical interface: ge-0/0/2, Administratively down, Physical link is Down\n")
    assert "Interface flags: Down SNMP-Traps" in disabled


def test_show_logical_interface_and_wildcard(device: Device, ctx: CommandContext) -> None:
    text, xml, _ = three(device, "show interfaces ge-0/0/1.0", ctx)
    assert [child.tag for child in xml] == ["logical-interface"]
    assert text.startswith("  Logical interface ge-0/0/1.0 (Index ")
    terse = run_cli(device, "show interfaces ge-0/0/1.0 terse", "text", ctx).splitlines()
    assert terse[1:] == [
        "ge-0/0/1.0              up    up   inet     10.0.0.1/24",
        "                                   inet6    2001:db8::1/64",
        f"                                            {device.interfaces['ge-0/0/1'].link_local()}",
    ]
    wildcard = xml_of(run_cli(device, "show interfaces ge-0/0/* terse", "xml", ctx))
    assert [p.findtext("name") for p in wildcard.findall("physical-interface")] == [f"ge-0/0/{i}" for i in range(10)]


@pytest.mark.parametrize("name", ["ge-0/0/99", "ge-0/0/1.5", "foo", "xe-*"])
def test_unknown_interface(device: Device, ctx: CommandContext, name: str) -> None:
    with pytest.raises(OpCommandError) as info:
        run_cli(device, f"show interfaces {name}", "text", ctx)
    assert info.value.message == f"error: device {name} not found"
    with pytest.raises(OpCommandError) as info:
        run_rpc(
            device,
            f"<get-interface-information><interface-name>{name}</interface-name></get-interface-information>",
            "xml",
            ctx,
        )
    assert info.value.message == f"error: device {name} not found"


# --------------------------------------------------------------------------------------------
# show route
# --------------------------------------------------------------------------------------------
def test_show_route(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show route", ctx)
    tables = xml.findall("route-table")
    assert [t.findtext("table-name") for t in tables] == ["inet.0", "inet6.0"]
    inet = tables[0]
    counts = {
        tag: inet.findtext(tag)
        for tag in ("destination-count", "total-route-count", "active-route-count", "hidden-route-count")
    }
    assert counts == {
        "destination-count": "8",
        "total-route-count": "8",
        "active-route-count": "7",
        "hidden-route-count": "1",
    }
    destinations = [rt.findtext("rt-destination") for rt in inet.findall("rt")]
    assert destinations == [
        "10.0.0.0/24",
        "10.0.0.1/32",
        "10.9.0.0/16",
        "10.255.0.1/32",
        "172.16.0.0/16",
        "172.16.0.1/32",
        "192.0.2.0/24",
    ]
    static = inet.find("rt[rt-destination='10.9.0.0/16']/rt-entry")
    assert static is not None
    assert (static.findtext("protocol-name"), static.findtext("preference"), static.findtext("age")) == (
        "Static",
        "5",
        "01:02:05",
    )
    assert static.find("nh/selected-next-hop") is not None
    assert (static.findtext("nh/to"), static.findtext("nh/via")) == ("10.0.0.2", "ge-0/0/1.0")
    jtable = data["route-information"][0]["route-table"][0]
    jdest = [jtext(rt, "rt-destination") for rt in jtable["rt"]]
    assert jdest == destinations
    assert jtable["rt"][0]["rt-entry"][0]["current-active"] == [{"data": [None]}]
    assert "inet.0: 8 destinations, 8 routes (7 active, 0 holddown, 1 hidden)" in text
    assert "10.9.0.0/16        *[Static/5] 01:02:05\n                    >  to 10.0.0.2 via ge-0/0/1.0\n" in text
    assert "10.0.0.1/32        *[Local/0] 01:02:05\n                       Local via ge-0/0/1.0\n" in text
    assert "192.0.2.0/24       *[Static/5] 01:02:05\n                       Discard\n" in text
    assert "10.8.0.0/16" not in text  # hidden
    text_dests = re.findall(r"^(\S+)", text, re.M)
    text_dests = [d for d in text_dests if "/" in d and not d.startswith("inet")]
    all_xml = [rt.findtext("rt-destination") for t in tables for rt in t.findall("rt")]
    assert text_dests == all_xml


def test_show_route_filters(device: Device, ctx: CommandContext) -> None:
    def dests(command: str) -> list[str]:
        root = xml_of(run_cli(device, command, "xml", ctx))
        return [rt.findtext("rt-destination") for rt in root.iter("rt")]

    assert dests("show route 10.0.0.5") == ["10.0.0.0/24"]
    assert dests("show route 10.0.0.0/24") == ["10.0.0.0/24", "10.0.0.1/32"]
    assert dests("show route 10.0.0.0/24 exact") == ["10.0.0.0/24"]
    assert dests("show route 10/8 longer") == ["10.0.0.0/24", "10.0.0.1/32", "10.9.0.0/16", "10.255.0.1/32"]
    assert dests("show route protocol static") == ["10.9.0.0/16", "192.0.2.0/24"]
    assert dests("show route table inet6.0") == [
        "2001:db8::/64",
        "2001:db8::1/128",
        f"{device.interfaces['ge-0/0/1'].link_local().ip}/128",
    ]
    assert dests("show route table inet6 2001:db8::1") == ["2001:db8::1/128"]
    assert dests("show route 203.0.113.1") == []
    assert run_cli(device, "show route 203.0.113.1", "text", ctx) == ""
    rpc = run_rpc(
        device,
        "<get-route-information><destination>10.9.0.0/16</destination><table>inet.0</table></get-route-information>",
        "text",
        ctx,
    )
    assert rpc == run_cli(device, "show route 10.9.0.0/16 table inet.0", "text", ctx)
    assert "*[Static/5]" in rpc
    with pytest.raises(OpCommandError, match="error: table foo.0 not found"):
        run_cli(device, "show route table foo.0", "text", ctx)
    with pytest.raises(OpCommandError, match="invalid destination prefix: 10.0.0.0/99"):
        run_cli(device, "show route 10.0.0.0/99", "text", ctx)


def test_show_route_follows_state(device: Device, clock: Clock, ctx: CommandContext) -> None:
    device.add_route("inet.0", "10.9.0.0/16", "BGP", ["10.0.0.3"], owner="app")
    text = run_cli(device, "show route 10.9.0.0/16", "text", ctx)
    assert "10.9.0.0/16        *[Static/5] 01:02:05\n" in text
    assert "                    [BGP/170] 00:00:00\n                       to 10.0.0.3 via ge-0/0/1.0\n" in text
    clock.now += 86400 + 61
    assert "*[Static/5] 1d 01:03:06" in run_cli(device, "show route 10.9.0.0/16", "text", ctx)
    device.set_link_state("ge-0/0/1", False)
    assert run_cli(device, "show route 10.0.0.0/24 exact", "text", ctx) == ""


def test_show_route_summary(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show route summary", ctx)
    assert xml.findtext("router-id") == "10.255.0.1"
    assert xml.findtext("as-number") == "64512"
    inet = xml.find("route-table")
    assert inet is not None
    protocols = {
        p.findtext("protocol-name"): (p.findtext("protocol-route-count"), p.findtext("active-route-count"))
        for p in inet.findall("protocols")
    }
    assert protocols == {"Direct": ("3", "3"), "Local": ("2", "2"), "Static": ("3", "2")}
    jinet = data["route-summary-information"][0]["route-table"][0]
    assert [jtext(p, "protocol-name") for p in jinet["protocols"]] == ["Direct", "Local", "Static"]
    assert text.startswith("Autonomous system number: 64512\nRouter ID: 10.255.0.1\n")
    assert "              Static:      3 routes,      2 active" in text
    assert "inet.0: 8 destinations, 8 routes (7 active, 0 holddown, 1 hidden)" in text
    assert run_rpc(device, "<get-route-summary-information/>", "text", ctx) == text


# --------------------------------------------------------------------------------------------
# show extension-service request-response
# --------------------------------------------------------------------------------------------
def test_extension_service_clients(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show extension-service request-response clients", ctx)
    ids = [c.findtext("client-id") for c in xml.findall("client")]
    assert ids == ["my-client-id", "second-app"]
    assert xml.find("client").findtext("socket-address") == "ipv4:127.0.0.1:5555"
    clients = data["extension-service-client-information"][0]["client"]
    assert [jtext(c, "channel-count") for c in clients] == ["1", "2"]
    lines = text.splitlines()
    assert lines[0].split("  ")[0] == "Client ID"
    assert re.match(r"^my-client-id\s+ipv4:127\.0\.0\.1:5555\s+gRPC\s+1$", lines[1])
    assert lines[0].index("Socket Address") == lines[1].index("ipv4:")
    assert lines[0].index("Channel Count") == lines[2].index("2")
    detail = run_cli(device, "show extension-service request-response clients detail", "text", ctx)
    assert "Client ID: my-client-id\n  Socket Address: ipv4:127.0.0.1:5555\n" in detail
    assert "  Login User: lab\n  Login Time: 2023-11-14 22:13:20 UTC\n" in detail
    empty = run_cli(device, "show extension-service request-response clients", "text", CommandContext())
    assert empty.splitlines()[1:] == []


def test_extension_service_servers(device: Device, ctx: CommandContext) -> None:
    text, xml, data = three(device, "show extension-service request-response servers", ctx)
    grpc = xml.find("grpc-server-information")
    assert grpc is not None and grpc.findtext("max-connections") == "8"
    assert [s.findtext("address") for s in grpc.findall("server")] == ["0.0.0.0", "unix:/var/run/japi_jsd"]
    jgrpc = data["extension-service-server-information"][0]["grpc-server-information"][0]
    assert jtext(jgrpc, "skip-authentication") == "Enabled"
    assert text == (
        "gRPC server information:\n"
        "Max connections: 8, Skip-authentication: Enabled\n"
        "Address: 0.0.0.0, Port: 50051\n"
        "Status: Up, Type: SSL\n"
        "Address: unix:/var/run/japi_jsd\n"
        "Status: Up, Type: Clear-text\n"
    )
    assert (
        run_rpc(device, "<get-extension-service-server-information/>", "json", ctx) == json.dumps(data, indent=4) + "\n"
    )


# --------------------------------------------------------------------------------------------
# parsing: abbreviations, whitespace, pipes
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("sh ver", "show version"),
        ("  show    version  ", "show version"),
        ("show int terse", "show interfaces terse"),
        ("sh int ge-0/0/1 t", "show interfaces ge-0/0/1 terse"),
        ("sh sys up", "show system uptime"),
        ("sh ch h", "show chassis hardware"),
        ("sh ro sum", "show route summary"),
        ("sh ro ta inet.0 e 10.0.0.0/24", "show route table inet.0 exact 10.0.0.0/24"),
        ("sh ext r cl", "show extension-service request-response clients"),
    ],
)
def test_abbreviations(device: Device, ctx: CommandContext, short: str, full: str) -> None:
    assert run_cli(device, short, "text", ctx) == run_cli(device, full, "text", ctx)


def test_pipes(device: Device, ctx: CommandContext) -> None:
    terse = run_cli(device, "show interfaces terse", "text", ctx)
    assert run_cli(device, "show interfaces terse | match ge-0/0/1", "text", ctx) == (
        "\n".join(line for line in terse.splitlines() if "ge-0/0/1" in line) + "\n"
    )
    assert run_cli(device, "show interfaces terse | except ge-", "text", ctx) == (
        "\n".join(line for line in terse.splitlines() if "ge-" not in line) + "\n"
    )
    assert run_cli(device, "show interfaces terse | count", "text", ctx) == f"Count: {len(terse.splitlines())} lines\n"
    assert run_cli(device, 'show interfaces terse | match "fxp0|lo0" | count', "text", ctx) == "Count: 4 lines\n"
    assert run_cli(device, "show interfaces terse | match FXP0", "text", ctx).startswith("fxp0 ")
    assert run_cli(device, "show interfaces terse | no-more", "text", ctx) == terse
    assert run_cli(device, "show interfaces terse | last 2", "text", ctx) == "\n".join(terse.splitlines()[-2:]) + "\n"
    assert run_cli(device, "show version | display xml", "text", ctx) == run_cli(device, "show version", "xml", ctx)
    assert run_cli(device, "show version | display json", "xml", ctx) == run_cli(device, "show version", "json", ctx)
    assert run_cli(device, "show version|disp j", "text", ctx) == run_cli(device, "show version", "json", ctx)
    matched = run_cli(device, "show version | display xml | match host-name", "text", ctx)
    assert matched == "    <host-name>r1</host-name>\n"
    assert run_cli(device, "show interfaces terse | match nothing-like-this", "text", ctx) == ""


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("foo", "error: syntax error, expecting <command>: foo"),
        ("show foo", "error: syntax error, expecting <command>: foo"),
        ("show version extra", "error: syntax error, expecting <command>: extra"),
        ("show interfaces terse detail", "error: syntax error, expecting <command>: detail"),
        ("show route table", "error: missing argument after 'table'"),
        ("show route protocol nonsense", "error: syntax error, expecting <command>: nonsense"),
        ("show version | frobnicate", "error: syntax error, expecting <command>: frobnicate"),
        ("show version | display yaml", "error: syntax error, expecting <command>: yaml"),
        ("show version | match", "error: missing argument after 'match'"),
        ("show version | match (", "error: invalid regular expression '('"),
        ("show version |", "error: syntax error, expecting <command>: |"),
        ('show version | match "open', "error: unterminated quoted string"),
        ("", "error: empty command"),
        ("   ", "error: empty command"),
        ("show", "error: incomplete command 'show', expecting one of: arp, bfd, bgp, bridge, chassis"),
        ("show extension-service request-response", "error: incomplete command 'show extension-service request-"),
    ],
)
def test_cli_errors(device: Device, ctx: CommandContext, command: str, message: str) -> None:
    with pytest.raises(OpCommandError) as info:
        run_cli(device, command, "text", ctx)
    assert info.value.message.startswith(message)
    assert str(info.value) == info.value.message


@pytest.mark.parametrize(
    ("rpc", "message"),
    [
        ("<get-foo-information/>", "error: syntax error: <get-foo-information>"),
        ("<get-software-information>", "error: malformed XML in RPC: "),
        ("get-software-information", "error: malformed XML in RPC: syntax error"),
        ("", "error: empty RPC"),
        ("<get-interface-information><bogus/></get-interface-information>", "unknown element <bogus>"),
        ("<get-interface-information><terse>x</terse></get-interface-information>", "<terse> takes no value"),
        (
            "<get-interface-information><interface-name/></get-interface-information>",
            "error: missing value for <interface-name>",
        ),
        ("<get-interface-information><terse/><detail/></get-interface-information>", "conflicts"),
        ("<rpc><get-software-information/><get-chassis-inventory/></rpc>", "exactly one RPC element, found 2"),
    ],
)
def test_rpc_errors(device: Device, ctx: CommandContext, rpc: str, message: str) -> None:
    with pytest.raises(OpCommandError) as info:
        run_rpc(device, rpc, "json", ctx)
    assert message in info.value.message
    assert info.value.message.startswith("error: ")


def test_unknown_format_is_a_programming_error(device: Device, ctx: CommandContext) -> None:
    with pytest.raises(ValueError, match="unknown output format 'yaml'"):
        run_cli(device, "show version", "yaml", ctx)  # type: ignore[arg-type]


def test_rpc_with_namespace_and_whitespace(device: Device, ctx: CommandContext) -> None:
    rpc = """
        <get-interface-information xmlns="urn:example">
            <interface-name> ge-0/0/1 </interface-name>
            <terse/>
        </get-interface-information>
    """
    assert run_rpc(device, rpc, "text", ctx) == run_cli(device, "show interfaces ge-0/0/1 terse", "text", ctx)


# --------------------------------------------------------------------------------------------
# the extension point
# --------------------------------------------------------------------------------------------
def test_registry_extension(device: Device, ctx: CommandContext) -> None:
    def show_widgets(dev: Device, params: dict, context: CommandContext) -> NodeResult:
        node = Node("widget-information")
        node.add("widget-name", params.get("name", "all"))
        node.add("owner", context.extras["owner"])
        return NodeResult(
            node, lambda n: f"Widget {n.findtext('widget-name')} of {n.findtext('owner')}\n", dev.junos_version
        )

    registry = default_registry.copy()
    registry.register(
        OpSpec(rpc="get-widget-information", cli=("show", "widgets"), handler=show_widgets, positional="name")
    )
    registry.register(OpSpec(rpc="get-raw", cli=("show", "raw"), handler=lambda d, p, c: TextResult("raw text\n")))
    local = CommandContext(registry=registry, extras={"owner": "cfg-engine"})
    assert run_cli(device, "show widg w1", "text", local) == "Widget w1 of cfg-engine\n"
    assert json.loads(
        run_rpc(device, "<get-widget-information><name>w2</name></get-widget-information>", "json", local)
    ) == {"widget-information": [{"widget-name": [{"data": "w2"}], "owner": [{"data": "cfg-engine"}]}]}
    assert run_cli(device, "show raw | display xml", "text", local) == "<output>raw text\n</output>\n"
    assert run_cli(device, "show version", "text", local) == run_cli(device, "show version", "text", ctx)
    # the default registry is untouched
    with pytest.raises(OpCommandError, match="expecting <command>: widgets"):
        run_cli(device, "show widgets", "text", ctx)
    with pytest.raises(ValueError, match="already registered"):
        registry.register(OpSpec(rpc="get-widget-information", handler=show_widgets))
    with pytest.raises(ValueError, match="already registered"):
        registry.register(OpSpec(rpc="get-other", cli=("show", "widgets"), handler=show_widgets))
    # a new sibling makes an abbreviation ambiguous, with the Junos-style completion list
    with pytest.raises(OpCommandError) as info:
        run_cli(device, "show r", "text", local)
    assert info.value.message == "error: 'r' is ambiguous.\nPossible completions:\n  raw\n  route\n  rsvp"


def test_interceptors_see_raw_commands_first(device: Device, ctx: CommandContext) -> None:
    seen: list[tuple[str, str]] = []

    def cli(dev: Device, command: str, fmt: str, context: CommandContext) -> str | None:
        seen.append((command, fmt))
        if command.split()[:2] == ["show", "configuration"]:
            return f"## {dev.hostname} as {fmt} for {context.user}\n"
        return None

    def rpc(dev: Device, command: str, fmt: str, context: CommandContext) -> str | None:
        return "<configuration/>\n" if "get-configuration" in command else None

    registry = default_registry.copy()
    registry.add_cli_interceptor(cli)
    registry.add_rpc_interceptor(rpc)
    local = CommandContext(registry=registry, user="lab")
    assert run_cli(device, "show configuration | display set", "text", local) == "## r1 as text for lab\n"
    assert run_cli(device, "sh ver", "text", local) == run_cli(device, "show version", "text", ctx)
    assert seen == [("show configuration | display set", "text"), ("sh ver", "text")]
    assert run_rpc(device, "<get-configuration/>", "xml", local) == "<configuration/>\n"
    assert run_rpc(device, "<get-software-information/>", "xml", local).startswith("<software-information>")
    copied = registry.copy()
    assert copied.cli_interceptors == [cli] and copied.rpc_interceptors == [rpc]
    assert default_registry.cli_interceptors == []
