"""Device state model: identity, configuration effects, link events, routes, persistence."""

from __future__ import annotations

import copy
import json
import os

import pytest

from jetemu.device import Change, ConfigurationError, Device, DeviceError, NextHop


class Clock:
    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def cfg(interfaces: list[dict] | None = None, static: list[dict] | None = None, **extra: dict) -> dict:
    body: dict = {"system": {"host-name": "r1"}}
    if interfaces is not None:
        body["interfaces"] = {"interface": interfaces}
    if static is not None:
        body["routing-options"] = {"static": {"route": static}}
    body.update(extra)
    return {"configuration": body}


def inet(name: str, *addresses: str, unit: int = 0, **options: object) -> dict:
    entry: dict = {
        "name": name,
        "unit": [{"name": unit, "family": {"inet": {"address": [{"name": a} for a in addresses]}}}],
    }
    entry.update(options)
    return entry


LAB = [
    inet("ge-0/0/1", "10.0.0.1/24", description="to r2"),
    inet("fxp0", "172.16.0.1/16"),
    inet("lo0", "10.255.0.1/32"),
]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device(clock: Clock) -> Device:
    return Device.create(1, clock=clock)


def active(device: Device, table: str = "inet.0") -> dict[str, tuple[str, list[NextHop]]]:
    result = {}
    for prefix, routes in device.table_routes(table).items():
        visible = [r for r in routes if not r.hidden]
        if visible:
            result[prefix] = (visible[0].protocol, visible[0].next_hops)
    return result


# --------------------------------------------------------------------------------------------
# identity
# --------------------------------------------------------------------------------------------
def test_create_defaults(device: Device, clock: Clock) -> None:
    assert device.hostname == "jet-r1"
    assert device.model == "mx480"
    assert device.junos_version == "24.4R1.9"
    assert device.boot_time == clock.now
    assert [n for n in device.interfaces if n.startswith("ge-")] == [f"ge-0/0/{i}" for i in range(10)]
    assert {"fxp0", "lo0"} <= set(device.interfaces)
    routes = active(device)
    assert routes["172.16.0.0/16"][0] == "Direct"
    assert routes["172.16.0.1/32"][0] == "Local"
    assert routes["10.255.0.1/32"] == ("Direct", [NextHop(via="lo0.0")])
    assert device.router_id() == "10.255.0.1"


def test_fleet_identities_are_distinct_and_deterministic() -> None:
    fleet = [Device.create(i) for i in range(1, 6)]
    assert [d.hostname for d in fleet] == [f"jet-r{i}" for i in range(1, 6)]
    assert len({d.serial_number for d in fleet}) == 5
    macs = [ifd.mac for d in fleet for ifd in d.interfaces.values() if ifd.mac]
    assert len(macs) == len(set(macs))
    fxp_addresses = {str(d.interfaces["fxp0"].units[0].families["inet"].addresses[0]) for d in fleet}
    assert len(fxp_addresses) == 5
    again = Device.create(3)
    assert again.serial_number == fleet[2].serial_number
    assert again.interfaces["ge-0/0/0"].mac == fleet[2].interfaces["ge-0/0/0"].mac
    big = Device.create(300)
    assert big.interfaces["fxp0"].units[0].families["inet"].addresses[0].ip.exploded == "172.16.1.44"


def test_create_options_and_errors() -> None:
    vmx = Device.create(2, "edge", model="vmx", ge_ports=4, serial="VM-TEST-1")
    assert vmx.hostname == "edge"
    assert vmx.serial_number == vmx.inventory.serial_number == "VM-TEST-1"
    assert vmx.inventory.description == "VMX"
    assert [n for n in vmx.interfaces if n.startswith("ge-")] == [f"ge-0/0/{i}" for i in range(4)]
    assert Device.create(1, model="mx960").inventory.description == "MX960"
    with pytest.raises(
        DeviceError,
        match=r"unknown device model 'mx9999' \(known: ex4300, mx240, mx480, mx960, qfx5100, srx1500, "
        r"srx300, srx345, vmx, vqfx, vsrx\)",
    ):
        Device.create(1, model="mx9999")
    with pytest.raises(DeviceError, match="within 1..65535"):
        Device.create(0)
    with pytest.raises(DeviceError, match="invalid serial number 'a b'"):
        Device.create(1, serial="a b")
    with pytest.raises(DeviceError, match="invalid Junos version"):
        Device.create(1, junos_version="latest")


