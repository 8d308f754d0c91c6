"""Benchmark: jetkit.junos against the collection users run today, on the same device, same work.

One jetemu serves JET and NETCONF on the same emulated device(s). Each comparison is one
ansible-playbook run per side, timed by a small callback (the play, from its start to the end):

  command  N ``jetkit.junos.command`` tasks against N ``junipernetworks.junos.junos_command`` tasks
           (show version, text) over ansible.netcommon.netconf's persistent connection;
  config   N configuration changes with ``--diff`` and a commit each: ``jetkit.junos.config``
           against ``junipernetworks.junos.junos_config`` (set lines, exclusive lock, commit);
  fleet    D devices, ``forks: D``, K command tasks per device, both sides as in ``command``;
  script   a PyEZ script against a jetkit gRPC script (the collection's generated JET stubs):
           connect, log in, 100 op commands (get-software-information), close.

For each it prints the time per task (play time / tasks per host) of both sides, the ratio
jetkit / peer (goal: <= 0.2), and the peak memory of the controller: the sum of the
proportional set size (PSS) of every process of the run, sampled every 50 ms. Persistent
connection processes detach from the worker that starts them; this script makes itself a
child subreaper so they stay in its process tree and are counted. Memory per host is that
peak divided by the number of hosts (goal: jetkit below the peer).

The benchmark only drives ansible-playbook, the two collections' public modules and the
scripts; it does not depend on how either collection works inside.

    .venv/bin/python bench/peer.py [--tasks 20] [--devices 20] [--per-device 5] [--commands 100] [--rounds 1]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu import launcher  # noqa: E402

VENV_BIN = Path(sys.executable).parent
COLLECTIONS = ROOT / ".venv" / "collections"
USER, PASSWORD = "lab", "lab123"
TARGET_TIME = 0.2
PR_SET_CHILD_SUBREAPER = 36

CALLBACK = """
import json, os, time
from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "peerbench"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start = None

    def v2_playbook_on_play_start(self, play):
        self.start = time.perf_counter()

    def v2_playbook_on_stats(self, stats):
        bad = {h: {"failures": stats.failures.get(h, 0), "unreachable": stats.dark.get(h, 0)}
               for h in stats.processed if stats.failures.get(h, 0) or stats.dark.get(h, 0)}
        ok = {h: stats.ok.get(h, 0) for h in stats.processed}
        with open(os.environ["PEERBENCH_OUT"], "w") as handle:
            json.dump({"play": time.perf_counter() - self.start, "bad": bad, "ok": ok}, handle)
"""

PYEZ_SCRIPT = """
import json, sys, time
from jnpr.junos import Device
host, port, user, password, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
start = time.perf_counter()
dev = Device(host=host, port=port, user=user, passwd=password, gather_facts=False)
dev.open()
connected = time.perf_counter()
for _ in range(count):
    reply = dev.rpc.get_software_information()
    assert reply.findtext("host-name")
dev.close()
end = time.perf_counter()
print(json.dumps({"connect": connected - start, "total": end - start}))
"""

# Not a side of the comparison: the same 100 RPCs over a bare paramiko channel (no ncclient), to show
# how much of PyEZ's time is the emulator's NETCONF server and how much the client stack.
RAW_NETCONF_SCRIPT = """
import json, sys, time
import paramiko
host, port, user, password, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
start = time.perf_counter()
transport = paramiko.Transport((host, port))
transport.connect(username=user, password=password)
channel = transport.open_session()
channel.invoke_subsystem("netconf")
buffer = b""
def message():
    global buffer
    while b"]]>]]>" not in buffer:
        buffer += channel.recv(65536)
    data, _, buffer = buffer.partition(b"]]>]]>")
    return data
message()
channel.sendall(b'<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><capabilities>'
                b'<capability>urn:ietf:params:netconf:base:1.0</capability></capabilities></hello>]]>]]>')
connected = time.perf_counter()
for i in range(count):
    channel.sendall(b'<rpc message-id="%d"><get-software-information/></rpc>]]>]]>' % i)
    assert b"<host-name>" in message()
