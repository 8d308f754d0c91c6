"""Benchmark: what does one jetkit.junos task cost, against Ansible's own floors?

Phase 1, one emulated device, one ansible-playbook run with three timed plays:
  (a) N ``jetkit.junos.command`` tasks (show version, json) over the jetkit.junos.jet connection,
  (b) N ``ansible.builtin.debug`` tasks (Ansible's floor for a task),
  (c) N ``ansible.builtin.ping`` tasks with ``connection: local`` (the floor of any collection
      whose module runs as a Python process on each task).
Prints a/b (target <= 1.15), a/c (target <= 0.25) and how many Login calls the emulator saw
(target: exactly one per host for the whole run).

Phase 2, a fleet: D emulated devices, ``forks: D``, K tasks each, (a) against (b) again
(target <= 1.2). bench/fleet.py runs the 200-device fleet with memory figures.

Both phases also time (b') the debug tasks once more after (a): a worker of a debug task on a
host with the jetkit.junos.jet connection loads that plugin, which costs until the playbook
process has loaded it itself (it does so with the first jetkit.junos task), as with any
connection plugin it has not loaded. a/b' is printed for reference; the verdict is a/b, the
measure of issue 12's numbers.

Plays are timed by a small callback (from one play's start to the next). Each phase runs
``--rounds`` times (one ansible-playbook run each). Within a run the plays follow each other,
so their ratio compares costs measured under the same machine load; the verdict uses the
median of the per-run ratios (and every run's ratio is printed), because this machine's speed
drifts from one run to the next by more than the margins we test. The best time of each play
over all runs is printed too. The Login count is read from the emulator's own log (one INFO
line per successful Login).

    .venv/bin/python bench/tasks.py [--tasks 50] [--devices 20] [--per-device 10] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))
sys.path.insert(0, str(ROOT / "bench"))

from playbook import check_collection_link, command_tasks, debug_tasks, logins_seen, play, run_playbook  # noqa: E402

from jetemu import launcher  # noqa: E402

TARGET_SINGLE = 1.15
TARGET_FLEET = 1.2
TARGET_LOCAL = 0.25


def start_emulator(workdir: Path, devices: int) -> tuple[launcher.Emulator, Path, Path]:
    """The emulator (INFO log, to count Logins), its inventory and its log file."""
    args = [
        "--host",
        "127.0.0.1",
        "--log-level",
        "INFO",
        "--max-sessions",
        str(max(8, devices)),
    ]
    if devices > 1:
        args += ["--devices", str(devices), "--hostname", "r"]
    emu = launcher.Emulator.start(workdir, *args, inventory=True, timeout=60, users={"lab": "lab123"})
    assert emu.inventory is not None
    return emu, emu.inventory, emu.log_file


def stop(emu: launcher.Emulator) -> None:
    emu.stop()


def ping_tasks(n: int) -> list[dict]:
    return [{"name": f"ping {i}", "ansible.builtin.ping": {}} for i in range(n)]


def best(rounds: list[dict], name: str) -> float:
    return min(r[name] for r in rounds)


def paired(rounds: list[dict], name: str, baseline: str) -> tuple[float, list[float]]:
    """Median over runs of (play / baseline play of the same run), and each run's ratio."""
    ratios = [r[name] / r[baseline] for r in rounds]
    return statistics.median(ratios), ratios


def show_ratio(label: str, value: float, each: list[float], target: float | None) -> None:
    runs = ", ".join(f"{x:.2f}" for x in each)
    if target is None:
        print(f"  {label} = {value:.2f}  (for reference; median of the per-run ratios {runs})")
        return
    print(f"  {label} = {value:.2f}  (target <= {target}; median of the per-run ratios {runs})", verdict(value, target))


def verdict(value: float, target: float) -> str:
    return "OK" if value <= target else "MISSED"