def test_uptime_follows_injected_clock(device: Device, clock: Clock) -> None:
    clock.advance(90)
    assert device.uptime() == 90


# --------------------------------------------------------------------------------------------
# configuration effects
# --------------------------------------------------------------------------------------------
def test_hostname_description_and_addresses(device: Device) -> None:
    changes = device.apply_configuration(cfg(LAB))
    assert device.hostname == "r1"
    ifd = device.interfaces["ge-0/0/1"]
    assert ifd.description == "to r2"
    assert str(ifd.units[0].families["inet"].addresses[0]) == "10.0.0.1/24"
    routes = active(device)
    assert routes["10.0.0.0/24"] == ("Direct", [NextHop(via="ge-0/0/1.0")])
    assert routes["10.0.0.1/32"] == ("Local", [NextHop(via="ge-0/0/1.0", kind="Local")])
    names = {str(c) for c in changes}
    assert "system change host-name" in names
    assert "ifl add ge-0/0/1.0" in names
    assert "ifa add ge-0/0/1.0/inet/10.0.0.1/24" in names
    assert "route add 10.0.0.0/24" in names


def test_same_configuration_twice_is_a_no_op(device: Device, clock: Clock) -> None:
    device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]))
    state = device.to_dict()
    clock.advance(100)
    assert device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}])) == []
    assert device.to_dict() == state


def test_disable_takes_interface_and_its_routes_down(device: Device) -> None:
    device.apply_configuration(cfg(LAB))
    disabled = copy.deepcopy(LAB)
    disabled[0]["disable"] = [None]
    changes = device.apply_configuration(cfg(disabled))
    ifd = device.interfaces["ge-0/0/1"]
    assert (ifd.admin_up, ifd.oper_up) == (False, False)
    assert "10.0.0.0/24" not in active(device)
    ifd_change = next(c for c in changes if c.kind == "ifd")
    assert ifd_change.op == "change"
    assert ifd_change.attributes["admin-status"] == "down"
    assert ifd_change.topic == "/junos/events/kernel/interfaces/ifd/change/ge-0/0/1"
    assert any(c.kind == "route" and c.op == "delete" and c.name == "10.0.0.0/24" for c in changes)
    device.apply_configuration(cfg(LAB))
    assert device.interfaces["ge-0/0/1"].oper_up
    assert "10.0.0.0/24" in active(device)


def test_unit_disable_and_mtu(device: Device) -> None:
    config = copy.deepcopy(LAB)
    config[0]["mtu"] = 9192
    config[0]["unit"][0]["disable"] = [None]
    device.apply_configuration(cfg(config))
    ifd = device.interfaces["ge-0/0/1"]
    assert ifd.mtu == 9192
    assert ifd.family_mtu(ifd.units[0].families["inet"]) == 9178
    assert ifd.oper_up and not ifd.unit_oper_up(ifd.units[0])
    assert "10.0.0.0/24" not in active(device)


