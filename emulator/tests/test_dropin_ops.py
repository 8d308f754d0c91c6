"""Operations juniper.device's modules need from the device (issue 17): power, ping, software,
storage, support information, archives, rescue CLI, LLDP, media, and RPC inputs refused as mgd
does. Op commands run on a device model here; one test reboots a real emulator process over JET."""

from __future__ import annotations

import io
import socket
import tarfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect

from jetemu.config.database import ConfigDatabase
from jetemu.device import CommandContext, Device, OpCommandError, run_cli, run_rpc
from jetemu.device.filesystem import DeviceFilesystem
from jetemu.device.ping import PathTable
from jetemu.device.power import DevicePower
from jetemu.device.software import package_release


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


class Hooks:
    """The server side of DevicePower, recorded; ``fire`` runs the calls that came due."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.events: list[str] = []
        self.timers: list[tuple[float, Callable[[], None], list[bool]]] = []

    def call_later(self, delay: float, callback: Callable[[], None]) -> object:
        cancelled = [False]
        self.timers.append((self.clock.now + delay, callback, cancelled))

        class Timer:
            def cancel(self) -> None:
                cancelled[0] = True

        return Timer()

    def fire(self, seconds: float) -> None:
        self.clock.now += seconds
        due = [t for t in self.timers if t[0] <= self.clock.now and not t[2][0]]
        self.timers = [t for t in self.timers if t not in due]
        for _when, callback, _cancelled in due:
            callback()

    def go_down(self) -> None:
        self.events.append("down")

    def come_up(self) -> None:
        self.events.append("up")

    def zeroize(self) -> None:
        self.events.append("zeroize")


@pytest.fixture
def lab(tmp_path: Path) -> tuple[Device, CommandContext, Hooks, DeviceFilesystem]:
    clock = Clock()
    device = Device.create(1, hostname="r1", clock=clock)
    hooks = Hooks(clock)
    power = DevicePower(
        device_version=lambda: device.junos_version,
        set_version=lambda v: setattr(device, "junos_version", v),
        set_boot_time=lambda t: setattr(device, "boot_time", t),
        hooks=hooks,
        reboot_seconds=5,
        minute_seconds=60,
        clock=clock,
    )
    fs = DeviceFilesystem(tmp_path / "root", users=["lab"])
    table = PathTable.parse(["172.16.9.0/24=1400"], ["172.16.7.0/24=40"])
    ctx = CommandContext(
        user="lab",
        extras={
            "power": power,
            "filesystem": fs,
            "path_table": table,
            "config_db": ConfigDatabase(clock=clock),
            "lldp_neighbors": [
                {
                    "local_interface": "ge-0/0/0",
                    "chassis_id": "2c:6b:f5:00:02:01",
                    "port_id": "ge-0/0/1",
                    "system_name": "r2",
                }
            ],
        },
    )
    return device, ctx, hooks, fs


def _summary(xml: str) -> dict[str, str]:
    root = ET.fromstring(xml)
    ns = root.tag.split("}")[0] + "}"
    summary = root.find(f"{ns}probe-results-summary")
    assert summary is not None
    return {child.tag.removeprefix(ns): child.text or "" for child in summary}


# -- reboot, halt, zeroize -----------------------------------------------------------------------
def test_reboot_answers_then_goes_down_then_boots(lab) -> None:
    device, ctx, hooks, _ = lab
    booted = device.boot_time
    reply = run_rpc(device, "<request-reboot/>", "xml", ctx)
    assert "<request-reboot-status>Shutdown NOW!</request-reboot-status>" in reply
    assert hooks.events == []  # the answer goes out first
    hooks.fire(1)
    assert hooks.events == ["down"]
    with pytest.raises(OpCommandError, match="going down"):
        run_cli(device, "request system reboot", "text", ctx)
    hooks.fire(5)
    assert hooks.events == ["down", "up"]
    assert device.boot_time > booted


def test_reboot_in_minutes_can_be_shown_and_cleared(lab) -> None:
    device, ctx, hooks, _ = lab
    out = run_cli(device, "request system reboot in 10", "text", ctx)
    assert out.startswith("Shutdown at ")
    assert "reboot requested by lab" in run_cli(device, "show system reboot", "text", ctx)
    assert run_cli(device, "clear system reboot", "text", ctx) == "Terminating...\n"
    hooks.fire(3600)
    assert hooks.events == []
    with pytest.raises(OpCommandError, match="invalid value for 'in'"):
        run_cli(device, "request system reboot in soon", "text", ctx)
    with pytest.raises(OpCommandError, match="invalid time"):
        run_rpc(device, "<request-reboot><at>25:00</at></request-reboot>", "xml", ctx)


def test_halt_stays_down_and_zeroize_resets(lab) -> None:
    device, ctx, hooks, _ = lab
    assert "Shutdown NOW!" in run_rpc(device, "<request-halt/>", "xml", ctx)
    hooks.fire(60)
    assert hooks.events == ["down"]  # halted: never up again by itself
    device2, ctx2, hooks2, _ = lab
    ctx2.extras["power"].state = "up"
    assert "system-zeroize-status" in run_rpc(device2, "<request-system-zeroize/>", "xml", ctx2)
    hooks2.fire(1)
    assert hooks2.events[-2:] == ["zeroize", "down"]


def test_member_of_a_virtual_chassis_is_refused(lab) -> None:
    device, ctx, hooks, _ = lab
    with pytest.raises(OpCommandError, match="not part of a virtual chassis"):
        run_rpc(device, "<request-reboot><member>1</member></request-reboot>", "xml", ctx)
    assert hooks.timers == []


# -- ping ------------------------------------------------------------------------------------------
def test_ping_mtu_and_loss(lab) -> None:
    device, ctx, _, _ = lab
    ok = _summary(run_rpc(device, "<ping><host>172.16.9.9</host><count>3</count></ping>", "xml", ctx))
    assert (ok["probes-sent"], ok["responses-received"], ok["packet-loss"]) == ("3", "3", "0")
    fits = "<ping><host>172.16.9.9</host><count>2</count><size>1372</size><do-not-fragment/></ping>"
    assert _summary(run_rpc(device, fits, "xml", ctx))["packet-loss"] == "0"
    too_big = fits.replace("1372", "1373")
    assert _summary(run_rpc(device, too_big, "xml", ctx))["packet-loss"] == "100"
    text = run_cli(device, "ping 172.16.9.9 count 1 size 1373 do-not-fragment", "text", ctx)
    assert "frag needed and DF set (MTU 1400)" in text
    fragmented = "<ping><host>172.16.9.9</host><count>2</count><size>1373</size></ping>"
    assert _summary(run_rpc(device, fragmented, "xml", ctx))["packet-loss"] == "0"
    lossy = _summary(run_rpc(device, "<ping><host>172.16.7.7</host><count>10</count></ping>", "xml", ctx))
    assert lossy["packet-loss"] == "40"
    unrouted = run_cli(device, "ping 8.8.8.8 count 2", "text", ctx)
    assert "ping: sendto: No route to host" in unrouted and "100% packet loss" in unrouted
    with pytest.raises(OpCommandError, match="needs 'count'"):
        run_rpc(device, "<ping><host>172.16.9.9</host></ping>", "xml", ctx)


def test_ping_over_an_interface_mtu(lab) -> None:
    device, ctx, _, _ = lab
    # fxp0's inet MTU is 1500: a 1501-byte packet with DF does not leave the device at all.
    text = run_cli(device, "ping 172.16.1.1 count 1 size 1473 do-not-fragment", "text", ctx)
    assert "ping: sendto: Message too long" in text


def test_path_table_rejects_bad_entries() -> None:
    with pytest.raises(ValueError, match="--path-mtu"):
        PathTable.parse(["10.0.0.0/8=20"])
    with pytest.raises(ValueError, match="--ping-loss"):
        PathTable.parse([], ["10.0.0.0/8=101"])


# -- software --------------------------------------------------------------------------------------
def test_software_add_stages_the_release_for_the_next_boot(lab) -> None:
    device, ctx, hooks, fs = lab
    package = "/var/tmp/junos-install-mx-x86-64-24.4R2.5.tgz"
    fs.write_bytes(package, b"image")
    reply = run_rpc(
        device, f"<request-package-add><package-name>{package}</package-name></request-package-add>", "xml", ctx
    )
    assert "<package-result>0</package-result>" in reply and "Validation succeeded" in reply
    assert device.junos_version == "24.4R1.9"
    run_cli(device, "request system reboot", "text", ctx)
    hooks.fire(1)
    hooks.fire(5)
    assert "Junos: 24.4R2.5" in run_cli(device, "show version", "text", ctx)
    assert "Rollback to software 24.4R1.9" in run_cli(device, "request system software rollback", "text", ctx)


def test_software_add_refuses_missing_and_unnamed_packages(lab) -> None:
    device, ctx, _, fs = lab
    missing = run_cli(device, "request system software add /var/tmp/nope.tgz", "xml", ctx)
    assert "is not found or empty" in missing and "<package-result>1</package-result>" in missing
    fs.write_bytes("/var/tmp/tool.tgz", b"x")
    unnamed = run_cli(device, "request system software add /var/tmp/tool.tgz no-validate", "text", ctx)
    assert "carries no release" in unnamed
    assert package_release("jinstall-ex-4200-12.3R12.4-domestic-signed.tgz") == "12.3R12.4"


def test_storage_cleanup_archive_and_support_information(lab) -> None:
    device, ctx, _, fs = lab
    fs.write_bytes("/var/tmp/a.txt", b"a" * 4096)
    fs.write_bytes("/var/log/messages.0.gz", b"old")
    fs.write_bytes("/var/log/messages", b"current")
    assert "/dev/gpt/var" in run_cli(device, "show system storage", "text", ctx)
    run_rpc(
        device,
        "<file-archive><source>/var/log</source><destination>/var/home/lab/logs</destination><compress/></file-archive>",
        "xml",
        ctx,
    )
    _, data = fs.read_bytes("/var/home/lab/logs.tgz")
    names = tarfile.open(fileobj=io.BytesIO(data)).getnames()
    assert sorted(names) == ["var/log/messages", "var/log/messages.0.gz"]
    listed = run_cli(device, "request system storage cleanup dry-run", "text", ctx)
    assert "/var/tmp/a.txt" in listed and fs.exists("/var/tmp/a.txt")
    run_cli(device, "request system storage cleanup", "text", ctx)
    assert not fs.exists("/var/tmp/a.txt") and not fs.exists("/var/log/messages.0.gz")
    assert fs.exists("/var/log/messages")
    support = run_rpc(device, "<get-support-information/>", "text", ctx)
    assert "show version" in support and "Hostname: r1" in support and len(support) <= 1024 * 1024 + 100


# -- rescue, LLDP, routing engines, media ------------------------------------------------------------
def test_rescue_save_and_delete_through_the_cli(lab) -> None:
    device, ctx, _, _ = lab
    db: ConfigDatabase = ctx.extras["config_db"]
    run_cli(device, "request system configuration rescue save", "text", ctx)
    assert db.rescue() is not None
    run_cli(device, "request system configuration rescue delete", "text", ctx)
    assert db.rescue() is None
    with pytest.raises(OpCommandError, match="no rescue configuration"):
        run_cli(device, "request system configuration rescue delete", "text", ctx)


def test_lldp_routing_engines_and_media(lab) -> None:
    device, ctx, _, _ = lab
    lldp = run_cli(device, "show lldp neighbors", "text", ctx)
    assert "ge-0/0/0" in lldp and "r2" in lldp
    engines = run_rpc(device, "<get-route-engine-information/>", "xml", ctx)
    assert engines.count("<route-engine>") == 2 and "<mastership-state>backup</mastership-state>" in engines
    media = run_rpc(
        device,
        "<get-interface-information><media/><interface-name>ge-0/0/0</interface-name></get-interface-information>",
        "xml",
        ctx,
    )
    assert "<if-auto-negotiation>enabled</if-auto-negotiation>" in media
    every = run_cli(device, "show version invoke-on all-routing-engines", "xml", ctx)
    assert every.count("<re-name>") == 2


# -- unknown RPC inputs ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rpc", "message"),
    [
        ("<get-software-information><bogus/></get-software-information>", "unknown element <bogus>"),
        ("<request-reboot><bogus/></request-reboot>", "unknown element <bogus>"),
        ("<get-commit-information><bogus/></get-commit-information>", "unknown element <bogus>"),
        ("<ping><host>1.1.1.1</host><count>1</count><bogus/></ping>", "unknown element <bogus>"),
        ("<get-software-information><brief/></get-software-information>", "valid on Junos, not implemented by jetemu"),
    ],
)
def test_unknown_rpc_inputs_are_refused_the_same_way(lab, rpc: str, message: str) -> None:
    device, ctx, _, _ = lab
    with pytest.raises(OpCommandError, match=message):
        run_rpc(device, rpc, "xml", ctx)


# -- a real reboot over JET --------------------------------------------------------------------------
def _booted(client: JetClient) -> str:
    from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

    _status, text = client.op(xml="<get-system-uptime-information/>", fmt=v2_mgmt.OP_COMMAND_OUTPUT_XML)
    return text.split("<system-booted-time>")[1].split("</date-time>")[0]


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def test_reboot_drops_sessions_and_the_device_comes_back(emulator_factory) -> None:
    emu: EmulatorProcess = emulator_factory(
        "--port", "0", "--user", f"{USER}:{PASSWORD}", "--reboot-time", "2", "--netconf-port", "0"
    )
    netconf = (emu.device["host"], int(emu.device["netconf_port"]))
    assert _accepts(*netconf)
    client = connect(emu.target())
    assert client.login().status.code == 0
    before = _booted(client)
    from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

    status, text = client.op(xml="<request-reboot/>", fmt=v2_mgmt.OP_COMMAND_OUTPUT_XML)
    assert "Shutdown NOW!" in text, (status, text)
    client.close()
    time.sleep(0.8)
    assert not _accepts(*netconf)  # NETCONF goes down with JET
    deadline = time.monotonic() + 20
    after = None
    while time.monotonic() < deadline:
        try:
            again = connect(emu.target())
            if again.login().status.code == 0:
                after = _booted(again)
                again.close()
                if after != before:
                    break
            again.close()
        except Exception:
            pass
        time.sleep(0.2)
    assert after is not None and after != before
    assert _accepts(*netconf)


def _after_restart(emu: EmulatorProcess, before: str) -> JetClient:
    """A logged-in client of the device once it booted again (its boot time is not ``before``)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            again = connect(emu.target())
            if again.login().status.code == 0 and _booted(again) != before:
                return again
            again.close()
        except Exception:
            pass
        time.sleep(0.2)
    raise AssertionError("the device did not come back")


