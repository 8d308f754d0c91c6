"""The jet_events source against real brokers (jetemu's embedded amqtt and Mosquitto), with an
asyncio.Queue standing in for ansible-rulebook."""

from __future__ import annotations

import asyncio
import json
import runpy
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu.certs import write_lab_certificates  # noqa: E402
from jetemu.notify.brokers import BrokerSettings, EmbeddedBroker, MosquittoBroker  # noqa: E402
from jetemu.notify.frontdoor import AccessPolicy  # noqa: E402

SOURCE = runpy.run_path(str(ROOT / "extensions/eda/plugins/event_source/jet_events.py"))
FILTER = runpy.run_path(str(ROOT / "extensions/eda/plugins/event_filter/jet_flatten.py"))
parse_args = SOURCE["parse_args"]
ConfigurationError = SOURCE["ConfigurationError"]
MOSQUITTO = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def jet_payload(event_id: str, n: int = 0, **attributes: Any) -> bytes:
    body = {
        "event-id": event_id,
        "hostname": "r1",
        "time": "2026-01-01-00:00:00",
        "severity": "info",
        "facility": "KERNEL",
        "sequence-number": n,
        "attributes": attributes,
    }
    return json.dumps({"jet-event": body}).encode()


async def start_broker(port: int = 0, kind: str = "embedded", **settings: Any) -> Any:
    policy = settings.pop("policy", None) or AccessPolicy()
    cls = MosquittoBroker if kind == "mosquitto" else EmbeddedBroker
    broker = cls("r1", "127.0.0.1", port, BrokerSettings(kind=kind, policy=policy, **settings))
    await broker.start()
    return broker


async def take(queue: asyncio.Queue[Any], n: int, timeout: float = 10.0) -> list[dict[str, Any]]:
    out = []
    for _ in range(n):
        out.append(await asyncio.wait_for(queue.get(), timeout))
    return out


def start_source(queue: Any, **args: Any) -> asyncio.Task[None]:
    args.setdefault("reconnect_min_delay", 0.05)
    args.setdefault("reconnect_max_delay", 0.3)
    return asyncio.ensure_future(SOURCE["main"](queue, args))


async def stop_source(task: asyncio.Task[None]) -> None:
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def wait_subscribed(broker: Any, client_id: str, timeout: float = 10) -> None:
    """Wait until the embedded broker has a subscription from ``client_id``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for subs in broker._broker.subscriptions.values():
            if any(session.client_id == client_id for session, _ in subs):
                return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{client_id} did not subscribe")


async def wait_offline(broker: Any, client_id: str, timeout: float = 10) -> None:
    """Wait until the embedded broker saw ``client_id`` go away (its session is kept)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entry = broker._broker._sessions.get(client_id)
        if entry is not None and entry[0].transitions.state != "connected":
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{client_id} is still connected")


# ------------------------------------------------------------------------------------------------
# arguments


def test_bad_arguments_are_named() -> None:
    cases = [
        ({}, "give 'brokers'"),
        ({"brokers": [{"host": "h"}], "qos": 2}, "'qos' must be 0 or 1"),
        ({"brokers": [{"host": "h"}], "topics": ["/junos/#/x"]}, "'#' must be a whole level"),
        ({"brokers": [{"host": "h"}], "topics": ["/junos/ev+"]}, "'+' must be a whole level"),
        ({"brokers": [{"host": "h", "port": 70000}]}, "out of range"),
        ({"brokers": [{"host": "h", "prot": 1}]}, "unknown key(s) prot"),
        ({"brokers": [{"host": "h"}, {"host": "h"}]}, "names must be unique"),
        ({"brokers": [{"host": "h"}], "protocol": "4.0"}, "'protocol' must be 3.1.1 or 5"),
        ({"brokers": [{"host": "h"}], "password": "x"}, "'password' needs 'username'"),
        ({"brokers": [{"host": "h"}], "ca_file": "/nonexistent/ca.crt"}, "no such file"),
        ({"brokers": [{"host": "h"}], "topic": "/a"}, "unknown option(s) topic"),
        ({"inventory": "/nonexistent/inv.yml"}, "does not exist"),
        ({"brokers": [{"host": "h"}], "feedback": "maybe"}, "'feedback' must be true or false"),
    ]
    for args, message in cases:
        with pytest.raises(ConfigurationError) as info:
            parse_args(args)
        assert message in str(info.value), (args, str(info.value))


