"""A device's event publisher: turns what happens on the device into JET events on its broker.

Every event has a cause in the emulator's own code paths:

- :meth:`DevicePublisher.on_changes` is subscribed to the device model, so each interface/route
  change (from a commit, a link going down, a route programmed by a client) becomes a kernel
  event, plus ``SNMP_TRAP_LINK_DOWN``/``UP`` when a physical interface's link state changed and
  route-table events when a routing table appears or disappears;
- :meth:`on_commit` is called from ``DeviceRuntime._committed`` (``UI_COMMIT_COMPLETED`` or the
  commit-confirmed rollback event, then ``genpub/config-update`` with the patch);
- :meth:`on_login` is called on jsd Login (``LOGIN_INFORMATION``);
- :meth:`broker_log` is the broker's front door telling about MQTT clients (``SYSTEM`` events);
- :meth:`firewall_filter` is the hook for the firewall service; :meth:`syslog` for injection.

Syslog-type events also go to :attr:`DevicePublisher.syslog_sink` (the device's /var/log files,
``jetemu.device.syslog``) as they are emitted. A publisher without a broker (``--broker none``)
does only that: the device keeps its log files whether or not anything publishes its events.

Events are queued in order and published by one task per device, so a slow or restarting broker
never blocks a commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from . import payloads
from .brokers import DeviceBroker
from .payloads import Event

log = logging.getLogger("jetemu.notify")

RECENT = 200
BROKER_LOG_DELAY = 0.3  # seconds from a broker log line to its SYSTEM event (the syslog path)


class DevicePublisher:
    def __init__(
        self, device: Any, broker: DeviceBroker | None = None, loop: asyncio.AbstractEventLoop | None = None
    ) -> None:
        self.device = device
        self.broker = broker
        self._loop = loop
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        self._lock = threading.Lock()
        self.sequence = 0
        self.broker_events = 0  # SYSTEM events of the broker's own clients (connected, gone)
        self.recent: deque[tuple[int, str, str]] = deque(maxlen=RECENT)  # (sequence, topic, event-id)
        self._task: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        with device.lock:
            snapshot = device._snapshot()
        self._oper: dict[str, str] = {
            key[1]: str(value.get("oper-status")) for key, value in snapshot.items() if key[0] == "ifd"
        }
        self._tables: set[str] = set(device.tables())
        self._unsubscribe = device.subscribe(self.on_changes)
        # Where syslog events are also written as log lines (the device's /var/log files).
        self.syslog_sink: Callable[[dict[str, Any]], None] | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        if self.broker is not None and self._loop is not None:
            self._task = self._loop.create_task(self._pump())

    async def stop(self, drain_seconds: float = 3.0) -> None:
        self._unsubscribe()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.drained(), drain_seconds)
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def drained(self) -> None:
        """Wait until every event emitted so far went to the broker."""
        while not self._queue.empty() or not self._idle.is_set():
            await asyncio.sleep(0.01)

    async def _pump(self) -> None:
        assert self.broker is not None  # started only with a broker
        while True:
            event = await self._queue.get()
            self._idle.clear()
            try:
                await self.broker.publish(event.topic, event.encode())
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s: publishing %s failed", self.broker.device, event.topic)
            finally:
                if self._queue.empty():
                    self._idle.set()

    # -- emitting --------------------------------------------------------------------------------
    @property
    def hostname(self) -> str:
        return str(self.device.hostname)

    def emit(self, event: Event) -> None:
        """Queue ``event`` for publication (thread-safe; order is kept)."""
        if self.syslog_sink is not None and event.topic.startswith(payloads.SYSLOG_TOPIC + "/"):
            try:
                self.syslog_sink(event.body)
            except Exception:  # a log file never stops an event
                log.exception("%s: writing %s to the syslog files failed", self.hostname, event.event_id)
        with self._lock:
            self.sequence += 1
            event.body["sequence-number"] = self.sequence
            self.recent.append((self.sequence, event.topic, event.event_id))
            if self.broker is None or self._loop is None:
                return  # nothing to publish to: the log files had it
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is self._loop:
                self._queue.put_nowait(event)
            else:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, event)

    def on_changes(self, changes: list[Any]) -> None:
        when = self.device.now()
        host = self.hostname
        if self.broker is None:
            # nothing publishes the kernel events: only the link traps, syslog events, matter
            # (a route programmed in bulk costs no event here)
            changes = [change for change in changes if change.kind == "ifd"]
            if not changes:
                return
        tables_after: set[str] | None = None
        if self.broker is not None and any(change.kind == "route" for change in changes):
            tables_after = set(self.device.tables())
            for table in sorted(tables_after - self._tables):
                self.emit(payloads.route_table_event("add", table, host, when))
        for change in changes:
            event = payloads.kernel_event(change, host, when) if self.broker is not None else None
            if event is not None:
                self.emit(event)
            if change.kind != "ifd":
                continue
            name = change.name
            if change.op == "delete":
                self._oper.pop(name, None)
                continue
            oper = str(change.attributes.get("oper-status"))
            before = self._oper.get(name)
            self._oper[name] = oper
            if before is not None and before != oper and oper in ("up", "down"):
                self.emit(payloads.link_trap(change.attributes, oper == "up", host, when))
        if tables_after is not None:
            for table in sorted(self._tables - tables_after):
                self.emit(payloads.route_table_event("delete", table, host, when))
            self._tables = tables_after

    def on_commit(self, info: Any, patch: str) -> None:
        when = self.device.now()
        kind = getattr(info, "kind", "commit")
        if kind == "commit":
            self.emit(payloads.commit_completed(info, self.hostname, when))
        elif kind == "confirmed-rollback":
            self.emit(payloads.commit_confirmed_rollback(info, self.hostname, when))
        self.emit(payloads.config_update(info, patch, self.hostname, when))

    def on_login(self, user: str, address: str, client_id: str) -> None:
        self.emit(payloads.login_information(user, address, client_id, self.hostname, self.device.now()))

    def broker_log(self, text: str) -> None:
        """A line the device's broker logs about a client (connected, gone): a ``SYSTEM`` event.

        On Junos the line travels through syslog and eventd before it is published, so a client
        that subscribes right after connecting still sees its own connection, as Juniper's
        notification sample shows; the event is published after the same short delay here.
        """
        event = payloads.broker_message(text, self.hostname, self.device.now())
        if self._loop is None:
            self._emit_broker_event(event)
            return
        self._loop.call_soon_threadsafe(self._loop.call_later, BROKER_LOG_DELAY, self._emit_broker_event, event)

    def _emit_broker_event(self, event: Event) -> None:
        self.broker_events += 1  # counted when queued, like every other event (status 'events')
        self.emit(event)

    def firewall_filter(self, op: str, name: str, attributes: dict[str, Any] | None = None) -> None:
        """Hook for the firewall service: a filter was added, changed or deleted."""
        if op not in ("add", "change", "delete"):
            raise ValueError(f"firewall filter event op must be add, change or delete, got {op!r}")
        self.emit(payloads.firewall_event(op, name, self.hostname, attributes or {}, self.device.now()))

    def syslog(
        self,
        event_id: str,
        message: str = "",
        attributes: dict[str, Any] | None = None,
        *,
        severity: str = "info",
        facility: str = "daemon",
        process_name: str = "jetemu",
    ) -> Event:
        event = payloads.syslog_event(
            event_id,
            self.hostname,
            message,
            dict(attributes or {}),
            severity=severity,
            facility=facility,
            process_name=process_name,
            when=self.device.now(),
        )
        self.emit(event)
        return event
