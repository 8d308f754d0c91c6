"""Benchmark: a fleet of emulated devices in one jetemu, against Ansible's floor, with memory.

One jetemu process carries D devices (default 200). Each run is one ansible-playbook with two
timed plays over every device, ``forks`` F (default 50): (a) K ``jetkit.junos.command`` tasks
(show version, json) through the per-run JET gateway, (b) K ``ansible.builtin.debug`` tasks
before them and (b') after them (see bench/tasks.py for why both). The verdict is the median over
runs of a/b (target <= 1.3), each run's ratio printed.

Printed too, with their targets:
  * the gateway's memory: the largest PSS of its process seen during a run, per host (<= 1 MiB);
  * the controller's total: ansible-playbook, its workers and the gateway together (largest PSS);
  * jetemu: its start time and its PSS per emulated device, after start and after the runs;
  * the Logins the devices saw: exactly one per device per run.

    .venv/bin/python bench/fleet.py [--devices 200] [--forks 50] [--tasks 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))
sys.path.insert(0, str(ROOT / "bench"))

from playbook import (  # noqa: E402
    MemorySampler,
    check_collection_link,
    command_tasks,
    cpu_seconds,
    debug_tasks,
    logins_seen,
    play,
    pss_kib,
    run_playbook,
)

from jetemu import launcher  # noqa: E402

TARGET_RATIO = 1.3
TARGET_GATEWAY_KIB_PER_HOST = 1024


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devices", type=int, default=200, help="emulated devices (default 200)")
    parser.add_argument("--forks", type=int, default=50, help="ansible forks (default 50)")
    parser.add_argument("--tasks", type=int, default=5, help="tasks per device in each play (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="ansible-playbook runs; the median ratio counts")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, playbooks)")
    args = parser.parse_args()
    check_collection_link()
    base = Path(tempfile.mkdtemp(prefix="jetkit-fleet-"))
    started = time.monotonic()
    emu = launcher.Emulator.start(
        base / "emu",
        "--host", "127.0.0.1", "--log-level", "INFO",
        "--devices", str(args.devices), "--hostname", "r", "--mqtt-port", "0",
        inventory=True, timeout=600, users={"lab": "lab123"},
    )  # fmt: skip
    start_seconds = time.monotonic() - started
    assert emu.inventory is not None
    emu_start_kib = pss_kib(emu.proc.pid)
    ratios: list[float] = []
    strict: list[float] = []
    times: list[tuple[float, float]] = []
    samplers: list[MemorySampler] = []
    emu_cpus: list[float] = []
    try:
        for r in range(args.rounds):
            workdir = base / f"run{r}"
            workdir.mkdir()
            sampler = MemorySampler(lambda w=workdir: sorted((w / "pc").glob("jetkit-gw-*")))
            plays = [
                play("debug", "all", debug_tasks(args.tasks)),
                play("command", "all", command_tasks(args.tasks)),
                play("debug-after", "all", debug_tasks(args.tasks)),
            ]
            emu_cpu = cpu_seconds(emu.proc.pid)
            timings = run_playbook(workdir, emu.inventory, plays, args.forks, f"fleet{r}", while_running=sampler)
            emu_cpus.append(cpu_seconds(emu.proc.pid) - emu_cpu)
            ratios.append(timings["command"] / timings["debug"])
            strict.append(timings["command"] / timings["debug-after"])
            times.append((timings["command"], timings["debug"]))
            samplers.append(sampler)
        emu_end_kib = pss_kib(emu.proc.pid)
        logins = logins_seen(emu.log_file)
    finally:
        emu.stop()
    median = statistics.median(ratios)
    devices = args.devices
    gateway = max(s.max_gateway for s in samplers)
    per_host = gateway / devices
    total = max(s.max_total for s in samplers)
    print(f"fleet: {devices} emulated devices in one jetemu, forks {args.forks}, {args.tasks} tasks per device")
    for n, ((a, b), ratio) in enumerate(zip(times, ratios, strict=True)):
        print(f"  run {n + 1}: command {a:6.2f} s, debug {b:6.2f} s, ratio {ratio:.2f}; CPU of the gateway "
              f"{samplers[n].gateway_cpu:.2f} s, of jetemu {emu_cpus[n]:.2f} s")  # fmt: skip
    ok_ratio = median <= TARGET_RATIO
    print(f"  a/b = {median:.2f} (target <= {TARGET_RATIO}; median of {', '.join(f'{x:.2f}' for x in ratios)})",
          "OK" if ok_ratio else "MISSED")  # fmt: skip
    print(f"  a/b' = {statistics.median(strict):.2f} (debug again after the command play, for reference; "
          f"median of {', '.join(f'{x:.2f}' for x in strict)})")  # fmt: skip
    ok_memory = per_host <= TARGET_GATEWAY_KIB_PER_HOST
    print(f"  gateway PSS (largest seen): {mib(gateway)} = {per_host:.0f} KiB per host "
          f"(target <= {TARGET_GATEWAY_KIB_PER_HOST} KiB)", "OK" if ok_memory else "MISSED")  # fmt: skip
    print(f"  controller total PSS (ansible-playbook + workers + gateway, largest seen): {mib(total)}")
    print(f"  jetemu: started {devices} devices in {start_seconds:.1f} s; PSS {mib(emu_start_kib)} after start "
          f"({emu_start_kib / devices:.0f} KiB per device), {mib(emu_end_kib)} after the runs "
          f"({emu_end_kib / devices:.0f} KiB per device)")  # fmt: skip
    per_run_ok = len(logins) == devices and all(count == args.rounds for count in logins.values())
    print(f"  Logins seen by the devices: {sum(logins.values())} for {len(logins)} devices in {args.rounds} run(s) "
          "(target: exactly 1 per device per run)", "OK" if per_run_ok else "MISSED")  # fmt: skip
    if args.keep:
        print(f"work directory: {base}")
    else:
        subprocess.call(["rm", "-rf", str(base)])
    return 0 if ok_ratio and ok_memory and per_run_ok else 1


if __name__ == "__main__":
    sys.exit(main())