def test_arguments_ansible_rulebook_passes_are_accepted() -> None:
    """ansible-rulebook hands the source its own arguments plus, with feedback: true, the queue."""
    feedback: asyncio.Queue[Any] = asyncio.Queue(1)
    settings = parse_args({"brokers": [{"host": "h"}], "feedback": True, "eda_feedback_queue": feedback})
    assert settings.feedback is True
    assert parse_args({"brokers": [{"host": "h"}]}).feedback is False
    with pytest.raises(ConfigurationError, match="'feedback' is true but the engine gave no feedback queue"):
        asyncio.run(SOURCE["main"](asyncio.Queue(), {"brokers": [{"host": "h"}], "feedback": True}))


def test_brokers_from_inventory(tmp_path: Path) -> None:
    inventory = tmp_path / "inv.yml"
    inventory.write_text(
        "all:\n  children:\n    jet_devices:\n      hosts:\n"
        "        r1: {ansible_host: 127.0.0.1, jet_mqtt_port: 41001}\n"
        "        r2: {ansible_host: 127.0.0.2}\n"
        "    other:\n      hosts:\n        x1: {}\n"
    )
    settings = parse_args({"inventory": str(inventory), "group": "jet_devices", "port": 1999})
    assert [(b.name, b.host, b.port) for b in settings.brokers] == [
        ("r1", "127.0.0.1", 41001),
        ("r2", "127.0.0.2", 1999),
    ]
    assert settings.qos == 1 and settings.clean_start is False and settings.topics == ["/junos/events/#"]
    assert settings.client_id.startswith("jetkit-eda-")
    with pytest.raises(ConfigurationError, match="group 'nope' is not in inventory"):
        parse_args({"inventory": str(inventory), "group": "nope"})


def test_event_shape_and_filter() -> None:
    broker = SOURCE["Broker"]("r1", "127.0.0.1", 1883)
    payload = jet_payload("SNMP_TRAP_LINK_DOWN", 4, **{"interface-name": "ge-0/0/1", "snmp-interface-index": 5})
    event = SOURCE["make_event"](broker, "/junos/events/syslog/SNMP_TRAP_LINK_DOWN", payload, 1, False, False, 0.0)
    assert event["device"] == "r1" and event["meta"]["hosts"] == ["r1"]
    assert event["jet_event"]["event-id"] == "SNMP_TRAP_LINK_DOWN" and event["raw_payload"] is False
    assert event["received_at"] == "1970-01-01T00:00:00.000000Z"
    same = SOURCE["make_event"](broker, "/junos/events/syslog/SNMP_TRAP_LINK_DOWN", payload, 1, False, True, 5.0)
    assert same["id"] == event["id"] == event["meta"]["uuid"]
    other = SOURCE["make_event"](SOURCE["Broker"]("r2", "h", 1), "/junos/events/syslog/SNMP_TRAP_LINK_DOWN", payload,
                                 1, False, False, 0.0)  # fmt: skip
    assert other["id"] != event["id"]
    flat = FILTER["main"](dict(event))
    assert flat["jet"]["event_id"] == "SNMP_TRAP_LINK_DOWN"
    assert flat["jet"]["attributes"]["interface_name"] == "ge-0/0/1" and flat["jet"]["interface"] == "ge-0/0/1"
    raw = SOURCE["make_event"](broker, "/app/x", b"\xffnot json", 0, False, False, 0.0)
    assert raw["raw_payload"] is True and "not json" in raw["raw"] and "jet_event" not in raw
    assert FILTER["main"](dict(raw)) == raw


# ------------------------------------------------------------------------------------------------
# real brokers


