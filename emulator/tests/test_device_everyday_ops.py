"""Everyday op commands through the command registry: ``file delete`` with wildcards, syslog
files in /var/log and ``show log``, alarms, users, ARP, BGP/OSPF/NTP summaries (text, XML, JSON)."""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jetemu.device import CommandContext, Device, OpCommandError, run_cli, run_rpc
from jetemu.device.filesystem import DeviceFilesystem


@pytest.fixture
def lab(tmp_path: Path) -> tuple[Device, CommandContext, DeviceFilesystem]:
    device = Device.create(3, hostname="ops3")
    fs = DeviceFilesystem(tmp_path / "root", users=["lab"])
    ctx = CommandContext(user="lab", extras={"filesystem": fs})
    return device, ctx, fs


def _write(fs: DeviceFilesystem, *paths: str) -> None:
    for path in paths:
        fs.write_bytes(path, b"x\n")


def test_file_delete_expands_a_wildcard_in_the_last_component(lab) -> None:
    device, ctx, fs = lab
    _write(fs, "/var/tmp/a.log", "/var/tmp/b.log", "/var/tmp/keep.txt", "/var/tmp/.hidden.log")
    fs.make_directory("/var/tmp/dir.log")
    with pytest.raises(OpCommandError) as refused:
        run_cli(device, "file delete /var/tmp/*.log", "text", ctx)
    # the files went; the directory stays and is reported the way rm reports it
    assert refused.value.message == "rm: /var/tmp/dir.log: is a directory"
    assert not fs.exists("/var/tmp/a.log") and not fs.exists("/var/tmp/b.log")
    assert fs.exists("/var/tmp/keep.txt") and fs.is_directory("/var/tmp/dir.log")
    assert fs.exists("/var/tmp/.hidden.log")  # * does not match a leading dot, as in the shell
    assert run_cli(device, "file delete /var/tmp/.h?dden.*", "text", ctx) == ""
    assert not fs.exists("/var/tmp/.hidden.log")
    assert run_cli(device, "file delete /var/tmp/[jk]eep.*", "text", ctx) == ""
    assert not fs.exists("/var/tmp/keep.txt")


def test_file_delete_wildcard_without_a_match_is_the_rm_error(lab) -> None:
    device, ctx, fs = lab
    with pytest.raises(OpCommandError) as refused:
        run_cli(device, "file delete /var/tmp/*nothing*", "text", ctx)
    assert refused.value.message == "rm: /var/tmp/*nothing*: No such file or directory"
    with pytest.raises(OpCommandError) as missing_dir:
        run_cli(device, "file delete /var/nowhere/*", "text", ctx)
    assert missing_dir.value.message == "rm: /var/nowhere/*: No such file or directory"
    # relative patterns are relative to the user's home, through the RPC as well
    _write(fs, "/var/home/lab/one.txt", "/var/home/lab/two.txt")
    assert run_rpc(device, "<file-delete><path>*.txt</path></file-delete>", "xml", ctx) == ""
    assert not fs.exists("/var/home/lab/one.txt") and not fs.exists("/var/home/lab/two.txt")


# -- syslog files and show log --------------------------------------------------------------------
def _commit_event(device: Device, when: float) -> dict:
    from types import SimpleNamespace

    from jetemu.notify import payloads

    info = SimpleNamespace(user="lab", client_id="c1", sequence=1, comment="", method="jet", kind="commit")
    return payloads.commit_completed(info, device.hostname, when).body


