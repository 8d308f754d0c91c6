"""Properties of the device model over generated configurations, and concurrent use."""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from jetemu.device import CommandContext, Device, run_cli

PORTS = [f"ge-0/0/{i}" for i in range(4)]


@st.composite
def configurations(draw: st.DrawFn) -> dict:
    interfaces = []
    used_subnets: set[int] = set()
    for name in draw(st.lists(st.sampled_from(PORTS), unique=True, max_size=4)):
        entry: dict = {"name": name}
        if draw(st.booleans()):
            entry["description"] = draw(st.sampled_from(["uplink", "to r2", "spare"]))
        if draw(st.booleans()):
            entry["disable"] = [None]
        units = []
        for unit in draw(st.lists(st.integers(0, 3), unique=True, max_size=2)):
            subnet = draw(st.integers(0, 50).filter(lambda s: s not in used_subnets))
            used_subnets.add(subnet)
            units.append({"name": unit, "family": {"inet": {"address": [{"name": f"10.{subnet}.0.1/24"}]}}})
        if units:
            entry["unit"] = units
        interfaces.append(entry)
    routes = []
    for index, subnet in enumerate(draw(st.lists(st.integers(0, 50), max_size=3, unique=True))):
        kind = draw(st.sampled_from(["next-hop", "discard", "reject"]))
        route: dict = {"name": f"192.168.{index}.0/24"}
        if kind == "next-hop":
            route["next-hop"] = [f"10.{subnet}.0.2"]
        else:
            route[kind] = [None]
        routes.append(route)
    body: dict = {"system": {"host-name": draw(st.sampled_from(["r1", "core-1", "edge"]))}}
    if interfaces:
        body["interfaces"] = {"interface": interfaces}
    if routes:
        body["routing-options"] = {"static": {"route": routes}}
    return {"configuration": body}


@settings(max_examples=60, deadline=None)
@given(first=configurations(), second=configurations())
def test_configuration_is_the_source_of_truth(first: dict, second: dict) -> None:
    clock_value = [1_700_000_000.0]
    device = Device.create(1, clock=lambda: clock_value[0])
    device.apply_configuration(first)
    assert device.apply_configuration(first) == []  # idempotent
    state_first = device.to_dict()
    clock_value[0] += 10
    device.apply_configuration(second)
    device.apply_configuration(first)
    after = device.to_dict()
    # going away and back gives the same observable state (allocated indexes may differ)
    assert _observable(after) == _observable(state_first)
    # persistence round-trip
    assert Device.from_dict(json.loads(json.dumps(after))).to_dict() == after
    # the model and "show interfaces terse" agree on every configured address
    root = ET.fromstring(run_cli(device, "show interfaces terse", "xml", CommandContext()))
    shown = {e.text for e in root.iter() if e.tag.endswith("ifa-local")}
    configured = {
        str(a)
        for ifd in device.interfaces.values()
        if ifd.kind == "ethernet"
        for unit in ifd.units.values()
        for family in unit.families.values()
        for a in family.addresses
    }
    assert configured <= shown


def _observable(state: dict) -> dict:
    def strip_ifd(ifd: dict) -> dict:
        units = [{k: v for k, v in u.items() if k not in ("ifindex", "snmp_index")} for u in ifd["units"]]
        return {**{k: v for k, v in ifd.items() if k not in ("last_flapped", "units")}, "units": units}

    routes = sorted(
        ({k: v for k, v in r.items() if k != "installed_at"} for r in state["routes"]),
        key=lambda r: (r["table"], r["prefix"], r["protocol"], r["owner"]),
    )
    return {
        "hostname": state["hostname"],
        "interfaces": [strip_ifd(i) for i in state["interfaces"]],
        "routes": routes,
        "static": state["static_routes"],
    }


def test_concurrent_commands_and_link_events() -> None:
    device = Device.create(1)
    device.apply_configuration(
        {
            "configuration": {
                "interfaces": {
                    "interface": [
                        {
                            "name": "ge-0/0/1",
                            "unit": [{"name": 0, "family": {"inet": {"address": [{"name": "10.0.0.1/24"}]}}}],
                        }
                    ]
                },
                "routing-options": {"static": {"route": [{"name": "10.9.0.0/16", "next-hop": ["10.0.0.2"]}]}},
            }
        }
    )
    errors: list[BaseException] = []
    outputs: list[str] = []

    def flapper() -> None:
        try:
            for index in range(200):
                device.set_link_state("ge-0/0/1", index % 2 == 1)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(40):
                outputs.append(run_cli(device, "show route", "json", CommandContext()))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=flapper)] + [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(outputs) == 120
    for output in outputs:
        # with the link down this configuration leaves no route at all (no fxp0/lo0 addresses)
        tables = json.loads(output)["route-information"][0].get("route-table", [])
        destinations = {rt["rt-destination"][0]["data"] for table in tables for rt in table["rt"]}
        # each reply is a consistent snapshot: the static route is shown only with its subnet
        assert ("10.9.0.0/16" in destinations) == ("10.0.0.0/24" in destinations)
    assert device.interfaces["ge-0/0/1"].oper_up
