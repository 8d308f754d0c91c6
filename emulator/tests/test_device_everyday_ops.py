"""Everyday op commands through the command registry: ``file delete`` with wildcards, syslog
files in /var/log and ``show log``, alarms, users, ARP, BGP/OSPF/NTP summaries (text, XML, JSON)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jetemu.device import CommandContext, Device, OpCommandError, run_cli
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
    from jetemu.device import run_rpc

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
    assert [f.name for f in files.sync()] == ["messages", "interactive-commands"]
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
    assert lines[1].endswith("SNMP_TRAP_LINK_DOWN: ifIndex 527, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-0/0/1")
    # interactive-commands takes the commit (facility interact) and nothing else
    assert run_cli(device, "show log interactive-commands", "text", ctx).splitlines() == lines[:1]
    # the same text through file show, and in XML/JSON as <file-content>
    assert run_cli(device, "file show /var/log/messages", "text", ctx) == text
    xml = run_cli(device, "show log messages | display xml", "text", ctx)
    assert xml.startswith('<file-content filename="/var/log/messages">') and "UI_COMMIT_COMPLETED" in xml
    import json

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