def test_syslog_events_become_junos_log_lines_in_the_configured_files(lab) -> None:
    from jetemu.device.syslog import SyslogFiles
    from jetemu.notify import payloads

    device, ctx, fs = lab
    files = SyslogFiles(fs, device)
    assert [f.name for f in files.sync()] == ["messages", "interactive-commands", "default-log-messages"]
    assert fs.exists("/var/log/messages") and fs.exists("/var/log/interactive-commands")
    when = 1796558400.0  # 2026-12-06 12:00:00 UTC
    files.record(_commit_event(device, when))
    files.record(payloads.link_trap({"name": "ge-0/0/1", "snmp-id": 527}, False, device.hostname, when + 61).body)
    # info from the daemon facility: below "any notice", not in messages
    files.record(payloads.syslog_event("SOME_INFO", device.hostname, "x", {}, when=when).body)
    text = run_cli(device, "show log messages", "text", ctx)
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Dec  6 12:00:00 ops3 mgd[")
    assert lines[0].endswith("]: UI_COMMIT_COMPLETED: commit complete")
    assert lines[1].startswith("Dec  6 12:01:01 ops3 mib2d[")
    assert lines[1].endswith(
        "SNMP_TRAP_LINK_DOWN: ifIndex 527, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-0/0/1"
    )
    # interactive-commands takes the commit (facility interact) and nothing else
    assert run_cli(device, "show log interactive-commands", "text", ctx).splitlines() == lines[:1]
    # default-log-messages: any info, but only what its match keeps (commit complete, ifAdminStatus)
    assert run_cli(device, "show log default-log-messages", "text", ctx).splitlines() == lines
    # the same text through file show, and in XML/JSON as <file-content>
    assert run_cli(device, "file show /var/log/messages", "text", ctx) == text
    xml = run_cli(device, "show log messages | display xml", "text", ctx)
    assert xml.startswith('<file-content filename="/var/log/messages">') and "UI_COMMIT_COMPLETED" in xml
    doc = json.loads(run_cli(device, "show log messages", "json", ctx))
    assert doc["file-content"][0]["data"] == text
    assert doc["file-content"][0]["attributes"] == {"filename": "/var/log/messages"}
    with pytest.raises(OpCommandError) as missing:
        run_cli(device, "show log nosuchfile", "text", ctx)
    assert missing.value.message == "error: could not resolve file: /var/log/nosuchfile"
    listing = run_cli(device, "show log", "text", ctx)
    assert listing.splitlines()[0] == "/var/log/:" and "messages" in listing.splitlines()


def test_syslog_files_follow_the_committed_configuration_and_rotate(lab) -> None:
    import gzip

    from jetemu.device.syslog import SyslogFiles

    device, ctx, fs = lab
    config = device.factory_configuration()
    config["configuration"]["system"]["syslog"]["file"].append(
        {
            "name": "commits",
            "contents": [{"name": "interactive-commands", "notice": [None]}],
            "archive": {"size": "64k", "files": "2"},
        }
    )
    device.apply_configuration(config)
    files = SyslogFiles(fs, device)
    body = _commit_event(device, 1796558400.0)
    line_size = len(run_line := __import__("jetemu.device.syslog", fromlist=["syslog_line"]).syslog_line(body))
    per_file = 65536 // line_size
    for _ in range(per_file * 3 + 5):
        files.record(body)
    # bounded: the live file and at most files=2 archives, each under the size limit
    assert (fs.size("/var/log/commits") or 0) <= 65536
    assert fs.exists("/var/log/commits.0.gz") and fs.exists("/var/log/commits.1.gz")
    assert not fs.exists("/var/log/commits.2.gz")
    _, archived = fs.read_bytes("/var/log/commits.0.gz")
    assert gzip.decompress(archived).decode().splitlines()[0] == run_line.rstrip("\n")
    assert len(gzip.decompress(archived)) <= 65536
    # a file removed from the configuration gets nothing more
    device.apply_configuration(device.factory_configuration())
    before = fs.size("/var/log/commits")
    files.record(body)
    assert fs.size("/var/log/commits") == before


# -- alarms, users, ARP, BGP, OSPF, NTP -----------------------------------------------------------
def _xml(text: str) -> ET.Element:
    return ET.fromstring(re.sub(r' xmlns(:\w+)?="[^"]*"', "", text).replace("junos:", ""))


def test_system_alarm_follows_the_rescue_configuration(lab) -> None:
    from jetemu.config.database import ConfigDatabase
    from jetemu.server.runtime import factory_tree

    device, ctx, _ = lab
    database = ConfigDatabase(state_dir=None, initial=factory_tree(device))
    ctx.extras["config_db"] = database
    text = run_cli(device, "show system alarms", "text", ctx)
    lines = text.splitlines()
    assert lines[0] == "1 alarms currently active"
    assert lines[1] == "Alarm time               Class  Description"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  Minor  Rescue configuration is not set", lines[2])
    detail = _xml(run_rpc(device, "<get-system-alarm-information/>", "xml", ctx)).find("alarm-detail")
    assert detail is not None
    assert [child.tag for child in detail] == [
        "alarm-time",
        "alarm-class",
        "alarm-description",
        "alarm-short-description",
        "alarm-type",
    ]
    assert (
        detail.findtext("alarm-short-description") == "no-rescue" and detail.findtext("alarm-type") == "Configuration"
    )
    database.set_rescue()
    assert run_cli(device, "show system alarms", "text", ctx) == "No alarms currently active\n"
    summary = json.loads(run_cli(device, "show system alarms | display json", "text", ctx))
    assert summary["alarm-information"][0]["alarm-summary"][0]["no-active-alarms"] == [{"data": [None]}]
    # chassis alarms: none, the same reply shape
    assert run_rpc(device, "<get-alarm-information/>", "text", ctx) == "No alarms currently active\n"


def test_system_users_are_the_logged_in_sessions(lab) -> None:
    from jetemu.device import ClientInfo

    device, ctx, _ = lab
    now = device.now()
    ctx.clients = [
        ClientInfo("app-1", "ipv4:192.0.2.7:40000", user="lab", login_time=now - 60),
        ClientInfo("app-2", "ipv6:[2001:db8::5]:40001", user="ops", login_time=now - 30),
    ]
    text = run_cli(device, "show system users", "text", ctx).splitlines()
    assert ", 2 users, load averages: 0.00, 0.00, 0.00" in text[0]
    assert text[0] == run_cli(device, "show system uptime", "text", ctx).splitlines()[-1]
    assert text[1].split() == ["USER", "TTY", "FROM", "LOGIN@", "IDLE", "WHAT"]
    assert text[2].split()[:3] == ["lab", "jet", "192.0.2.7"] and text[3].split()[:3] == ["ops", "jet", "2001:db8::5"]
    root = _xml(run_rpc(device, "<get-system-users-information/>", "xml", ctx))
    entries = root.findall("uptime-information/user-table/user-entry")
    assert [e.findtext("user") for e in entries] == ["lab", "ops"]
    assert [child.tag for child in entries[0]] == ["user", "tty", "from", "login-time", "idle-time", "command"]


def test_arp_table_is_empty_and_truthful(lab) -> None:
    device, ctx, _ = lab
    assert run_cli(device, "show arp no-resolve", "text", ctx) == (
        "MAC Address       Address         Interface         Flags\nTotal entries: 0\n"
    )
    root = _xml(run_rpc(device, "<get-arp-table-information><no-resolve/></get-arp-table-information>", "xml", ctx))
    assert root.tag == "arp-table-information" and root.findtext("arp-entry-count") == "0"
    assert root.find("arp-table-entry") is None


def test_bgp_and_ospf_not_running_then_configured(lab) -> None:
    device, ctx, _ = lab
    for command, message in (
        ("show bgp summary", "BGP is not running"),
        ("show bgp neighbor", "BGP is not running"),
        ("show ospf neighbor", "OSPF instance is not running"),
        ("show ospf interface", "OSPF instance is not running"),
    ):
        with pytest.raises(OpCommandError) as refused:
            run_cli(device, command, "text", ctx)
        assert refused.value.message == message
    with pytest.raises(OpCommandError) as refused:
        run_rpc(device, "<get-bgp-summary-information/>", "xml", ctx)
    assert refused.value.message == "BGP is not running"
    config = device.factory_configuration()
    config["configuration"]["routing-options"] = {"autonomous-system": {"as-number": "65000"}}
    config["configuration"]["protocols"] = {
        "bgp": {
            "group": [
                {"name": "ebgp", "type": "external", "peer-as": "65001", "neighbor": [{"name": "192.0.2.2"}]},
                {"name": "ibgp", "type": "internal", "neighbor": [{"name": "10.255.0.9"}]},
            ]
        },
        "ospf": {"area": [{"name": "0.0.0.0", "interface": [{"name": "lo0.0"}, {"name": "ge-0/0/0.0"}]}]},
    }
    device.apply_configuration(config)
    text = run_cli(device, "show bgp summary", "text", ctx)
    assert "Groups: 2 Peers: 2 Down peers: 2" in text
    rows = [line.split() for line in text.splitlines() if line.startswith(("192.0.2.2", "10.255.0.9"))]
    assert [(row[0], row[1], row[-1]) for row in rows] == [
        ("192.0.2.2", "65001", "Active"),
        ("10.255.0.9", "65000", "Active"),
    ]
    root = _xml(run_rpc(device, "<get-bgp-summary-information/>", "xml", ctx))
    assert root.findtext("peer-count") == "2" and root.findtext("down-peer-count") == "2"
    assert [p.findtext("peer-state") for p in root.findall("bgp-peer")] == ["Active", "Active"]
    neighbor = run_cli(device, "show bgp neighbor 192.0.2.2", "text", ctx)
    assert neighbor.startswith("Peer: 192.0.2.2 AS 65001 Local: unspecified AS 65000")
    assert "Type: External" in neighbor and "State: Active" in neighbor
    assert run_cli(device, "show ospf neighbor", "text", ctx) == ""
    assert _xml(run_rpc(device, "<get-ospf-neighbor-information/>", "xml", ctx)).find("ospf-neighbor") is None
    interfaces = run_cli(device, "show ospf interface", "text", ctx).splitlines()
    assert interfaces[0].split() == ["Interface", "State", "Area", "DR", "ID", "BDR", "ID", "Nbrs"]
    assert interfaces[1].split() == ["lo0.0", "DR", "0.0.0.0", device.router_id(), "0.0.0.0", "0"]
    assert interfaces[2].split()[:2] == ["ge-0/0/0.0", "DR"]


def test_ntp_without_and_with_servers(lab) -> None:
    device, ctx, _ = lab
    assert run_cli(device, "show ntp associations", "text", ctx) == "No association ID's returned\n"
    assert _xml(run_rpc(device, "<get-ntp-associations-information/>", "xml", ctx)).tag == "ntp-associations"
    config = device.factory_configuration()
    config["configuration"]["system"]["ntp"] = {"server": [{"name": "192.0.2.123"}]}
    device.apply_configuration(config)
    lines = run_cli(device, "show ntp associations no-resolve", "text", ctx).splitlines()
    assert lines[0].split() == ["remote", "refid", "st", "t", "when", "poll", "reach", "delay", "offset", "jitter"]
    assert lines[2].split() == ["192.0.2.123", ".INIT.", "16", "u", "-", "64", "0", "0.000", "0.000", "0.000"]
    status = run_cli(device, "show ntp status", "text", ctx)
    assert "leap=11, stratum=16" in status and "refid=INIT" in status


# -- through real gRPC: a commit's syslog line, a wildcard delete, the new RPCs --------------------
def test_everyday_commands_over_grpc(tmp_path: Path) -> None:
    from emutest import PASSWORD, USER, connect, start_emulator

    from jetemu.proto import jnx_management_service_pb2 as mgmt

    emu = start_emulator(tmp_path, "--user", f"{USER}:{PASSWORD}", "--hostname", "logs1", "--mqtt-port", "0")
    client = connect(emu.target())
    try:
        assert client.login(client_id="everyday").status.code == 0

        def op(fmt: int = mgmt.OP_COMMAND_OUTPUT_CLI, **kwargs: str) -> str:
            status, output = client.op(fmt=fmt, **kwargs)
            assert status is not None and status.code == 0, status.message if status else "no reply"
            return output

        request = mgmt.ConfigSetRequest(
            text_config="set system ntp server 192.0.2.123", load_type=mgmt.CONFIG_LOAD_SET, commit=mgmt.ConfigCommit()
        )
        assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0
        deadline = time.monotonic() + 10
        while "UI_COMMIT_COMPLETED" not in (messages := op(cli="show log messages")):
            assert time.monotonic() < deadline, messages
            time.sleep(0.1)
        line = next(line for line in messages.splitlines() if "UI_COMMIT_COMPLETED" in line)
        assert re.fullmatch(
            r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d logs1 mgd\[\d+\]: UI_COMMIT_COMPLETED: commit complete", line
        )
        assert op(cli="file show /var/log/messages") == messages
        reply = op(xml="<get-log><filename>interactive-commands</filename></get-log>", fmt=mgmt.OP_COMMAND_OUTPUT_XML)
        assert 'filename="/var/log/interactive-commands"' in reply and "UI_COMMIT_COMPLETED" in reply
        # juniper.device's file tests: delete /var/log/*log* (default-log-messages matches)
        assert "default-log-messages" in op(cli="file list /var/log")
        assert op(cli="file delete /var/log/*log*") == ""
        listing = op(cli="file list /var/log")
        assert "default-log-messages" not in listing and "messages" in listing.split()
        status, _ = client.op(cli="file delete /var/log/*log*")
        assert status.code != 0 and status.message == "rm: /var/log/*log*: No such file or directory"
        # the new commands answer through CLI and XML RPC alike
        assert op(cli="show system alarms").startswith("1 alarms currently active")
        users = json.loads(op(xml="<get-system-users-information/>", fmt=mgmt.OP_COMMAND_OUTPUT_JSON))
        entries = users["system-users-information"][0]["uptime-information"][0]["user-table"][0]["user-entry"]
        assert [entry["user"][0]["data"] for entry in entries] == [USER]
        assert "192.0.2.123" in op(cli="show ntp associations no-resolve")
        assert op(xml="<get-arp-table-information><no-resolve/></get-arp-table-information>").endswith(
            "Total entries: 0\n"
        )
        status, _ = client.op(xml="<get-bgp-summary-information/>")
        assert status.code != 0 and status.message == "BGP is not running"
        status, _ = client.op(cli="show ospf neighbor")
        assert status.code != 0 and status.message == "OSPF instance is not running"
    finally:
        client.close()
        emu.stop()


def test_syslog_archive_settings_are_bounded(lab) -> None:
    from jetemu.device import syslog

    device, _, _ = lab
    config = device.factory_configuration()
    config["configuration"]["system"]["syslog"]["archive"] = {"size": "1g", "files": "1000"}
    device.apply_configuration(config)
    messages = next(log for log in syslog.log_files(device) if log.name == "messages")
    assert (messages.size, messages.files) == (syslog.MAX_SIZE, syslog.MAX_FILES)
    config["configuration"]["system"]["syslog"]["archive"] = {"size": "100k", "files": "3"}
    device.apply_configuration(config)
    messages = next(log for log in syslog.log_files(device) if log.name == "messages")
    assert (messages.size, messages.files) == (100 * 1024, 3)