def test_events_from_two_brokers_carry_their_device() -> None:
    async def scenario() -> None:
        b1, b2 = await start_broker(), await start_broker()
        b2.device = "r2"
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue,
            brokers=[
                {"host": "127.0.0.1", "port": b1.port, "name": "r1"},
                {"host": "127.0.0.1", "port": b2.port, "name": "r2"},
            ],
            topics=["/junos/events/kernel/#", "/junos/events/syslog/+"],
            client_id="t-two",
        )
        try:
            await wait_subscribed(b1, "t-two")
            await wait_subscribed(b2, "t-two")
            await b1.publish(
                "/junos/events/kernel/interfaces/ifd/change/ge-0/0/1", jet_payload("KERNEL_EVENT_IFD_CHANGE", 1)
            )
            await b2.publish("/junos/events/syslog/UI_COMMIT_COMPLETED", jet_payload("UI_COMMIT_COMPLETED", 1))
            await b2.publish("/junos/events/genpub/config-update", jet_payload("CONFIG_UPDATE", 2))  # not subscribed
            await b2.publish("/junos/events/syslog/RAW", b"plain text")
            events = await take(queue, 3)
            by_device = {(e["device"], e["topic"]) for e in events}
            assert ("r1", "/junos/events/kernel/interfaces/ifd/change/ge-0/0/1") in by_device
            assert ("r2", "/junos/events/syslog/UI_COMMIT_COMPLETED") in by_device
            raw = next(e for e in events if e["topic"].endswith("RAW"))
            assert raw["raw_payload"] is True and raw["raw"] == "plain text"
            assert all(e["meta"]["hosts"] == [e["device"]] for e in events)
            await asyncio.sleep(0.2)
            assert queue.empty()
        finally:
            await stop_source(task)
            await b1.stop()
            await b2.stop()

    asyncio.run(scenario())


def test_broker_down_at_start_does_not_stop_the_others() -> None:
    async def scenario() -> None:
        live = await start_broker()
        late_port = free_port()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue,
            brokers=[
                {"host": "127.0.0.1", "port": late_port, "name": "late"},
                {"host": "127.0.0.1", "port": live.port, "name": "live"},
            ],
            client_id="t-late",
        )
        late = None
        try:
            await wait_subscribed(live, "t-late")
            await live.publish("/junos/events/syslog/A", jet_payload("A"))
            assert (await take(queue, 1))[0]["device"] == "live"
            assert not task.done()
            late = await start_broker(late_port)
            await wait_subscribed(late, "t-late")
            await late.publish("/junos/events/syslog/B", jet_payload("B"))
            assert (await take(queue, 1))[0]["device"] == "late"
        finally:
            await stop_source(task)
            await live.stop()
            if late is not None:
                await late.stop()

    asyncio.run(scenario())


def test_persistent_session_keeps_qos1_events_while_the_source_is_away() -> None:
    async def scenario() -> None:
        broker = await start_broker()
        args = {"brokers": [{"host": "127.0.0.1", "port": broker.port, "name": "r1"}], "client_id": "t-durable"}
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(queue, **args)
        await wait_subscribed(broker, "t-durable")
        await stop_source(task)  # clean shutdown on cancellation
        await wait_offline(broker, "t-durable")
        for n in range(5):
            await broker.publish(f"/junos/events/syslog/AWAY_{n}", jet_payload(f"AWAY_{n}", n))
        task = start_source(queue, **args)
        try:
            events = await take(queue, 5)
            # MQTT orders messages per topic only; these are five topics
            assert sorted(e["jet_event"]["event-id"] for e in events) == [f"AWAY_{n}" for n in range(5)]
        finally:
            await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_reconnect_and_resubscribe_after_a_broker_restart_loses_nothing() -> None:
    async def scenario() -> None:
        broker = await start_broker()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(queue, brokers=[{"host": "127.0.0.1", "port": broker.port}], client_id="t-restart")
        try:
            await wait_subscribed(broker, "t-restart")
            for n in range(50):
                await broker.publish("/junos/events/syslog/S", jet_payload("S", n))
                if n == 20:
                    await broker.restart(0.3)
            events = await take(queue, 50, timeout=15)
            assert sorted(e["jet_event"]["sequence-number"] for e in events) == list(range(50))
        finally:
            await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_every_broker_restarted_at_once_loses_nothing() -> None:
    """A fleet's brokers all restart together: each stream reconnects on its own backoff and no
    QoS 1 event is lost (redeliveries may duplicate)."""

    async def scenario() -> None:
        brokers = [await start_broker() for _ in range(8)]
        for i, broker in enumerate(brokers):
            broker.device = f"r{i}"
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue,
            brokers=[{"host": "127.0.0.1", "port": b.port, "name": b.device} for b in brokers],
            client_id="t-fleet",
            reconnect_min_delay=0.1,
            reconnect_max_delay=0.5,
        )
        try:
            for broker in brokers:
                await wait_subscribed(broker, "t-fleet")
            expected = set()
            for n in range(30):
                for broker in brokers:
                    await broker.publish("/junos/events/syslog/S", jet_payload("S", n, device=broker.device))
                    expected.add((broker.device, n))
                if n == 10:
                    await asyncio.gather(*(broker.restart(0.4) for broker in brokers))
            seen: set[tuple[str, int]] = set()
            while seen != expected:
                event = await asyncio.wait_for(queue.get(), 15)
                seen.add((event["device"], event["jet_event"]["sequence-number"]))
                assert event["jet_event"]["attributes"]["device"] == event["device"]
        finally:
            await stop_source(task)
            for broker in brokers:
                await broker.stop()

    asyncio.run(scenario())


