"""jetkit.junos.route / route_info through the real ansible-playbook against the emulator.

Covers idempotence, check mode and diff, replaced, a bad prefix (clear error, nothing sent),
a device refusal in the middle of the work (everything undone, the route named), and purge of
the routes after the client (the playbook's connection) goes away.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
COLLECTIONS = ROOT / ".venv" / "collections"
GW = "172.16.0.254"

sys.path.insert(0, str(ROOT / "emulator"))
from jetemu import launcher  # noqa: E402


class Lab:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.emulator = launcher.Emulator.start(
            workdir, "--host", "127.0.0.1", "--user", "lab:lab123", inventory=True
        )
        self.inventory = self.emulator.inventory
        self.target = self.emulator.target()
        self.runs = 0

    def play(
        self,
        tasks: list[dict[str, Any]],
        *,
        check: bool = False,
        diff: bool = False,
        extra: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, dict[str, Any]]]:
        """Run one play; returns (rc, results by task name)."""
        self.runs += 1
        playbook = self.workdir / f"play{self.runs}.json"
        registered = []
        for index, task in enumerate(tasks):
            task.setdefault("register", f"r{index}")
            task.setdefault("ignore_errors", True)
            registered.append((task["name"], task["register"]))
        dump = {
            "name": "dump",
            "ansible.builtin.copy": {
                "dest": str(self.workdir / f"out{self.runs}.json"),
                "content": "{{ {" + ", ".join(f"'{n}': {r}" for n, r in registered) + "} | to_json }}",
            },
            "delegate_to": "localhost",
            "check_mode": False,
            "diff": False,
        }
        playbook.write_text(json.dumps([{"hosts": "all", "gather_facts": False, "tasks": [*tasks, dump]}]))
        env = dict(os.environ)
        env.update(
            {
                "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
                "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(self.workdir / "pc"),
                "ANSIBLE_HOST_KEY_CHECKING": "False",
                "ANSIBLE_RETRY_FILES_ENABLED": "False",
                "ANSIBLE_LOCALHOST_WARNING": "False",
                **(extra or {}),
            }
        )
        argv = [str(VENV_BIN / "ansible-playbook"), "-i", str(self.inventory), str(playbook)]
        if check:
            argv.append("--check")
        if diff:
            argv.append("--diff")
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
        out = self.workdir / f"out{self.runs}.json"
        if not out.exists():
            raise AssertionError(done.stdout + done.stderr)
        return done.returncode, json.loads(out.read_text())

    def routes(self) -> dict[str, list[dict[str, Any]]]:
        """inet.0 as the device shows it, read by a separate gRPC client."""
        sys.path.insert(0, str(ROOT / "emulator"))
        import grpc

        from jetemu.proto import jnx_authentication_service_pb2 as auth
        from jetemu.proto import jnx_authentication_service_pb2_grpc as auth_grpc
        from jetemu.proto import jnx_management_service_pb2 as mgmt
        from jetemu.proto import jnx_management_service_pb2_grpc as mgmt_grpc

        with grpc.insecure_channel(self.target) as channel:
            auth_grpc.AuthenticationStub(channel).Login(
                auth.LoginRequest(username="lab", password="lab123", client_id="observer"), timeout=10
            )
            replies = mgmt_grpc.ManagementStub(channel).OpCommandGet(
                mgmt.OpCommandGetRequest(cli_command="show route table inet.0", out_format=mgmt.OP_COMMAND_OUTPUT_JSON),
                timeout=10,
            )
            data = json.loads("".join(r.data for r in replies))
        out: dict[str, list[dict[str, Any]]] = {}
        for table in data["route-information"][0]["route-table"]:
            for rt in table.get("rt", []):
                out[rt["rt-destination"][0]["data"]] = [
                    {"protocol": e["protocol-name"][0]["data"], "preference": int(e["preference"][0]["data"])}
                    for e in rt["rt-entry"]
                ]
        return out

    def stop(self) -> None:
        self.emulator.stop(timeout=30)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    instance = Lab(tmp_path)
    yield instance
    instance.stop()


def route_task(name: str, routes: list[Any] | None = None, **args: Any) -> dict[str, Any]:
    if routes is not None:
        args["routes"] = routes
    return {"name": name, "jetkit.junos.route": args}


R1 = {"prefix": "10.1.0.0/24", "next_hops": [GW], "preference": 7}
R2 = {"prefix": "10.2.0.0/24", "next_hops": [GW]}
R3 = {"prefix": "2001:db8:3::/48", "next_hops": ["2001:db8::1"], "tags": [42]}


def test_idempotence_check_mode_diff_and_replaced(lab: Lab) -> None:
    rc, res = lab.play([route_task("check", [R1, R2])], check=True, diff=True)
    assert rc == 0
    assert res["check"]["changed"] is True and res["check"]["added"] == ["10.1.0.0/24", "10.2.0.0/24"]
    assert "10.1.0.0/24 [static/7]" in res["check"]["diff"]["after"]
    rc, res = lab.play(
        [
            route_task("add", [R1, R2, R3]),
            route_task("again", [R1, R2, R3]),
            route_task("change", [{**R2, "next_hops": ["172.16.0.253"], "preference": 9}]),
            route_task("replace", [R1], state="replaced"),
            route_task("replace again", [R1], state="replaced"),
            {"name": "info", "jetkit.junos.route_info": {}},
            route_task("remove", [{"prefix": "10.1.0.0/24"}], state="absent"),
            route_task("remove again", [{"prefix": "10.1.0.0/24"}], state="absent"),
        ]
    )
    assert rc == 0, res
    assert res["add"]["changed"] and res["add"]["counts"]["added"] == 3
    assert res["again"]["changed"] is False and res["again"]["counts"]["unchanged"] == 3
    assert res["change"]["modified"] == ["10.2.0.0/24"]
    assert sorted(res["replace"]["removed"]) == sorted(["10.2.0.0/24", "2001:db8:3::/48"])
    assert res["replace again"]["changed"] is False
    assert [r["prefix"] for r in res["info"]["programmed"]] == ["10.1.0.0/24"]
    assert res["info"]["programmed"][0]["preference"] == 7
    assert res["remove"]["removed"] == ["10.1.0.0/24"] and res["remove again"]["changed"] is False


def test_check_mode_changes_nothing_on_the_device(lab: Lab) -> None:
    rc, res = lab.play([route_task("check", [R1])], check=True)
    assert rc == 0 and res["check"]["changed"]
    assert "10.1.0.0/24" not in lab.routes()


def test_routes_show_with_their_protocol_and_preference_during_the_run(lab: Lab) -> None:
    rc, res = lab.play(
        [
            route_task("add", [R1, {**R2, "protocol": "bgp-static"}], purge_time=60),
        ]
    )
    assert rc == 0, res
    routes = lab.routes()  # the playbook's client is gone but its purge time keeps the routes
    assert routes["10.1.0.0/24"] == [{"protocol": "Static", "preference": 7}]
    assert routes["10.2.0.0/24"] == [{"protocol": "BGP-Static", "preference": 170}]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ({"prefix": "10.9.0.1/24", "next_hops": [GW]}, "has host bits set"),
        ({"prefix": "10.9.0.0/33", "next_hops": [GW]}, "10.9.0.0/33"),
        ({"prefix": "10.9.0.0/24", "next_hops": ["2001:db8::1"]}, "is IPv6 but the route is IPv4"),
        ({"prefix": "10.9.0.0/24", "next_hops": ["not an address!"]}, "neither an IP address nor an interface"),
        ({"prefix": "10.9.0.0/24"}, "next_hops is required"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(lab: Lab, bad: dict[str, Any], words: str) -> None:
    _, res = lab.play([route_task("bad", [R1, bad], purge_time=60)])
    assert res["bad"]["failed"] and words in res["bad"]["msg"] and "routes[1]" in res["bad"]["msg"]
    assert "10.1.0.0/24" not in lab.routes()


def test_device_refusal_midway_is_rolled_back_and_named(lab: Lab) -> None:
    # ge-0/0/5.0 does not exist: only the device can tell, after the first 1000-route batch was applied
    many = [{"prefix": f"10.{100 + n // 256}.{n % 256}.0/24", "next_hops": [GW]} for n in range(1500)]
    many[1200]["next_hops"] = ["ge-0/0/5"]
    _, res = lab.play([route_task("midway", many, purge_time=60)])
    failed = res["midway"]
    assert failed["failed_route"]["prefix"] == many[1200]["prefix"]
    assert "ge-0/0/5" in failed["msg"] and "undone" in failed["msg"]
    assert failed["rolled_back"] == 1200
    routes = lab.routes()
    assert not any(p.startswith("10.10") for p in routes), "nothing may be left half-applied"


def test_routes_are_purged_after_the_client_goes_away(lab: Lab) -> None:
    rc, res = lab.play([route_task("keep", [R1], purge_time=2), route_task("keep again", [R1], purge_time=2)])
    assert rc == 0 and res["keep"]["changed"] and not res["keep again"]["changed"]
    # the connection process ends with the playbook run (idle timeout); then the purge time runs
    deadline = time.monotonic() + 60
    while "10.1.0.0/24" in lab.routes() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "10.1.0.0/24" not in lab.routes()


def test_routes_survive_between_runs_within_purge_time(lab: Lab) -> None:
    rc, res = lab.play([route_task("first run", [R1], purge_time=120)])
    assert rc == 0 and res["first run"]["changed"]
    rc, res = lab.play([route_task("second run", [R1], purge_time=120)])
    assert rc == 0 and res["second run"]["changed"] is False


# -- the fast paths of the task: same bytes and same answers as the slow, obvious ones -------------
def _modules() -> Any:
    """(route_input, rib_calls) of the collection."""
    if str(COLLECTIONS) not in sys.path:
        sys.path.insert(0, str(COLLECTIONS))
    from ansible_collections.jetkit.junos.plugins.module_utils._jet import rib_calls, route_input

    return route_input, rib_calls


MIXED = [
    {"prefix": "10.0.0.0/24", "next_hops": [GW]},
    {"prefix": "0.0.0.0/0", "next_hops": [GW, "ge-0/0/1"], "preference": 300, "preference2": 9, "tags": [1, 2]},
    {"prefix": "192.168.128.0/17", "next_hops": "ge-0/0/0", "table": "inet.0", "colors": 7},
    {"prefix": "2001:db8::/32", "next_hops": ["2001:DB8::1"], "protocol": "bgp-static"},
    {"prefix": "2001:db8:0:1::/64", "next_hops": ["2001:db8::1", "2001:db8::2"], "tags": 5},
    {"prefix": "172.16.5.5/32", "next_hops": [GW], "preference": 0},
]


def test_request_builder_makes_the_messages_built_field_by_field() -> None:
    route_input, calls = _modules()
    rib = calls.rib_pb2
    routes = route_input.normalise_routes(MIXED, "present", "static")
    builder = calls.RequestBuilder()
    for chunk in (routes, routes[:1], routes[3:]):
        ours = builder.update_request(chunk)
        theirs = rib.RouteUpdateRequest(routes=[calls.to_entry(r) for r in chunk])
        assert ours.SerializeToString(deterministic=True) == theirs.SerializeToString(deterministic=True)
        keys = [r.key for r in chunk]
        expected = rib.RouteDeleteRequest(keys=[calls.route_match(*k) for k in keys])
        assert builder.delete_request(keys) == expected
    # and what the device would send back decodes to the same routes
    for entry in builder.update_request(routes).routes:
        key = calls.entry_key(entry)
        assert calls.from_entry(entry, key) == next(r for r in routes if r.key == key)


def test_fast_ipv4_check_agrees_with_ipaddress() -> None:
    import ipaddress
    import random

    route_input, _calls = _modules()
    rnd = random.Random(6)
    octets = [0, 1, 9, 10, 99, 100, 199, 200, 249, 250, 255, 256, 300]
    cases = ["1.2.3.0/024", "01.2.3.0/24", " 1.2.3.0/24", "1.2.3/24", "1.2.3.0/+24", "1.2.3.0/\u0662\u0664", "1.2.3.0"]
    for _ in range(5000):
        address = ".".join(str(rnd.choice(octets + [rnd.randrange(256)])) for _ in range(4))
        cases.append(f"{address}/{rnd.randrange(0, 34)}")
    for text in cases:
        try:
            expected = str(ipaddress.ip_network(text, strict=True)) == text
        except ValueError:
            expected = False
        assert route_input._canonical_v4(text) is expected, text


def test_reply_status_is_read_with_the_generated_classes_for_any_reply() -> None:
    _input, calls = _modules()
    from ansible_collections.jetkit.junos.plugins.module_utils._jet import services

    rib = calls.rib_pb2
    ok = rib.RouteSetOperResponse(operations_completed=1000)
    refused = rib.RouteDeleteResponse(operations_completed=3, sub_code=rib.ROUTE_NOT_FOUND)
    refused.status.code = 1
    refused.status.message = "route 4 of 10 (10.0.0.0/24 in inet.0): does not exist"
    assert services.failed(ok) is False
    assert services.failed(rib.RouteDeleteResponse.FromString(b"")) is False
    assert services.failed(rib.RouteDeleteResponse.FromString(refused.SerializeToString())) is True
    assert services.failed(rib.RouteGetRequest()) is False  # a message without a status


def test_pipelined_batches_refused_midway_are_all_undone(lab: Lab) -> None:
    # 60 routes in batches of 7 (9 requests, 3 in flight): route 38 names an interface the device
    # does not have; requests after its batch may already be applied and must be undone as well
    many = [{"prefix": f"10.77.{n}.0/24", "next_hops": [GW]} for n in range(60)]
    many[38]["next_hops"] = ["ge-0/0/7"]
    rc, res = lab.play(
        [
            route_task("keep", [R1]),
            route_task("midway", many, batch_size=7),
            {"name": "info", "jetkit.junos.route_info": {}},
        ]
    )
    failed = res["midway"]
    assert failed["failed"] and failed["failed_route"]["prefix"] == "10.77.38.0/24", failed
    assert "ge-0/0/7" in failed["msg"] and failed["rolled_back"] >= 38
    assert [r["prefix"] for r in res["info"]["programmed"]] == ["10.1.0.0/24"]


def test_absent_in_many_batches_reports_exactly_what_existed(lab: Lab) -> None:
    present = [{"prefix": f"10.88.{n}.0/24", "next_hops": [GW]} for n in range(0, 50, 2)]
    asked = [{"prefix": f"10.88.{n}.0/24"} for n in range(50)]
    rc, res = lab.play(
        [
            route_task("add", present),
            route_task("remove", asked, state="absent", batch_size=4),
            route_task("remove again", asked, state="absent", batch_size=4),
            {"name": "info", "jetkit.junos.route_info": {}},
        ],
        diff=True,
    )
    assert rc == 0, res
    assert res["remove"]["removed"] == [r["prefix"] for r in present]
    assert res["remove"]["counts"] == {"added": 0, "modified": 0, "removed": 25, "unchanged": 25}
    assert "10.88.48.0/24 [static/5] -> 172.16.0.254" in res["remove"]["diff"]["before"]
    assert res["remove again"]["changed"] is False and res["remove again"]["removed"] == []
    assert res["info"]["programmed"] == []
