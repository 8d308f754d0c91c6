# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Event-Driven Ansible source: JET notifications (MQTT) from many Junos devices."""

from __future__ import annotations

import asyncio
import collections
import hashlib
import json
import logging
import os
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DOCUMENTATION = r"""
---
short_description: Receive JET notification events (MQTT) from Junos devices.
description:
  - Subscribes to the MQTT broker of each Junos device (the JET notification service, port 1883 by
    default) and puts one event per message on the rulebook's queue.
  - One source serves many devices (hundreds, since every connection is served by the source's own event
    loop, with no thread per broker). Each device is one broker connection that reconnects on its
    own (exponential backoff with jitter, subscriptions renewed); a device that is down, or goes
    down, never stops the others, and brokers lost together are not all retried at the same
    instant. A broker that is down at start is retried like one that went away.
  - With C(qos=1) and C(clean_start=false) (the defaults) the broker keeps a persistent session, so
    events raised while the source is disconnected are delivered when it comes back. A message is
    acknowledged to the broker only once the rulebook engine took it (after C(await queue.put), or
    after the engine's feedback when the source has C(feedback=true)), so a crash loses nothing.
  - "Event shape: C(jet_event) is the decoded C(jet-event) object, keys as sent by the device
    (C(event-id), C(hostname), C(time), C(severity), C(facility), C(attributes), ...); C(topic) is the
    MQTT topic; C(device) is the device name (its inventory name), also in C(meta.hosts) so that
    C(run_playbook) runs on that device only; C(received_at) is the receive time (UTC ISO 8601);
    C(id) is a deterministic id (also C(meta.uuid)) built from device, topic and payload; C(qos),
    C(retain), C(duplicate) (the MQTT DUP flag) and C(broker) (host and port) describe the delivery;
    C(payload) is the whole decoded JSON document. A payload that is not a JSON object with a
    C(jet-event) key is delivered as text in C(raw) with C(raw_payload=true) (C(payload) still holds
    decoded JSON when the payload was JSON)."
  - Use the C(jetkit.junos.jet_flatten) event filter to get C(event.jet.event_id),
    C(event.jet.attributes.name) and friends (dashes turned into underscores).
  - "Event data is untrusted: whoever can configure a device (a commit comment, an interface
    description) or publish to its broker chooses the text. The source passes it on unchanged, as
    data; rule conditions compare it as data. B(A playbook must not template it):
    ansible-rulebook hands the event to C(run_playbook) playbooks as the extra variable
    C(ansible_eda), and ansible-core templates extra vars (2.16-2.18 template every string
    variable when it is used, 2.19 and later trust extra vars as templates), so
    C({{ ansible_eda.event.jet_event.attributes.comment }}) runs a C({{ ... }}) that the event
    carries, on the controller. Read event data with the C(jetkit.junos.eda_event) lookup, for
    example C(vars: {jet_event: \"{{ lookup('jetkit.junos.eda_event', 'jet_event') }}\"}): it returns
    the event without templating it, marked untrusted on every ansible-core version. The shipped
    rulebooks and playbooks do this."
  - "Likewise do not copy event values into C(run_playbook)'s C(extra_vars) or C(run_module)'s
    C(module_args): ansible-rulebook renders them once, then ansible-core templates the result
    again (read such C(extra_vars) with the lookup's C(var) option; C(run_module) has no safe way).
    Validate event values before a playbook acts on them (the shipped remediation runs a command
    only for a valid Junos interface name and names report files after the inventory host)."
  - Needs paho-mqtt 2.x on the controller (or in the decision environment).
options:
  brokers:
    description:
      - The device brokers. Each item has C(host), optional C(port) (default I(port)) and optional
        C(name) (the device name put in C(meta.hosts); default C(host)).
      - One of I(brokers) and I(inventory) is required.
    type: list
    elements: dict
  inventory:
    description:
      - An Ansible inventory (a file or directory) to derive the brokers from. For each host of
        I(group), the broker is C(jet_mqtt_host), else C(ansible_host), else the inventory name,
        on port C(jet_mqtt_port), else I(port). The device name is the inventory name.
      - Inventory variables are read as written (Jinja templates and vault values are not rendered).
    type: str
  group:
    description: The inventory group whose hosts are used (default C(all)).
    type: str
    default: all
  port:
    description: Broker port when a broker entry or an inventory host does not give one.
    type: int
    default: 1883
  topics:
    description:
      - Topic filters, MQTT wildcards allowed. JET topics start with C(/), so C(/junos/events/#) matches
        them and C(junos/#) does not. Interface names contain C(/) (C(ge-0/0/1) spans three topic
        levels), so prefer C(#) tails and read the interface name from the attributes.
    type: list
    elements: str
    default: ["/junos/events/#"]
  qos:
    description: Subscription QoS, 0 (at most once) or 1 (at least once).
    type: int
    choices: [0, 1]
    default: 1
  client_id:
    description:
      - MQTT client id, the same on every broker. The persistent session is keyed on it, so keep it
        stable across restarts and unique among the clients of a broker. Default
        C(jetkit-eda-<controller hostname>-<hash of the topics>).
    type: str
  clean_start:
    description:
      - Start with a new session on each connection. Keep C(false) (the default) for persistent
        sessions, so that QoS 1 events published while the source is away are kept by the broker.
    type: bool
    default: false
  session_expiry:
    description: MQTT 5 only, with C(clean_start=false), how long (seconds) the broker keeps the session.
    type: int
    default: 86400
  protocol:
    description: MQTT protocol version.
    type: str
    choices: ["3.1.1", "5"]
    default: "3.1.1"
  keepalive:
    description: MQTT keepalive, seconds.
    type: int
    default: 30
  username:
    description: Username for the brokers.
    type: str
  password:
    description: Password for the brokers.
    type: str
  tls:
    description: Connect with TLS (implied by I(ca_file), I(cert_file)).
    type: bool
    default: false
  ca_file:
    description: CA certificates (PEM) to verify the brokers with; the system CAs when not given.
    type: str
  cert_file:
    description: Client certificate (PEM) for mutual TLS.
    type: str
  key_file:
    description: Private key of I(cert_file).
    type: str
  key_password:
    description: Password of I(key_file).
    type: str
  verify:
    description: Verify the broker certificate and its name. Turn off only for labs.
    type: bool
    default: true
  server_name:
    description: Name expected in the broker certificates (and sent as SNI) instead of the broker host.
    type: str
  reconnect_min_delay:
    description:
      - First reconnect delay, seconds; it doubles on each failure up to I(reconnect_max_delay). Each
        wait is a random time between half and all of the current delay (jitter).
    type: float
    default: 0.5
  reconnect_max_delay:
    description: Longest reconnect delay, seconds.
    type: float
    default: 30
  dedup:
    description:
      - Discard an event whose I(id) was seen among the last I(dedup_window) events (QoS 1
        redeliveries after a reconnect). JET payloads carry a time with a one-second resolution, so
        two genuinely identical events in the same second from a real device would be merged
        (jetemu adds a sequence number, so its events never are).
    type: bool
    default: false
  dedup_window:
    description: How many recent ids I(dedup) remembers.
    type: int
    default: 10000
  ignore_retained:
    description: Skip retained messages (the broker's stored copy sent on subscription).
    type: bool
    default: false
  buffer:
    description:
      - Messages held between the MQTT clients and the rulebook queue. When it is full the clients
        stop reading from their sockets (back-pressure reaches the brokers); memory stays bounded.
    type: int
    default: 100
  feedback:
    description:
      - Ask ansible-rulebook for the rule engine's confirmation of each event (needs
        C(ansible-rulebook --persistence-id ID); ansible-rulebook refuses the rulebook otherwise). A QoS 1
        message is then acknowledged to its broker only once the engine took the event, not merely
        the source's queue, so an engine that stops before taking it gets it again.
      - ansible-rulebook reads this option itself and passes the source its feedback queue
        (C(eda_feedback_queue)); both are accepted here.
    type: bool
    default: false
  feedback_timeout:
    description: With O(feedback=true), seconds to wait for the engine to take an event before the source fails.
    type: float
    default: 120
  fail_on_refusal:
    description:
      - When a broker refuses the connection (address not in C(allow-clients), bad credentials,
        protocol version), stop the source with that error instead of logging it and retrying.
    type: bool
    default: false
"""