def test_reconnect_backoff_has_jitter() -> None:
    backoff = SOURCE["backoff_delay"]
    for failures, ceiling in [(0, 0.5), (1, 1.0), (3, 4.0), (10, 30.0), (100, 30.0)]:
        delays = [backoff(failures, 0.5, 30.0) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays), (failures, min(delays), max(delays))
        assert max(delays) - min(delays) > ceiling / 4  # spread out, not one instant for every broker


def test_dedup_discards_redelivered_duplicates() -> None:
    async def scenario() -> None:
        broker = await start_broker()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue, brokers=[{"host": "127.0.0.1", "port": broker.port}], client_id="t-dedup", dedup=True
        )
        try:
            await wait_subscribed(broker, "t-dedup")
            for payload in (jet_payload("X", 1), jet_payload("X", 1), jet_payload("X", 2)):
                await broker.publish("/junos/events/syslog/X", payload)
            events = await take(queue, 2)
            assert [e["jet_event"]["sequence-number"] for e in events] == [1, 2]
            await asyncio.sleep(0.2)
            assert queue.empty()
        finally:
            await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_back_pressure_bounds_the_buffer_and_keeps_order() -> None:
    async def scenario() -> None:
        broker = await start_broker()
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=1)  # like ansible-rulebook's
        task = start_source(queue, brokers=[{"host": "127.0.0.1", "port": broker.port}], client_id="t-bp", buffer=5)
        try:
            await wait_subscribed(broker, "t-bp")
            for n in range(60):
                await broker.publish("/junos/events/syslog/S", jet_payload("S", n))
            await asyncio.sleep(0.5)  # nobody reads: the source must be waiting on queue.put
            assert queue.full() and not task.done()
            got = []
            for _ in range(60):
                got.append((await asyncio.wait_for(queue.get(), 10))["jet_event"]["sequence-number"])
                await asyncio.sleep(0.001)
            assert got == list(range(60))
        finally:
            await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_feedback_timeout_is_an_error_naming_the_option() -> None:
    async def scenario() -> None:
        broker = await start_broker()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        feedback: asyncio.Queue[Any] = asyncio.Queue(1)
        task = start_source(
            queue,
            brokers=[{"host": "127.0.0.1", "port": broker.port}],
            client_id="t-fb",
            eda_feedback_queue=feedback,
            feedback_timeout=0.5,
        )
        try:
            await wait_subscribed(broker, "t-fb")
            await broker.publish("/junos/events/syslog/A", jet_payload("A", 1))
            await broker.publish("/junos/events/syslog/B", jet_payload("B", 2))
            assert (await take(queue, 1))[0]["jet_event"]["event-id"] == "A"
            await feedback.put(True)  # the engine took A
            assert (await take(queue, 1))[0]["jet_event"]["event-id"] == "B"
            with pytest.raises(RuntimeError, match="feedback_timeout"):
                await asyncio.wait_for(task, 5)  # no feedback for B
        finally:
            if not task.done():
                await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_refused_client_gets_a_clear_error() -> None:
    async def scenario() -> None:
        policy = AccessPolicy(allow_clients=SOURCE_NETS)
        broker = await start_broker(policy=policy)
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue, brokers=[{"host": "127.0.0.1", "port": broker.port, "name": "r9"}], fail_on_refusal=True
        )
        try:
            with pytest.raises(
                Exception, match=r"broker r9 \(127\.0\.0\.1:\d+\) refused the connection: Not authorized"
            ):
                await asyncio.wait_for(task, 10)
        finally:
            await broker.stop()

    asyncio.run(scenario())


