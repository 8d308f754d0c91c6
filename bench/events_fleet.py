"""JET events from a fleet: one jet_events source following every device's broker vs bare paho subscribers.

    PYTHONPATH=emulator .venv/bin/python bench/events_fleet.py [--devices 200] [--events 20] [--broker embedded]

One ``jetemu serve --devices N`` process runs the fleet (a broker per device). A publisher process
keeps one MQTT client per broker and publishes JET-shaped events (QoS 1, the publish time inside),
the same number to every broker, interleaved. Phases, each ``--rounds`` times, alternate:

- baseline: bare paho-mqtt subscribers, one client per broker (network thread each, counting in
  ``on_message``), the simplest way to follow N brokers with paho;
- source: one jetkit.junos.jet_events source over the same N brokers, delivering into an
  asyncio.Queue read by a consumer task (as ansible-rulebook does).

Prints events/s of each (from the first publish to the last delivery), latency p50/p99 (publish ->
on_message / queue.get) and the CPU this process used per 1000 events, for the median round, and
the median of the rounds' ratios source/baseline (target >= 0.8). The rounds alternate which
subscriber goes first: on a busy machine, single runs vary a lot.

Then the restart phase: with the source following the fleet (persistent QoS 1 sessions), a burst
is published, every broker of the fleet is restarted at once (down ``--down`` seconds), and a second
burst is published. Prints whether every QoS 1 event arrived (none may be lost; QoS 1 may
duplicate), when the source started the connection attempt that succeeded for each broker after
they came back (first, median, last: the spread), and the most of those in any 100 ms window (a
thundering herd would put them all in one).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import runpy
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu.notify.admin import admin_request  # noqa: E402

FILTER = "/junos/events/kernel/interfaces/#"

# The publisher: one persistent client per broker. Commands on stdin, one answer line each on stdout.
#   burst COUNT TAG RATE   COUNT events per broker (RATE events/s in all, 0 = as fast as it can)
#   probe TAG              one event per broker
#   quit
PUBLISHER = r"""
import json, sys, time
import paho.mqtt.client as mqtt

ports = json.loads(sys.argv[1])
clients = []
for i, port in enumerate(ports):
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-publisher-%d" % i, clean_session=False)
    c.max_inflight_messages_set(50)
    c.reconnect_delay_set(0.05, 0.5)
    c.connect("127.0.0.1", port)
    c.loop_start()
    clients.append(c)
while not all(c.is_connected() for c in clients):
    time.sleep(0.05)
print("ready", flush=True)


def event(device, n, tag):
    return json.dumps({"jet-event": {
        "event-id": "KERNEL_EVENT_IFD_CHANGE", "hostname": "r%d" % device, "time": "2026-01-01-00:00:00",
        "severity": "info", "facility": "KERNEL", "sequence-number": n,
        "attributes": {"name": "ge-0/0/%d" % (n % 48), "snmp-id": 500 + n % 48, "flags": 3,
                       "admin-status": "up", "oper-status": "up" if n % 2 else "down",
                       "bench": [tag, device, n], "published": time.time()}}})


for line in sys.stdin:
    words = line.split()
    if not words or words[0] == "quit":
        break
    while not all(c.is_connected() for c in clients):  # after a broker restart
        time.sleep(0.05)
    infos = []
    if words[0] == "probe":
        for d, c in enumerate(clients):
            infos.append(c.publish("/junos/events/kernel/interfaces/probe", event(d, 0, words[1]), qos=1))
    elif words[0] == "burst":
        count, tag, rate = int(words[1]), words[2], float(words[3])
        start = time.monotonic()
        sent = 0
        for n in range(count):
            for d, c in enumerate(clients):
                if rate:
                    delay = start + sent / rate - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                infos.append(c.publish("/junos/events/kernel/interfaces/ifd/change/ge-0/0/%d" % (n % 48),
                                       event(d, n, tag), qos=1))
                sent += 1
    for info in infos:
        info.wait_for_publish(120)
    print("done %d" % len(infos), flush=True)