EXAMPLES = r"""
- name: React to JET events
  hosts: all
  sources:
    - name: jet
      jetkit.junos.jet_events:
        inventory: inventory.yml
        group: jet_devices
        topics:
          - /junos/events/kernel/interfaces/#
          - /junos/events/syslog/#
        client_id: eda-noc-1
      filters:
        - jetkit.junos.jet_flatten:
  rules:
    - name: Interface down
      condition: event.jet.event_id == "SNMP_TRAP_LINK_DOWN"
      action:
        run_playbook:
          name: jetkit.junos.remediate_interface
"""

log = logging.getLogger("jetkit.junos.jet_events")
# Every connection attempt, at DEBUG, apart (its own level: the main logger at DEBUG also turns on paho's).
attempts_log = logging.getLogger("jetkit.junos.jet_events.attempts")

ID_KEY = b"jetkit.junos.jet_events"
REFUSAL_HINT = (
    "on Junos check 'system services extension-service notification allow-clients' and the broker credentials"
)
OPTIONS = {
    "brokers",
    "inventory",
    "group",
    "port",
    "topics",
    "qos",
    "client_id",
    "clean_start",
    "session_expiry",
    "protocol",
    "keepalive",
    "username",
    "password",
    "tls",
    "ca_file",
    "cert_file",
    "key_file",
    "key_password",
    "verify",
    "server_name",
    "reconnect_min_delay",
    "reconnect_max_delay",
    "dedup",
    "dedup_window",
    "ignore_retained",
    "buffer",
    "feedback",
    "feedback_timeout",
    "fail_on_refusal",
}


