"""A device's file system in a temporary root is made on first use (what a fleet start relies on).

jetemu with hundreds of devices and no --state-dir must not write every device's standard
directories and files at start; a device that is used must still look exactly as if they had
been there all along, and a kept root (--state-dir) is made at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jetemu.device.filesystem import STANDARD_DIRECTORIES, STANDARD_FILES, DeviceFilesystem, FilesystemError


def test_a_lazy_root_stays_empty_until_used_then_has_everything(tmp_path: Path) -> None:
    root = tmp_path / "root"
    fs = DeviceFilesystem(root, users=["lab"], lazy=True)
    # reads of files that cannot exist yet answer as Junos does, and write nothing
    with pytest.raises(FilesystemError, match="could not resolve file: /var/db/yang/manifest.json"):
        fs.read_bytes("/var/db/yang/manifest.json")
    assert not root.exists() or not any(root.iterdir())
    # the first real access makes the standard directories, files and homes
    device_path, data = fs.read_bytes("/etc/hosts.junos")
    assert device_path == "/etc/hosts.junos" and data.decode() == STANDARD_FILES["/etc/hosts.junos"]
    for directory in STANDARD_DIRECTORIES:
        assert fs.is_directory(directory), directory
    assert fs.is_directory("/var/home/lab")
    assert fs.normalize("~", "lab") == "/var/home/lab"


@pytest.mark.parametrize("first", ["list", "write", "directory", "usage"])
def test_every_kind_of_first_access_sees_the_standard_files(tmp_path: Path, first: str) -> None:
    fs = DeviceFilesystem(tmp_path / "root", users=["lab"], lazy=True)
    if first == "list":
        path, is_dir, infos = fs.list("/etc")
        assert path == "/etc" and is_dir and {i.name for i in infos} >= {"hosts.junos", "resolv.conf"}
    elif first == "write":
        fs.write_bytes("/var/tmp/x", b"x")
    elif first == "directory":
        assert fs.is_directory("/var/log")
    else:
        assert fs.usage() == len(STANDARD_FILES["/etc/hosts.junos"])
    assert fs.exists("/etc/resolv.conf") and fs.is_directory("/var/home/lab")


def test_a_kept_root_is_made_at_once(tmp_path: Path) -> None:
    root = tmp_path / "kept"
    DeviceFilesystem(root, users=["lab"])
    assert (root / "etc" / "hosts.junos").read_text() == STANDARD_FILES["/etc/hosts.junos"]
    assert (root / "var" / "home" / "lab").is_dir()
    assert all((root / d.lstrip("/")).is_dir() for d in STANDARD_DIRECTORIES)