SOURCE_NETS = __import__("jetemu.notify.frontdoor", fromlist=["x"]).parse_networks(["192.0.2.0/24"])


def test_tls_with_ca_and_server_name(tmp_path: Path) -> None:
    paths = write_lab_certificates(tmp_path, extra_names=["jet.lab"], days=2)

    async def scenario() -> None:
        broker = await start_broker(tls_cert=str(paths["server.crt"]), tls_key=str(paths["server.key"]))
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(
            queue,
            brokers=[{"host": "127.0.0.1", "port": broker.port}],
            client_id="t-tls",
            ca_file=str(paths["ca.crt"]),
            server_name="jet.lab",
        )
        try:
            await wait_subscribed(broker, "t-tls")
            await broker.publish("/junos/events/syslog/T", jet_payload("T"))
            assert (await take(queue, 1))[0]["jet_event"]["event-id"] == "T"
        finally:
            await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


@pytest.mark.skipif(MOSQUITTO is None, reason="mosquitto is not installed")
def test_mqtt5_persistent_session_on_mosquitto() -> None:
    async def scenario() -> None:
        broker = await start_broker(kind="mosquitto")
        args = {
            "brokers": [{"host": "127.0.0.1", "port": broker.port}],
            "client_id": "t-v5",
            "protocol": "5",
        }
        queue: asyncio.Queue[Any] = asyncio.Queue()
        task = start_source(queue, **args)
        try:
            await asyncio.sleep(0.5)
            await broker.publish("/junos/events/syslog/A", jet_payload("A", 1))
            assert (await take(queue, 1))[0]["jet_event"]["event-id"] == "A"
            await stop_source(task)
            await broker.publish("/junos/events/syslog/B", jet_payload("B", 2))
            await broker.restart(0.2)
            await broker.publish("/junos/events/syslog/C", jet_payload("C", 3))
            task = start_source(queue, **args)
            ids: list[str] = []
            while not {"B", "C"} <= set(ids):
                ids.append((await take(queue, 1))[0]["jet_event"]["event-id"])
            # at least once: A may come again if its acknowledgement did not make it before the restart
            assert [i for i in ids if i != "A"] == ["B", "C"]
        finally:
            if not task.done():
                await stop_source(task)
            await broker.stop()

    asyncio.run(scenario())


def test_schema_documentation_and_code_agree() -> None:
    import jsonschema
    import yaml

    schema = json.loads((ROOT / "extensions/eda/plugins/event_source/schemas/jet_events.json").read_text())
    documented = yaml.safe_load(SOURCE["DOCUMENTATION"])["options"]
    assert set(schema["properties"]) == set(documented) == SOURCE["OPTIONS"]
    for name, option in documented.items():
        assert schema["properties"][name].get("default") == option.get("default"), name
    validator = jsonschema.Draft202012Validator(schema)
    good = {"brokers": [{"host": "r1.lab", "port": 1883, "name": "r1"}], "topics": ["/junos/events/#"], "qos": 1}
    assert not list(validator.iter_errors(good))
    assert list(validator.iter_errors({"brokers": [{"host": "x"}], "qos": 2}))
    assert list(validator.iter_errors({"topics": ["/a"]}))  # neither brokers nor inventory
    parse_args(good)  # what the schema accepts, the code accepts
