"""On-box programs of one emulated device: its JET applications and its YANG packages.

The device runtime owns one :class:`DeviceApps` and drives it:

* ``check(config)`` is a commit check (a configuration jetemu cannot run is refused, nothing
  half-applied) and ``configure(config)`` a commit listener;
* ``boot(config)`` once the device's jsd and broker listen (applications may connect at once);
* ``tick()`` from the emulator's timer loop (reaps and respawns, never blocks);
* ``shutdown()`` before the device's listeners close: applications stop with jetemu.

Every child process learns where its device is from ``JETEMU_*`` environment variables
(``JETEMU_DEVICE_ROOT``: the host directory that is the device's ``/``; ``JETEMU_HOSTNAME``;
``JETEMU_DEVICE_ADDRESS``, ``JETEMU_JSD_PORT``, ``JETEMU_MQTT_PORT``: where the device's jsd and
MQTT broker listen, the address an on-box application of a real device reaches them on;
``JETEMU_USER``). A program written for a real device uses its defaults when they are absent.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from ..device.filesystem import DeviceFilesystem
from ..device.registry import CommandRegistry
from .extensions import ApplicationSupervisor
from .packages import YangPackages
from .settings import ProgramSettings, SettingsError, read_settings

log = logging.getLogger("jetemu.apps")

DEFAULT_SCRIPT_TIMEOUT = 60.0


class DeviceApps:
    def __init__(
        self,
        filesystem: DeviceFilesystem,
        *,
        registry: Callable[[], CommandRegistry],
        where: Callable[[], dict[str, str]],
        script_timeout: float = DEFAULT_SCRIPT_TIMEOUT,
        python: str = sys.executable,
    ) -> None:
        self.fs = filesystem
        self._where = where  # JETEMU_* values that are only known once the device listens
        self.settings = ProgramSettings()
        self.booted = False
        self.supervisor = ApplicationSupervisor(
            filesystem, self.environment, foreground_timeout=script_timeout, python=python
        )
        self.packages = YangPackages(
            filesystem,
            registry,
            self.environment,
            lambda: self.settings.language,
            script_timeout=script_timeout,
            python=python,
        )

    def environment(self, user: str) -> dict[str, str]:
        env = {"JETEMU_USER": user}
        try:
            env.update({k: v for k, v in self._where().items() if v})
        except Exception:  # the device's addresses are informative; never fail a start on them
            log.exception("cannot tell the device's addresses to its programs")
        return env

    def check(self, config: dict[str, Any]) -> list[str]:
        """Commit check: what in ``config`` jetemu cannot run (an empty list when all is fine)."""
        try:
            read_settings(config)
        except SettingsError as exc:
            return [f"error: {exc}"]
        return []

    def configure(self, config: dict[str, Any]) -> None:
        try:
            self.settings = read_settings(config)
        except SettingsError as exc:  # the commit check refuses these; keep the previous settings
            log.warning("on-box program settings ignored: %s", exc)
            return
        if self.booted:
            self.supervisor.configure(self.settings)

    def boot(self, config: dict[str, Any]) -> None:
        self.booted = True
        self.configure(config)

    def tick(self) -> None:
        if self.booted:
            self.supervisor.tick()

    def shutdown(self) -> None:
        self.booted = False
        self.supervisor.shutdown()


__all__ = ["DEFAULT_SCRIPT_TIMEOUT", "DeviceApps"]
