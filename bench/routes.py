"""Benchmark: 10,000 routes programmed by one ``jetkit.junos.route`` task, then removed, against a
bare gRPC client sending the same batches (RouteAdd / RouteDelete, 1000 routes each) in the same run.

One emulated device. The module's time is the task's own duration (measured by a small callback
from task start to task end, so ansible-playbook's start-up is not counted); the task includes
what the module does beyond the bare client: checking the routes, RouteInitialize, reading the
client's routes back (RouteGet) to compute the difference, building the messages on the
controller, and the hop through the JET gateway process. The bare client's time
includes building its messages from the same route list.

The route task hands all batches of one kind to the gateway in one call, which keeps
up to 3 requests in flight on the channel; the bare client sends its batches one after the other,
as a plain stub call does. For reference the bare client is also timed pipelined the same way
(3 in flight): the ratio against it shows what is left of the module's own overhead.

Rounds alternate (bare client, then the playbook, per round) so both see the same machine load;
each side's best round counts.

    .venv/bin/python bench/routes.py [--routes 10000] [--rounds 3]

Prints routes/s for both, for adding, for removing and over the whole program + remove run, and
the ratios. The issue's target is the whole run (>= 0.8); each phase is shown too, because the
removal also reads the client's routes back first (RouteGet, for idempotence) and the bare client
does not.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu import launcher  # noqa: E402

VENV_BIN = Path(sys.executable).parent
COLLECTIONS = ROOT / ".venv" / "collections"
GATEWAY = "172.16.0.254"  # inside fxp0.0 of emulated device 1
TARGET = 0.8

CALLBACK = """
import json, os, time
from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "routebench"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.times = {}
        self.started = {}
        self.failed = {}

    def v2_playbook_on_task_start(self, task, is_conditional):
        self.started[task.get_name()] = time.perf_counter()

    def _done(self, result, failed=False):
        name = result._task.get_name()
        self.times[name] = time.perf_counter() - self.started[name]
        if failed:
            self.failed[name] = result._result.get("msg")

    def v2_runner_on_ok(self, result):
        self._done(result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._done(result, True)

    def v2_playbook_on_stats(self, stats):
        with open(os.environ["ROUTEBENCH_OUT"], "w") as handle:
            json.dump({"times": self.times, "failed": self.failed}, handle)
"""


def routes_list(count: int) -> list[str]:
    base = int(ipaddress.ip_address("100.64.0.0"))
    return [f"{ipaddress.ip_address(base + 256 * n)}/24" for n in range(count)]


def start_emulator(workdir: Path) -> launcher.Emulator:
    return launcher.Emulator.start(workdir, "--host", "127.0.0.1", "--user", "lab:lab123", inventory=True)


def bare_client(target: str, prefixes: list[str], batch: int, window: int = 1) -> tuple[float, float]:
    """(add seconds, remove seconds); ``window`` > 1 keeps that many requests in flight."""
    sys.path.insert(0, str(ROOT / "emulator"))
    import grpc

    from jetemu.proto import jnx_authentication_service_pb2 as auth
    from jetemu.proto import jnx_authentication_service_pb2_grpc as auth_grpc
    from jetemu.proto import jnx_common_addr_types_pb2 as addr
    from jetemu.proto import jnx_routing_base_types_pb2 as base
    from jetemu.proto import jnx_routing_rib_service_pb2 as rib
    from jetemu.proto import jnx_routing_rib_service_pb2_grpc as rib_grpc

    channel = grpc.insecure_channel(target, options=[("grpc.max_send_message_length", 64 << 20)])
    reply = auth_grpc.AuthenticationStub(channel).Login(
        auth.LoginRequest(username="lab", password="lab123", client_id="bare-bench"), timeout=30
    )
    assert reply.status.code == 0, reply.status.message
    stub = rib_grpc.RibStub(channel)
    stub.RouteInitialize(rib.RouteInitializeRequest(), timeout=30)
    table = base.RouteTable(name=base.RouteTableName(name="inet.0"))

    def match(prefix: str) -> Any:
        address, _, length = prefix.partition("/")
        return rib.RouteMatch(
            dest_prefix=base.NetworkAddress(inet=addr.IpAddress(addr_string=address)),
            dest_prefix_len=int(length),
            table=table,
        )

    def entry(prefix: str) -> Any:
        attributes = rib.RouteAttributes()
        attributes.preferences[0].value = 5
        gateway = rib.RouteGateway(gateway_address=base.NetworkAddress(inet=addr.IpAddress(addr_string=GATEWAY)))
        return rib.RouteEntry(
            key=match(prefix),
            nexthop=rib.RouteNexthop(gateways=[gateway]),
            protocol=base.PROTO_STATIC,
            attributes=attributes,
        )

    def run(method: Any, build: Any) -> float:
        start = time.perf_counter()
        pending: deque[Any] = deque()
        for i in range(0, len(prefixes), batch):
            if window == 1:
                reply = method(build(prefixes[i : i + batch]), timeout=120)
                assert reply.status.code == 0, reply.status.message
                continue
            pending.append(method.future(build(prefixes[i : i + batch]), timeout=120))
            if len(pending) >= window:
                reply = pending.popleft().result()
                assert reply.status.code == 0, reply.status.message
        while pending:
            reply = pending.popleft().result()
            assert reply.status.code == 0, reply.status.message
        return time.perf_counter() - start

    added = run(stub.RouteAdd, lambda chunk: rib.RouteUpdateRequest(routes=[entry(p) for p in chunk]))
    removed = run(stub.RouteDelete, lambda chunk: rib.RouteDeleteRequest(keys=[match(p) for p in chunk]))
    channel.close()
    return added, removed


def module_run(workdir: Path, inventory: Path, prefixes: list[str], tag: str) -> tuple[float, float, float, float]:
    routes = [{"prefix": p, "next_hops": [GATEWAY]} for p in prefixes]
    (workdir / f"routes-{tag}.json").write_text(json.dumps({"bench_routes": routes}))
    playbook = workdir / f"play-{tag}.yml"
    source = workdir / f"src-{tag}.json"
    source.write_text(json.dumps({"routes": routes}))
    task = (
        "    - name: {name}\n      jetkit.junos.route:\n        {routes}\n{state}"
        "      vars:\n        ansible_command_timeout: 300\n"
    )
    inline = 'routes: "{{ bench_routes }}"'
    playbook.write_text(
        "- hosts: all\n  gather_facts: false\n  tasks:\n"
        "    - name: warm up the connection\n      jetkit.junos.route_info:\n"
        + task.format(name="add routes", routes=f"src: {source}", state="")
        + task.format(name="remove routes", routes=f"src: {source}", state="        state: absent\n")
        + task.format(name="add routes inline", routes=inline, state="")
        + task.format(name="remove routes inline", routes=inline, state="        state: absent\n")
    )
    callbacks = workdir / "callbacks"
    callbacks.mkdir(exist_ok=True)
    (callbacks / "routebench.py").write_text(CALLBACK)
    out = workdir / f"times-{tag}.json"
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "ANSIBLE_CALLBACK_PLUGINS": str(callbacks),
            "ANSIBLE_CALLBACKS_ENABLED": "routebench",
            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(workdir / "pc"),
            "ANSIBLE_HOST_KEY_CHECKING": "False",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ROUTEBENCH_OUT": str(out),
        }
    )
    rc = subprocess.call(
        [
            str(VENV_BIN / "ansible-playbook"),
            "-i",
            str(inventory),
            "-e",
            f"@{workdir / f'routes-{tag}.json'}",
            str(playbook),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    data = json.loads(out.read_text())
    if rc != 0 or data["failed"]:
        raise SystemExit(f"the playbook failed (rc {rc}): {data['failed']}")
    times = data["times"]
    return times["add routes"], times["remove routes"], times["add routes inline"], times["remove routes inline"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--routes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prefixes = routes_list(args.routes)
    with tempfile.TemporaryDirectory(prefix="routebench-") as tmp:
        workdir = Path(tmp)
        emu = start_emulator(workdir)
        inventory = emu.inventory
        assert inventory is not None
        target = emu.target()
        try:
            bare, piped, module = [], [], []
            for r in range(args.rounds):
                bare.append(bare_client(target, prefixes, 1000))
                piped.append(bare_client(target, prefixes, 1000, window=3))
                module.append(module_run(workdir, inventory, prefixes, str(r)))
        finally:
            emu.stop(timeout=30)
    bare_add, bare_del = min(b[0] for b in bare), min(b[1] for b in bare)
    piped_add, piped_del = min(b[0] for b in piped), min(b[1] for b in piped)
    n = args.routes
    print(f"routes: {n}, batches of 1000, best of {args.rounds} round(s)")
    verdict = ""
    for title, offset in (("route task, routes from a src: file", 0), ("route task, routes: inline variable", 2)):
        mod_add = min(m[offset] for m in module)
        mod_del = min(m[offset + 1] for m in module)
        print(f"\n{title}")
        print(f"{'':18}{'bare gRPC':>11}{'route task':>12}{'ratio':>7}{'bare, 3 in flight':>19}{'ratio':>7}")
        ratios = []
        for label, b, p, m in (
            ("add (routes/s)", bare_add, piped_add, mod_add),
            ("remove (routes/s)", bare_del, piped_del, mod_del),
            ("both (routes/s)", bare_add + bare_del, piped_add + piped_del, mod_add + mod_del),
        ):
            factor = 2 if label.startswith("both") else 1
            ratios.append(b / m)
            print(
                f"{label:18}{factor * n / b:11.0f}{factor * n / m:12.0f}{b / m:7.2f}{factor * n / p:19.0f}{p / m:7.2f}"
            )
        if not verdict:
            overall = "PASS" if ratios[2] >= TARGET else "FAIL"
            phases = (
                "both phases reach it"
                if min(ratios[:2]) >= TARGET
                else (f"add {ratios[0]:.2f}, remove {ratios[1]:.2f}: not each phase reaches it")
            )
            verdict = f"{overall} ({ratios[2]:.2f} over program + remove; {phases})"
    print(f"\ntarget (issue 6): route task with a src: file >= {TARGET} of the bare client's rate: {verdict}")


if __name__ == "__main__":
    main()