def test_reboot_loses_the_ephemeral_database_and_zeroize_the_history(emulator_factory, tmp_path: Path) -> None:
    from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

    emu: EmulatorProcess = emulator_factory(
        "--port", "0", "--user", f"{USER}:{PASSWORD}", "--reboot-time", "1", "--state-dir", str(tmp_path / "state")
    )
    client = connect(emu.target())
    assert client.login().status.code == 0
    text = v2_mgmt.OP_COMMAND_OUTPUT_CLI
    config = client.mgmt.ConfigSet(
        v2_mgmt.ConfigSetRequest(
            text_config="set system location building b1",
            load_type=v2_mgmt.CONFIG_LOAD_SET,
            commit=v2_mgmt.ConfigCommit(),
        ),
        timeout=10,
    )
    assert config.status.code == 0, config.status.message
    client.op(cli="request system configuration rescue save", fmt=text)
    assert client.op(xml="<get-rescue-information/>", fmt=text)[0].code == 0
    operation = v2_mgmt.EphemeralConfigSetRequest.ConfigOperation(
        id="1",
        operation=v2_mgmt.CONFIG_OPERATION_UPDATE,
        path="/",
        json_config='{"configuration": {"system": {"location": {"floor": "3"}}}}',
    )
    reply = client.mgmt.EphemeralConfigSet(v2_mgmt.EphemeralConfigSetRequest(config_operations=[operation]), timeout=10)
    assert reply.status.code == 0, reply.status.message
    assert "floor 3;" in client.op(cli="show ephemeral-configuration", fmt=text)[1]

    before = _booted(client)
    client.op(xml="<request-reboot/>", fmt=v2_mgmt.OP_COMMAND_OUTPUT_XML)
    client.close()
    client = _after_restart(emu, before)
    assert client.op(cli="show ephemeral-configuration", fmt=text)[1].strip() == ""
    shown = client.op(cli="show configuration system location", fmt=text)[1]
    assert "building b1;" in shown and "floor" not in shown
    assert len(client.op(cli="show system commit", fmt=text)[1].splitlines()) == 2

    before = _booted(client)
    client.op(xml="<request-system-zeroize/>", fmt=v2_mgmt.OP_COMMAND_OUTPUT_XML)
    client.close()
    client = _after_restart(emu, before)
    assert "location" not in client.op(cli="show configuration system", fmt=text)[1]
    assert len(client.op(cli="show system commit", fmt=text)[1].splitlines()) == 1
    status, message = client.op(xml="<get-rescue-information/>", fmt=text)
    assert status.code != 0 and "no rescue configuration" in status.message
    client.close()