for c in clients:
    c.disconnect()
    c.loop_stop()
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Publisher:
    def __init__(self, ports: list[int]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", PUBLISHER, json.dumps(ports)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"publisher did not start: {line!r}")

    def command(self, text: str) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer.startswith("done"):
            raise RuntimeError(f"publisher: {answer!r}")

    def close(self) -> None:
        if self.proc.poll() is None and self.proc.stdin is not None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        self.proc.wait(30)


class Received:
    """What a subscriber got: (tag, device, n) -> count, latencies, receive times; thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: dict[tuple[str, int, int], int] = {}
        self.latencies: dict[str, list[float]] = {}
        self.stamps: dict[str, list[float]] = {}
        self.devices_by_tag: dict[str, set[int]] = {}

    def add(self, attributes: dict[str, Any]) -> None:
        now = time.time()
        tag, device, n = attributes["bench"]
        with self.lock:
            key = (tag, device, n)
            self.seen[key] = self.seen.get(key, 0) + 1
            self.latencies.setdefault(tag, []).append(now - attributes["published"])
            self.stamps.setdefault(tag, []).append(now)
            self.devices_by_tag.setdefault(tag, set()).add(device)

    def count(self, tag: str) -> int:
        with self.lock:
            return sum(1 for key in self.seen if key[0] == tag)

    def wait(self, tag: str, expected: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count(tag) >= expected:
                return True
            time.sleep(0.05)
        return False


def wait_subscribed(publisher: Publisher, received: Received, devices: int, label: str) -> float:
    """Probe every broker until each one delivered a probe (the subscription is in place)."""
    start = time.monotonic()
    for attempt in range(600):
        tag = f"probe-{label}-{attempt}"
        publisher.command(f"probe {tag}")
        time.sleep(0.2)
        got: set[int] = set()
        with received.lock:
            for key_tag, devs in received.devices_by_tag.items():
                if key_tag.startswith(f"probe-{label}-"):
                    got |= devs
        if len(got) == devices:
            return time.monotonic() - start
    raise RuntimeError(f"{label}: not every broker delivered a probe")


class Phase:
    def __init__(self, name: str, count: int, first_publish: float, received: Received, tag: str, cpu: float) -> None:
        stamps = received.stamps.get(tag, [])
        self.name = name
        self.rate = count / max(max(stamps) - first_publish, 1e-9)
        self.latencies = received.latencies.get(tag, [])
        self.cpu_per_k = 1000 * cpu / count * 1000  # ms of this process's CPU per 1000 events

    def line(self) -> str:
        ms = [x * 1000 for x in self.latencies]
        return (
            f"{self.name:<36} {self.rate:7.0f} events/s   latency p50 {statistics.median(ms):8.2f} ms"
            f"   p99 {percentile(ms, 0.99):8.2f} ms   CPU {self.cpu_per_k:5.0f} ms/1000 events"
        )


def statistics_line(phases: list[Phase]) -> str:
    """The median round of ``phases`` (by rate), with every round's rate."""
    middle = sorted(phases, key=lambda p: p.rate)[len(phases) // 2]
    return f"{middle.line()}   rounds {[round(p.rate) for p in phases]}"


def run_burst(publisher: Publisher, received: Received, tag: str, per_device: int, devices: int, rate: float) -> float:
    start = time.time()
    publisher.command(f"burst {per_device} {tag} {rate}")
    if not received.wait(tag, per_device * devices, 600):
        raise RuntimeError(f"{tag}: got {received.count(tag)} of {per_device * devices}")
    return start


def baseline_phase(ports: list[int], publisher: Publisher, args: argparse.Namespace, label: str) -> Phase:
    received = Received()
    clients = []

    def on_message(client: Any, userdata: Any, message: Any) -> None:
        received.add(json.loads(message.payload)["jet-event"]["attributes"])

    for i, port in enumerate(ports):
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"bench-paho-{i}", clean_session=True)
        client.on_message = on_message
        client.on_connect = lambda c, u, f, r, p: c.subscribe(FILTER, qos=1)
        client.connect_async("127.0.0.1", port)
        client.loop_start()
        clients.append(client)
    try:
        wait_subscribed(publisher, received, len(ports), label)
        cpu = time.process_time()
        first = run_burst(publisher, received, label, args.events, len(ports), args.rate)
        cpu = time.process_time() - cpu
        return Phase(f"bare paho, {len(ports)} clients", args.events * len(ports), first, received, label, cpu)
    finally:
        for client in clients:
            client.disconnect()
            client.loop_stop()


class SourceRunner:
    """The jet_events source in its own thread's event loop, feeding ``received``."""

    def __init__(self, source: dict[str, Any], ports: list[int], client_id: str, clean: bool, **extra: Any) -> None:
        self.received = Received()
        self.settings = source["parse_args"](
            {
                "brokers": [{"host": "127.0.0.1", "port": port, "name": f"r{i}"} for i, port in enumerate(ports)],
                "topics": [FILTER],
                "qos": 1,
                "client_id": client_id,
                "clean_start": clean,
                **extra,
            }
        )
        self.run = source["run"]
        self.loop = asyncio.new_event_loop()
        self.task: asyncio.Future[Any] | None = None
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(30)

    async def _start(self) -> None:
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=1)  # like ansible-rulebook's

        async def consume() -> None:
            while True:
                event = await queue.get()
                self.received.add(event["jet_event"]["attributes"])

        self.task = asyncio.gather(self.run(queue, self.settings), consume())

    def stop(self) -> None:
        async def cancel() -> None:
            assert self.task is not None
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(cancel(), self.loop).result(60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)