def test_static_routes_next_hop_discard_reject_and_hidden(device: Device) -> None:
    static = [
        {"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]},
        {"name": "10.8.0.0/16", "next-hop": ["192.168.99.1"]},  # does not resolve -> hidden
        {"name": "192.0.2.0/24", "discard": [None]},
        {"name": "198.51.100.0/24", "reject": [None], "preference": {"metric-value": 7}},
    ]
    device.apply_configuration(cfg(LAB, static))
    routes = active(device)
    assert routes["10.9.0.0/16"] == ("Static", [NextHop(to="10.0.0.2", via="ge-0/0/1.0")])
    assert routes["192.0.2.0/24"] == ("Static", [NextHop(kind="Discard")])
    assert routes["198.51.100.0/24"] == ("Static", [NextHop(kind="Reject")])
    assert device.table_routes("inet.0")["198.51.100.0/24"][0].preference == 7
    assert "10.8.0.0/16" not in routes
    assert device.table_routes("inet.0")["10.8.0.0/16"][0].hidden


def test_removing_statements_removes_their_effects(device: Device) -> None:
    device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]))
    changes = device.apply_configuration(cfg(LAB[1:]))
    assert device.interfaces["ge-0/0/1"].units == {}
    assert device.interfaces["ge-0/0/1"].description == ""
    routes = active(device)
    assert "10.0.0.0/24" not in routes and "10.9.0.0/16" not in routes
    deleted = {c.name for c in changes if c.op == "delete"}
    assert {"ge-0/0/1.0", "10.9.0.0/16", "10.0.0.0/24"} <= deleted
    device.apply_configuration({"configuration": {}})
    assert device.hostname == "jet-r1"  # back to the identity's host name
    assert active(device) == {}


def test_inactive_statements_are_ignored(device: Device) -> None:
    config = cfg(
        [
            {
                "name": "ge-0/0/1",
                "description": "x",
                "@description": {"inactive": True},
                "unit": [
                    {"name": 0, "@": {"inactive": True}, "family": {"inet": {"address": [{"name": "10.0.0.1/24"}]}}}
                ],
            },
            {"name": "ge-0/0/2", "@": {"inactive": True}, "disable": [None]},
            inet("ge-0/0/3", "10.3.0.1/24", "10.4.0.1/24"),
        ],
        [{"name": "10.9.0.0/16", "next-hop": ["10.3.0.2", "10.4.0.2"], "@next-hop": [None, {"inactive": True}]}],
    )
    config["configuration"]["interfaces"]["interface"][2]["unit"][0]["family"]["inet"]["address"][1]["@"] = {
        "inactive": True
    }
    device.apply_configuration(config)
    assert device.interfaces["ge-0/0/1"].description == ""
    assert device.interfaces["ge-0/0/1"].units == {}
    assert device.interfaces["ge-0/0/2"].admin_up
    assert [str(a) for a in device.interfaces["ge-0/0/3"].units[0].families["inet"].addresses] == ["10.3.0.1/24"]
    assert active(device)["10.9.0.0/16"][1] == [NextHop(to="10.3.0.2", via="ge-0/0/3.0")]


def test_virtual_interfaces_are_created_and_removed_unknown_physical_ignored(device: Device) -> None:
    device.apply_configuration(cfg([inet("irb", "10.50.0.1/24", unit=100), inet("ge-9/9/9", "10.60.0.1/24")]))
    assert "irb" in device.interfaces and "ge-9/9/9" not in device.interfaces
    assert active(device)["10.50.0.0/24"] == ("Direct", [NextHop(via="irb.100")])
    changes = device.apply_configuration(cfg([]))
    assert "irb" not in device.interfaces
    assert any(str(c) == "ifd delete irb" for c in changes)


