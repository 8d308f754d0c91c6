"""JET events through a device broker: the jet_events source's queue vs a bare paho subscriber.

    PYTHONPATH=emulator .venv/bin/python bench/events.py [--events 5000] [--broker embedded|mosquitto]

The broker is a jetemu device broker (``jetemu serve``, its own process); a publisher process
publishes the same stream of JET-shaped events (QoS 1, the publish time inside) for each phase.
Phases alternate: a bare paho-mqtt subscriber (network thread, counting in ``on_message``), then the
jetkit.junos.jet_events source delivering into an asyncio.Queue read by a consumer task; each
``--rounds`` times. Prints events/s of each (best round), the ratio source/paho (target >= 0.8),
and the latency from publish to delivery (paho: on_message; source: queue.get) median and p99.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import runpy
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt

ROOT = Path(__file__).resolve().parents[1]
TOPIC = "/junos/events/kernel/interfaces/ifd/change/ge-0/0/{i}"
FILTER = "/junos/events/kernel/interfaces/#"

PUBLISHER = r"""
import json, sys, time
import paho.mqtt.client as mqtt
port, count, topic, rate = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-publisher")
c.max_inflight_messages_set(100)
c.connect("127.0.0.1", port)
c.loop_start()
infos = []
start = time.monotonic()
for n in range(count):
    if rate:
        delay = start + n / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    body = {"jet-event": {"event-id": "KERNEL_EVENT_IFD_CHANGE", "hostname": "bench", "time": "2026-01-01-00:00:00",
            "severity": "info", "facility": "KERNEL", "sequence-number": n, "published": time.time(),
            "attributes": {"name": "ge-0/0/%d" % (n % 48), "snmp-id": 500 + n % 48, "flags": 3,
                           "admin-status": "up", "oper-status": "up" if n % 2 else "down"}}}
    infos.append(c.publish(topic.format(i=n % 48), json.dumps(body), qos=1))
for info in infos:
    info.wait_for_publish(60)
c.disconnect()
c.loop_stop()
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


RATE = [0.0]  # events/s of the publisher; 0 = as fast as it can


def publish(port: int, count: int) -> None:
    argv = [sys.executable, "-c", PUBLISHER, str(port), str(count), TOPIC, str(RATE[0])]
    subprocess.run(argv, check=True, timeout=600)


class Result:
    def __init__(self, name: str, first: float, last: float, latencies: list[float]) -> None:
        self.name = name
        self.rate = len(latencies) / max(last - first, 1e-9)
        self.latencies = latencies

    def line(self) -> str:
        ms = [x * 1000 for x in self.latencies]
        return (
            f"{self.name:<22} {self.rate:10.0f} events/s   latency median {statistics.median(ms):7.2f} ms"
            f"   p99 {percentile(ms, 0.99):7.2f} ms"
        )


def run_paho(port: int, count: int) -> Result:
    done = threading.Event()
    latencies: list[float] = []
    stamps: list[float] = []
    subscribed = threading.Event()

    def on_message(client: Any, userdata: Any, message: Any) -> None:
        now = time.time()
        body = json.loads(message.payload)["jet-event"]
        latencies.append(now - body["published"])
        stamps.append(now)
        if len(latencies) == count:
            done.set()

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-paho", clean_session=True)
    client.on_message = on_message
    client.on_connect = lambda c, u, f, r, p: c.subscribe(FILTER, qos=1)
    client.on_subscribe = lambda *a: subscribed.set()
    client.connect("127.0.0.1", port)
    client.loop_start()
    assert subscribed.wait(10), "paho subscriber did not subscribe"
    publish(port, count)
    assert done.wait(300), f"paho subscriber got {len(latencies)} of {count}"
    client.disconnect()
    client.loop_stop()
    return Result("bare paho subscriber", stamps[0], stamps[-1], latencies)


def run_source(port: int, count: int, source: dict[str, Any]) -> Result:
    settings = source["parse_args"](
        {
            "brokers": [{"host": "127.0.0.1", "port": port, "name": "bench"}],
            "topics": [FILTER],
            "qos": 1,
            "client_id": "bench-source",
            "clean_start": True,
        }  # fmt: skip
    )
    latencies: list[float] = []
    stamps: list[float] = []

    async def main() -> None:
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=1)  # like ansible-rulebook's
        task = asyncio.ensure_future(source["run"](queue, settings))
        # the source is subscribed once a probe event comes through
        import paho.mqtt.publish as single

        for _ in range(50):
            single.single("/junos/events/kernel/interfaces/probe", "{}", qos=0, hostname="127.0.0.1", port=port)
            try:
                await asyncio.wait_for(queue.get(), 0.2)
                break
            except TimeoutError:
                continue
        else:
            raise RuntimeError("the source did not subscribe")
        while not queue.empty():
            queue.get_nowait()
        publisher = asyncio.get_running_loop().run_in_executor(None, publish, port, count)
        while len(latencies) < count:
            event = await asyncio.wait_for(queue.get(), 300)
            now = time.time()
            latencies.append(now - event["jet_event"]["published"])
            stamps.append(now)
        await publisher
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(main())
    return Result("jet_events -> queue", stamps[0], stamps[-1], latencies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--broker", choices=["embedded", "mosquitto"], default="mosquitto")
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="publish at this many events/s (default 0: as fast as possible, which measures throughput; "
        "latency then includes the backlog; a rate below both subscribers' throughput measures latency)",
    )
    args = parser.parse_args()
    RATE[0] = args.rate

    source = runpy.run_path(str(ROOT / "extensions/eda/plugins/event_source/jet_events.py"))
    work = Path(tempfile.mkdtemp(prefix="bench-events-"))
    ready = work / "ready.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "emulator"))
    argv = [sys.executable, "-m", "jetemu", "serve", "--port", "0", "--skip-authentication"]
    argv += ["--broker", args.broker, "--ready-file", str(ready)]
    emu = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=open(work / "emu.log", "w"))
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            if emu.poll() is not None or time.monotonic() > deadline:
                print((work / "emu.log").read_text(), file=sys.stderr)
                return 1
            time.sleep(0.05)
        port = int(json.loads(ready.read_text())["devices"][0]["jet_mqtt_port"])
        paced = f"paced at {args.rate:.0f}/s" if args.rate else "unpaced"
        print(f"broker: {args.broker} (jetemu, port {port}); {args.events} events/phase ({paced}), QoS 1, "
              f"{args.rounds} rounds")  # fmt: skip
        paho_runs, source_runs = [], []
        for _ in range(args.rounds):
            paho_runs.append(run_paho(port, args.events))
            source_runs.append(run_source(port, args.events, source))
        best_paho = max(paho_runs, key=lambda r: r.rate)
        best_source = max(source_runs, key=lambda r: r.rate)
        print(best_paho.line())
        print(best_source.line())
        ratio = best_source.rate / best_paho.rate
        print(f"ratio source/paho: {ratio:.2f} (target >= 0.8){'' if ratio >= 0.8 else '  BELOW TARGET'}")
    finally:
        emu.terminate()
        emu.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
