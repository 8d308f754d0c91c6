"""jetkit.junos.interface through the real ansible-playbook against jetemu.

Covers creation of units, families and addresses, idempotence, check mode (device unchanged),
diff, replaced, removal of addresses/families/units, JET permissions (configuration units are
refused before anything is sent) and bad input (named, nothing sent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import Emulator, PlaybookRun, direct_client, run_playbook

pytestmark = pytest.mark.slow


def terse(emu: Emulator) -> dict[str, dict[str, list[str]]]:
    """Logical interfaces -> family -> addresses, as ``show interfaces terse`` shows them."""
    client = direct_client(emu, "pytest-if-reader")
    try:
        text = client.op_command("show interfaces terse", "json")
    finally:
        client.close()
    out: dict[str, dict[str, list[str]]] = {}
    for info in json.loads(text)["interface-information"]:
        for ifd in info["physical-interface"]:
            for ifl in ifd.get("logical-interface", []):
                families = out.setdefault(ifl["name"][0]["data"], {})
                for block in ifl.get("address-family", []):
                    families[block["address-family-name"][0]["data"]] = [
                        a["ifa-local"][0]["data"]
                        for a in block.get("interface-address", [])
                        if not a["ifa-local"][0]["data"].startswith("fe80")
                    ]
    return out


@pytest.fixture
def run(device: Emulator, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    client_id = "if-" + request.node.name.replace("[", "-").replace("]", "")[:40]

    def runner(tasks: list[dict[str, Any]], **kwargs: Any) -> PlaybookRun:
        return run_playbook(tmp_path, device.inventory, tasks, play_vars={"jet_client_id": client_id}, **kwargs)

    return runner


def task(title: str, **args: Any) -> dict[str, Any]:
    return {"name": title, "ignore_errors": True, "jetkit.junos.interface": args}


UNIT = {
    "unit": 100,
    "description": "to customer A",
    "families": {"inet": {"addresses": ["192.0.2.1/24"], "mtu": 1400}, "inet6": {"addresses": ["2001:db8:100::1/64"]}},
}


def test_check_mode_changes_nothing(run: Any, device: Emulator) -> None:
    r = run([task("check", name="ge-0/0/1", units=[UNIT])], extra_args=["--check", "--diff"])
    check = r.task("check")
    assert check["_status"] == "ok" and check["changed"] is True, check
    assert check["operations"] == [
        "InterfaceAdd ge-0/0/1.100 (description='to customer A')",
        "InterfaceAdd ge-0/0/1.100 family inet (mtu=1400)",
        "InterfaceAdd ge-0/0/1.100 family inet address 192.0.2.1/24",
        "InterfaceAdd ge-0/0/1.100 family inet6",
        "InterfaceAdd ge-0/0/1.100 family inet6 address 2001:db8:100::1/64",
    ]
    assert check["diff"]["before"] == ""
    assert "ge-0/0/1.100 family inet address 192.0.2.1/24" in check["diff"]["after"]
    assert "ge-0/0/1.100" not in terse(device)


def test_lifecycle_present_idempotent_replaced_absent(run: Any, device: Emulator) -> None:
    r = run(
        [
            task("create", name="ge-0/0/2", units=[UNIT]),
            task("again", name="ge-0/0/2", units=[UNIT]),
            task(
                "add address",
                name="ge-0/0/2",
                units=[{"unit": 100, "families": {"inet": {"addresses": ["198.51.100.1/25"]}}}],
            ),
            task("disable", name="ge-0/0/2", units=[{"unit": 100, "enabled": False}]),
        ],
        extra_args=["--diff"],
    )
    assert r.rc == 0, r.output
    assert r.task("create")["changed"] is True and len(r.task("create")["operations"]) == 5
    again = r.task("again")
    assert again["changed"] is False and again["operations"] == [], again
    add = r.task("add address")
    assert add["operations"] == ["InterfaceAdd ge-0/0/2.100 family inet address 198.51.100.1/25"]
    assert add["units"][0]["families"]["inet"] == {"mtu": 1400, "addresses": ["192.0.2.1/24", "198.51.100.1/25"]}
    assert "198.51.100.1/25" in add["diff"]["after"] and "198.51.100.1/25" not in add["diff"]["before"]
    assert r.task("disable")["operations"] == ["InterfaceUpdate ge-0/0/2.100 (disable=1)"]
    shown = terse(device)["ge-0/0/2.100"]
    assert shown["inet"] == ["192.0.2.1/24", "198.51.100.1/25"] and shown["inet6"] == ["2001:db8:100::1/64"]

    replaced = {"unit": 100, "families": {"inet": {"addresses": ["198.51.100.1/25"]}}}
    r = run(
        [
            task("replace", name="ge-0/0/2", units=[replaced], state="replaced"),
            task("replace again", name="ge-0/0/2", units=[replaced], state="replaced"),
        ]
    )
    assert r.rc == 0, r.output
    assert r.task("replace")["operations"] == [
        "InterfaceUpdate ge-0/0/2.100 (description='', disable=0)",
        "InterfaceDelete ge-0/0/2.100 family inet6",
        "InterfaceUpdate ge-0/0/2.100 family inet (mtu=0)",
        "InterfaceDelete ge-0/0/2.100 family inet address 192.0.2.1/24",
    ]
    assert r.task("replace again")["changed"] is False
    assert terse(device)["ge-0/0/2.100"] == {"inet": ["198.51.100.1/25"]}

    r = run(
        [
            task("drop address", name="ge-0/0/2", units=[replaced], state="absent"),
            task("drop family", name="ge-0/0/2", units=[{"unit": 100, "families": ["inet"]}], state="absent"),
            task("drop unit", name="ge-0/0/2", units=[100], state="absent"),
            task("drop unit again", name="ge-0/0/2", units=[100], state="absent"),
        ]
    )
    assert r.rc == 0, r.output
    assert r.task("drop address")["operations"] == ["InterfaceDelete ge-0/0/2.100 family inet address 198.51.100.1/25"]
    assert r.task("drop family")["operations"] == ["InterfaceDelete ge-0/0/2.100 family inet"]
    assert r.task("drop unit")["operations"] == ["InterfaceDelete ge-0/0/2.100"]
    assert r.task("drop unit again")["changed"] is False
    assert "ge-0/0/2.100" not in terse(device)


def test_configuration_units_are_refused_before_anything_is_sent(run: Any, device: Emulator) -> None:
    r = run([task("not mine", name="fxp0", units=[{"unit": 7}, {"unit": 0, "description": "mine now"}])])
    failed = r.task("not mine")
    assert failed["_status"] == "failed"
    assert "unit fxp0.0 belongs to the configuration" in failed["msg"] and "nothing was sent" in failed["msg"]
    assert "fxp0.7" not in terse(device)
    # reading a configuration unit is fine: declaring it as it is changes nothing
    r = run([task("as it is", name="fxp0", units=[{"unit": 0}])])
    assert r.task("as it is")["_status"] == "ok" and r.task("as it is")["changed"] is False


def test_other_clients_units_are_refused(run: Any, device: Emulator) -> None:
    r = run([task("mine", name="ge-0/0/3", units=[{"unit": 5, "description": "first"}])])
    assert r.task("mine")["changed"] is True
    other = run_playbook(
        Path(device.workdir) / "other",
        device.inventory,
        [task("theirs", name="ge-0/0/3", units=[{"unit": 5, "description": "second"}])],
        play_vars={"jet_client_id": "if-someone-else"},
    )
    theirs = other.task("theirs")
    assert theirs["_status"] == "failed" and "belongs to JET client" in theirs["msg"], theirs
    r = run([task("cleanup", name="ge-0/0/3", units=[5], state="absent")])
    assert r.task("cleanup")["changed"] is True


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ({"units": [{"unit": 1, "families": {"inet": {"addresses": ["192.0.2.1"]}}}]}, "needs a prefix length"),
        (
            {"units": [{"unit": 1, "families": {"inet": {"addresses": ["192.0.2.1/24", "2001:db8::1/64"]}}}]},
            "units[0] (unit 1).families.inet.addresses[1]: 2001:db8::1/64 is an IPv6 address",
        ),
        ({"units": [{"unit": 1, "families": {"inet": {"mtu": 100}}}]}, "mtu 100 is out of range"),
        ({"units": [{"unit": 1, "families": {"ipx": {}}}]}, "family 'ipx' is not one of"),
        (
            {"units": [{"unit": 1, "families": {"mpls": {"addresses": ["192.0.2.1/24"]}}}]},
            "family mpls has no addresses",
        ),
        ({"units": [1, {"unit": 1}]}, "units[1] (unit 1): listed twice"),
        ({"units": [{"unit": "x"}]}, "units[0]: unit must be a number"),
        ({"units": [{"unit": 1, "colour": "red"}]}, "unknown key(s) colour"),
        ({"name": "ge-0/0/4.1", "units": [1]}, "must be a physical interface"),
        ({"units": [{"unit": 1, "families": {"inet": {"addresses": ["192.0.2.0/24"]}}}]}, "network or broadcast"),
    ],
)
def test_bad_input_named_and_nothing_sent(run: Any, device: Emulator, args: dict[str, Any], words: str) -> None:
    args = {"name": "ge-0/0/4", **args}
    r = run([task("bad", **args)])
    bad = r.task("bad")
    assert bad["_status"] == "failed" and words in bad["msg"], bad["msg"]
    assert not any(name.startswith("ge-0/0/4.") for name in terse(device))


def test_missing_physical_interface_is_named(run: Any, device: Emulator) -> None:
    r = run([task("no port", name="ge-0/0/42", units=[{"unit": 1}])])
    bad = r.task("no port")
    assert bad["_status"] == "failed" and "ge-0/0/42" in bad["msg"], bad
