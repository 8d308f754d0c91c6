"""jetkit.junos.firewall_filter / firewall_counter_info through the real ansible-playbook against jetemu.

Covers creation, idempotence within a run and across runs (the controller-side record checked
against the device), check mode (device unchanged), diff, deletion, counters moved by simulated
traffic, bind/unbind (checked by where traffic is counted), bad input (named, nothing sent) and a
device refusal midway (everything undone).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import Emulator, PlaybookRun, direct_client, run_playbook

pytestmark = pytest.mark.slow


def device_filters(emu: Emulator) -> dict[str, dict[str, tuple[int, int]]]:
    """Filters the device shows (``show firewall``), read by a separate JET client."""
    client = direct_client(emu, "pytest-fw-reader")
    try:
        text = client.op_command("show firewall", "json")
    finally:
        client.close()
    data = json.loads(text) if text.strip() else {}
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for info in data.get("firewall-information", []):
        for flt in info.get("filter-information", []):
            counters = out.setdefault(flt["filter-name"][0]["data"], {})
            for tag in ("counter", "policer"):
                for entry in flt.get(tag, []):
                    counters[entry[f"{tag}-name"][0]["data"]] = (
                        int(entry["packet-count"][0]["data"]),
                        int(entry["byte-count"][0]["data"]),
                    )
    return out


def traffic(emu: Emulator, interface: str, packets: int, port: int = 22, direction: str = "input") -> None:
    client = direct_client(emu, "pytest-fw-traffic")
    try:
        client.op_command(
            f"test firewall traffic interface {interface} direction {direction} source 198.51.100.7 "
            f"destination 10.9.9.9 protocol tcp destination-port {port} packets {packets} size 100",
            "text",
        )
    finally:
        client.close()


TERMS = [
    {
        "name": "ssh",
        "from": {"protocol": "tcp", "destination_port": "ssh", "source_address": ["0.0.0.0/0", "192.0.2.0/24 except"]},
        "then": {"count": "ssh-hits", "discard": True},
    },
    {"name": "web", "from": {"protocol": "tcp", "destination_port": [80, "8000-8080"]}, "then": {"count": "web"}},
    {"name": "rest", "then": "accept"},
]


@pytest.fixture
def run(device: Emulator, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """ansible-playbook with a client id of its own per test (filters and purge timers are per client)."""
    client_id = "fw-" + request.node.name.replace("[", "-").replace("]", "")[:40]

    def runner(tasks: list[dict[str, Any]], **kwargs: Any) -> PlaybookRun:
        return run_playbook(tmp_path, device.inventory, tasks, play_vars={"jet_client_id": client_id}, **kwargs)

    return runner


def wait_gone(emu: Emulator, name: str) -> bool:
    deadline = time.monotonic() + 30
    while name in device_filters(emu):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.fixture
def fw(tmp_path: Path) -> Any:
    """Task builder: firewall_filter with a per-test record directory."""
    state_dir = str(tmp_path / "records")

    def task(title: str, **args: Any) -> dict[str, Any]:
        args.setdefault("state_dir", state_dir)
        return {"name": title, "ignore_errors": True, "jetkit.junos.firewall_filter": args}

    task.state_dir = state_dir  # type: ignore[attr-defined]
    return task


def test_check_mode_and_diff_change_nothing(run: Any, device: Emulator, fw: Any) -> None:
    r = run([fw("check", name="chk", terms=TERMS, bind=["fxp0.0"])], extra_args=["--check", "--diff"])
    check = r.task("check")
    assert check["_status"] == "ok" and check["changed"] is True, check
    assert check["operations"] == ["FilterAdd chk", "FilterBindAdd fxp0.0 input"]
    assert check["existed"] is False
    assert "term ssh {" in check["diff"]["after"] and "destination-port [ 22 ];" in check["diff"]["after"]
    assert "source-address [ 0.0.0.0/0 192.0.2.0/24 except ];" in check["diff"]["after"]
    assert check["diff"]["before"] == ""
    assert "chk" not in device_filters(device)
    assert not Path(fw.state_dir).exists(), "check mode must not write the record"


def test_create_idempotent_counters_modify_delete(run: Any, device: Emulator, fw: Any) -> None:
    policer = {"name": "web-1m", "bandwidth": "1m", "burst_size": "15k"}
    web_policed = {**TERMS[1], "then": {"count": "web", "policer": "web-1m", "accept": True}}
    r = run(
        [
            fw("create", name="edge", terms=TERMS, bind=[{"interface": "fxp0", "direction": "input"}], purge_time=60),
            fw("again", name="edge", terms=TERMS, bind=["fxp0.0 input"]),
            {
                "name": "traffic",
                "jetkit.junos.command": {
                    "commands": "test firewall traffic interface fxp0.0 source 198.51.100.7 destination 10.9.9.9 "
                    "protocol tcp destination-port 22 packets 5 size 100"
                },
            },
            {"name": "counters", "jetkit.junos.firewall_counter_info": {"filter": "edge", "state_dir": fw.state_dir}},
            {"name": "one counter", "jetkit.junos.firewall_counter_info": {"filter": "edge", "counters": ["web"]}},
            fw("modify", name="edge", terms=[TERMS[0], web_policed, TERMS[2]], policers=[policer], bind=["fxp0.0"]),
            fw(
                "modify again",
                name="edge",
                terms=[TERMS[0], web_policed, TERMS[2]],
                policers=[policer],
                bind=["fxp0.0"],
            ),
            fw("reorder", name="edge", terms=[TERMS[2], TERMS[0]], bind=["fxp0.0"]),
        ],
        extra_args=["--diff"],
    )
    assert r.rc == 0, r.output
    create = r.task("create")
    assert create["changed"] is True and create["operations"] == ["FilterAdd edge", "FilterBindAdd fxp0.0 input"]
    assert create["filter"]["bind"] == [{"interface": "fxp0.0", "direction": "input"}]
    again = r.task("again")
    assert again["changed"] is False and again["operations"] == []
    assert again["verified_by"] == "FilterCounterGet edge/ssh-hits" and again["existed"] is True
    counters = r.task("counters")
    assert counters["names_from"] == "record"
    assert counters["counters"] == {"ssh-hits": {"packets": 5, "bytes": 500}, "web": {"packets": 0, "bytes": 0}}
    assert r.task("one counter")["counters"] == {"web": {"packets": 0, "bytes": 0}}
    modify = r.task("modify")
    assert modify["operations"] == ["PolicerAdd web-1m", "FilterModify edge"], modify
    assert "policer web-1m;" in modify["diff"]["after"] and "policer web-1m;" not in modify["diff"]["before"]
    assert r.task("modify again")["changed"] is False
    assert r.task("reorder")["operations"] == ["FilterModify edge", "PolicerDelete web-1m"]
    # the reordered filter: rest (accept) first, so SSH is no longer counted
    assert "edge" in device_filters(device)
    r = run(
        [
            fw("order kept", name="edge", terms=[TERMS[2], TERMS[0]], bind=["fxp0.0"], purge_time=60),
            fw("delete", name="edge", state="absent", purge_time=0),
            fw("delete again", name="edge", state="absent"),
        ]
    )
    assert r.rc == 0, r.output
    assert r.task("order kept")["changed"] is False
    assert r.task("delete")["operations"] == ["FilterBindDelete fxp0.0 input", "FilterDelete edge"]
    assert r.task("delete again")["changed"] is False
    assert "edge" not in device_filters(device)
    record = json.loads(next(Path(fw.state_dir).glob("*.json")).read_text())
    assert record["filters"] == {}


def test_reordered_terms_take_effect(run: Any, device: Emulator, fw: Any) -> None:
    r = run(
        [
            fw("create", name="order", terms=TERMS, bind=["lo0.0"], purge_time=60),
            fw("reorder", name="order", terms=[TERMS[2], TERMS[0]], bind=["lo0.0"], purge_time=60),
        ]
    )
    assert r.rc == 0, r.output
    traffic(device, "lo0.0", 4)
    # 'rest' (accept) now comes first: the SSH term never sees the packets
    assert device_filters(device)["order"]["ssh-hits"] == (0, 0)
    run([fw("cleanup", name="order", state="absent", purge_time=0)])


def test_bind_and_unbind_follow_the_declaration(run: Any, device: Emulator, fw: Any) -> None:
    terms = [{"name": "all", "then": {"count": "seen", "accept": True}}]
    r = run([fw("bind fxp0", name="b", terms=terms, bind=["fxp0.0"], purge_time=60)])
    assert r.rc == 0, r.output
    traffic(device, "fxp0.0", 2)
    traffic(device, "lo0.0", 7)
    assert device_filters(device)["b"]["seen"] == (2, 200)
    r = run([fw("move", name="b", terms=terms, bind=["lo0.0", "fxp0.0 output"], purge_time=60)])
    move = r.task("move")
    assert move["changed"] is True, move
    assert move["operations"] == [
        "FilterBindDelete fxp0.0 input",
        "FilterBindAdd fxp0.0 output",
        "FilterBindAdd lo0.0 input",
    ]
    traffic(device, "fxp0.0", 100)  # input: no longer filtered
    traffic(device, "lo0.0", 3)
    traffic(device, "fxp0.0", 1, direction="output")
    assert device_filters(device)["b"]["seen"] == (6, 600)
    r = run([fw("unbind all", name="b", terms=terms, bind=[], purge_time=60)])
    assert r.task("unbind all")["operations"] == ["FilterBindDelete fxp0.0 output", "FilterBindDelete lo0.0 input"]
    traffic(device, "lo0.0", 3)
    assert device_filters(device)["b"]["seen"] == (6, 600)
    run([fw("cleanup", name="b", state="absent", purge_time=0)])


def test_record_checked_against_the_device_across_runs(run: Any, device: Emulator, fw: Any) -> None:
    terms = [{"name": "t", "then": {"count": "c", "accept": True}}]
    r = run([fw("first", name="keep", terms=terms, bind=["lo0.0"], purge_time=120)])
    assert r.task("first")["changed"] is True
    r = run([fw("second run", name="keep", terms=terms, bind=["lo0.0"], purge_time=120)])
    second = r.task("second run")
    assert second["changed"] is False and second["verified_by"] == "FilterCounterGet keep/c", second
    # the record is lost: the filter is there but its content unknown, so it is programmed afresh
    for path in Path(fw.state_dir).glob("*.json"):
        path.unlink()
    r = run([fw("no record", name="keep", terms=terms, bind=["lo0.0"], purge_time=120)])
    lost = r.task("no record")
    assert lost["_status"] == "ok" and lost["changed"] is True and lost["existed"] is True, lost
    assert lost["operations"] == [
        "FilterBindDelete lo0.0 input (if bound)",
        "FilterDelete keep (unknown content)",
        "FilterAdd keep",
        "FilterBindAdd lo0.0 input",
    ]
    r = run([fw("recorded again", name="keep", terms=terms, bind=["lo0.0"], purge_time=0)])
    assert r.task("recorded again")["changed"] is True  # the purge timer was removed
    # that run ended without a purge time: the device purged the filter, the record is stale
    assert wait_gone(device, "keep")
    r = run([fw("purged", name="keep", terms=terms, bind=["lo0.0"], purge_time=0)])
    purged = r.task("purged")
    assert purged["changed"] is True and purged["existed"] is False
    assert purged["operations"] == ["FilterAdd keep", "FilterBindAdd lo0.0 input"]
    # The device purges 'keep' (bound to lo0.0 input) when that run's session ends, which happens
    # after ansible-playbook has returned; the next test binds lo0.0 input too, so wait for it.
    assert wait_gone(device, "keep")


def test_counter_info_without_record_and_unknown_names(run: Any, device: Emulator, fw: Any, tmp_path: Path) -> None:
    terms = [{"name": "t", "then": {"count": "hits", "policer": "p", "accept": True}}]
    policers = [{"name": "p", "bandwidth": 1000000, "burst_size": 1500}]
    r = run(
        [
            fw("make", name="ci", terms=terms, policers=policers, bind=["lo0.0"]),
            {
                "name": "traffic",
                "jetkit.junos.command": {"commands": "test firewall traffic interface lo0.0 packets 40 size 100"},
            },
            {
                "name": "from show firewall",
                "jetkit.junos.firewall_counter_info": {"filter": "ci", "state_dir": str(tmp_path / "empty")},
            },
            {
                "name": "bad counter",
                "ignore_errors": True,
                "jetkit.junos.firewall_counter_info": {"filter": "ci", "counters": ["nope"]},
            },
            {
                "name": "bad filter",
                "ignore_errors": True,
                "jetkit.junos.firewall_counter_info": {"filter": "none-such", "counters": ["x"]},
            },
        ]
    )
    assert r.task("make")["_status"] == "ok", r.task("make")  # lo0.0 input must be free
    info = r.task("from show firewall")
    assert info["names_from"] == "show firewall", info
    assert info["counters"] == {"hits": {"packets": 40, "bytes": 4000}}
    assert info["policers"]["p"]["packets"] == 25  # 4000 bytes against a 1500-byte burst
    assert r.task("bad counter")["_status"] == "failed" and "nope" in r.task("bad counter")["msg"]
    assert "none-such" in r.task("bad filter")["msg"]


@pytest.mark.parametrize(
    ("terms", "extra", "words"),
    [
        (
            [{"name": "a", "from": {"destination_port": "sshh"}, "then": "accept"}],
            {},
            "terms[0] (a).from.destination_port[0]",
        ),
        ([{"name": "a", "from": {"source_address": "2001:db8::/32"}, "then": "accept"}], {}, "is an IPv6 prefix"),
        ([{"name": "a", "from": {"ttl": 300}, "then": "accept"}], {}, "out of range (0..255)"),
        ([{"name": "a", "then": {"accept": True, "discard": True}}], {}, "only one terminating action"),
        ([{"name": "a", "then": {"policer": "p9", "accept": True}}], {}, "policer 'p9' is not defined"),
        (
            [{"name": "a", "then": "accept"}, {"name": "a", "then": "accept"}],
            {},
            "terms[1] (a): term name listed twice",
        ),
        ([{"name": "a", "frm": {}, "then": "accept"}], {}, "terms[0]: unknown key(s) frm"),
        ([{"name": "a", "then": "accept"}], {"bind": [{"interface": "fxp0.0", "direction": "sideways"}]}, "bind[0]"),
        ([{"name": "a", "then": "accept"}], {"bind": ["not an interface!"]}, "bind[0]"),
        (
            [{"name": "a", "then": {"policer": "p", "accept": True}}],
            {"policers": [{"name": "p", "bandwidth": "fast", "burst_size": 1}]},
            "policers[0] (p).bandwidth",
        ),
    ],
)
def test_bad_input_named_and_nothing_sent(
    run: Any, device: Emulator, fw: Any, terms: list[Any], extra: dict[str, Any], words: str
) -> None:
    r = run([fw("bad", name="bad-in", terms=terms, **extra)])
    bad = r.task("bad")
    assert bad["_status"] == "failed" and words in bad["msg"], bad["msg"]
    assert "bad-in" not in device_filters(device)


def test_device_refusal_midway_is_undone(run: Any, device: Emulator, fw: Any) -> None:
    terms = [{"name": "t", "then": {"count": "c", "policer": "pp", "accept": True}}]
    policers = [{"name": "pp", "bandwidth": "10m", "burst_size": "100k"}]
    # ge-0/0/7.3 is a well-formed name but no such unit exists: only the device can tell
    r = run([fw("midway", name="half", terms=terms, policers=policers, bind=["fxp0.0", "ge-0/0/7.3"])])
    failed = r.task("midway")
    assert failed["_status"] == "failed"
    assert failed["failed_step"] == "FilterBindAdd half ge-0/0/7.3 input", failed
    assert "ge-0/0/7.3" in failed["msg"] and "undone" in failed["msg"]
    assert failed["rolled_back"] == 3  # fxp0.0 binding, the filter, the policer
    assert "half" not in device_filters(device)
    # nothing left behind: the same filter can be made without the bad binding
    r = run([fw("after", name="half", terms=terms, policers=policers, bind=["lo0.0"])])
    assert r.task("after")["_status"] == "ok" and r.task("after")["existed"] is False
    # no purge time: jsd drops the filter (and its lo0.0 binding) once the session ends; the
    # next test binds lo0.0 again, so wait for that rather than race the session teardown
    assert wait_gone(device, "half")


def test_absent_without_record_unbinds_and_deletes(run: Any, device: Emulator, fw: Any) -> None:
    terms = [{"name": "t", "then": {"count": "c", "policer": "gone-p", "accept": True}}]
    policers = [{"name": "gone-p", "bandwidth": "1m", "burst_size": "10k"}]
    r = run([fw("make", name="gone", terms=terms, policers=policers, bind=["lo0.0"], purge_time=60)])
    assert r.task("make")["changed"] is True, r.task("make")
    for path in Path(fw.state_dir).glob("*.json"):
        path.unlink()
    r = run(
        [
            fw("remove", name="gone", state="absent", bind=["lo0.0"], policers=["gone-p"], purge_time=0),
            # the policer name is free again: it was deleted too
            fw("policer free", name="other", terms=terms, policers=policers),
        ]
    )
    remove = r.task("remove")
    assert remove["_status"] == "ok" and remove["changed"] is True, remove
    assert remove["operations"] == [
        "FilterBindDelete lo0.0 input (if bound)",
        "FilterDelete gone",
        "PolicerDelete gone-p",
    ]
    assert r.task("policer free")["_status"] == "ok", r.task("policer free")
    assert "gone" not in device_filters(device)
