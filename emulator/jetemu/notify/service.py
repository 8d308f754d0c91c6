"""The notification side of an emulator: one broker and one event publisher per device, and the
admin endpoint that ``jetemu event`` talks to."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..device.syslog import SyslogFiles
from .admin import AdminError, AdminServer
from .brokers import BrokerSettings, DeviceBroker, make_broker
from .publisher import DevicePublisher

log = logging.getLogger("jetemu.notify")

DEFAULT_MQTT_PORT = 1883
MAX_FLAPS = 1000
MAX_BURST = 100000


@dataclass
class NotifySettings:
    broker: BrokerSettings = field(default_factory=BrokerSettings)
    admin: bool = True
    state_dir: Path | None = None
    strict_ports: bool = False  # the MQTT ports were asked for: a busy port is an error, not a fallback


class NotificationService:
    def __init__(self, emulator: Any, settings: NotifySettings) -> None:
        self.emulator = emulator
        self.settings = settings
        self.brokers: dict[str, DeviceBroker] = {}
        self.publishers: dict[str, DevicePublisher] = {}
        self.admin: AdminServer | None = None
        self._flaps: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            for runtime in self.emulator.devices:
                spec = runtime.spec
                port = getattr(spec, "mqtt_port", None)
                port = DEFAULT_MQTT_PORT if port is None else port
                broker_settings = self.settings.broker
                if broker_settings.kind == "mosquitto" and self.settings.state_dir is not None:
                    broker_settings = BrokerSettings(**{**broker_settings.__dict__})
                    broker_settings.work_dir = self.settings.state_dir / f"device-{spec.index}" / "mqtt"
                broker = await self._start_broker(runtime.key, spec.host, port, broker_settings)
                self.brokers[runtime.key] = broker
                publisher = DevicePublisher(runtime.device, broker, loop)
                local = getattr(runtime, "publisher", None)
                if local is not None:  # the runtime's broker-less publisher hands over its log files
                    publisher.syslog_sink = local.syslog_sink
                    await local.stop()
                else:
                    filesystem = getattr(runtime, "filesystem", None)
                    if filesystem is not None:  # the device's /var/log files get the syslog events
                        log_files = SyslogFiles(filesystem, runtime.device)
                        log_files.sync()
                        publisher.syslog_sink = log_files.record
                publisher.start()
                broker.front.on_log = publisher.broker_log
                self.publishers[runtime.key] = publisher
                runtime.publisher = publisher
            if self.settings.admin:
                # In the internal gRPC server's private 0700 directory when the emulator has one.
                backend = getattr(self.emulator, "backend", None)
                self.admin = AdminServer(self.dispatch, getattr(backend, "directory", None))
                await self.admin.start()
        except BaseException:
            await self.stop()
            raise

    async def _start_broker(self, key: str, host: str, port: int, settings: BrokerSettings) -> DeviceBroker:
        broker = make_broker(key, host, port, settings)
        try:
            await broker.start()
            return broker
        except OSError as exc:
            if self.settings.strict_ports or port == 0:
                raise OSError(exc.errno, f"MQTT broker of {key} on {host}:{port}: {exc.strerror or exc}") from exc
        # The default port (1883) is taken, e.g. by a system Mosquitto: take a free one and say so.
        log.warning("%s: MQTT port %s:%d is in use; the broker takes a free one (--mqtt-port insists)", key, host, port)
        broker = make_broker(key, host, 0, settings)
        await broker.start()
        return broker

    async def stop(self) -> None:
        for task in list(self._flaps):
            task.cancel()
        if self.admin is not None:
            await self.admin.stop()
            self.admin = None
        for publisher in self.publishers.values():
            with contextlib.suppress(Exception):
                await publisher.stop()
        for runtime in self.emulator.devices:
            # back to the runtime's own broker-less publisher (its log files), when it has one
            restart = getattr(runtime, "local_publisher", None)
            runtime.publisher = restart() if callable(restart) and runtime.key in self.publishers else None
        for broker in self.brokers.values():
            with contextlib.suppress(Exception):
                await broker.stop()
        self.publishers.clear()
        self.brokers.clear()

    # -- ready file -----------------------------------------------------------------------------
    def device_entry(self, key: str) -> dict[str, Any]:
        broker = self.brokers.get(key)
        if broker is None:
            return {}
        return {"jet_mqtt_host": broker.host, "jet_mqtt_port": broker.port}

    def describe(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"broker": self.settings.broker.kind}
        policy = self.settings.broker.policy
        doc["mqtt_tls"] = bool(self.settings.broker.tls_cert)
        doc["mqtt_auth"] = bool(policy and policy.users)
        if self.admin is not None:
            doc["admin"] = self.admin.describe()
        return doc

    # -- injection --------------------------------------------------------------------------------
    def _runtime(self, request: dict[str, Any]) -> Any:
        name = request.get("device")
        devices = self.emulator.devices
        if not name:
            if len(devices) == 1:
                return devices[0]
            raise AdminError(f"name a device (one of: {', '.join(rt.key for rt in devices)})")
        for runtime in devices:
            if runtime.key == name or runtime.device.hostname == name:
                return runtime
        raise AdminError(f"no device named {name!r} (devices: {', '.join(rt.key for rt in devices)})")

    @staticmethod
    def _interface(request: dict[str, Any]) -> str:
        name = request.get("interface")
        if not isinstance(name, str) or not name:
            raise AdminError("give the interface, e.g. ge-0/0/1")
        return name

    def _set_link(self, runtime: Any, name: str, up: bool) -> int:
        from ..device import DeviceError

        try:
            return len(runtime.device.set_link_state(name, up))
        except DeviceError as exc:
            raise AdminError(f"{runtime.key}: {exc}") from exc

    async def dispatch(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "status":
            return {
                "devices": [
                    {
                        "name": rt.key,
                        **self.device_entry(rt.key),
                        "events": self.publishers[rt.key].sequence if rt.key in self.publishers else 0,
                        "published": self.brokers[rt.key].published if rt.key in self.brokers else 0,
                        # of which SYSTEM events about the broker's own clients
                        "broker_events": self.publishers[rt.key].broker_events if rt.key in self.publishers else 0,
                        "clients": self.brokers[rt.key].front.active if rt.key in self.brokers else 0,
                        "refused": list(self.brokers[rt.key].front.refused) if rt.key in self.brokers else [],
                    }
                    for rt in self.emulator.devices
                ]
            }
        runtime = self._runtime(request)
        publisher = self.publishers.get(runtime.key)
        if publisher is None:
            raise AdminError(f"{runtime.key} has no broker")
        if op == "link":
            name = self._interface(request)
            up = request.get("up")
            if not isinstance(up, bool):
                raise AdminError("link: 'up' must be true or false")
            changes = self._set_link(runtime, name, up)
            await publisher.drained()
            return {"device": runtime.key, "interface": name, "up": up, "changes": changes}
        if op == "flap":
            name = self._interface(request)
            count = request.get("count", 1)
            interval = request.get("interval", 0.2)
            if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_FLAPS:
                raise AdminError(f"flap: count must be an integer from 1 to {MAX_FLAPS}")
            if not isinstance(interval, int | float) or isinstance(interval, bool) or not 0 <= interval <= 60:
                raise AdminError("flap: interval must be 0 to 60 seconds")
            self._set_link(runtime, name, runtime.device.physical(name).link_up)  # validates the name
            for i in range(count):
                self._set_link(runtime, name, False)
                await asyncio.sleep(interval)
                self._set_link(runtime, name, True)
                if i + 1 < count:
                    await asyncio.sleep(interval)
            await publisher.drained()
            return {"device": runtime.key, "interface": name, "flaps": count}
        if op == "syslog":
            event_id = request.get("event_id")
            if not isinstance(event_id, str) or not event_id or any(c in event_id for c in "/+# "):
                raise AdminError("syslog: event_id must be a non-empty name without '/', '+', '#' or spaces")
            attributes = request.get("attributes") or {}
            if not isinstance(attributes, dict):
                raise AdminError("syslog: attributes must be a mapping")
            count = request.get("count", 1)
            if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_BURST:
                raise AdminError(f"syslog: count must be an integer from 1 to {MAX_BURST}")
            first = None
            for n in range(count):
                # a burst numbers its events in the attribute "n" (0, 1, ...)
                attrs = dict(attributes, n=n) if count > 1 else attributes
                event = publisher.syslog(
                    event_id,
                    str(request.get("message", "")),
                    attrs,
                    severity=str(request.get("severity", "info")),
                    facility=str(request.get("facility", "daemon")),
                    process_name=str(request.get("process", "jetemu")),
                )
                first = first or event
                if n % 100 == 99:
                    await asyncio.sleep(0)
            await publisher.drained()
            assert first is not None
            return {
                "device": runtime.key,
                "topic": first.topic,
                "sequence-number": first.body["sequence-number"],
                "count": count,
            }
        if op == "firewall":
            try:
                publisher.firewall_filter(str(request.get("action", "")), str(request.get("name", "")), {})
            except ValueError as exc:
                raise AdminError(str(exc)) from exc
            await publisher.drained()
            return {"device": runtime.key}
        if op == "broker-restart":
            down = request.get("down", 0.5)
            if not isinstance(down, int | float) or isinstance(down, bool) or not 0 <= down <= 60:
                raise AdminError("broker-restart: down must be 0 to 60 seconds")
            await self.brokers[runtime.key].restart(float(down))
            return {"device": runtime.key, "port": self.brokers[runtime.key].port}
        raise AdminError(f"unknown operation {op!r} (link, flap, syslog, firewall, broker-restart, status)")