# What ansible-rulebook adds to a source's arguments (engine.py, start_source): the feedback
# queue when the source has feedback: true.
ENGINE_ARGUMENTS = {"eda_feedback_queue"}


class ConfigurationError(ValueError):
    """Bad source arguments (the message names the option)."""


class BrokerRefused(RuntimeError):
    """A broker refused the connection (raised with fail_on_refusal)."""


@dataclass(frozen=True)
class Broker:
    name: str
    host: str
    port: int

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass
class Settings:
    brokers: list[Broker]
    topics: list[str]
    qos: int = 1
    client_id: str = ""
    clean_start: bool = False
    session_expiry: int = 86400
    protocol: str = "3.1.1"
    keepalive: int = 30
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    tls: bool = False
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    key_password: str | None = field(default=None, repr=False)
    verify: bool = True
    server_name: str | None = None
    reconnect_min_delay: float = 0.5
    reconnect_max_delay: float = 30.0
    dedup: bool = False
    dedup_window: int = 10000
    ignore_retained: bool = False
    buffer: int = 100
    feedback: bool = False
    feedback_timeout: float = 120.0
    fail_on_refusal: bool = False


# ------------------------------------------------------------------------------------------------
# arguments


def _bool(args: dict[str, Any], key: str, default: bool) -> bool:
    value = args.get(key, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "on", "1", "false", "no", "off", "0"):
        return value.lower() in ("true", "yes", "on", "1")
    raise ConfigurationError(f"jet_events: '{key}' must be true or false, got {value!r}")


def _number(args: dict[str, Any], key: str, default: float, *, minimum: float, integer: bool = False) -> Any:
    value = args.get(key, default)
    try:
        number = int(value) if integer else float(value)
    except (TypeError, ValueError):
        raise ConfigurationError(f"jet_events: '{key}' must be a number, got {value!r}") from None
    if isinstance(value, bool) or (integer and isinstance(value, float) and not value.is_integer()):
        raise ConfigurationError(f"jet_events: '{key}' must be a whole number, got {value!r}")
    if number < minimum:
        raise ConfigurationError(f"jet_events: '{key}' must be at least {minimum}, got {value!r}")
    return number


def _port(value: Any, where: str) -> int:
    try:
        port = int(value)
    except (TypeError, ValueError):
        raise ConfigurationError(f"jet_events: {where}: port {value!r} is not a number") from None
    if isinstance(value, bool) or not 1 <= port <= 65535:
        raise ConfigurationError(f"jet_events: {where}: port {value!r} is out of range 1-65535")
    return port


def check_topic_filter(topic: Any) -> str:
    """An MQTT topic filter, or ConfigurationError saying what is wrong with it."""
    if not isinstance(topic, str) or not topic:
        raise ConfigurationError(f"jet_events: topic {topic!r} must be a non-empty string")
    if "\x00" in topic:
        raise ConfigurationError(f"jet_events: topic {topic!r} contains a NUL character")
    levels = topic.split("/")
    for i, level in enumerate(levels):
        if "#" in level and (level != "#" or i != len(levels) - 1):
            raise ConfigurationError(f"jet_events: topic {topic!r}: '#' must be a whole level and the last one")
        if "+" in level and level != "+":
            raise ConfigurationError(f"jet_events: topic {topic!r}: '+' must be a whole level")
    if topic.startswith("junos/"):
        log.warning("jet_events: topic %r does not match JET topics, which start with '/' (/junos/...)", topic)
    return topic


def brokers_from_inventory(path: str, group: str, default_port: int) -> list[Broker]:
    if not os.path.exists(path):
        raise ConfigurationError(f"jet_events: inventory {path!r} does not exist")
    try:
        from ansible.inventory.manager import InventoryManager
        from ansible.parsing.dataloader import DataLoader
    except ImportError as exc:  # pragma: no cover - ansible-core comes with ansible-rulebook
        raise ConfigurationError(f"jet_events: reading an inventory needs ansible-core: {exc}") from exc
    inventory = InventoryManager(loader=DataLoader(), sources=[path])
    if group not in inventory.groups:
        raise ConfigurationError(
            f"jet_events: group {group!r} is not in inventory {path!r} (groups: {', '.join(sorted(inventory.groups))})"
        )
    brokers = []
    for host in inventory.groups[group].get_hosts():
        hostvars = host.get_vars()
        address = hostvars.get("jet_mqtt_host") or hostvars.get("ansible_host") or host.name
        port = _port(hostvars.get("jet_mqtt_port", default_port), f"inventory host {host.name}")
        brokers.append(Broker(host.name, str(address), port))
    if not brokers:
        raise ConfigurationError(f"jet_events: group {group!r} of inventory {path!r} has no hosts")
    return brokers


