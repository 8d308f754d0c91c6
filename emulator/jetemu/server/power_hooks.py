"""How a device's reboot, halt and zeroize reach the server: its listener and configuration.

:class:`~jetemu.device.power.DevicePower` decides what happens and when; this supplies the
server side of it for one :class:`~jetemu.server.app.DeviceRuntime`. Going down closes the
device's listening socket and every client connection (their sessions end, releasing locks and
private candidates, as when jsd stops); coming up listens again on the same port. Everything runs
on the server's event loop, where op commands run too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .runtime import DeviceRuntime

log = logging.getLogger("jetemu")

Step = Callable[[], Coroutine[object, object, None]]


class _Timer:
    """A delayed call that may be armed and cancelled from any thread."""

    def __init__(self) -> None:
        self.handle: asyncio.TimerHandle | None = None
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        if self.handle is not None:
            self.handle.cancel()


class RuntimeHooks:
    """Op commands may run on worker threads; every transition is moved to the event loop."""

    def __init__(self, runtime: DeviceRuntime) -> None:
        self.runtime = runtime
        self.loop: asyncio.AbstractEventLoop | None = None
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:
            pass
        self._tasks: set[asyncio.Task[None]] = set()
        # Other ways into the device (NETCONF): (stop, start again) coroutines, run with JET's.
        self._others: list[tuple[Step, Step]] = []

    def attach(self, stop: Step, start: Step) -> None:
        """Another listener of the device that goes down and comes up with it."""
        self._others.append((stop, start))

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def _on_loop(self, work: Callable[[], None]) -> None:
        if self.loop is None:
            raise RuntimeError("jetemu: power hooks used before the server's event loop started")
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            work()
        else:
            self.loop.call_soon_threadsafe(work)

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Timer:
        timer = _Timer()

        def arm() -> None:
            if not timer.cancelled and self.loop is not None:
                timer.handle = self.loop.call_later(delay, self._guarded, callback)

        self._on_loop(arm)
        return timer

    def _guarded(self, callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:  # a failing transition must not stop the event loop's other work
            log.exception("device %s: power transition failed", self.runtime.key)

    def _spawn(self, work: Coroutine[object, object, None]) -> None:
        assert self.loop is not None
        task = self.loop.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def go_down(self) -> None:
        self.runtime.power_lost()
        listener = self.runtime.listener
        if listener is None:
            return
        # Remember the port actually bound: a restart listens on it again (even for --port 0).
        listener.port = listener.bound_port
        log.info("device %s: going down", self.runtime.key)
        self._spawn(listener.close())
        for stop, _start in self._others:
            self._spawn(stop())

    def come_up(self) -> None:
        listener = self.runtime.listener
        if listener is None:
            return
        self.runtime.save()

        async def start() -> None:
            for _ in range(50):  # the old socket may take a moment to go away
                try:
                    await listener.start()
                    log.info("device %s: up again on port %d", self.runtime.key, listener.bound_port)
                    return
                except OSError:
                    await asyncio.sleep(0.1)
            log.error("device %s: cannot listen on port %d again", self.runtime.key, listener.port)

        self._spawn(start())
        for _stop, again in self._others:
            self._spawn(again())

    def zeroize(self) -> None:
        self.runtime.zeroize()