def source_phase(
    source: dict[str, Any], ports: list[int], publisher: Publisher, args: argparse.Namespace, label: str
) -> Phase:
    runner = SourceRunner(source, ports, f"bench-source-{label}", clean=True)
    try:
        wait_subscribed(publisher, runner.received, len(ports), label)
        cpu = time.process_time()
        first = run_burst(publisher, runner.received, label, args.events, len(ports), args.rate)
        cpu = time.process_time() - cpu
        name = f"jet_events source, {len(ports)} brokers"
        return Phase(name, args.events * len(ports), first, runner.received, label, cpu)
    finally:
        runner.stop()


def busiest(times: list[float], window: float = 0.1) -> int:
    """The most of ``times`` (sorted) that fall in any one ``window``."""
    return max((sum(1 for t in times if start <= t < start + window) for start in times), default=0)


class ConnectLog(logging.Handler):
    """When the source started each connection attempt and when each broker accepted it, from its log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.attempts: list[tuple[float, str]] = []
        self.connects: list[tuple[float, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("jet_events: connecting to "):
            self.attempts.append((record.created, message.split()[3]))
        elif message.startswith("jet_events: connected to "):
            self.connects.append((record.created, message.split()[3]))

    def report(self, since: float, up: float, devices: int) -> bool:
        """Print the reconnections after ``since`` (brokers back at ``up``); True if every broker came back."""
        attempts = [(when, name) for when, name in self.attempts if when >= since]
        connects = [(when, name) for when, name in self.connects if when >= since]
        # the attempt that succeeded: the broker's last attempt before its connection
        winning = []
        for connected, name in connects:
            tries = [when for when, who in attempts if who == name and when <= connected]
            if tries:
                winning.append(max(tries))
        if not winning:
            print("reconnects: none seen")
            return False
        times = sorted(when - up for when in winning)
        starts = sorted(when for when, _ in attempts)
        print(
            f"reconnects: {len({name for _, name in connects})} of {devices} brokers, {len(attempts)} attempts in all; "
            f"the successful attempts started (from when the last broker was back) first {times[0]:+.2f} s, "
            f"median {statistics.median(times):+.2f} s, last {times[-1]:+.2f} s (spread {times[-1] - times[0]:.2f} s); "
            f"at most {busiest(times)} of them in any 100 ms (attempts of any outcome: {busiest(starts)})"
        )
        return len({name for _, name in connects}) == devices


def restart_phase(
    source: dict[str, Any], ports: list[int], publisher: Publisher, admin: dict[str, Any], args: argparse.Namespace
) -> bool:
    devices = len(ports)
    connects = ConnectLog()
    loggers = [logging.getLogger("jetkit.junos.jet_events"), logging.getLogger("jetkit.junos.jet_events.attempts")]
    for logger, level in zip(loggers, (logging.INFO, logging.DEBUG), strict=True):
        logger.addHandler(connects)
        logger.setLevel(level)
    loggers[1].propagate = False  # counted once
    runner = SourceRunner(
        source,
        ports,
        "bench-source-restart",
        clean=False,
        reconnect_min_delay=args.reconnect_min,
        reconnect_max_delay=args.reconnect_max,
    )
    try:
        wait_subscribed(publisher, runner.received, devices, "restart")
        # acknowledged by the brokers, not necessarily delivered yet when they go down
        publisher.command(f"burst {args.events} before {args.rate}")
        stopped = time.time()

        def restart(index: int) -> None:
            admin_request(admin, {"op": "broker-restart", "device": f"jet-r{index + 1}", "down": args.down})

        with ThreadPoolExecutor(max_workers=devices) as pool:
            list(pool.map(restart, range(devices)))
        up = time.time()
        publisher.command(f"burst {args.events} after {args.rate}")
        complete = runner.received.wait("before", args.events * devices, 300) and runner.received.wait(
            "after", args.events * devices, 300
        )
        time.sleep(1)
        lost = 2 * args.events * devices - runner.received.count("before") - runner.received.count("after")
        duplicates = sum(count - 1 for count in runner.received.seen.values() if count > 1)
        print(
            f"restart: every broker down {args.down:.1f} s at once; {2 * args.events * devices} QoS 1 events "
            f"around it: {'none lost' if complete and lost == 0 else f'{lost} LOST'}, {duplicates} duplicates"
        )
        back = connects.report(stopped, up, devices)
        return complete and lost == 0 and back
    finally:
        runner.stop()
        for logger in loggers:
            logger.removeHandler(connects)


def pss_kib(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return sum(int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--events", type=int, default=20, help="events per device per phase (default 20)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--broker", choices=["embedded", "mosquitto"], default="embedded")
    parser.add_argument("--rate", type=float, default=0.0, help="publish rate, events/s in all (0: unpaced)")
    parser.add_argument("--down", type=float, default=2.0, help="seconds every broker stays down")
    parser.add_argument("--reconnect-min", type=float, default=0.5)
    parser.add_argument("--reconnect-max", type=float, default=5.0)
    parser.add_argument("--skip-restart", action="store_true")
    args = parser.parse_args()

    source = runpy.run_path(str(ROOT / "extensions/eda/plugins/event_source/jet_events.py"))
    work = Path(tempfile.mkdtemp(prefix="bench-events-fleet-"))
    ready = work / "ready.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "emulator"))
    argv = [sys.executable, "-m", "jetemu", "serve", "--devices", str(args.devices), "--host", "127.0.0.1"]
    argv += ["--port", "0", "--skip-authentication", "--broker", args.broker, "--ready-file", str(ready)]
    started = time.monotonic()
    emu = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=open(work / "emu.log", "w"))
    publisher = None
    ok = True
    try:
        while not ready.exists():
            if emu.poll() is not None or time.monotonic() - started > 300:
                print((work / "emu.log").read_text()[-4000:], file=sys.stderr)
                return 1
            time.sleep(0.05)
        ready_doc = json.loads(ready.read_text())
        ports = [int(d["jet_mqtt_port"]) for d in ready_doc["devices"]]
        admin = ready_doc["notifications"]["admin"]
        print(
            f"fleet: {args.devices} devices, {args.broker} brokers, one jetemu process: ready in "
            f"{time.monotonic() - started:.1f} s, PSS {pss_kib(emu.pid) / 1024:.0f} MiB"
        )
        publisher = Publisher(ports)
        paced = f"paced at {args.rate:.0f}/s" if args.rate else "unpaced"
        print(f"{args.events} events per device per phase ({args.events * args.devices} in all, {paced}), QoS 1")
        baseline, ours, ratios = [], [], []
        for r in range(args.rounds):
            # alternate which goes first, so that a change of load on the machine hits both alike
            if r % 2:
                ours.append(source_phase(source, ports, publisher, args, f"source{r}"))
                baseline.append(baseline_phase(ports, publisher, args, f"paho{r}"))
            else:
                baseline.append(baseline_phase(ports, publisher, args, f"paho{r}"))
                ours.append(source_phase(source, ports, publisher, args, f"source{r}"))
            ratios.append(ours[-1].rate / baseline[-1].rate)
        print(statistics_line(baseline))
        print(statistics_line(ours))
        ratio = statistics.median(ratios)
        ok = ratio >= 0.8
        print(
            f"ratio source/paho: {ratio:.2f} (median of the rounds' ratios {[round(x, 2) for x in ratios]}; "
            f"target >= 0.8){'' if ok else '  BELOW TARGET'}"
        )
        if not args.skip_restart:
            ok = restart_phase(source, ports, publisher, admin, args) and ok
    finally:
        if publisher is not None:
            publisher.close()
        emu.terminate()
        emu.wait(60)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
