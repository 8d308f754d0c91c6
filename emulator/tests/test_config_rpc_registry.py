"""The configuration commands reached through the device's op-command registry."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from jetemu.config.database import ConfigDatabase, SessionRef
from jetemu.config.rpc import ConfigRpcError, config_set, register
from jetemu.device.commands import CommandContext, default_registry, run_cli, run_rpc
from jetemu.device.model import Device
from jetemu.device.registry import OpCommandError

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")


@pytest.fixture
def setup() -> tuple[Device, ConfigDatabase, CommandContext]:
    device = Device.create(1, "r1", clock=lambda: 1_700_000_000.0)
    db = ConfigDatabase(clock=lambda: 1_700_000_000.0)
    ok, message = config_set(db, ALICE, text_config="set system host-name r1", load_type="set")
    assert ok, message
    registry = default_registry.copy()
    register(registry)
    ctx = CommandContext(registry=registry, extras={"config_db": db, "config_session": ALICE})
    return device, db, ctx


def test_cli_and_rpc_reach_the_database(setup: tuple[Device, ConfigDatabase, CommandContext]) -> None:
    device, _db, ctx = setup
    assert run_cli(device, "show configuration | display set", "text", ctx) == "set system host-name r1\n"
    root = ET.fromstring(run_rpc(device, '<get-configuration database="committed"/>', "xml", ctx))
    assert root.findtext("system/host-name") == "r1"
    assert "by alice via jet" in run_cli(device, "show system commit", "text", ctx)
    # Other commands still go to the device.
    assert "r1" in run_cli(device, "show version", "text", ctx)


def test_errors_are_op_command_errors(setup: tuple[Device, ConfigDatabase, CommandContext]) -> None:
    device, _db, ctx = setup
    with pytest.raises(OpCommandError) as err:
        run_rpc(device, '<get-configuration format="yaml"/>', "xml", ctx)
    assert isinstance(err.value, ConfigRpcError)
    assert 'invalid format="yaml"' in err.value.message


def test_without_database_commands_fall_through(setup: tuple[Device, ConfigDatabase, CommandContext]) -> None:
    device, _db, ctx = setup
    bare = CommandContext(registry=ctx.registry)
    with pytest.raises(OpCommandError) as err:
        run_rpc(device, "<get-configuration/>", "xml", bare)
    assert not isinstance(err.value, ConfigRpcError)