transport.close()
end = time.perf_counter()
print(json.dumps({"connect": connected - start, "total": end - start}))
"""

JET_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[6])
import grpc
from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import (
    jnx_authentication_service_pb2 as auth, jnx_authentication_service_pb2_grpc as auth_grpc,
    jnx_management_service_pb2 as mgmt, jnx_management_service_pb2_grpc as mgmt_grpc,
)
host, port, user, password, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
start = time.perf_counter()
channel = grpc.insecure_channel(f"{host}:{port}")
login = auth_grpc.AuthenticationStub(channel).Login(
    auth.LoginRequest(username=user, password=password, client_id="peer-bench"), timeout=30)
assert login.status.code == 0, login.status.message
management = mgmt_grpc.ManagementStub(channel)
connected = time.perf_counter()
request = mgmt.OpCommandGetRequest(xml_command="<get-software-information/>", out_format=mgmt.OP_COMMAND_OUTPUT_XML)
for _ in range(count):
    data = "".join(reply.data for reply in management.OpCommandGet(request, timeout=30))
    assert "<host-name>" in data
channel.close()
end = time.perf_counter()
print(json.dumps({"connect": connected - start, "total": end - start}))
"""


# ------------------------------------------------------------------------------------------
# Controller memory: PSS of every process of a run (the subreaper keeps detached ones ours)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(p) for p in handle.read().split()]
    except OSError:
        pass
    return found


def _tree(root: int) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += _children(pid)
    return pids


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemorySampler(threading.Thread):
    """Peak of the summed PSS of this process's descendants, except ``skip`` (the emulator and
    its own children) and this process itself."""

    def __init__(self, skip: set[int]) -> None:
        super().__init__(daemon=True)
        self.skip = skip
        self.peak_kib = 0
        self._halt = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._halt.is_set():
            roots = [pid for pid in _children(me) if pid not in self.skip]
            total = sum(_pss_kib(pid) for root in roots for pid in _tree(root))
            self.peak_kib = max(self.peak_kib, total)
            self._halt.wait(0.05)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak_kib


def reap_detached(keep: set[int], timeout: float = 60.0) -> None:
    """Wait for the processes a finished run left behind (persistent connections shutting down,
    now children of this subreaper) to exit; ``keep`` (the emulator) is not waited for."""
    deadline = time.monotonic() + timeout
    while True:
        left = [pid for pid in _children(os.getpid()) if pid not in keep]
        for pid in left:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        left = [pid for pid in _children(os.getpid()) if pid not in keep]
        if not left:
            return
        if time.monotonic() > deadline:
            for pid in left:
                try:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                except OSError:
                    pass
            return
        time.sleep(0.05)


# ------------------------------------------------------------------------------------------
# Runs


def run_playbook(workdir: Path, inventory: Path, play: dict[str, Any], forks: int, tag: str, *extra: str) -> dict:
    playbook = workdir / f"{tag}.yml"
    playbook.write_text(yaml.safe_dump([play], sort_keys=False))
    out = workdir / f"{tag}.json"
    callbacks = workdir / "callbacks"
    callbacks.mkdir(exist_ok=True)
    (callbacks / "peerbench.py").write_text(CALLBACK)
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "ANSIBLE_CALLBACK_PLUGINS": str(callbacks),
            "ANSIBLE_CALLBACKS_ENABLED": "peerbench",
            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(workdir / f"pc-{tag}"),
            "ANSIBLE_FORKS": str(forks),
            "ANSIBLE_HOST_KEY_CHECKING": "False",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_DEPRECATION_WARNINGS": "False",
            "PEERBENCH_OUT": str(out),
        }
    )
    keep = set(_children(os.getpid()))  # the emulator
    sampler = MemorySampler(keep)
    sampler.start()
    with open(workdir / f"{tag}.log", "wb") as log:
        proc = subprocess.Popen(
            [str(VENV_BIN / "ansible-playbook"), "-i", str(inventory), str(playbook), *extra],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=workdir,
        )
        rc = proc.wait()
    reap_detached(keep)
    peak = sampler.stop()
    if rc != 0 or not out.exists():
        raise SystemExit(f"ansible-playbook failed (rc={rc}); see {workdir / (tag + '.log')}")
    result = json.loads(out.read_text())
    if result["bad"]:
        raise SystemExit(f"tasks failed: {result['bad']}; see {workdir / (tag + '.log')}")
    return {"play": result["play"], "peak_kib": peak}