def default_client_id(topics: list[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(topics)).encode()).hexdigest()[:8]
    return f"jetkit-eda-{socket.gethostname().split('.')[0]}-{digest}"[:64]


def parse_args(args: dict[str, Any]) -> Settings:
    """Validate the source arguments; ConfigurationError names the first problem."""
    unknown = sorted(set(args) - OPTIONS - ENGINE_ARGUMENTS)
    if unknown:
        raise ConfigurationError(
            f"jet_events: unknown option(s) {', '.join(unknown)} (known: {', '.join(sorted(OPTIONS))})"
        )
    default_port = _port(args.get("port", 1883), "port")
    brokers: list[Broker] = []
    raw_brokers = args.get("brokers")
    if raw_brokers is not None:
        if not isinstance(raw_brokers, list):
            raise ConfigurationError("jet_events: 'brokers' must be a list of {host, port, name}")
        for i, item in enumerate(raw_brokers):
            if isinstance(item, str):
                item = {"host": item}
            if not isinstance(item, dict) or not item.get("host"):
                raise ConfigurationError(f"jet_events: brokers[{i}] needs a 'host'")
            extra = set(item) - {"host", "port", "name"}
            if extra:
                raise ConfigurationError(f"jet_events: brokers[{i}]: unknown key(s) {', '.join(sorted(extra))}")
            port = _port(item.get("port", default_port), f"brokers[{i}]")
            brokers.append(Broker(str(item.get("name") or item["host"]), str(item["host"]), port))
    if args.get("inventory"):
        brokers += brokers_from_inventory(str(args["inventory"]), str(args.get("group") or "all"), default_port)
    if not brokers:
        raise ConfigurationError("jet_events: give 'brokers' (a list of {host, port, name}) or 'inventory'")
    names = [b.name for b in brokers]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigurationError(f"jet_events: two brokers are named {', '.join(duplicates)}; names must be unique")
    topics = args.get("topics", ["/junos/events/#"])
    if isinstance(topics, str):
        topics = [topics]
    if not isinstance(topics, list) or not topics:
        raise ConfigurationError("jet_events: 'topics' must be a non-empty list")
    topics = [check_topic_filter(t) for t in topics]
    qos = _number(args, "qos", 1, minimum=0, integer=True)
    if qos not in (0, 1):
        raise ConfigurationError(f"jet_events: 'qos' must be 0 or 1, got {args.get('qos')!r}")
    protocol = str(args.get("protocol", "3.1.1"))
    if protocol in ("5.0", "v5", "mqttv5"):
        protocol = "5"
    if protocol in ("3.1.1", "v311", "mqttv311", "4"):
        protocol = "3.1.1"
    if protocol not in ("3.1.1", "5"):
        raise ConfigurationError(f"jet_events: 'protocol' must be 3.1.1 or 5, got {args.get('protocol')!r}")
    client_id = args.get("client_id") or default_client_id(topics)
    if not isinstance(client_id, str) or len(client_id.encode()) > 65535:
        raise ConfigurationError("jet_events: 'client_id' must be a string")
    settings = Settings(
        brokers=brokers,
        topics=topics,
        qos=qos,
        client_id=client_id,
        clean_start=_bool(args, "clean_start", False),
        session_expiry=_number(args, "session_expiry", 86400, minimum=0, integer=True),
        protocol=protocol,
        keepalive=_number(args, "keepalive", 30, minimum=5, integer=True),
        username=args.get("username"),
        password=args.get("password"),
        ca_file=args.get("ca_file"),
        cert_file=args.get("cert_file"),
        key_file=args.get("key_file"),
        key_password=args.get("key_password"),
        verify=_bool(args, "verify", True),
        server_name=args.get("server_name"),
        reconnect_min_delay=_number(args, "reconnect_min_delay", 0.5, minimum=0.01),
        reconnect_max_delay=_number(args, "reconnect_max_delay", 30, minimum=0.01),
        dedup=_bool(args, "dedup", False),
        dedup_window=_number(args, "dedup_window", 10000, minimum=1, integer=True),
        ignore_retained=_bool(args, "ignore_retained", False),
        buffer=_number(args, "buffer", 100, minimum=1, integer=True),
        feedback=_bool(args, "feedback", False),
        feedback_timeout=_number(args, "feedback_timeout", 120, minimum=0.1),
        fail_on_refusal=_bool(args, "fail_on_refusal", False),
    )
    settings.tls = _bool(args, "tls", False) or bool(settings.ca_file or settings.cert_file)
    if settings.reconnect_max_delay < settings.reconnect_min_delay:
        raise ConfigurationError("jet_events: 'reconnect_max_delay' is below 'reconnect_min_delay'")
    if settings.password is not None and settings.username is None:
        raise ConfigurationError("jet_events: 'password' needs 'username'")
    if bool(settings.cert_file) != bool(settings.key_file):
        raise ConfigurationError("jet_events: 'cert_file' and 'key_file' go together")
    for key in ("ca_file", "cert_file", "key_file"):
        path = getattr(settings, key)
        if path and not os.path.isfile(path):
            raise ConfigurationError(f"jet_events: {key} {path!r}: no such file")
    return settings


