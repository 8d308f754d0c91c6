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