def run_script(workdir: Path, name: str, source: str, *args: str) -> dict:
    script = workdir / f"{name}.py"
    script.write_text(source)
    proc = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed: {err[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_kib"] = usage.ru_maxrss  # one process: its peak resident set
    return result


def start_emulator(workdir: Path, devices: int) -> launcher.Emulator:
    args = ["--host", "127.0.0.1", "--user", f"{USER}:{PASSWORD}", "--netconf-port", "--broker", "none"]
    args += ["--max-sessions", str(max(8, devices))]
    if devices > 1:
        args += ["--devices", str(devices), "--hostname", "r"]
    return launcher.Emulator.start(workdir, *args, inventory=True, timeout=120)


def peer_inventory(emu: launcher.Emulator, path: Path) -> Path:
    """The same devices as a junipernetworks.junos user writes them: NETCONF, port from the ready file."""
    hosts = {
        device["name"]: {
            "ansible_host": device["host"],
            "ansible_port": device["netconf_port"],
            "ansible_user": USER,
            "ansible_password": PASSWORD,
            "ansible_connection": "ansible.netcommon.netconf",
            "ansible_network_os": "junipernetworks.junos.junos",
        }
        for device in emu.devices
    }
    path.write_text(yaml.safe_dump({"all": {"hosts": hosts}}))
    return path


def command_play(module: str, count: int) -> dict:
    args: dict[str, Any] = {"commands": ["show version"]}
    return {
        "name": module,
        "hosts": "all",
        "gather_facts": False,
        "tasks": [{"name": f"command {i}", module: args} for i in range(count)],
    }


def config_play(module: str, count: int, tag: str) -> dict:
    tasks = [
        {"name": f"config {i}", module: {"lines": [f"set system location building {tag}-{i}"]}} for i in range(count)
    ]
    return {"name": module, "hosts": "all", "gather_facts": False, "tasks": tasks}


JET_COMMAND, PEER_COMMAND = "jetkit.junos.command", "junipernetworks.junos.junos_command"
JET_CONFIG, PEER_CONFIG = "jetkit.junos.config", "junipernetworks.junos.junos_config"


# ------------------------------------------------------------------------------------------
# Report


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def report(label: str, jet: list[dict], peer: list[dict], per_host_tasks: int, hosts: int) -> tuple[bool, bool]:
    jet_task = statistics.median(r["play"] / per_host_tasks for r in jet)
    peer_task = statistics.median(r["play"] / per_host_tasks for r in peer)
    ratios = [j["play"] / p["play"] for j, p in zip(jet, peer, strict=True)]
    ratio = statistics.median(ratios)
    jet_mem = max(r["peak_kib"] for r in jet)
    peer_mem = max(r["peak_kib"] for r in peer)
    time_ok, mem_ok = ratio <= TARGET_TIME, jet_mem < peer_mem
    print(f"{label}:")
    print(f"  per task   jetkit {jet_task * 1000:7.1f} ms   peer {peer_task * 1000:7.1f} ms")
    each = ", ".join(f"{r:.3f}" for r in ratios)
    print(f"  ratio      jetkit / peer = {ratio:.3f}  (goal <= {TARGET_TIME}; runs: {each})  {verdict(time_ok)}")
    print(
        f"  peak mem   jetkit {mib(jet_mem)} ({mib(jet_mem / hosts)} per host)   "
        f"peer {mib(peer_mem)} ({mib(peer_mem / hosts)} per host)   ratio {jet_mem / peer_mem:.2f}  {verdict(mem_ok)}"
    )
    return time_ok, mem_ok


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


# ------------------------------------------------------------------------------------------
# Phases


def phase_single(base: Path, tasks: int, rounds: int) -> list[bool]:
    workdir = base / "single"
    workdir.mkdir()
    emu = start_emulator(workdir, 1)
    try:
        assert emu.inventory is not None
        peer = peer_inventory(emu, workdir / "peer.yml")
        results: dict[str, list[dict]] = {"jc": [], "pc": [], "jg": [], "pg": []}
        for r in range(rounds):
            results["jc"].append(run_playbook(workdir, emu.inventory, command_play(JET_COMMAND, tasks), 5, f"jc{r}"))
            results["pc"].append(run_playbook(workdir, peer, command_play(PEER_COMMAND, tasks), 5, f"pc{r}"))
            results["jg"].append(
                run_playbook(workdir, emu.inventory, config_play(JET_CONFIG, tasks, f"j{r}"), 5, f"jg{r}", "--diff")
            )
            results["pg"].append(
                run_playbook(workdir, peer, config_play(PEER_CONFIG, tasks, f"p{r}"), 5, f"pg{r}", "--diff")
            )
    finally:
        emu.stop()
    print(f"\none device, {tasks} tasks per run, {rounds} run(s) per side")
    outcome = list(report(f"command ({JET_COMMAND} vs {PEER_COMMAND})", results["jc"], results["pc"], tasks, 1))
    outcome += report(
        f"config with diff and commit ({JET_CONFIG} vs {PEER_CONFIG})", results["jg"], results["pg"], tasks, 1
    )
    return outcome


def phase_fleet(base: Path, devices: int, per_device: int, rounds: int) -> list[bool]:
    workdir = base / "fleet"
    workdir.mkdir()
    emu = start_emulator(workdir, devices)
    try:
        assert emu.inventory is not None
        peer = peer_inventory(emu, workdir / "peer.yml")
        jet, other = [], []
        for r in range(rounds):
            jet.append(run_playbook(workdir, emu.inventory, command_play(JET_COMMAND, per_device), devices, f"jf{r}"))
            other.append(run_playbook(workdir, peer, command_play(PEER_COMMAND, per_device), devices, f"pf{r}"))
    finally:
        emu.stop()
    print(f"\n{devices} devices, forks {devices}, {per_device} command tasks per device, {rounds} run(s) per side")
    return list(report("fleet command", jet, other, per_device, devices))


def phase_scripts(base: Path, commands: int, rounds: int) -> list[bool]:
    workdir = base / "scripts"
    workdir.mkdir()
    emu = start_emulator(workdir, 1)
    try:
        device = emu.device
        jet, other = [], []
        for _ in range(rounds):
            jet.append(
                run_script(
                    workdir,
                    "jet",
                    JET_SCRIPT,
                    device["host"],
                    str(device["port"]),
                    USER,
                    PASSWORD,
                    str(commands),
                    str(COLLECTIONS),
                )
            )
            other.append(
                run_script(
                    workdir,
                    "pyez",
                    PYEZ_SCRIPT,
                    device["host"],
                    str(device["netconf_port"]),
                    USER,
                    PASSWORD,
                    str(commands),
                )
            )
        raw = run_script(
            workdir,
            "raw",
            RAW_NETCONF_SCRIPT,
            device["host"],
            str(device["netconf_port"]),
            USER,
            PASSWORD,
            str(commands),
        )
    finally:
        emu.stop()
    print(f"\nscripts: connect + {commands} op commands + close, {rounds} run(s) per side")
    jet_total = statistics.median(r["total"] for r in jet)
    peer_total = statistics.median(r["total"] for r in other)
    jet_connect = statistics.median(r["connect"] for r in jet)
    peer_connect = statistics.median(r["connect"] for r in other)
    ratio = statistics.median(j["total"] / p["total"] for j, p in zip(jet, other, strict=True))
    jet_mem, peer_mem = max(r["peak_kib"] for r in jet), max(r["peak_kib"] for r in other)
    per_jet = (jet_total - jet_connect) / commands * 1000
    per_peer = (peer_total - peer_connect) / commands * 1000
    print(
        f"  total      jetkit gRPC {jet_total:.3f} s (connect {jet_connect * 1000:.0f} ms, "
        f"{per_jet:.2f} ms/command)   PyEZ {peer_total:.3f} s (connect {peer_connect * 1000:.0f} ms, "
        f"{per_peer:.2f} ms/command)"
    )
    per_raw = (raw["total"] - raw["connect"]) / commands * 1000
    print(f"  reference  the same RPCs over a bare paramiko NETCONF channel: {per_raw:.2f} ms/command (server side)")
    time_ok, mem_ok = ratio <= TARGET_TIME, jet_mem < peer_mem
    print(f"  ratio      jetkit / PyEZ = {ratio:.3f}  (goal <= {TARGET_TIME})  {verdict(time_ok)}")
    print(
        f"  peak RSS   jetkit {mib(jet_mem)}   PyEZ {mib(peer_mem)}   ratio {jet_mem / peer_mem:.2f}  {verdict(mem_ok)}"
    )
    return [time_ok, mem_ok]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=20, help="tasks per run on one device (default 20)")
    parser.add_argument("--devices", type=int, default=20, help="devices of the fleet phase (default 20)")
    parser.add_argument("--per-device", type=int, default=5, help="tasks per device in the fleet (default 5)")
    parser.add_argument("--commands", type=int, default=100, help="op commands of the scripts (default 100)")
    parser.add_argument("--rounds", type=int, default=1, help="ansible-playbook runs per side (default 1)")
    parser.add_argument("--phase", choices=["single", "fleet", "scripts", "all"], default="all")
    args = parser.parse_args()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("warning: cannot become a child subreaper; detached persistent processes are not counted")
    outcome: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="peer-bench-") as tmp:
        base = Path(tmp)
        if args.phase in ("single", "all"):
            outcome += phase_single(base, args.tasks, args.rounds)
        if args.phase in ("fleet", "all"):
            outcome += phase_fleet(base, args.devices, args.per_device, args.rounds)
        if args.phase in ("scripts", "all"):
            outcome += phase_scripts(base, args.commands, args.rounds)
    print(f"\n{sum(outcome)} of {len(outcome)} goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
