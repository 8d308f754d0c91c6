"""More everyday op commands through the command registry (issue 13, second round): the fixed
interface and route views, the chassis and host commands, the protocol summaries (configured or
not), the SRX security views; every command in text, XML and JSON; and, over real gRPC with
``--broker none``, the device's syslog files and a few of the commands."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jetemu.device import ClientInfo, CommandContext, Device, OpCommandError, run_cli, run_rpc
from jetemu.device.filesystem import DeviceFilesystem


@pytest.fixture
def lab(tmp_path: Path) -> tuple[Device, CommandContext, DeviceFilesystem]:
    device = Device.create(7, hostname="ops7")
    fs = DeviceFilesystem(tmp_path / "root", users=["lab"])
    clients = [ClientInfo("c1", "ipv4:127.0.0.1:5555", user="lab", login_time=device.boot_time)]
    ctx = CommandContext(user="lab", clients=clients, extras={"filesystem": fs})
    return device, ctx, fs


def _configure(device: Device, **statements: object) -> None:
    config = device.factory_configuration()
    config["configuration"].update(statements)
    device.apply_configuration(config)


LAB_INTERFACES = {
    "interface": [
        {"name": "fxp0", "unit": [{"name": 0, "family": {"inet": {"address": [{"name": "172.16.0.7/16"}]}}}]},
        {"name": "lo0", "unit": [{"name": 0, "family": {"inet": {"address": [{"name": "10.255.0.7/32"}]}}}]},
        {
            "name": "ge-0/0/0",
            "description": "to r8",
            "unit": [
                {"name": 0, "description": "core link", "family": {"inet": {"address": [{"name": "10.0.0.1/24"}]}}}
            ],
        },
        {"name": "ge-0/0/1", "gigether-options": {"802.3ad": {"bundle": "ae0"}}},
        {"name": "ae0", "aggregated-ether-options": {"lacp": {"active": [None]}}},
    ]
}
STATIC = {"static": {"route": [{"name": "0.0.0.0/0", "next-hop": ["10.0.0.2"]}]}}


# -- every command answers in the three formats from one tree ------------------------------------
EVERYDAY = [
    "show interfaces descriptions",
    "show interfaces statistics",
    "show route table inet.0 terse",
    "show route forwarding-table",
    "show route instance",
    "show version detail",
    "show chassis hardware detail",
    "show chassis environment",
    "show chassis environment pem",
    "show chassis fpc",
    "show chassis fpc pic-status",
    "show chassis firmware",
    "show chassis mac-addresses",
    "show system information",
    "show system processes extensive",
    "show system processes summary",
    "show system core-dumps",
    "show system license",
    "show system connections",
    "show task memory",
    "show krt queue",
    "show host www.example.net",
    "show lacp interfaces",
    "show bfd session",
    "show lldp local-information",
    "show ipv6 neighbors",
    "show interfaces diagnostics optics",
    "show interfaces queue ge-0/0/0",
    "show class-of-service interface ge-0/0/0",
    "show policer",
    "show route advertising-protocol bgp 10.0.0.2",
    "show route receive-protocol bgp 10.0.0.2",
]


@pytest.mark.parametrize("command", EVERYDAY)
def test_every_command_answers_text_xml_and_json(lab, command: str) -> None:
    device, ctx, _ = lab
    _configure(device, interfaces=LAB_INTERFACES, **{"routing-options": STATIC})
    text = run_cli(device, command, "text", ctx)
    xml = run_cli(device, f"{command} | display xml", "text", ctx)
    data = json.loads(run_cli(device, f"{command} | display json", "text", ctx))
    roots = ET.fromstring(f"<reply>{xml}</reply>")
    assert [root.tag.rsplit("}", 1)[-1] for root in roots] == list(data)  # same top elements
    assert isinstance(text, str)
    assert run_cli(device, command, "xml", ctx) == xml  # the pipe and the format agree


# -- A: the commands that answered with errors ---------------------------------------------------
def test_interfaces_descriptions_lists_only_described_interfaces(lab) -> None:
    device, ctx, _ = lab
    assert run_cli(device, "show interfaces descriptions", "text", ctx) == ""  # none described
    _configure(device, interfaces=LAB_INTERFACES)
    assert run_cli(device, "show interfaces descriptions", "text", ctx) == (
        "Interface       Admin Link Description\n"
        "ge-0/0/0        up    up   to r8\n"
        "ge-0/0/0.0      up    up   core link\n"
    )
    device.set_link_state("ge-0/0/0", False)
    reply = ET.fromstring(
        run_rpc(device, "<get-interface-information><descriptions/></get-interface-information>", "xml", ctx)
    )
    assert reply.get("{http://xml.juniper.net/junos/24.4R1.9/junos}style") == "description"
    rows = [
        (child.tag.rsplit("}", 1)[-1], child.findtext("{*}name"), child.findtext("{*}oper-status")) for child in reply
    ]
    assert rows == [("physical-interface", "ge-0/0/0", "down"), ("logical-interface", "ge-0/0/0.0", "down")]
    assert run_cli(device, "show interfaces ge-0/0/0.0 descriptions", "text", ctx).splitlines()[1:] == [
        "ge-0/0/0.0      up    down core link"
    ]


def test_interfaces_statistics_is_a_flag(lab) -> None:
    device, ctx, _ = lab
    text = run_cli(device, "show interfaces ge-0/0/0 statistics", "text", ctx)
    assert "  Statistics last cleared: Never\n" in text and "  Input errors: 0, Output errors: 0\n" in text
    data = json.loads(run_cli(device, "show interfaces ge-0/0/0 statistics", "json", ctx))
    physical = data["interface-information"][0]["physical-interface"][0]
    assert physical["input-error-count"] == [{"data": "0"}] and physical["statistics-cleared"] == [{"data": "Never"}]
    with pytest.raises(OpCommandError, match="expecting <command>: statistics"):
        run_cli(device, "show interfaces terse statistics", "text", ctx)


def test_route_terse_forwarding_table_and_instances(lab) -> None:
    device, ctx, _ = lab
    _configure(device, interfaces=LAB_INTERFACES, **{"routing-options": STATIC})
    terse = run_cli(device, "show route table inet.0 terse", "text", ctx).splitlines()
    assert terse[4] == "A V Destination        P Prf   Metric 1   Metric 2  Next hop        AS path"
    assert "* ? 0.0.0.0/0          S   5                       >10.0.0.2" in terse
    assert "* ? 10.0.0.1/32        L   0                        Local" in terse
    assert "* ? 10.0.0.0/24        D   0                       >ge-0/0/0.0" in terse
    forwarding = run_cli(device, "show route forwarding-table family inet", "text", ctx).splitlines()
    assert forwarding[:3] == [
        "Routing table: default.inet",
        "Internet:",
        "Destination        Type RtRef Next hop           Type Index    NhRef Netif",
    ]
    rows = {line.split()[0]: line.split()[1:] for line in forwarding[3:]}
    assert rows["10.0.0.0/24"][:2] == ["intf", "0"] and rows["10.0.0.0/24"][-1] == "ge-0/0/0.0"
    assert "ucst" in rows["default"] and "10.0.0.2" in rows["default"]
    assert rows["10.0.0.1/32"][2:4] == ["10.0.0.1", "locl"]
    instances = run_cli(device, "show route instance", "text", ctx).splitlines()
    assert instances[2:4] == ["master               forwarding", f"         {'inet.0':<48}6/0/0"]
    with pytest.raises(OpCommandError, match="routing instance blue not found"):
        run_rpc(
            device,
            "<get-instance-information><instance-name>blue</instance-name></get-instance-information>",
            "text",
            ctx,
        )


def test_version_and_hardware_detail(lab) -> None:
    device, ctx, _ = lab
    detail = run_cli(device, "show version detail", "text", ctx)
    assert detail.startswith(run_cli(device, "show version", "text", ctx))
    assert "RPD release 24.4R1.9 built by builder\n" in detail
    plain = run_cli(device, "show chassis hardware", "text", ctx)
    assert run_cli(device, "show chassis hardware detail", "text", ctx) == plain


# -- B: chassis and host -------------------------------------------------------------------------
def test_chassis_views_follow_the_inventory(lab) -> None:
    device, ctx, _ = lab
    environment = run_cli(device, "show chassis environment", "text", ctx).splitlines()
    assert environment[1].startswith("Temp  Routing Engine 0               OK         ")
    assert [line[6:37].strip() for line in environment[1:]] == [
        "Routing Engine 0",
        "Routing Engine 1",
        "FPC 0 Intake",
        "FPC 0 Exhaust",
    ]
    fpc = run_cli(device, "show chassis fpc", "text", ctx).splitlines()
    assert fpc[2].split()[:2] == ["0", "Online"] and fpc[3:] == [f"{n:>3}  Empty" for n in range(1, 6)]
    assert run_cli(device, "show chassis fpc pic-status", "text", ctx) == (
        "Slot 0   Online       MPC Type 2 3D\n  PIC 0  Online       10x 1GE(LAN) SFP\n"
    )
    vsrx = Device.create(8, model="vsrx")
    assert "CPU less FPC" in run_cli(vsrx, "show chassis fpc", "text", ctx)
    macs = run_cli(device, "show chassis mac-addresses", "text", ctx)
    assert "Public base address     2c:6b:f5:00:07:00" in macs


def test_system_views(lab) -> None:
    device, ctx, fs = lab
    assert run_cli(device, "show system information", "text", ctx) == (
        "Model: mx480\nFamily: junos\nJunos: 24.4R1.9\nHostname: ops7\n"
    )
    cores = run_cli(device, "show system core-dumps", "text", ctx)
    assert cores.splitlines()[0] == "/var/crash/*core*: No such file or directory" and "total files" not in cores
    fs.make_directory("/var/crash")
    fs.write_bytes("/var/crash/core.rpd.0.gz", b"x" * 42)
    cores = run_cli(device, "show system core-dumps", "text", ctx).splitlines()
    assert re.fullmatch(r"-rw-r--r-- +1 root +wheel +42 \w{3} [ \d]\d [\d:]{4,5} /var/crash/core\.rpd\.0\.gz", cores[0])
    assert cores[-1] == "total files: 1"
    connections = run_cli(device, "show system connections", "text", ctx)
    assert re.search(r"tcp4 +0 +0 +127\.0\.0\.1\.32767 +127\.0\.0\.1\.5555 +ESTABLISHED", connections)
    assert re.search(r"tcp4 +0 +0 +\*\.32767 +\*\.\* +LISTEN", connections)
    top = run_cli(device, "show system processes extensive", "text", ctx)
    assert top.startswith("last pid: ") and re.search(r"\brpd$", top, re.M)
    queues = run_cli(device, "show krt queue", "text", ctx).splitlines()
    assert queues[0] == "Routing table add queue: 0 queued"
    assert len(queues) == 27 and all(line.endswith(": 0 queued") for line in queues)
    assert run_cli(device, "show host www.example.net", "text", ctx) == (
        ";; connection timed out; no servers could be reached\n"
    )
    assert run_cli(device, "show system license", "text", ctx) == "License usage: none\n\nLicenses installed: none\n"


# -- B: protocols, not configured then configured ------------------------------------------------
NOT_RUNNING = {
    "show lacp interfaces": "warning: lacp subsystem not running - not needed by configuration.",
    "show isis adjacency": "IS-IS instance is not running",
    "show ldp session": "LDP instance is not running",
    "show rsvp session": "RSVP not configured",
    "show mpls interface": "MPLS not configured",
}


def test_protocols_not_configured_answer_as_rpd(lab) -> None:
    device, ctx, _ = lab
    for command, message in NOT_RUNNING.items():
        with pytest.raises(OpCommandError) as refused:
            run_cli(device, command, "text", ctx)
        assert refused.value.message == message, command
    assert run_cli(device, "show bfd session", "text", ctx) == (
        "\n0 sessions, 0 clients\nCumulative transmit rate 0.0 pps, cumulative receive rate 0.0 pps\n"
    )


def test_protocols_configured_have_no_neighbours(lab) -> None:
    device, ctx, _ = lab
    interfaces = json.loads(json.dumps(LAB_INTERFACES))
    interfaces["interface"][2]["unit"][0]["family"]["mpls"] = {}
    protocols = {
        "isis": {"interface": [{"name": "ge-0/0/0.0"}]},
        "ldp": {"interface": [{"name": "ge-0/0/0.0"}]},
        "rsvp": {"interface": [{"name": "all"}]},
        "mpls": {"interface": [{"name": "all"}]},
    }
    _configure(device, interfaces=interfaces, protocols=protocols)
    assert run_cli(device, "show isis adjacency", "text", ctx) == ""
    assert run_cli(device, "show ldp session", "text", ctx) == ""
    assert run_cli(device, "show rsvp session", "text", ctx).count("RSVP: 0 sessions") == 3
    assert run_cli(device, "show mpls interface", "text", ctx).splitlines()[1].split() == ["ge-0/0/0.0", "Up", "<none>"]
    lacp = run_cli(device, "show lacp interfaces ae0", "text", ctx).splitlines()
    assert lacp[0] == "Aggregated interface: ae0"
    assert lacp[2].split() == ["ge-0/0/1", "Actor", "No", "Yes", "No", "No", "No", "Yes", "Fast", "Active"]
    assert lacp[5].split() == ["ge-0/0/1", "Defaulted", "Fast", "periodic", "Detached"]
    data = json.loads(run_rpc(device, "<get-lacp-interface-information/>", "json", ctx))
    header = data["lacp-interface-information-list"][0]["lacp-interface-information"][0]["lag-lacp-header"]
    assert header == [{"aggregate-name": [{"data": "ae0"}]}]


def test_lldp_ipv6_queues_and_cos(lab) -> None:
    device, ctx, _ = lab
    device.advance_counters("ge-0/0/0", output_packets=5, output_bytes=640)
    local = run_cli(device, "show lldp local-information", "text", ctx)
    assert "System name  : ops7" in local and "Address         : 172.16.0.7" in local
    assert run_cli(device, "show ipv6 neighbors", "text", ctx).endswith("Total entries: 0\n")
    queues = json.loads(run_cli(device, "show interfaces queue ge-0/0/0", "json", ctx))
    queue = queues["interface-information"][0]["physical-interface"][0]["queue-counters"][0]["queue"]
    assert [q["forwarding-class-name"][0]["data"] for q in queue] == [
        "best-effort",
        "expedited-forwarding",
        "assured-forwarding",
        "network-control",
    ]
    assert queue[0]["queue-counters-trans-packets"] == [{"data": "5"}]  # what the port sent
    assert queue[0]["queue-counters-trans-bytes"] == [{"data": "640"}]
    assert queue[3]["queue-counters-trans-packets"] == [{"data": "0"}]
    assert run_cli(device, "show interfaces diagnostics optics ge-0/0/0", "text", ctx) == ""
    with pytest.raises(OpCommandError, match="device ge-9/9/9 not found"):
        run_cli(device, "show interfaces queue ge-9/9/9", "text", ctx)
    cos = run_cli(device, "show class-of-service interface ge-0/0/0", "text", ctx)
    assert cos.startswith("Physical interface: ge-0/0/0, Index: 148\n")


def test_route_peer_views_and_their_rpc(lab) -> None:
    device, ctx, _ = lab
    rpc = (
        "<get-route-information><advertising-protocol-name>bgp</advertising-protocol-name>"
        "<neighbor>10.0.0.2</neighbor></get-route-information>"
    )
    assert run_rpc(device, rpc, "text", ctx) == ""
    assert run_cli(device, "show route receive-protocol bgp 10.0.0.2", "text", ctx) == ""
    with pytest.raises(OpCommandError, match="expecting <command>: ospf"):
        run_cli(device, "show route advertising-protocol ospf 10.0.0.2", "text", ctx)


# -- B: SRX security views -----------------------------------------------------------------------
def test_security_zones_and_policies_only_on_srx(lab) -> None:
    device, ctx, _ = lab
    with pytest.raises(OpCommandError, match="expecting <command>: zones"):
        run_cli(device, "show security zones", "text", ctx)
    srx = Device.create(9, model="vsrx", hostname="fw9")
    config = srx.factory_configuration()
    config["configuration"]["security"] = {
        "zones": {
            "security-zone": [
                {"name": "trust", "interfaces": [{"name": "ge-0/0/0.0"}]},
                {"name": "untrust", "interfaces": [{"name": "ge-0/0/1.0"}]},
            ]
        },
        "policies": {
            "policy": [
                {
                    "from-zone-name": "trust",
                    "to-zone-name": "untrust",
                    "policy": [
                        {
                            "name": "allow-web",
                            "match": {
                                "source-address": ["any"],
                                "destination-address": ["any"],
                                "application": ["junos-http", "junos-https"],
                            },
                            "then": {"permit": {}},
                        }
                    ],
                }
            ]
        },
    }
    srx.apply_configuration(config)
    zones = json.loads(run_rpc(srx, "<get-zones-information/>", "json", ctx))["zones-information"][0]
    names = [zone["zones-security-zonename"][0]["data"] for zone in zones["zones-security"]]
    assert names == ["trust", "untrust", "junos-host"]
    text = run_cli(srx, "show security zones trust", "text", ctx)
    assert "Security zone: trust\n" in text and "    ge-0/0/0.0\n" in text and "untrust" not in text
    policies = run_cli(srx, "show security policies", "text", ctx).splitlines()
    assert policies[:3] == [
        "Default policy: deny-all",
        "From zone: trust, To zone: untrust",
        "  Policy: allow-web, State: enabled, Index: 4, Scope Policy: 0, Sequence number: 1",
    ]
    assert "    Applications: junos-http; junos-https" in policies and "    Action: permit" in policies


def test_a_publisher_without_a_broker_feeds_only_the_syslog_files() -> None:
    from jetemu.notify.publisher import DevicePublisher

    device = Device.create(10, hostname="quiet10")
    publisher = DevicePublisher(device)
    written: list[dict] = []
    publisher.syslog_sink = written.append
    changes = device.add_route("inet.0", "192.0.2.0/24", "Static", ["172.16.0.1"])  # a kernel event only
    assert changes and written == [] and publisher.sequence == 0
    device.set_link_state("ge-0/0/3", False)
    assert [body["event-id"] for body in written] == ["SNMP_TRAP_LINK_DOWN"]
    assert publisher.sequence == 1  # the interface's kernel events were not even made
    device.set_link_state("ge-0/0/3", True)
    assert [body["event-id"] for body in written] == ["SNMP_TRAP_LINK_DOWN", "SNMP_TRAP_LINK_UP"]


# -- through real gRPC, without a broker ---------------------------------------------------------
def test_syslog_files_and_new_commands_without_a_broker(tmp_path: Path) -> None:
    from emutest import PASSWORD, USER, connect, start_emulator

    from jetemu.proto import jnx_management_service_pb2 as mgmt

    emu = start_emulator(tmp_path, "--user", f"{USER}:{PASSWORD}", "--hostname", "quiet1", "--broker", "none")
    client = connect(emu.target())
    try:
        assert client.login(client_id="no-broker").status.code == 0

        def op(fmt: int = mgmt.OP_COMMAND_OUTPUT_CLI, **kwargs: str) -> str:
            status, output = client.op(fmt=fmt, **kwargs)
            assert status is not None and status.code == 0, status.message if status else "no reply"
            return output

        request = mgmt.ConfigSetRequest(
            text_config='set interfaces ge-0/0/0 description "to quiet2"',
            load_type=mgmt.CONFIG_LOAD_SET,
            commit=mgmt.ConfigCommit(),
        )
        assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0
        messages = op(cli="show log messages")
        assert re.search(r" quiet1 mgd\[\d+\]: UI_COMMIT_COMPLETED: commit complete$", messages, re.M), messages
        assert "UI_COMMIT_COMPLETED" in op(cli="show log interactive-commands")
        assert op(cli="show interfaces descriptions").splitlines()[1].split() == [
            "ge-0/0/0",
            "up",
            "up",
            "to",
            "quiet2",
        ]
        table = json.loads(op(xml="<get-fpc-information/>", fmt=mgmt.OP_COMMAND_OUTPUT_JSON))
        assert table["fpc-information"][0]["fpc"][0]["state"] == [{"data": "Online"}]
        assert "Model: mx480\n" in op(cli="show system information")
        status, _ = client.op(cli="show isis adjacency")
        assert status.code != 0 and status.message == "IS-IS instance is not running"
        status, _ = client.op(xml="<get-fpc-information><bogus/></get-fpc-information>")
        assert status.code != 0 and "unknown element <bogus>" in status.message
    finally:
        client.close()
        emu.stop()