# ------------------------------------------------------------------------------------------------
# events


def event_id(device: str, topic: str, payload: bytes) -> str:
    """A UUID-formatted BLAKE2b digest of device, topic and payload (stable across runs and hosts)."""
    digest = hashlib.blake2b(f"{device}\0{topic}\0".encode(), digest_size=16, key=ID_KEY)
    digest.update(payload)
    h = digest.hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_SECOND: list[Any] = [None, ""]  # the last second formatted, and its text


def iso_time(when: float) -> str:
    """UTC ISO 8601 with microseconds and Z (like ansible-rulebook's meta.received_at)."""
    seconds = int(when)
    if _SECOND[0] != seconds:
        _SECOND[0], _SECOND[1] = seconds, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    return f"{_SECOND[1]}.{int((when - seconds) * 1e6):06d}Z"


def make_event(
    broker: Broker, topic: str, payload: bytes, qos: int, retain: bool, dup: bool, received: float
) -> dict[str, Any]:
    """The event put on the rulebook queue for one MQTT message (see DOCUMENTATION)."""
    ident = event_id(broker.name, topic, payload)
    event: dict[str, Any] = {
        "topic": topic,
        "device": broker.name,
        "broker": {"host": broker.host, "port": broker.port},
        "received_at": iso_time(received),
        "id": ident,
        "qos": qos,
        "retain": retain,
        "duplicate": dup,
    }
    decoded: Any = None
    try:
        decoded = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        pass
    if isinstance(decoded, dict) and isinstance(decoded.get("jet-event"), dict):
        event["jet_event"] = decoded["jet-event"]
        event["payload"] = decoded
        event["raw_payload"] = False
    else:
        if decoded is not None:
            event["payload"] = decoded
        event["raw"] = payload.decode("utf-8", errors="replace")
        event["raw_payload"] = True
    event["meta"] = {"hosts": [broker.name], "uuid": ident}
    return event


# ------------------------------------------------------------------------------------------------
# the MQTT side: every broker connection driven by the source's own asyncio loop


@dataclass
class Delivery:
    stream: BrokerStream
    generation: int
    mid: int
    qos: int
    topic: str
    payload: bytes
    retain: bool
    dup: bool
    received: float


def backoff_delay(failures: int, minimum: float, maximum: float) -> float:
    """Seconds before the next connection attempt after ``failures`` failed ones in a row.

    Exponential (``minimum`` doubled per failure, at most ``maximum``) with jitter: a random time
    between half and all of it, so that brokers lost together (a site outage, a restart of every
    broker) are not all tried again at the same instant.
    """
    ceiling = min(maximum, minimum * (2 ** min(failures, 30)))
    return random.uniform(ceiling / 2, ceiling)


class Hub:
    """Every broker connection of one source, driven by the asyncio loop the source runs in.

    paho-mqtt's external-loop API (``loop_read``/``loop_write``/``loop_misc`` on the loop's own
    readiness callbacks) serves hundreds of brokers from one thread: no thread per broker, no
    hand-over between threads, and reconnection under our control (backoff with jitter). Only the
    blocking part of a connection attempt (TCP connect, TLS handshake) runs in a small thread pool.

    Messages wait in a bounded buffer until the source takes them. A full buffer stops reading
    the socket of the broker that filled it (the broker then holds the rest; QoS 1 in-flight limits
    apply) until the source has taken half of it: memory stays bounded, order per broker is kept.
    """

    TICK = 1.0  # seconds between keepalive checks (paho's loop_misc) of every connection

    def __init__(self, loop: asyncio.AbstractEventLoop, settings: Settings) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.loop = loop
        self.loop_thread = threading.get_ident()
        self.capacity = settings.buffer
        self.items: collections.deque[Delivery | BaseException] = collections.deque()
        self._wake = asyncio.Event()
        self.paused: set[BrokerStream] = set()
        self.closed = False
        self.executor = ThreadPoolExecutor(
            max_workers=max(1, min(16, len(settings.brokers))), thread_name_prefix="jet_events-connect"
        )
        self.streams = [BrokerStream(broker, settings, self) for broker in settings.brokers]
        self._tick: asyncio.TimerHandle | None = None

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        for stream in self.streams:
            stream.connect_later(0.0)
        self._tick = self.loop.call_later(self.TICK, self._keepalive)

    def stop(self) -> None:
        self.closed = True
        if self._tick is not None:
            self._tick.cancel()
        for stream in self.streams:
            stream.stop()
        self.executor.shutdown(wait=False, cancel_futures=True)

    def _keepalive(self) -> None:
        for stream in self.streams:
            stream.misc()
        self._tick = self.loop.call_later(self.TICK, self._keepalive)

    def in_loop(self, function: Callable[..., None], *args: Any) -> None:
        """Run ``function`` on the loop's thread (paho calls socket callbacks from the connect pool too)."""
        if threading.get_ident() == self.loop_thread:
            function(*args)
        else:
            self.loop.call_soon_threadsafe(function, *args)

    # -- the buffer --------------------------------------------------------------------------------
    def deliver(self, stream: BrokerStream, item: Delivery) -> None:
        self.items.append(item)
        self._wake.set()
        if len(self.items) >= self.capacity and stream not in self.paused:
            self.paused.add(stream)
            stream.pause()

    def fail(self, error: BaseException) -> None:
        self.items.append(error)
        self._wake.set()

    async def get(self) -> Delivery | BaseException:
        while not self.items:
            self._wake.clear()
            await self._wake.wait()
        item = self.items.popleft()
        if self.paused and len(self.items) <= self.capacity // 2:
            paused, self.paused = self.paused, set()
            for stream in paused:
                stream.resume()
        return item

    def __len__(self) -> int:
        return len(self.items)


