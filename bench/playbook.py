"""What the task benchmarks share: timed ansible-playbook runs and memory samples of processes.

``run_playbook`` runs one ansible-playbook with a small callback that times each play (from its
start to the next play's start); ``MemorySampler`` reads the proportional set size (PSS: a page
shared by N processes counts 1/N to each) of processes while a run goes on. Linux only (reads
/proc). Not part of the collection.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
COLLECTIONS = ROOT / ".venv" / "collections"

CALLBACK = """
import json, os, time
from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "jetbench"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.marks = []

    def v2_playbook_on_play_start(self, play):
        self.marks.append([play.get_name(), time.perf_counter()])

    def v2_playbook_on_stats(self, stats):
        end = time.perf_counter()
        plays = {}
        for i, (name, start) in enumerate(self.marks):
            stop = self.marks[i + 1][1] if i + 1 < len(self.marks) else end
            plays[name] = stop - start
        bad = {h: {"failures": stats.failures.get(h, 0), "unreachable": stats.dark.get(h, 0)}
               for h in stats.processed if stats.failures.get(h, 0) or stats.dark.get(h, 0)}
        with open(os.environ["JETBENCH_OUT"], "w") as handle:
            json.dump({"plays": plays, "bad": bad}, handle)
"""


def check_collection_link() -> None:
    link = COLLECTIONS / "ansible_collections" / "jetkit" / "junos"
    if not link.exists():
        raise SystemExit(f"{link} is missing: run 'make setup' (it links the collection there)")


def play(name: str, hosts: str, tasks: list[dict], **extra: object) -> dict:
    return {"name": name, "hosts": hosts, "gather_facts": False, **extra, "tasks": tasks}


def run_playbook(
    workdir: Path,
    inventory: Path,
    plays: list[dict],
    forks: int,
    tag: str,
    while_running: Callable[[subprocess.Popen[bytes]], None] | None = None,
) -> dict[str, float]:
    """Run the plays in one ansible-playbook; the duration of each play, by name.

    ``while_running(proc)`` is called in a thread as soon as the process started (to sample it).
    """
    playbook = workdir / f"{tag}.yml"
    playbook.write_text(json.dumps(plays, indent=1))
    out = workdir / f"{tag}.json"
    callbacks = workdir / "callbacks"
    callbacks.mkdir(exist_ok=True)
    (callbacks / "jetbench.py").write_text(CALLBACK)
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "ANSIBLE_CALLBACK_PLUGINS": str(callbacks),
            "ANSIBLE_CALLBACKS_ENABLED": "jetbench",
            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(workdir / "pc"),
            "ANSIBLE_FORKS": str(forks),
            "ANSIBLE_HOST_KEY_CHECKING": "False",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_LOCALHOST_WARNING": "False",
            "JETBENCH_OUT": str(out),
        }
    )
    with open(workdir / f"{tag}.log", "wb") as log:
        proc = subprocess.Popen(
            [str(VENV_BIN / "ansible-playbook"), "-i", str(inventory), str(playbook)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=workdir,
        )
        watcher = None
        if while_running is not None:
            watcher = threading.Thread(target=while_running, args=(proc,), daemon=True)
            watcher.start()
        rc = proc.wait()
        if watcher is not None:
            watcher.join(timeout=10)
    if rc != 0 or not out.exists():
        raise SystemExit(f"ansible-playbook failed (rc={rc}); see {workdir / (tag + '.log')}")
    result = json.loads(out.read_text())
    if result["bad"]:
        raise SystemExit(f"tasks failed: {result['bad']}; see {workdir / (tag + '.log')}")
    return dict(result["plays"])


def command_tasks(n: int) -> list[dict]:
    return [
        {"name": f"command {i}", "jetkit.junos.command": {"commands": "show version", "format": "json"}}
        for i in range(n)
    ]


def debug_tasks(n: int) -> list[dict]:
    return [{"name": f"debug {i}", "ansible.builtin.debug": {"msg": "hello"}} for i in range(n)]


def logins_seen(log: Path) -> dict[str, int]:
    """Successful Logins per device, from jetemu's log (INFO level: one line per Login)."""
    counts: dict[str, int] = {}
    for line in log.read_text(errors="replace").splitlines():
        m = re.search(r"device (\S+): user '[^']*' logged in", line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def pss_kib(pid: int) -> int:
    """Proportional set size of one process in KiB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc. The gateway is below the playbook only
    while the worker that started it lives (then it belongs to init): it is found by its pid file."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


class MemorySampler:
    """Largest PSS seen, every ``interval`` seconds while a playbook runs: of the playbook's
    processes (ansible-playbook and its workers), of the gateway, and both together; and the CPU
    time the gateway used (last seen)."""

    def __init__(self, gateway_dirs: Callable[[], list[Path]], interval: float = 0.25) -> None:
        self.gateway_dirs = gateway_dirs
        self.interval = interval
        self.max_playbook = 0
        self.max_gateway = 0
        self.max_total = 0
        self.gateway_cpu = 0.0

    def gateway_pids(self) -> list[int]:
        pids = []
        for directory in self.gateway_dirs():
            try:
                pids.append(int((directory / "gateway.pid").read_text()))
            except (OSError, ValueError):
                continue
        return pids

    def __call__(self, proc: subprocess.Popen[bytes]) -> None:
        while proc.poll() is None:
            gateways = set(self.gateway_pids())
            playbook = sum(pss_kib(pid) for pid in descendants(proc.pid) if pid not in gateways)
            gateway = sum(pss_kib(pid) for pid in gateways)
            self.max_playbook = max(self.max_playbook, playbook)
            self.max_gateway = max(self.max_gateway, gateway)
            self.max_total = max(self.max_total, playbook + gateway)
            self.gateway_cpu = max(self.gateway_cpu, sum(cpu_seconds(pid) for pid in gateways))
            time.sleep(self.interval)