def phase_single(base: Path, n: int, rounds: int) -> bool:
    workdir = base / "single"
    workdir.mkdir()
    proc, inventory, log = start_emulator(workdir, 1)
    try:
        results = []
        local = {"connection": "local", "vars": {"ansible_python_interpreter": sys.executable}}
        for r in range(rounds):
            plays = [
                play("debug", "all", debug_tasks(n)),
                play("command", "all", command_tasks(n)),
                play("debug-after", "all", debug_tasks(n)),
                play("ping-local", "all", ping_tasks(n), **local),
            ]
            results.append(run_playbook(workdir, inventory, plays, forks=5, tag=f"single{r}"))
        logins = logins_seen(log)
    finally:
        stop(proc)
    a, b, c = best(results, "command"), best(results, "debug"), best(results, "ping-local")
    ab, ab_runs = paired(results, "command", "debug")
    ac, ac_runs = paired(results, "command", "ping-local")
    print(f"phase 1: one device, {n} tasks per play, {rounds} run(s); best times:")
    print(f"  (a) {n} jetkit.junos.command tasks      {a:7.2f} s  ({a / n * 1000:6.1f} ms/task)")
    print(f"  (b) {n} ansible.builtin.debug tasks     {b:7.2f} s  ({b / n * 1000:6.1f} ms/task)")
    print(f"  (c) {n} ansible.builtin.ping, local     {c:7.2f} s  ({c / n * 1000:6.1f} ms/task)")
    show_ratio("a/b", ab, ab_runs, TARGET_SINGLE)
    show_ratio("a/b'", *paired(results, "command", "debug-after"), None)
    show_ratio("a/c", ac, ac_runs, TARGET_LOCAL)
    total = sum(logins.values())
    ok_login = total == rounds and len(logins) == 1
    print(
        f"  Login calls seen by the emulator: {total} in {rounds} run(s) "
        f"(target: 1 per host per run)  {'OK' if ok_login else 'MISSED'}"
    )
    return ab <= TARGET_SINGLE and ac <= TARGET_LOCAL and ok_login


def phase_fleet(base: Path, devices: int, k: int, rounds: int) -> bool:
    workdir = base / "fleet"
    workdir.mkdir()
    proc, inventory, log = start_emulator(workdir, devices)
    try:
        results = []
        for r in range(rounds):
            plays = [
                play("debug", "all", debug_tasks(k)),
                play("command", "all", command_tasks(k)),
                play("debug-after", "all", debug_tasks(k)),
            ]
            results.append(run_playbook(workdir, inventory, plays, forks=devices, tag=f"fleet{r}"))
        logins = logins_seen(log)
    finally:
        stop(proc)
    a, b = best(results, "command"), best(results, "debug")
    ab, ab_runs = paired(results, "command", "debug")
    print(f"phase 2: {devices} devices, forks {devices}, {k} tasks each, {rounds} run(s); best times:")
    print(f"  (a) jetkit.junos.command  {a:7.2f} s")
    print(f"  (b) ansible.builtin.debug {b:7.2f} s")
    show_ratio("a/b", ab, ab_runs, TARGET_FLEET)
    show_ratio("a/b'", *paired(results, "command", "debug-after"), None)
    per_host_ok = len(logins) == devices and all(v == rounds for v in logins.values())
    print(
        f"  Login calls seen by the emulator: {sum(logins.values())} for {len(logins)} device(s) in "
        f"{rounds} run(s) (target: 1 per host per run)  {'OK' if per_host_ok else 'MISSED'}"
    )
    return ab <= TARGET_FLEET and per_host_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=50, help="tasks per play in phase 1 (default 50; 0 skips it)")
    parser.add_argument("--devices", type=int, default=20, help="devices in phase 2 (default 20; 0 skips it)")
    parser.add_argument("--per-device", type=int, default=10, help="tasks per device in phase 2 (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per phase; the median ratio counts (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, playbooks)")
    args = parser.parse_args()
    check_collection_link()
    base = Path(tempfile.mkdtemp(prefix="jetkit-bench-"))
    ok = True
    if args.tasks > 0:
        ok = phase_single(base, args.tasks, args.rounds)
    if args.devices > 0:
        ok = phase_fleet(base, args.devices, args.per_device, args.rounds) and ok
    if args.keep:
        print(f"work directory: {base}")
    else:
        subprocess.call(["rm", "-rf", str(base)])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
