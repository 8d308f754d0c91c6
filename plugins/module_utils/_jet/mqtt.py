# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""JET notifications from playbooks: publish to and wait on a device's MQTT broker (PRIVATE).

``event_publish`` and ``event_wait`` talk MQTT straight to the device broker (paho-mqtt), not
gRPC through the JET gateway. The action plugin runs :data:`PUBLISH` / :data:`WAIT` in the
worker; the module files run the same logic in a module process.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from .common import ModuleSpec, TaskContext, TaskError
from .conditions import parse_condition

BROKER_OPTIONS: dict[str, Any] = {
    "host": {"type": "str"},
    "port": {"type": "int"},
    "username": {"type": "str"},
    "password": {"type": "str", "no_log": True},
    "client_id": {"type": "str"},
    "tls": {"type": "bool", "default": False},
    "ca_file": {"type": "path"},
    "cert_file": {"type": "path"},
    "key_file": {"type": "path"},
    "verify": {"type": "bool", "default": True},
    "server_name": {"type": "str"},
    "protocol": {"type": "str", "choices": ["3.1.1", "5"], "default": "3.1.1"},
    "connect_timeout": {"type": "float", "default": 10.0},
}

PUBLISH_SPEC: dict[str, Any] = {
    **BROKER_OPTIONS,
    "topic": {"type": "str"},
    "app": {"type": "str"},
    "event_id": {"type": "str", "default": "APP_EVENT"},
    "attributes": {"type": "dict", "default": {}},
    "event_message": {"type": "str"},
    "severity": {"type": "str", "default": "info"},
    "facility": {"type": "str", "default": "user"},
    "hostname": {"type": "str"},
    "payload": {"type": "raw"},
    "qos": {"type": "int", "choices": [0, 1], "default": 1},
    "retain": {"type": "bool", "default": False},
}

WAIT_SPEC: dict[str, Any] = {
    **BROKER_OPTIONS,
    "topic": {"type": "list", "elements": "str", "default": ["/junos/events/#"]},
    "event_id": {"type": "str"},
    "attributes": {"type": "dict", "default": {}},
    "conditions": {"type": "list", "elements": "str", "default": []},
    "count": {"type": "int", "default": 1},
    "timeout": {"type": "float", "default": 30.0},
    "mode": {"type": "str", "choices": ["wait", "subscribe"], "default": "wait"},
    "clean_start": {"type": "bool"},
    "qos": {"type": "int", "choices": [0, 1], "default": 1},
}


# Host variables that can name the broker and its credentials (after the task's own options).
HOST_VARS = ("jet_mqtt_host", "ansible_host", "inventory_hostname", "jet_mqtt_port", "jet_mqtt_username",
             "jet_mqtt_password")  # fmt: skip


@dataclass
class BrokerTarget:
    host: str
    port: int


def broker_from_vars(task_vars: dict[str, Any], params: dict[str, Any]) -> BrokerTarget:
    """The device broker of this host: options first, then jet_mqtt_host/ansible_host, jet_mqtt_port."""
    host = params.get("host") or task_vars.get("jet_mqtt_host") or task_vars.get("ansible_host")
    host = host or task_vars.get("inventory_hostname")
    port = params.get("port") or task_vars.get("jet_mqtt_port") or 1883
    if not host:
        raise TaskError("no broker host: set host, jet_mqtt_host or ansible_host")
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise TaskError(f"broker port {port!r} is not a number") from None
    if not 1 <= port <= 65535:
        raise TaskError(f"broker port {port} is out of range 1-65535")
    return BrokerTarget(str(host), port)


def _paho() -> Any:
    try:
        import paho.mqtt.client as mqtt
    except ImportError:
        raise TaskError("jetkit.junos event modules need the paho-mqtt package (pip install paho-mqtt)") from None
    return mqtt