class BrokerStream:
    """One broker: a paho client, its socket on the hub's loop, its reconnections and subscriptions."""

    def __init__(self, broker: Broker, settings: Settings, hub: Hub) -> None:
        import paho.mqtt.client as mqtt

        self.broker = broker
        self.settings = settings
        self.hub = hub
        self.loop = hub.loop
        self.generation = 0
        self.connected = False
        self.connecting = False  # a connection attempt runs in the connect pool
        self.refusal: str | None = None
        self.stopping = False
        self.paused = False
        self.fd: int | None = None
        self.sock: Any = None
        self._writing = False  # paho has bytes to send
        self._writing_now = False  # ack() is sending them itself
        self._retry: asyncio.TimerHandle | None = None
        self._failures = 0
        self.received = 0  # messages taken from this broker
        v5 = settings.protocol == "5"
        kwargs: dict[str, Any] = {
            "client_id": settings.client_id,
            "protocol": mqtt.MQTTv5 if v5 else mqtt.MQTTv311,
            "manual_ack": True,
            "reconnect_on_failure": False,  # the stream reconnects (backoff with jitter)
        }
        if not v5:
            kwargs["clean_session"] = settings.clean_start
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, **kwargs)
        if settings.username is not None:
            client.username_pw_set(settings.username, settings.password)
        if settings.tls:
            client.tls_set_context(self._ssl_context())
            if not settings.verify:
                client.tls_insecure_set(True)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_subscribe = self._on_subscribe
        client.on_socket_open = self._on_socket_open
        client.on_socket_close = self._on_socket_close
        client.on_socket_register_write = self._on_register_write
        client.on_socket_unregister_write = self._on_unregister_write
        if log.isEnabledFor(logging.DEBUG):
            client.enable_logger(logging.getLogger("jetkit.junos.jet_events.paho"))
        if v5:
            from paho.mqtt.packettypes import PacketTypes
            from paho.mqtt.properties import Properties

            props = Properties(PacketTypes.CONNECT)
            props.SessionExpiryInterval = 0 if settings.clean_start else settings.session_expiry
            client.connect_async(
                broker.host, broker.port, keepalive=settings.keepalive, clean_start=settings.clean_start,
                properties=props,
            )  # fmt: skip
        else:
            client.connect_async(broker.host, broker.port, keepalive=settings.keepalive)
        self.client = client

    def _ssl_context(self) -> ssl.SSLContext:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if s.cert_file:
            context.load_cert_chain(s.cert_file, s.key_file, password=s.key_password)
        if not s.verify:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if s.server_name:
            server_name = s.server_name
            base_wrap = context.wrap_socket

            def wrap_socket(sock: socket.socket, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
                kwargs["server_hostname"] = server_name
                return base_wrap(sock, *args, **kwargs)

            context.wrap_socket = wrap_socket  # type: ignore[method-assign]
        return context

    # -- connecting (loop thread) -------------------------------------------------------------------
    def connect_later(self, delay: float) -> None:
        if self.stopping or self.connecting or self._retry is not None:
            return
        self._retry = self.loop.call_later(delay, self._connect)

    def _connect(self) -> None:
        self._retry = None
        if self.stopping:
            return
        self.connecting = True
        attempts_log.debug("jet_events: connecting to %s (%s)", self.broker.name, self.broker.address)
        attempt = self.loop.run_in_executor(self.hub.executor, self.client.reconnect)
        attempt.add_done_callback(self._connect_done)

    def _connect_done(self, attempt: asyncio.Future[Any]) -> None:
        self.connecting = False
        if attempt.cancelled():
            return
        error = attempt.exception()
        if self.stopping:
            self._close()
            return
        if error is None:
            return  # the CONNACK answers in _on_connect
        self._failures += 1
        if self._failures in (1, 5) or self._failures % 20 == 0:
            log.warning(
                "jet_events: cannot reach %s (%s) (attempt %d: %s); retrying with backoff up to %.0f s",
                self.broker.name,
                self.broker.address,
                self._failures,
                error,
                self.settings.reconnect_max_delay,
            )
        self.connect_later(self._next_delay())

    def _next_delay(self) -> float:
        return backoff_delay(
            max(0, self._failures - 1), self.settings.reconnect_min_delay, self.settings.reconnect_max_delay
        )

    # -- the socket on the loop (paho's external-loop callbacks) -------------------------------------
    def _on_socket_open(self, client: Any, userdata: Any, sock: Any) -> None:
        self.hub.in_loop(self._watch, sock)

    def _on_socket_close(self, client: Any, userdata: Any, sock: Any) -> None:
        self.hub.in_loop(self._unwatch)

    def _on_register_write(self, client: Any, userdata: Any, sock: Any) -> None:
        self.hub.in_loop(self._want_write, True)

    def _on_unregister_write(self, client: Any, userdata: Any, sock: Any) -> None:
        self.hub.in_loop(self._want_write, False)

    def _watch(self, sock: Any) -> None:
        if self.stopping:
            return
        self.sock, self.fd = sock, sock.fileno()
        if not self.paused:
            self.loop.add_reader(self.fd, self._readable)
        if self._writing:
            self.loop.add_writer(self.fd, self._writable)

    def _unwatch(self) -> None:
        if self.fd is not None:
            self.loop.remove_reader(self.fd)
            self.loop.remove_writer(self.fd)
        self.fd = self.sock = None

    def _want_write(self, on: bool) -> None:
        self._writing = on
        if self.fd is None or self._writing_now:
            return  # ack() writes at once; it watches the socket only if the write stays incomplete
        if on:
            self.loop.add_writer(self.fd, self._writable)
        else:
            self.loop.remove_writer(self.fd)

    READ_BATCH = 32  # packets read per readiness callback, at most (one loop wake-up, many events)

    def _readable(self) -> None:
        for _packet in range(self.READ_BATCH):
            before = self.received
            self.client.loop_read()  # one packet (paho reads one at a time without messages in flight)
            if self.fd is None or self.paused:
                return
            if self.received == before and not (hasattr(self.sock, "pending") and self.sock.pending()):
                return  # nothing more to read now (TLS records already decrypted are read on)

    def _writable(self) -> None:
        self.client.loop_write()

    def misc(self) -> None:
        if self.fd is not None and not self.connecting:
            self.client.loop_misc()

    def pause(self) -> None:
        self.paused = True
        if self.fd is not None:
            self.loop.remove_reader(self.fd)

    def resume(self) -> None:
        self.paused = False
        if self.fd is not None and not self.stopping:
            self.loop.add_reader(self.fd, self._readable)

    # -- lifecycle ------------------------------------------------------------------------------------
    def stop(self) -> None:
        """Say goodbye to the broker (DISCONNECT: the persistent session stays) and close the socket."""
        self.stopping = True
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        if self.connecting:
            return  # _connect_done closes what the attempt opened
        self._close()

    def _close(self) -> None:
        if self.fd is not None:
            try:
                self.client.disconnect()
                self.client.loop_write()  # DISCONNECT now; paho closes the socket once it is written
            except Exception:
                pass
        sock = self.client.socket()
        self._unwatch()
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def ack(self, delivery: Delivery) -> None:
        if delivery.qos == 0:
            return
        if delivery.generation != self.generation or not self.connected:
            return  # the connection it came on is gone; the broker will deliver it again
        # The PUBACK goes out now, not one loop iteration later (the broker waits for it), and
        # without watching the socket for writability unless the kernel did not take it all.
        self._writing_now = True
        try:
            self.client.ack(delivery.mid, delivery.qos)
            if self.fd is not None:
                self.client.loop_write()
        finally:
            self._writing_now = False
        if self._writing and self.fd is not None:
            self.loop.add_writer(self.fd, self._writable)

    # -- paho callbacks (loop thread) -----------------------------------------------------------------
    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            text = str(reason)
            reason_string = getattr(props, "ReasonString", None) if props is not None else None
            if reason_string:
                text = f"{text}: {reason_string}"
            self.refusal = f"broker {self.broker.name} ({self.broker.address}) refused the connection: {text}"
            log.error("jet_events: %s (%s)", self.refusal, REFUSAL_HINT)
            if self.settings.fail_on_refusal:
                self.hub.fail(BrokerRefused(f"{self.refusal} ({REFUSAL_HINT})"))
            self._failures += 1
            return  # paho closes the connection; _on_disconnect schedules the next attempt
        self.generation += 1
        self.connected = True
        self.refusal = None
        self._failures = 0
        session = "resumed" if getattr(flags, "session_present", False) else "new"
        log.info("jet_events: connected to %s (%s), %s session", self.broker.name, self.broker.address, session)
        client.subscribe([(topic, self.settings.qos) for topic in self.settings.topics])

    def _on_subscribe(self, client: Any, userdata: Any, mid: int, reason_codes: Any, props: Any) -> None:
        for topic, code in zip(self.settings.topics, reason_codes, strict=False):
            if getattr(code, "is_failure", False):
                log.error("jet_events: %s refused the subscription to %r: %s", self.broker.name, topic, code)

    def _on_disconnect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        was = self.connected
        self.connected = False
        if self.stopping:
            return
        if was:
            log.warning(
                "jet_events: lost %s (%s): %s; reconnecting with backoff", self.broker.name, self.broker.address, reason
            )
        self.connect_later(self._next_delay())

    def _on_message(self, client: Any, userdata: Any, message: Any) -> None:
        delivery = Delivery(
            self,
            self.generation,
            message.mid,
            message.qos,
            message.topic,
            bytes(message.payload),
            bool(message.retain),
            bool(message.dup),
            time.time(),
        )
        self.received += 1
        self.hub.deliver(self, delivery)


class Deduplicator:
    def __init__(self, window: int) -> None:
        self.window = window
        self._seen: collections.OrderedDict[str, None] = collections.OrderedDict()

    def seen(self, ident: str) -> bool:
        if ident in self._seen:
            self._seen.move_to_end(ident)
            return True
        self._seen[ident] = None
        if len(self._seen) > self.window:
            self._seen.popitem(last=False)
        return False


async def _wait_feedback(feedback: asyncio.Queue[Any], timeout: float, ident: str) -> None:
    try:
        await asyncio.wait_for(feedback.get(), timeout)
    except TimeoutError:
        raise RuntimeError(
            f"jet_events: the rulebook engine did not take event {ident} within {timeout} s (feedback_timeout)"
        ) from None


async def run(
    queue: Any,
    settings: Settings,
    feedback: asyncio.Queue[Any] | None = None,
    on_event: Callable[[dict[str, Any]], None] | None = None,
) -> None:
    """Stream events from every broker into ``queue`` until cancelled."""
    hub = Hub(asyncio.get_running_loop(), settings)
    dedup = Deduplicator(settings.dedup_window) if settings.dedup else None
    log.info(
        "jet_events: %d broker(s), topics %s, qos %d, client id %r, engine feedback %s",
        len(hub.streams),
        settings.topics,
        settings.qos,
        settings.client_id,
        "on" if feedback is not None else "off",
    )
    handled = 0
    try:
        hub.start()
        while True:
            item = await hub.get()
            if isinstance(item, BaseException):
                raise item
            stream = item.stream
            if item.retain and settings.ignore_retained:
                stream.ack(item)
                continue
            event = make_event(stream.broker, item.topic, item.payload, item.qos, item.retain, item.dup, item.received)
            if dedup is not None and dedup.seen(event["id"]):
                stream.ack(item)
                continue
            await queue.put(event)
            if on_event is not None:
                on_event(event)
            if feedback is not None:
                await _wait_feedback(feedback, settings.feedback_timeout, event["id"])
            stream.ack(item)
            handled += 1
            if not handled % 32:
                await asyncio.sleep(0)  # a steady stream into an unbounded queue must not starve the loop
    finally:
        hub.stop()


async def main(queue: asyncio.Queue[Any], args: dict[str, Any]) -> None:
    """ansible-rulebook entry point."""
    settings = parse_args(args)
    feedback = args.get("eda_feedback_queue")
    if settings.feedback and feedback is None:
        raise ConfigurationError(
            "jet_events: 'feedback' is true but the engine gave no feedback queue "
            "(run ansible-rulebook with --persistence-id)"
        )
    await run(queue, settings, feedback)


if __name__ == "__main__":
    # Standalone: python jet_events.py HOST PORT [TOPIC] prints events.

    import sys

    class MockQueue:
        async def put(self, event: dict[str, Any]) -> None:
            print(json.dumps(event), flush=True)

    logging.basicConfig(level=logging.INFO)
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 1883
    topic = sys.argv[3] if len(sys.argv) > 3 else "/junos/events/#"
    asyncio.run(main(MockQueue(), {"brokers": [{"host": host, "port": port}], "topics": [topic]}))  # type: ignore[arg-type]
