"""JET notifications from the emulator: per-device brokers, events with causes, injection, policy."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import pytest
import yaml
from emutest import EMULATOR_DIR, PASSWORD, USER, EmulatorProcess, connect

from jetemu.notify.mqttwire import ConnectInfo, connack_refusal, parse_connect
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

XML = v2_mgmt.OP_COMMAND_OUTPUT_XML
MOSQUITTO = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
needs_mosquitto = pytest.mark.skipif(MOSQUITTO is None, reason="mosquitto is not installed")


class Subscriber:
    """A paho subscriber collecting (topic, payload) pairs; records the CONNACK reason.

    The broker's own SYSTEM events (clients connecting and going away, its own included) are
    left out unless ``broker_events`` is true: the tests here look at the events of the device.
    """

    def __init__(
        self,
        port: int,
        topics: tuple[str, ...] = ("/junos/events/#",),
        client_id: str = "pytest-sub",
        clean: bool = True,
        protocol: int = mqtt.MQTTv311,
        username: str | None = None,
        password: str | None = None,
        host: str = "127.0.0.1",
        broker_events: bool = False,
    ) -> None:
        self.broker_events = broker_events
        self.messages: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Lock()
        self.connack: Any = None
        self.connack_props: Any = None
        self.subscribed = threading.Event()
        self.connected = threading.Event()
        kwargs: dict[str, Any] = {"client_id": client_id, "protocol": protocol}
        if protocol != mqtt.MQTTv5:
            kwargs["clean_session"] = clean
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, **kwargs)
        if username is not None:
            self.client.username_pw_set(username, password)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = lambda *a: self.subscribed.set()
        self.topics = topics
        self.client.reconnect_delay_set(0.05, 0.3)
        if protocol == mqtt.MQTTv5:
            from paho.mqtt.packettypes import PacketTypes
            from paho.mqtt.properties import Properties

            props = Properties(PacketTypes.CONNECT)
            props.SessionExpiryInterval = 0 if clean else 3600  # MQTT 5 sessions end at once by default
            self.client.connect(host, port, clean_start=clean, properties=props)
        else:
            self.client.connect(host, port)
        self.client.loop_start()

    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        self.connack = reason
        self.connack_props = props
        if not reason.is_failure:
            self.connected.set()
            client.subscribe([(topic, 1) for topic in self.topics])

    def _on_message(self, client: Any, userdata: Any, message: Any) -> None:
        if message.topic == "/junos/events/syslog/SYSTEM" and not self.broker_events:
            return
        with self.lock:
            self.messages.append((message.topic, json.loads(message.payload)))

    def wait_ready(self, timeout: float = 10) -> None:
        assert self.subscribed.wait(timeout), f"no SUBACK (CONNACK {self.connack})"

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> list[tuple[str, dict[str, Any]]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                snapshot = list(self.messages)
            if predicate(snapshot):
                return snapshot
            time.sleep(0.02)
        raise AssertionError(f"condition not met; got {[t for t, _ in snapshot]}")

    def event_ids(self) -> list[str]:
        with self.lock:
            return [payload["jet-event"]["event-id"] for _, payload in self.messages]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def mqtt_port(emu: EmulatorProcess, index: int = 0) -> int:
    return int(emu.devices[index]["jet_mqtt_port"])


def jetemu_event(emu: EmulatorProcess, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(EMULATOR_DIR), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "jetemu", "event", "--ready-file", str(emu.ready_file), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def ids_in(messages: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [payload["jet-event"]["event-id"] for _, payload in messages]


# ------------------------------------------------------------------------------------------------
# wire helpers (pure)


def test_connect_parser_reads_v311_and_v5_packets() -> None:
    # MQTT 3.1.1, clean session, client id "abc", username "u", password "p"
    body = b"\x00\x04MQTT\x04\xc2\x00\x3c" + b"\x00\x03abc" + b"\x00\x01u" + b"\x00\x01p"
    info = parse_connect(body)
    assert info == ConnectInfo("MQTT", 4, True, 60, "abc", "u", b"p")
    # MQTT 5 with an empty property block and no credentials
    body5 = b"\x00\x04MQTT\x05\x02\x00\x0a\x00" + b"\x00\x02id"
    assert parse_connect(body5).level == 5 and parse_connect(body5).client_id == "id"
    with pytest.raises(ValueError, match="truncated"):
        parse_connect(body[:-3])
    assert connack_refusal(4, "not-authorized", "x") == b"\x20\x02\x00\x05"
    v5 = connack_refusal(5, "not-authorized", "client address 1.2.3.4 is not in allow-clients")
    assert v5[3] == 0x87 and b"allow-clients" in v5


# ------------------------------------------------------------------------------------------------
# embedded broker


def test_link_flap_gives_kernel_and_snmp_events_in_order(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--hostname", "edge1")
    sub = Subscriber(mqtt_port(emu))
    sub.wait_ready()
    done = jetemu_event(emu, "flap", "ge-0/0/1", "--count", "2", "--interval", "0.05")
    assert done.returncode == 0, done.stderr
    messages = sub.wait_for(lambda m: len(m) >= 8)
    assert ids_in(messages) == ["KERNEL_EVENT_IFD_CHANGE", "SNMP_TRAP_LINK_DOWN", "KERNEL_EVENT_IFD_CHANGE",
                                "SNMP_TRAP_LINK_UP"] * 2  # fmt: skip
    topic, payload = messages[0]
    assert topic == "/junos/events/kernel/interfaces/ifd/change/ge-0/0/1"
    event = payload["jet-event"]
    assert event["hostname"] == "edge1" and event["severity"] == "info" and event["facility"] == "KERNEL"
    assert event["attributes"]["name"] == "ge-0/0/1" and event["attributes"]["oper-status"] == "down"
    assert isinstance(event["attributes"]["snmp-id"], int)
    trap_topic, trap = messages[1]
    assert trap_topic == "/junos/events/syslog/SNMP_TRAP_LINK_DOWN"
    assert trap["jet-event"]["attributes"]["interface-name"] == "ge-0/0/1"
    assert "ifOperStatus down(2)" in trap["jet-event"]["message"]
    sequence = [payload["jet-event"]["sequence-number"] for _, payload in messages]
    assert sequence == sorted(sequence) and len(set(sequence)) == len(sequence)
    # No event without a cause: nothing else arrives.
    time.sleep(0.3)
    assert len(sub.messages) == 8
    sub.close()


def test_commit_publishes_kernel_commit_and_config_update_events(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--user", f"{USER}:{PASSWORD}", "--hostname", "edge2")
    sub = Subscriber(mqtt_port(emu))
    sub.wait_ready()
    client = connect(emu.target())
    assert client.login(client_id="pytest-notify").status.code == 0
    login = sub.wait_for(lambda m: "LOGIN_INFORMATION" in ids_in(m))
    event = login[-1][1]["jet-event"]
    assert event["attributes"]["username"] == USER and event["attributes"]["client-id"] == "pytest-notify"
    assert event["facility"] == "auth"

    before = len(sub.messages)
    request = v2_mgmt.ConfigSetRequest(
        text_config="set interfaces ge-0/0/2 unit 0 family inet address 192.0.2.1/24\n",
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(comment="notify test"),
    )
    assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0
    messages = sub.wait_for(lambda m: "CONFIG_UPDATE" in ids_in(m[before:]))[before:]
    topics = [topic for topic, _ in messages]
    assert "/junos/events/kernel/interfaces/ifl/add/ge-0/0/2.0" in topics
    assert "/junos/events/kernel/interfaces/iff/add/ge-0/0/2.0/inet" in topics
    assert "/junos/events/kernel/interfaces/ifa/add/ge-0/0/2.0/inet/192.0.2.1/24" in topics
    assert "/junos/events/kernel/route/add/inet/192.0.2.0/24" in topics
    # kernel events first, then the commit, then the patch
    assert ids_in(messages)[-2:] == ["UI_COMMIT_COMPLETED", "CONFIG_UPDATE"]
    commit = messages[-2][1]["jet-event"]
    assert commit["attributes"]["username"] == USER and commit["attributes"]["comment"] == "notify test"
    update_topic, update = messages[-1]
    assert update_topic == "/junos/events/genpub/config-update"
    patch = update["jet-event"]["attributes"]["commit-patch"]
    assert "+" in patch and "192.0.2.1/24" in patch and update["commit-patch"] == patch
    client.close()
    sub.close()


def test_commit_confirmed_rollback_is_announced(emulator_factory) -> None:
    emu = emulator_factory(
        "--port", "0", "--user", f"{USER}:{PASSWORD}", "--commit-confirm-minute", "0.3"
    )  # fmt: skip
    sub = Subscriber(mqtt_port(emu), topics=("/junos/events/syslog/#", "/junos/events/genpub/#"))
    sub.wait_ready()
    client = connect(emu.target())
    assert client.login().status.code == 0
    load = (
        '<load-configuration action="set" format="text"><configuration-set>set system location floor 3'
        "</configuration-set></load-configuration>"
    )
    assert client.op(xml=load, fmt=XML)[0].code == 0
    confirmed = "<commit-configuration><confirmed/><confirm-timeout>1</confirm-timeout></commit-configuration>"
    assert client.op(xml=confirmed, fmt=XML)[0].code == 0
    messages = sub.wait_for(lambda m: "UI_COMMIT_CONFIRMED_TIMED" in ids_in(m), timeout=15)
    ids = ids_in(messages)
    assert ids.index("UI_COMMIT_COMPLETED") < ids.index("UI_COMMIT_CONFIRMED_TIMED")
    messages = sub.wait_for(lambda m: ids_in(m)[-1] == "CONFIG_UPDATE" and ids_in(m).count("CONFIG_UPDATE") == 2)
    patch = messages[-1][1]["jet-event"]["attributes"]["commit-patch"]
    assert "- " in patch and "floor 3" in patch
    assert messages[-1][1]["jet-event"]["attributes"]["kind"] == "confirmed-rollback"
    client.close()
    sub.close()


def test_injection_errors_are_clear(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--devices", "2", "--host", "127.0.0.1")
    done = jetemu_event(emu, "link-down", "ge-0/0/1")
    assert done.returncode == 2 and "name a device" in done.stderr
    done = jetemu_event(emu, "--device", "nope", "link-down", "ge-0/0/1")
    assert done.returncode == 2 and "no device named 'nope'" in done.stderr
    done = jetemu_event(emu, "--device", emu.devices[0]["name"], "link-down", "xe-7/7/7")
    assert done.returncode == 2 and "xe-7/7/7 not found" in done.stderr
    done = jetemu_event(emu, "--device", emu.devices[0]["name"], "syslog", "BAD/ID")
    assert done.returncode == 2 and "event_id" in done.stderr


def test_syslog_injection_on_the_named_device_only(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--devices", "2", "--host", "127.0.0.1")
    subs = [Subscriber(mqtt_port(emu, i), client_id=f"s{i}") for i in range(2)]
    for sub in subs:
        sub.wait_ready()
    name = emu.devices[1]["name"]
    done = jetemu_event(
        emu, "--device", name, "syslog", "BFDD_TRAP_SHOP_STATE_DOWN", "--message", "peer down", "-a", "peer=10.0.0.2"
    )
    assert done.returncode == 0, done.stderr
    messages = subs[1].wait_for(lambda m: len(m) == 1)
    topic, payload = messages[0]
    assert topic == "/junos/events/syslog/BFDD_TRAP_SHOP_STATE_DOWN"
    assert payload["jet-event"]["attributes"] == {"peer": "10.0.0.2", "message": "peer down"}
    assert payload["jet-event"]["hostname"] == name
    assert payload["jet-event"]["message"] == "BFDD_TRAP_SHOP_STATE_DOWN: peer down"
    time.sleep(0.2)
    assert subs[0].messages == []
    for sub in subs:
        sub.close()


def test_fleet_ports_ready_file_and_inventory(emulator_factory, tmp_path: Path) -> None:
    probe = __import__("socket").socket()
    probe.bind(("127.0.0.1", 0))
    base = probe.getsockname()[1]
    probe.close()
    inventory = tmp_path / "inv.yml"
    emu = emulator_factory(
        "--port", "0", "--skip-authentication", "--devices", "3", "--host", "127.0.0.1",
        "--mqtt-port", str(base), "--inventory", str(inventory),
    )  # fmt: skip
    ports = [d["jet_mqtt_port"] for d in emu.devices]
    assert ports == [base, base + 1, base + 2]
    hosts = yaml.safe_load(inventory.read_text())["all"]["children"]["jet_devices"]["hosts"]
    assert [h["jet_mqtt_port"] for h in hosts.values()] == ports
    assert emu.ready["notifications"]["broker"] == "embedded"


def test_allow_clients_refuses_with_a_reason(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--mqtt-allow-clients", "10.9.9.0/24")
    sub = Subscriber(mqtt_port(emu))
    deadline = time.monotonic() + 10
    while sub.connack is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sub.connack is not None and sub.connack.is_failure
    assert "authori" in str(sub.connack).lower()
    sub.close()
    status = jetemu_event(emu, "status")
    refused = json.loads(status.stdout)["devices"][0]["refused"]
    assert any("127.0.0.1 is not in allow-clients (10.9.9.0/24)" in reason for reason in refused)


def test_username_password_and_max_connections(emulator_factory) -> None:
    emu = emulator_factory(
        "--port", "0", "--skip-authentication", "--mqtt-user", "ops:s3cret", "--mqtt-max-connections", "1"
    )  # fmt: skip
    port = mqtt_port(emu)
    bad = Subscriber(port, client_id="bad", username="ops", password="wrong")
    deadline = time.monotonic() + 10
    while bad.connack is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bad.connack is not None and bad.connack.is_failure and "password" in str(bad.connack).lower()
    bad.close()
    good = Subscriber(port, client_id="good", username="ops", password="s3cret")
    good.wait_ready()
    second = Subscriber(port, client_id="second", username="ops", password="s3cret")
    deadline = time.monotonic() + 10
    while second.connack is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert second.connack is not None and second.connack.is_failure
    second.close()
    good.close()


def test_bad_broker_options_are_refused(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(EMULATOR_DIR), "PATH": "/usr/bin:/bin"}
    base = [sys.executable, "-m", "jetemu", "serve", "--port", "0", "--skip-authentication"]
    for extra, message in (
        (["--mqtt-allow-clients", "10.0.0.300"], "'10.0.0.300' is not an address or prefix"),
        (["--mqtt-tls"], "--mqtt-tls needs --tls-cert"),
        (["--broker", "mosquitto", "--mosquitto", str(tmp_path / "nope")], "no mosquitto executable"),
    ):
        done = subprocess.run(base + extra, capture_output=True, text=True, env=env, timeout=30)
        assert done.returncode == 2 and message in done.stderr, done.stderr


def test_persistent_session_gets_events_raised_while_away_and_across_restart(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication")
    port = mqtt_port(emu)
    first = Subscriber(port, client_id="durable", clean=False)
    first.wait_ready()
    first.close()
    assert jetemu_event(emu, "syslog", "AWAY_1").returncode == 0
    restart = jetemu_event(emu, "broker-restart", "--down", "0.3")
    assert restart.returncode == 0, restart.stderr
    assert jetemu_event(emu, "syslog", "AWAY_2").returncode == 0
    again = Subscriber(port, client_id="durable", clean=False)
    messages = again.wait_for(lambda m: len(m) >= 2)
    assert sorted(ids_in(messages)) == ["AWAY_1", "AWAY_2"]  # MQTT orders per topic only
    again.close()


# ------------------------------------------------------------------------------------------------
# Mosquitto


@needs_mosquitto
def test_mosquitto_broker_events_and_restart_keep_the_mqtt5_session(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--broker", "mosquitto")
    assert emu.ready["notifications"]["broker"] == "mosquitto"
    port = mqtt_port(emu)
    sub = Subscriber(port, client_id="durable5", clean=False, protocol=mqtt.MQTTv5)
    sub.wait_ready()
    assert jetemu_event(emu, "link-down", "ge-0/0/3").returncode == 0
    sub.wait_for(lambda m: ids_in(m) == ["KERNEL_EVENT_IFD_CHANGE", "SNMP_TRAP_LINK_DOWN"])
    sub.close()
    # broker process restarted while the subscriber is away; its QoS 1 session survives
    assert jetemu_event(emu, "syslog", "AWAY_1").returncode == 0
    done = jetemu_event(emu, "broker-restart", "--down", "0.2")
    assert done.returncode == 0, done.stderr
    assert jetemu_event(emu, "syslog", "AWAY_2").returncode == 0
    again = Subscriber(port, client_id="durable5", clean=False, protocol=mqtt.MQTTv5)
    messages = again.wait_for(lambda m: ids_in(m) == ["AWAY_1", "AWAY_2"])
    assert len(messages) == 2
    again.close()


@needs_mosquitto
def test_mosquitto_refusal_carries_a_reason_string_for_mqtt5(emulator_factory) -> None:
    emu = emulator_factory(
        "--port", "0", "--skip-authentication", "--broker", "mosquitto", "--mqtt-allow-clients", "none"
    )  # fmt: skip
    sub = Subscriber(mqtt_port(emu), protocol=mqtt.MQTTv5)
    deadline = time.monotonic() + 10
    while sub.connack is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sub.connack is not None and sub.connack.value == 0x87
    assert "not in allow-clients (none configured)" in sub.connack_props.ReasonString
    sub.close()


def test_busy_default_mqtt_port_falls_back_to_a_free_one(emulator_factory) -> None:
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 1883))
        holder.listen()
    except OSError:
        pass  # 1883 is busy already: the case under test
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        jsd_port = probe.getsockname()[1]
    try:
        emu = emulator_factory("--port", str(jsd_port), "--skip-authentication")
        port = mqtt_port(emu)
        assert port != 1883
        sub = Subscriber(port)
        sub.wait_ready()
        sub.close()
        log = (emu.workdir / "emulator.log").read_text()
        assert "MQTT port 127.0.0.1:1883 is in use" in log
    finally:
        holder.close()


def test_mqtt_tls_from_the_cli(emulator_factory, tmp_path: Path) -> None:
    import ssl

    from jetemu.certs import write_lab_certificates

    paths = write_lab_certificates(tmp_path / "certs", days=2)
    emu = emulator_factory(
        "--port", "0", "--skip-authentication", "--tls-cert", str(paths["server.crt"]),
        "--tls-key", str(paths["server.key"]), "--mqtt-tls",
    )  # fmt: skip
    assert emu.ready["notifications"]["mqtt_tls"] is True
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="tls-sub")
    client.tls_set_context(ssl.create_default_context(cafile=str(paths["ca.crt"])))
    got = threading.Event()
    client.on_connect = lambda c, u, f, r, p: c.subscribe("/junos/events/#", qos=1)
    client.on_subscribe = lambda *a: got.set()
    client.connect("127.0.0.1", mqtt_port(emu))
    client.loop_start()
    try:
        assert got.wait(10), "no TLS session"
    finally:
        client.disconnect()
        client.loop_stop()
    # clear text is not accepted on a TLS broker
    plain = Subscriber(mqtt_port(emu), client_id="plain")
    time.sleep(1)
    assert not plain.connected.is_set()
    plain.close()


class _RecordingBroker:
    device = "unit"

    def __init__(self) -> None:
        self.published: list[tuple[str, dict[str, Any]]] = []

    async def publish(self, topic: str, payload: bytes) -> None:
        self.published.append((topic, json.loads(payload)))


def test_publisher_route_table_and_firewall_hook_in_process() -> None:
    import asyncio

    from jetemu.device import Device
    from jetemu.notify.publisher import DevicePublisher

    async def scenario() -> list[tuple[str, dict[str, Any]]]:
        device = Device.create(1, hostname="unit")
        device.apply_configuration(device.factory_configuration())
        broker = _RecordingBroker()
        publisher = DevicePublisher(device, broker, asyncio.get_running_loop())  # type: ignore[arg-type]
        publisher.start()
        config = device.factory_configuration()
        interfaces = config["configuration"]["interfaces"]["interface"]
        interfaces.append(
            {"name": "ge-0/0/4", "unit": [{"name": 0, "family": {"inet6": {"address": [{"name": "2001:db8::1/64"}]}}}]}
        )
        device.apply_configuration(config)
        publisher.firewall_filter("add", "protect-re", {"filter-type": "inet"})
        with pytest.raises(ValueError, match="add, change or delete"):
            publisher.firewall_filter("replace", "x")
        device.apply_configuration(device.factory_configuration())
        await publisher.drained()
        await publisher.stop()
        return broker.published

    published = asyncio.run(scenario())
    topics = [topic for topic, _ in published]
    add = topics.index("/junos/events/kernel/route-table/add/inet6.0/default")
    first_route = next(i for i, t in enumerate(topics) if t.startswith("/junos/events/kernel/route/add/inet6/"))
    assert add < first_route  # the table appears before its routes
    assert "/junos/events/kernel/interfaces/ifa/add/ge-0/0/4.0/inet6/2001:db8::1/64" in topics
    assert "/junos/events/kernel/route/add/inet6/2001:db8::/64" in topics
    firewall = published[topics.index("/junos/events/kernel/firewall/filter/add/protect-re")][1]["jet-event"]
    assert firewall["event-id"] == "KERNEL_EVENT_FIREWALL_FILTER_ADD"
    assert firewall["attributes"]["filter-type"] == "inet"
    delete = topics.index("/junos/events/kernel/route-table/delete/inet6.0/default")
    assert delete == max(i for i, t in enumerate(topics) if "/route" in t)  # after its last route went
    numbers = [payload["jet-event"]["sequence-number"] for _, payload in published]
    assert numbers == list(range(1, len(numbers) + 1))