def test_ipv6_addresses_static_rib_and_link_local(device: Device) -> None:
    config = cfg(
        [{"name": "ge-0/0/1", "unit": [{"name": 0, "family": {"inet6": {"address": [{"name": "2001:db8::1/64"}]}}}]}],
        **{
            "routing-options": {
                "rib": [
                    {"name": "inet6.0", "static": {"route": [{"name": "2001:db8:9::/48", "next-hop": ["2001:db8::2"]}]}}
                ]
            }
        },
    )
    device.apply_configuration(config)
    routes = active(device, "inet6.0")
    assert routes["2001:db8::/64"][0] == "Direct"
    assert routes["2001:db8::1/128"][0] == "Local"
    assert routes["2001:db8:9::/48"] == ("Static", [NextHop(to="2001:db8::2", via="ge-0/0/1.0")])
    link_local = device.interfaces["ge-0/0/1"].link_local()
    assert link_local is not None and f"{link_local.ip}/128" in routes


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (cfg([inet("ge-0/0/1", "10.0.0.300/24")]), "ge-0/0/1 unit 0 family inet address 10.0.0.300/24: invalid IPv4"),
        (cfg([inet("ge-0/0/1", "2001:db8::1/64")]), "not an IPv4 address"),
        (cfg([{"name": "ge-0/0/1", "mtu": 20}]), r"mtu: value 20 is not within range \(256..9500\)"),
        (cfg([{"name": "ge-0/0/1", "unit": [{"name": "x"}]}]), "'x' is not a unit number"),
        (cfg(None, [{"name": "10.9.0.0/16"}]), "10.9.0.0/16: missing next-hop"),
        (cfg(None, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"], "discard": [None]}]), "mutually exclusive"),
        (cfg(None, [{"name": "10.9.0.0/33", "discard": [None]}]), "invalid IPv4 prefix"),
        (cfg(None, [{"name": "10.9.0.0/16", "next-hop": ["not an address!"]}]), "not an address or interface name"),
        ({"configuration": {"system": {"host-name": "bad name"}}}, "invalid host name 'bad name'"),
        ({"configuration": {"interfaces": {"interface": [{"description": "x"}]}}}, "entry without 'name'"),
        ("system { host-name r1; }", "must be a JSON object"),
    ],
)
def test_bad_configuration_is_rejected_and_nothing_changes(device: Device, config: object, message: str) -> None:
    device.apply_configuration(cfg(LAB))
    before = device.to_dict()
    with pytest.raises(ConfigurationError, match=message):
        device.apply_configuration(config)  # type: ignore[arg-type]
    assert device.to_dict() == before


def test_committed_by_records_last_configured(device: Device, clock: Clock) -> None:
    assert device.last_configured is None
    clock.advance(10)
    device.apply_configuration(cfg(LAB), committed_by="lab")
    assert (device.last_configured, device.last_configured_by) == (clock.now, "lab")


# --------------------------------------------------------------------------------------------
# events from outside, counters, programmed routes, listeners
# --------------------------------------------------------------------------------------------
def test_link_down_removes_direct_routes_and_hides_static(device: Device, clock: Clock) -> None:
    device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]))
    clock.advance(60)
    changes = device.set_link_state("ge-0/0/1", False)
    ifd = device.interfaces["ge-0/0/1"]
    assert ifd.admin_up and not ifd.oper_up
    assert ifd.last_flapped == clock.now
    assert "10.0.0.0/24" not in active(device) and "10.9.0.0/16" not in active(device)
    assert device.table_routes("inet.0")["10.9.0.0/16"][0].hidden
    kinds = {(c.kind, c.op, c.name) for c in changes}
    assert ("ifd", "change", "ge-0/0/1") in kinds
    assert ("route", "delete", "10.9.0.0/16") in kinds
    assert device.set_link_state("ge-0/0/1", False) == []
    device.set_link_state("ge-0/0/1", True)
    assert "10.9.0.0/16" in active(device)
    with pytest.raises(DeviceError, match="device ge-0/0/42 not found"):
        device.set_link_state("ge-0/0/42", True)
    with pytest.raises(DeviceError, match="physical interface"):
        device.set_link_state("ge-0/0/1.0", True)


def test_advance_counters(device: Device) -> None:
    device.apply_configuration(cfg(LAB))
    device.advance_counters("ge-0/0/1.0", input_packets=10, output_packets=4, input_bytes=1500)
    device.advance_counters("ge-0/0/1", output_packets=1)
    ifd = device.interfaces["ge-0/0/1"]
    assert (ifd.counters.input_packets, ifd.counters.output_packets) == (10, 5)
    assert (ifd.counters.input_bytes, ifd.counters.output_bytes) == (1500, 500)
    assert ifd.units[0].counters.output_packets == 4
    with pytest.raises(DeviceError, match="non-negative"):
        device.advance_counters("ge-0/0/1", input_packets=-1)
    with pytest.raises(DeviceError, match="device ge-0/0/1.7 not found"):
        device.advance_counters("ge-0/0/1.7", input_packets=1)