class Session:
    """One MQTT connection to a device broker, with its network thread."""

    def __init__(self, params: dict[str, Any], target: BrokerTarget, *, clean: bool = True) -> None:
        mqtt = _paho()
        self.target = target
        self.params = params
        v5 = params.get("protocol") == "5"
        client_id = params.get("client_id") or f"jetkit-task-{uuid.uuid4().hex[:12]}"
        kwargs: dict[str, Any] = {"client_id": client_id, "protocol": mqtt.MQTTv5 if v5 else mqtt.MQTTv311}
        if not v5:
            kwargs["clean_session"] = clean
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, **kwargs)
        self.clean = clean
        self.v5 = v5
        if params.get("username"):
            self.client.username_pw_set(params["username"], params.get("password"))
        if params.get("tls") or params.get("ca_file") or params.get("cert_file"):
            context = ssl.create_default_context(cafile=params.get("ca_file"))
            if params.get("cert_file"):
                context.load_cert_chain(params["cert_file"], params.get("key_file"))
            if not params.get("verify", True):
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            server_name = params.get("server_name")
            if server_name:
                wrap = context.wrap_socket

                def wrap_socket(sock: Any, *args: Any, **kw: Any) -> Any:
                    kw["server_hostname"] = server_name
                    return wrap(sock, *args, **kw)

                context.wrap_socket = wrap_socket  # type: ignore[method-assign]
            self.client.tls_set_context(context)
        self.connected = threading.Event()
        self.refused: str | None = None
        self.session_present = False
        self.subscribed = threading.Event()
        self.messages: list[tuple[str, bytes]] = []
        self.lock = threading.Lock()
        self.new_message = threading.Condition(self.lock)
        self.client.on_connect = self._on_connect
        self.client.on_subscribe = lambda *args: self.subscribed.set()
        self.client.on_message = self._on_message

    def _on_connect(self, client: Any, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            text = str(reason)
            extra = getattr(props, "ReasonString", None) if props is not None else None
            self.refused = f"{text}: {extra}" if extra else text
        else:
            self.session_present = bool(getattr(flags, "session_present", False))
        self.connected.set()

    def _on_message(self, client: Any, userdata: Any, message: Any) -> None:
        with self.new_message:
            self.messages.append((message.topic, bytes(message.payload)))
            self.new_message.notify_all()

    def open(self) -> None:
        where = f"{self.target.host}:{self.target.port}"
        try:
            if self.v5:
                from paho.mqtt.packettypes import PacketTypes
                from paho.mqtt.properties import Properties

                props = Properties(PacketTypes.CONNECT)
                props.SessionExpiryInterval = 0 if self.clean else 86400
                self.client.connect(self.target.host, self.target.port, clean_start=self.clean, properties=props)
            else:
                self.client.connect(self.target.host, self.target.port)
        except (OSError, ValueError) as exc:
            raise TaskError(f"cannot connect to the broker at {where}: {exc}") from None
        self.client.loop_start()
        if not self.connected.wait(float(self.params.get("connect_timeout") or 10)):
            self.close()
            raise TaskError(f"the broker at {where} did not answer CONNECT in time")
        if self.refused:
            self.close()
            raise TaskError(
                f"the broker at {where} refused the connection: {self.refused} (on Junos check "
                "'system services extension-service notification allow-clients' and the credentials)"
            )

    def close(self) -> None:
        try:
            self.client.disconnect()
        finally:
            self.client.loop_stop()


def _topic_is_valid_for_publish(topic: str) -> None:
    if not topic or "+" in topic or "#" in topic or "\x00" in topic:
        raise TaskError(f"topic {topic!r}: a publish topic must be non-empty, without '+', '#' or NUL")


def build_payload(params: dict[str, Any], hostname: str) -> bytes:
    if params.get("payload") is not None:
        payload = params["payload"]
        return payload.encode("utf-8") if isinstance(payload, str) else json.dumps(payload).encode("utf-8")
    event: dict[str, Any] = {
        "event-id": params["event_id"],
        "hostname": params.get("hostname") or hostname,
        "time": time.strftime("%Y-%m-%d-%H:%M:%S", time.gmtime()),
        "severity": params["severity"],
        "facility": params["facility"],
    }
    if params.get("event_message"):
        event["message"] = params["event_message"]
    event["attributes"] = params.get("attributes") or {}
    return json.dumps({"jet-event": event}).encode("utf-8")


def run_publish(target: BrokerTarget, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    if params.get("topic") and params.get("app"):
        raise TaskError("topic and app are mutually exclusive")
    if params.get("app"):
        app = params["app"]
        if "/" in app or "+" in app or "#" in app:
            raise TaskError(f"app {app!r} must be one topic level (no '/', '+' or '#')")
        topic = f"/junos/events/genpub/{app}"
    else:
        topic = params.get("topic") or ""
        if not topic:
            raise TaskError("give app (published on /junos/events/genpub/APP) or topic")
    _topic_is_valid_for_publish(topic)
    payload = build_payload(params, ctx.host_name())
    result: dict[str, Any] = {"topic": topic, "payload": payload.decode("utf-8", "replace"), "broker": vars(target)}
    if ctx.check_mode:
        result["changed"] = True
        return result
    session = Session(params, target)
    session.open()
    try:
        info = session.client.publish(topic, payload, qos=params["qos"], retain=params["retain"])
        try:
            info.wait_for_publish(float(params.get("connect_timeout") or 10))
        except (RuntimeError, ValueError) as exc:
            raise TaskError(f"publishing on {topic} failed: {exc}") from None
        if not info.is_published():
            raise TaskError(f"the broker at {target.host}:{target.port} did not acknowledge the event in time")
    finally:
        session.close()
    result["changed"] = True
    result["mid"] = info.mid
    return result


def _event_conditions(params: dict[str, Any]) -> list[Any]:
    conditions = []
    for text in params.get("conditions") or []:
        try:
            conditions.append((text, parse_condition(f"result[0].{text.strip()}")))
        except TaskError as exc:
            raise TaskError(f"condition {text!r}: {exc.message.split(': ', 1)[-1]}") from None
    return conditions


def event_matches(event: dict[str, Any], params: dict[str, Any], conditions: list[Any]) -> bool:
    if params.get("event_id") and event.get("event-id") != params["event_id"]:
        return False
    found = event.get("attributes")
    attributes: dict[str, Any] = found if isinstance(found, dict) else {}
    for key, expected in (params.get("attributes") or {}).items():
        actual = attributes.get(key, attributes.get(str(key).replace("_", "-")))
        if str(actual) != str(expected):
            return False
    return all(condition.holds([event]) for _name, condition in conditions)


def run_wait(target: BrokerTarget, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    topics = params.get("topic") or ["/junos/events/#"]
    for topic in topics:
        levels = topic.split("/")
        for i, level in enumerate(levels):
            if ("#" in level and (level != "#" or i != len(levels) - 1)) or ("+" in level and level != "+"):
                raise TaskError(f"topic {topic!r} is not a valid MQTT topic filter ('+' and '#' fill whole levels)")
    if params["count"] < 1:
        raise TaskError("count must be at least 1")
    if params["timeout"] <= 0:
        raise TaskError("timeout must be above 0")
    conditions = _event_conditions(params)
    mode = params["mode"]
    clean = params.get("clean_start")
    if clean is None:
        clean = not params.get("client_id")
    if mode == "subscribe" and (clean or not params.get("client_id")):
        raise TaskError("mode=subscribe prepares a persistent session: give client_id (and leave clean_start false)")
    session = Session(params, target, clean=bool(clean))
    session.open()
    started = time.monotonic()
    try:
        session.client.subscribe([(topic, params["qos"]) for topic in topics])
        if not session.subscribed.wait(float(params.get("connect_timeout") or 10)):
            raise TaskError(f"the broker at {target.host}:{target.port} did not confirm the subscription")
        if mode == "subscribe":
            return {"changed": False, "client_id": params["client_id"], "topics": topics, "broker": vars(target)}
        matched: list[dict[str, Any]] = []
        seen = 0
        deadline = started + float(params["timeout"])
        while len(matched) < params["count"]:
            with session.new_message:
                while len(session.messages) <= seen:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    session.new_message.wait(remaining)
                batch = session.messages[seen:]
                seen = len(session.messages)
            if not batch:
                raise TaskError(
                    f"no matching event within {params['timeout']} s on {', '.join(topics)} "
                    f"({seen} event(s) seen, {len(matched)} matched of {params['count']})",
                    events_seen=seen,
                    events=matched,
                )
            for topic, payload in batch:
                try:
                    document = json.loads(payload)
                except ValueError:
                    continue
                event = document.get("jet-event") if isinstance(document, dict) else None
                if isinstance(event, dict) and event_matches(event, params, conditions):
                    matched.append({"topic": topic, **event})
                    if len(matched) >= params["count"]:
                        break
    finally:
        session.close()
    return {
        "changed": False,
        "event": matched[-1],
        "events": matched,
        "events_seen": seen,
        "elapsed": round(time.monotonic() - started, 3),
        "session_present": session.session_present,
    }


PUBLISH = ModuleSpec(name="event_publish", argument_spec=PUBLISH_SPEC, run=run_publish, transport="mqtt")
WAIT = ModuleSpec(name="event_wait", argument_spec=WAIT_SPEC, run=run_wait, transport="mqtt")
