"""show chassis routing-engine and show bridge mac-table: the Routing Engines of the chassis inventory."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from jetemu.device import Device, OpCommandError, run_cli, run_rpc

T0 = 1_700_000_000.0
CHASSIS_NS = "{http://xml.juniper.net/junos/24.4R1.9/junos-chassis}"


class Clock:
    now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_routing_engines_follow_the_inventory(clock: Clock) -> None:
    device = Device.create(1, clock=clock)
    clock.now = T0 + 90061
    root = ET.fromstring(run_rpc(device, "<get-route-engine-information/>", "xml"))
    engines = root.findall(f"{CHASSIS_NS}route-engine")
    inventory = [m for m in device.inventory.children if m.name.startswith("Routing Engine")]
    assert len(engines) == len(inventory) == 2
    master, backup = engines
    assert master.findtext(f"{CHASSIS_NS}mastership-state") == "master"
    assert backup.findtext(f"{CHASSIS_NS}mastership-state") == "backup"
    assert master.findtext(f"{CHASSIS_NS}model") == inventory[0].description
    assert master.findtext(f"{CHASSIS_NS}serial-number") == inventory[0].serial_number
    up = master.find(f"{CHASSIS_NS}up-time")
    assert up.text == "1 day, 1 hour, 1 minute, 1 second"
    assert up.get("{http://xml.juniper.net/junos/24.4R1.9/junos}seconds") == "90061"
    text = run_cli(device, "show chassis routing-engine 1", "text")
    assert "Slot 1:" in text and "Slot 0:" not in text and "Backup" in text
    as_json = json.loads(run_cli(device, "show chassis routing-engine", "json"))
    assert len(as_json["route-engine-information"][0]["route-engine"]) == 2
    with pytest.raises(OpCommandError, match="Routing Engine 5 is not present"):
        run_rpc(device, "<get-route-engine-information><slot>5</slot></get-route-engine-information>", "xml")


def test_single_routing_engine_model(clock: Clock) -> None:
    device = Device.create(2, model="vmx", clock=clock)
    root = ET.fromstring(run_rpc(device, "<get-route-engine-information/>", "xml"))
    (engine,) = root.findall(f"{CHASSIS_NS}route-engine")
    assert engine.findtext(f"{CHASSIS_NS}model") == "RE-VMX"


def test_bridge_mac_table_is_empty(clock: Clock) -> None:
    device = Device.create(1, clock=clock)
    assert run_cli(device, "show bridge mac-table count", "xml").strip() == "<l2ald-rtb-mac-count/>"
    assert run_cli(device, "show bridge mac-table", "xml").strip() == "<l2ald-rtb-macdb/>"
    assert run_cli(device, "show bridge mac-table", "text") == ""