def test_programmed_routes_and_preference(device: Device) -> None:
    device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]))
    changes = device.add_route("inet.0", "10.9.0.0/16", "BGP", ["10.0.0.3"], owner="app1")
    assert changes == []  # static (5) still beats BGP (170)
    ranked = device.table_routes("inet.0")["10.9.0.0/16"]
    assert [r.protocol for r in ranked] == ["Static", "BGP"]
    assert ranked[1].next_hops == [NextHop(to="10.0.0.3", via="ge-0/0/1.0")]
    device.add_route("inet.0", "10.77.0.0/16", "Static", ["10.0.0.4"], owner="app1", preference=1)
    assert active(device)["10.77.0.0/16"][0] == "Static"
    removed = device.remove_route("inet.0", "10.77.0.0/16", "Static", owner="app1")
    assert [str(c) for c in removed] == ["route delete 10.77.0.0/16"]
    with pytest.raises(DeviceError, match="no Static route"):
        device.remove_route("inet.0", "10.9.0.0/16", "Static", owner="config")
    with pytest.raises(DeviceError, match="does not belong in table inet.0"):
        device.add_route("inet.0", "2001:db8::/32", "BGP", [])


def test_subscribers_receive_changes(device: Device) -> None:
    received: list[list[Change]] = []
    unsubscribe = device.subscribe(received.append)
    device.set_link_state("ge-0/0/5", False)
    assert [str(c) for c in received[0]] == ["ifd change ge-0/0/5"]
    unsubscribe()
    device.set_link_state("ge-0/0/5", True)
    assert len(received) == 1


def test_route_change_topic() -> None:
    change = Change("route", "add", "10.0.0.0/24", {"address-family": "inet"})
    assert change.topic == "/junos/events/kernel/route/add/inet/10.0.0.0/24"
    assert Change("system", "change", "host-name").topic is None


# --------------------------------------------------------------------------------------------
# persistence
# --------------------------------------------------------------------------------------------
def test_persistence_round_trip(device: Device, clock: Clock, tmp_path) -> None:
    device.apply_configuration(cfg(LAB, [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]), committed_by="lab")
    device.set_link_state("ge-0/0/4", False)
    device.advance_counters("ge-0/0/1.0", input_packets=3)
    device.add_route("inet.0", "10.77.0.0/16", "BGP", ["10.0.0.4"], owner="app1")
    state = device.to_dict()
    json.dumps(state)  # JSON-serializable
    path = tmp_path / "r1.json"
    device.save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["r1.json"]  # no temp file left behind
    loaded = Device.load(path, clock=clock)
    assert loaded.to_dict() == state
    assert loaded.hostname == "r1" and active(loaded) == active(device)
    # the loaded device keeps working: removing the config still removes the effects
    loaded.apply_configuration(cfg(LAB[1:]))
    assert "10.9.0.0/16" not in active(loaded)
    assert loaded.interfaces["ge-0/0/1"].counters.input_packets == 3


def test_save_replaces_atomically(device: Device, tmp_path, monkeypatch) -> None:
    path = tmp_path / "state.json"
    device.save(path)
    original = path.read_text()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    device.apply_configuration(cfg(LAB))
    with pytest.raises(OSError, match="disk full"):
        device.save(path)
    assert path.read_text() == original
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_load_errors(tmp_path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(DeviceError, match="cannot read device state"):
        Device.load(missing)
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    with pytest.raises(DeviceError, match="not valid JSON"):
        Device.load(garbage)
    with pytest.raises(DeviceError, match="expected format 'jetemu-device/1'"):
        Device.from_dict({"format": "other"})
    damaged = Device.create(1).to_dict()
    del damaged["interfaces"]
    with pytest.raises(DeviceError, match="damaged"):
        Device.from_dict(damaged)
