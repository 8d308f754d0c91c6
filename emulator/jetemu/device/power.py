"""Power and software life of an emulated device: reboot, halt, power-off, zeroize, packages.

:class:`DevicePower` keeps what ``request system reboot|halt|power-off|zeroize`` and
``request system software add|validate|rollback`` change: whether the device is up, a pending
(scheduled) shutdown, the Junos version that runs after the next reboot. It decides *what* happens
and *when*; the server supplies *how* (``hooks``: drop every session and stop answering, answer
again, reset the configuration), so this file imports nothing above ``device/``.

Timing, as on Junos: the request is answered first, the device goes down right after, a reboot
brings it back after ``reboot_seconds`` (a real device takes minutes; labs want seconds) with its
committed configuration and the new software if a package was added. ``in N`` / ``at +N`` count
minutes of ``minute_seconds`` (the emulator's commit-confirmed minute, so labs can shorten both).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from .registry import OpCommandError

ACTIONS = ("reboot", "halt", "power-off", "zeroize")
# Seconds between the answer to a request and the device going down: the answer must reach the
# client before its connection drops, as on Junos ("Shutdown NOW!" arrives, then the session ends).
DOWN_AFTER = 0.3


class Timer(Protocol):
    def cancel(self) -> object: ...


class PowerHooks(Protocol):
    """What the server does for the device's power life (run on the server's own thread)."""

    def call_later(self, delay: float, callback: Callable[[], None]) -> Timer: ...

    def go_down(self) -> None:
        """Drop every client session and stop accepting connections."""

    def come_up(self) -> None:
        """Accept connections again (the device has booted)."""

    def zeroize(self) -> None:
        """Back to the factory configuration: no rollback history, no rescue configuration."""


@dataclass
class Pending:
    action: str
    when: float
    user: str
    timer: Timer | None = None


@dataclass
class Package:
    """A software package added and waiting for the next reboot."""

    path: str
    version: str


@dataclass
class DevicePower:
    device_version: Callable[[], str]
    set_version: Callable[[str], None]
    set_boot_time: Callable[[float], None]
    hooks: PowerHooks | None = None
    reboot_seconds: float = 5.0
    minute_seconds: float = 60.0
    clock: Callable[[], float] = time.time
    state: str = "up"  # up | rebooting | halted | powered-off
    pending: Pending | None = None
    staged: Package | None = None
    previous_version: str | None = None
    history: list[str] = field(default_factory=list)

    # -- requests ------------------------------------------------------------------------------
    def request(self, action: str, *, at: str | None = None, in_minutes: str | None = None, user: str = "root") -> str:
        """Schedule ``action``; returns the status line Junos prints (``Shutdown NOW!``, ...)."""
        if action not in ACTIONS:
            raise OpCommandError(f"error: unknown system action {action!r}")
        if self.hooks is None:
            raise OpCommandError("error: this device cannot be restarted (no power control)")
        if self.state != "up":
            raise OpCommandError(f"error: the system is going down ({self.state})")
        delay = 0.0
        if action != "zeroize":
            delay = self._delay(at, in_minutes)
        if self.pending is not None and self.pending.timer is not None:
            self.pending.timer.cancel()
        when = self.clock() + delay
        self.pending = Pending(action, when, user)
        self.pending.timer = self.hooks.call_later(max(DOWN_AFTER, delay), self._go)
        self.history.append(f"{action} requested by {user}")
        if delay <= 0:
            return "Shutdown NOW!"
        return "Shutdown at " + time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime(when)) + "."

    def clear(self) -> bool:
        """``clear system reboot``: cancel a pending request; False when none was pending."""
        if self.pending is None:
            return False
        if self.pending.timer is not None:
            self.pending.timer.cancel()
        self.pending = None
        return True

    def _delay(self, at: str | None, in_minutes: str | None) -> float:
        if at is not None and in_minutes is not None:
            raise OpCommandError("error: 'at' and 'in' are mutually exclusive")
        if in_minutes is not None:
            text = in_minutes.strip()
            if text == "now":
                return 0.0
            if not text.isdigit():
                raise OpCommandError(f"error: invalid value for 'in': {in_minutes} (number of minutes)")
            return int(text) * self.minute_seconds
        if at is None:
            return 0.0
        return self._delay_at(at.strip())

    def _delay_at(self, text: str) -> float:
        if text == "now":
            return 0.0
        if re.fullmatch(r"\+\d+", text):
            return int(text[1:]) * self.minute_seconds
        now = self.clock()
        m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
        if m:
            hour, minute = int(m.group(1)), int(m.group(2))
            if hour > 23 or minute > 59:
                raise OpCommandError(f"error: invalid time: {text} (hh:mm, 24-hour)")
            today = time.gmtime(now)
            target = time.mktime((*today[:3], hour, minute, 0, 0, 0, 0)) - time.timezone
            if target <= now:
                target += 86400
            return target - now
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})", text)
        if m:
            year, month, day, hour, minute = (int(g) for g in m.groups())
            try:
                target = time.mktime((2000 + year, month, day, hour, minute, 0, 0, 0, 0)) - time.timezone
            except (OverflowError, ValueError):
                raise OpCommandError(f"error: invalid time: {text} (yymmddhhmm)") from None
            if target <= now:
                raise OpCommandError(f"error: time {text} is in the past")
            return target - now
        raise OpCommandError(f"error: invalid time: {text} (now, +minutes, yymmddhhmm or hh:mm)")

    # -- what happens --------------------------------------------------------------------------
    def _go(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None or self.hooks is None:
            return
        action = pending.action
        if action == "zeroize":
            self.hooks.zeroize()
            self.staged = None
        self.state = {"reboot": "rebooting", "zeroize": "rebooting", "halt": "halted"}.get(action, "powered-off")
        self.hooks.go_down()
        if self.state == "rebooting":
            self.hooks.call_later(self.reboot_seconds, self._boot)

    def _boot(self) -> None:
        if self.staged is not None:
            self.previous_version = self.device_version()
            self.set_version(self.staged.version)
            self.history.append(f"booted {self.staged.version} from {self.staged.path}")
            self.staged = None
        self.set_boot_time(self.clock())
        self.state = "up"
        if self.hooks is not None:
            self.hooks.come_up()

    # -- software ------------------------------------------------------------------------------
    def stage(self, path: str, version: str) -> None:
        self.staged = Package(path, version)

    def rollback(self) -> str:
        """``request system software rollback``: the previous version at the next reboot."""
        if self.staged is not None:
            dropped, self.staged = self.staged, None
            return f"Deleting pending install of {dropped.version}; the running software stays"
        if self.previous_version is None:
            raise OpCommandError("error: Cannot rollback, no previous software to roll back to")
        self.staged = Package("rollback", self.previous_version)
        return f"Rollback to software {self.previous_version} at the next reboot"
