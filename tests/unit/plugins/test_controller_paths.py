"""Paths on the controller stay where the user put them: a file name derived from task options,
inventory names or device answers never leaves its directory (issue 10, part 5)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

from ansible_collections.jetkit.junos.plugins.module_utils._jet import config, dropin, facts, firewall
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskContext, TaskError

HOSTILE = ["..", ".", "../x", "a/../../x", "/etc/x", "x/", "a\0b", ""]


@pytest.mark.parametrize("name", [n for n in HOSTILE if n])
def test_backup_file_names_that_leave_the_directory_are_refused(name: str) -> None:
    with pytest.raises(TaskError, match=r"backup_options.filename must be a file name inside backup_options.dir_path"):
        config.check_file_name(name, "backup_options.filename", "backup_options.dir_path")


@pytest.mark.parametrize("name", ["r1.conf", "r1_config.2026-01-01@00:00:00", "..r1", "r1..conf", "a b"])
def test_plain_backup_file_names_pass(name: str) -> None:
    assert config.check_file_name(name, "backup_options.filename", "backup_options.dir_path") == name


class Host(TaskContext):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def host_name(self) -> str:
        return self.name


@pytest.mark.parametrize("host", ["r1", "../../x", "a/b", "..", "/abs"])
def test_default_backup_name_from_the_inventory_name_stays_one_file_name(host: str) -> None:
    name = config._backup_name({"backup_options": None}, Host(host))
    assert "/" not in name and not name.startswith(".")
    assert config.check_file_name(name, "n", "d") == name


def test_backup_options_filename_is_checked_before_anything_runs() -> None:
    base = {k: None for k in config.ARGUMENT_SPEC}
    base.update(commit=True, confirm=False, check=False, backup=False, config_mode="exclusive", retrieve_format="text")
    params = dict(base, lines=["set system location building x"], backup_options={"filename": "../x"})
    with pytest.raises(TaskError, match="got '../x'"):
        config.run(None, params, TaskContext())  # type: ignore[arg-type]  # no api: nothing may be called


@pytest.mark.parametrize(
    ("target", "client_id"), [("../../etc", "x"), ("127.0.0.1:32767", "../../../x"), ("a/b", "/abs"), ("..", "..")]
)
def test_firewall_state_records_stay_in_state_dir(tmp_path: Path, target: str, client_id: str) -> None:
    record = firewall.Record(str(tmp_path / "state"), target, client_id)
    assert os.path.dirname(record.path) == str(tmp_path / "state")
    record.save()
    assert [p.parent for p in tmp_path.rglob("*.json")] == [tmp_path / "state"]


@pytest.mark.parametrize(
    ("host", "command"),
    [("r1", "show interfaces ge-0/0/1"), ("r1", "show ../../../escaped"), ("../up", "show version"), ("a/b", "x\0y")],
)
def test_dest_dir_names_stay_in_dest_dir(tmp_path: Path, host: str, command: str) -> None:
    """command/rpc/config dest_dir: the file name is built from the inventory name and the command."""
    saved = dropin.SavedOutput({"dest_dir": str(tmp_path / "out")}, Host(host))
    saved.add(command, "text", "output")
    saved.add("config", "conf", "configuration")
    written = saved.write()
    assert len(written) == 2
    assert all(os.path.dirname(path) == str(tmp_path / "out") for path in written), written
    assert dropin.dest_dir_name("r1", "show interfaces ge-0/0/1", "text") == "r1_show_interfaces_ge-0_0_1.text"


def test_facts_savedir_names_do_not_trust_the_device_hostname(tmp_path: Path) -> None:
    """facts savedir: the file names come from the hostname the device reports (device data)."""
    written = facts._save(Host("r1"), str(tmp_path / "facts"), {"hostname": "../../escaped"}, "<inventory/>")
    assert [os.path.dirname(path) for path in written] == [str(tmp_path / "facts")] * 2
    assert not list(tmp_path.glob("escaped*")) and not list(tmp_path.parent.glob("escaped*"))
