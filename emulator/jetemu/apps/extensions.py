"""On-box JET applications of one device: started, watched, respawned and stopped like jsd does.

An application is a file under ``/var/db/scripts/jet`` configured at ``system extensions
extension-service application file NAME`` (see :mod:`.settings`). What jetemu does with it,
after Juniper's description of those statements ("file (JET)" in the Junos CLI reference):

* **daemonize**: the application runs in the background and "is automatically triggered upon
  commit" (and when the device boots); a commit that changes its configuration restarts it, one
  that removes it stops it. A normal exit (status 0) is respawned only with
  ``respawn-on-normal-exit``; an abnormal end (non-zero status, a signal, a limit reached) is
  respawned, after 0.5 s, then with a delay doubling up to 8 s. jetemu's own guard, not a Junos
  rule: five abnormal ends within 60 s stop the respawning until the next ``request
  extension-service start`` or a commit that changes the application.
* without **daemonize** it "must be triggered manually": ``request extension-service start``
  runs it in the foreground and answers ``Extension-service application 'NAME' started with
  PID: N`` followed by what it printed, once it ends (killed after the foreground time limit).
* ``request extension-service stop`` ends it (SIGTERM to its session, SIGKILL after 5 s) and
  answers ``Extension-service application 'NAME' with pid: N exited with return: R`` (R is the
  exit status, -1 for a program ended by a signal); it stays stopped until started again or
  changed by a commit.
* ``show extension-service status NAME|all`` (RPC ``<jet-application-status>``, whose reply is
  the text in ``<output>``) shows the running applications as Junos does::

      Extension service application details:
      Name : route_watch
      Process-id: 4242
      Stack-Segment-Size: 8388608B
      Data-Segment-Size: 134217728B

  (the name without its extension, the limits in bytes). An application that is not running
  shows nothing, as on Junos. What jetemu knows beyond that (why an application ended, each
  respawn, a start that failed) goes to the application's trace file, on lines starting with
  ``jetemu:``.
* Output (stdout and stderr) of a daemonized application goes to its trace file,
  ``/var/log/<traceoptions file>`` or ``/var/log/<name without extension>.log``.
* Limits (:class:`.processes.Limits`): ``resource-limits process NAME resources cpu time``,
  ``memory data-size`` (else ``max-datasize``, else 128 MiB, Junos' default data segment) and
  ``file size`` (else 64 MiB); the stack segment is 8 MiB.
* Python programs need ``system scripts language python3`` and run with jetemu's own Python;
  ``bash`` programs with the host's bash. ``checksum sha-256`` is verified before each start.
* jetemu runs applications as host processes with jetemu's user rights and nothing more;
  ``username`` (Junos' default: ``nobody``) sets their home directory (``/var/home/<user>``)
  and ``JETEMU_USER``, not their host user.

A crashing application only changes its own state; everything here catches its own errors so
that nothing an application does can stop the emulator.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..device.filesystem import DeviceFilesystem, FilesystemError
from ..device.registry import OpCommandError
from . import processes
from .settings import DEFAULT_USER, AppConfig, ProgramSettings

log = logging.getLogger("jetemu.apps")

STOP_GRACE = 5.0
RESPAWN_FIRST = 0.5
RESPAWN_MAX = 8.0
CRASH_WINDOW = 60.0
CRASH_LIMIT = 5


class AppError(OpCommandError):
    """An application cannot be started or stopped; the message says why."""


def _stamp(epoch: float | None) -> str:
    if epoch is None:
        return "-"
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(epoch))


def python_required(language: str | None) -> None:
    """Junos runs unsigned Python programs only with ``system scripts language python3``."""
    if language == "python3":
        return
    if language == "python":
        raise AppError("error: Python 2 is not available: configure 'system scripts language python3'")
    raise AppError("error: Python programs are not allowed: configure 'system scripts language python3'")


@dataclass
class _App:
    config: AppConfig
    proc: processes.Child | None = None
    foreground: bool = False  # proc belongs to a ``request extension-service start`` that waits for it
    state: str = "stopped"  # stopped, running, exited, crashed, respawning, failed (jetemu's own book-keeping)
    restarts: int = 0
    stopping: bool = False
    stop_deadline: float = 0.0
    start_after_stop: bool = False
    removed: bool = False
    respawn_at: float | None = None
    crashes: list[float] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None


def returned(returncode: int) -> int:
    """What ``request extension-service stop`` calls the return of a program: its exit status,
    -1 when a signal ended it."""
    return returncode if returncode >= 0 else -1


class ApplicationSupervisor:
    """The applications of one device (thread-safe: commands run in worker threads, ``tick``
    runs on the event loop and never waits)."""

    def __init__(
        self,
        filesystem: DeviceFilesystem,
        environment: Callable[[str], dict[str, str]],
        *,
        foreground_timeout: float = 60.0,
        python: str = sys.executable,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fs = filesystem
        self._environment = environment  # user -> extra environment of a child process
        self.foreground_timeout = foreground_timeout
        self.python = python
        self._clock = clock
        self._lock = threading.RLock()
        self._apps: dict[str, _App] = {}
        self._language: str | None = None
        self._closed = False

    # -- configuration ----------------------------------------------------------------------------
    def configure(self, settings: ProgramSettings) -> None:
        """Follow a committed configuration: start what it adds, restart what it changes,
        stop what it removes. Never waits for a process to end."""
        with self._lock:
            if self._closed:
                return
            self._language = settings.language
            for name, app in list(self._apps.items()):
                if name not in settings.applications:
                    app.removed = True
                    if app.running:
                        self._terminate(app)
                    else:
                        del self._apps[name]
            for name, config in settings.applications.items():
                known = self._apps.get(name)
                if known is None or known.removed:
                    app = _App(config)
                    self._apps[name] = app
                    if config.daemonize:
                        self._try_start(app, "configured")
                    continue
                app = known
                changed = app.config != config
                app.config = config
                if not changed:
                    continue
                app.crashes.clear()
                if app.running:
                    self._terminate(app)
                    app.start_after_stop = config.daemonize
                elif config.daemonize:
                    self._try_start(app, "configuration changed")

    def _try_start(self, app: _App, why: str) -> None:
        try:
            self._spawn(app, why)
        except OpCommandError as exc:
            app.state = "failed"
            self._trace(app.config, f"cannot start {app.config.name} ({why}): {exc.message.removeprefix('error: ')}")
            log.warning("application %s not started: %s", app.config.name, exc.message)

    # -- processes --------------------------------------------------------------------------------
    def _argv(self, config: AppConfig) -> list[str]:
        interpreter = config.interpreter
        if interpreter is None:
            if config.name.endswith(".py"):
                interpreter = "python3"
            elif config.name.endswith(".sh"):
                interpreter = "bash"
            else:
                raise AppError(
                    f"error: cannot tell how to run {config.name}: configure its interpreter (python3 or bash)"
                )
        if interpreter in ("python", "python3"):
            python_required(self._language)
            if interpreter == "python":
                raise AppError("error: Python 2 is not available: use interpreter python3")
            runner = [self.python]
        else:
            runner = ["bash"]
        try:
            host = self.fs.host_path(config.device_path)
        except FilesystemError:
            raise AppError(f"error: application file {config.device_path} not found") from None
        if config.sha256 is not None:
            _, digest = self.fs.checksum(config.device_path, "sha-256")
            if digest != config.sha256:
                raise AppError(
                    f"error: checksum of {config.device_path} ({digest}) does not match the configured "
                    f"sha-256 {config.sha256}; not started"
                )
        try:
            arguments = shlex.split(config.arguments or "")
        except ValueError as exc:
            raise AppError(f"error: arguments of {config.name}: {exc}") from None
        return [*runner, str(host), *arguments]

    def trace_path(self, config: AppConfig) -> str:
        if config.trace_file:
            name = config.trace_file
            return name if name.startswith("/") else f"/var/log/{name}"
        return f"/var/log/{display_name(config.name)}.log"

    def _trace(self, config: AppConfig, line: str) -> None:
        """One ``jetemu:`` line in the application's trace file (best effort: never fails a caller)."""
        try:
            trace = self.fs.open_append(self.trace_path(config))
        except (OSError, OpCommandError):
            return
        try:
            os.write(trace, f"{_stamp(time.time())} jetemu: {line}\n".encode())
        except OSError:
            pass
        finally:
            os.close(trace)

    def _context(self, config: AppConfig) -> tuple[Path, dict[str, str]]:
        user = config.username or DEFAULT_USER
        home = self.fs.host_path(self.fs.ensure_home(user))
        env = processes.device_environment(self.fs.root, home, self._environment(user))
        return home, env

    def _spawn(self, app: _App, why: str) -> None:
        config = app.config
        argv = self._argv(config)
        _home, env = self._context(config)
        trace = self.fs.open_append(self.trace_path(config))
        try:
            os.write(trace, f"{_stamp(time.time())} jetemu: starting {config.name} ({why})\n".encode())
            child = processes.spawn(argv, cwd=self.fs.root, env=env, limits=config.limits, stdout=trace, stderr=trace)
        except OSError as exc:
            raise AppError(f"error: cannot start {config.name}: {exc.strerror or exc}") from None
        finally:
            os.close(trace)
        app.proc = child
        app.foreground = False
        app.state = "running"
        app.stopping = False
        app.respawn_at = None
        log.info("application %s started (pid %d, %s)", config.name, child.pid, why)

    def _terminate(self, app: _App) -> None:
        """SIGTERM to the application's session; ``tick`` sends SIGKILL after the grace time."""
        if app.proc is None or not app.running:
            return
        app.stopping = True
        app.stop_deadline = self._clock() + STOP_GRACE
        app.proc.signal(signal.SIGTERM)

    def _exited(self, app: _App, returncode: int) -> None:
        now = time.time()
        app.proc = None
        app.foreground = False
        ended = processes.describe_exit(returncode)
        config = app.config
        if app.stopping:
            app.stopping = False
            app.state = "stopped"
            self._trace(config, f"{config.name} stopped ({ended})")
            if app.start_after_stop and not app.removed:
                app.start_after_stop = False
                self._try_start(app, "configuration changed")
            return
        if not config.daemonize:
            app.state = "exited" if returncode == 0 else "crashed"
            return
        if returncode == 0 and not config.respawn_on_normal_exit:
            app.state = "exited"
            self._trace(config, f"{config.name} ended ({ended}); not respawned (no respawn-on-normal-exit)")
            return
        if returncode != 0:
            app.crashes = [t for t in app.crashes if now - t < CRASH_WINDOW] + [now]
            if len(app.crashes) >= CRASH_LIMIT:
                app.state = "crashed"
                message = f"respawning stopped after {len(app.crashes)} abnormal ends within {CRASH_WINDOW:g} seconds"
                self._trace(config, f"{config.name} ended ({ended}); {message}")
                log.warning("application %s: %s (%s)", config.name, message, ended)
                return
        delay = min(RESPAWN_MAX, RESPAWN_FIRST * (2 ** max(0, len(app.crashes) - 1)))
        delay = delay if returncode != 0 else RESPAWN_FIRST
        app.state = "respawning"
        app.respawn_at = self._clock() + delay
        self._trace(config, f"{config.name} ended ({ended}); respawning in {delay:g} s")
        log.info("application %s ended (%s); respawning", config.name, ended)

    def tick(self) -> None:
        """Reap, respawn, escalate stops. Called often from the event loop; never blocks."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            now = self._clock()
            for name, app in list(self._apps.items()):
                try:
                    self._tick_one(app, now)
                except Exception:  # one application's trouble is its own
                    log.exception("application %s: supervision failed", name)
                if app.removed and app.proc is None:
                    self._apps.pop(name, None)
        finally:
            self._lock.release()

    def _tick_one(self, app: _App, now: float) -> None:
        if app.proc is not None and not app.foreground:  # a foreground run is watched by its command
            returncode = app.proc.poll()
            if returncode is None:
                if app.stopping and now >= app.stop_deadline:
                    app.proc.signal(signal.SIGKILL)
                return
            self._exited(app, returncode)
        if app.respawn_at is not None and now >= app.respawn_at and not app.removed:
            app.respawn_at = None
            app.restarts += 1
            self._try_start(app, "respawn")

    # -- commands ---------------------------------------------------------------------------------
    def _configured(self, name: str) -> _App:
        app = self._apps.get(name)
        if app is None or app.removed:
            raise AppError(
                f"error: application {name} is not configured at "
                "[edit system extensions extension-service application file]"
            )
        return app

    def start(self, name: str) -> str:
        """``request extension-service start NAME``."""
        with self._lock:
            app = self._configured(name)
            if app.running:
                assert app.proc is not None
                raise AppError(f"error: application {name} is already running (pid {app.proc.pid})")
            if app.config.daemonize:
                app.crashes.clear()
                app.respawn_at = None
                self._spawn(app, "request extension-service start")
                assert app.proc is not None
                return started_line(name, app.proc.pid)
            argv = self._argv(app.config)
            _home, env = self._context(app.config)
            app.state = "running"

        def record(child: processes.Child) -> None:
            with self._lock:
                app.proc, app.foreground = child, True

        finished = processes.run(
            argv,
            cwd=self.fs.root,
            env=env,
            limits=app.config.limits,
            timeout=self.foreground_timeout,
            on_start=record,
        )
        with self._lock:
            pid = app.proc.pid if app.proc is not None else 0
            if app.foreground:
                app.proc, app.foreground = None, False
            app.stopping = False
            if finished.returncode is None:
                app.state = "crashed"
                raise AppError(
                    f"error: application {name} did not finish within {self.foreground_timeout:g} seconds and was "
                    "stopped (configure daemonize for an application that keeps running)"
                )
            app.state = "exited" if finished.returncode == 0 else "crashed"
        output = (finished.stdout + finished.stderr).decode("utf-8", errors="replace")
        return started_line(name, pid) + output

    def stop(self, name: str) -> str:
        """``request extension-service stop NAME``: waits until it has ended."""
        with self._lock:
            app = self._configured(name)
            if not app.running:
                raise AppError(f"error: application {name} is not running")
            child = app.proc
            assert child is not None
            app.respawn_at = None
            app.start_after_stop = False
            self._terminate(app)
        returncode = child.wait(STOP_GRACE)
        if returncode is None:
            child.signal(signal.SIGKILL)
            returncode = child.wait()
        assert returncode is not None
        with self._lock:
            if app.proc is child and not app.foreground:
                self._exited(app, returncode)
            app.state = "stopped"
        return stopped_line(name, child.pid, returncode)

    def restart(self, name: str) -> str:
        with self._lock:
            running = self._configured(name).running
        stopped = self.stop(name) if running else ""
        return stopped + self.start(name)

    # -- status -----------------------------------------------------------------------------------
    def names(self) -> list[str]:
        with self._lock:
            return sorted(n for n, a in self._apps.items() if not a.removed)

    def status(self, name: str | None) -> str:
        """``show extension-service status NAME|all``: the running applications (see the module text)."""
        with self._lock:
            now = self._clock()
            for app in self._apps.values():
                self._tick_one(app, now)
            if name in (None, "all"):
                chosen = [a for _n, a in sorted(self._apps.items())]
            else:
                found = self._apps.get(str(name))
                chosen = [found] if found is not None else []
            return "".join(self._describe(app) for app in chosen if app.running)

    @staticmethod
    def _describe(app: _App) -> str:
        assert app.proc is not None
        limits = app.config.limits
        return (
            "Extension service application details:\n"
            f"Name : {display_name(app.config.name)}\n"
            f"Process-id: {app.proc.pid}\n"
            f"Stack-Segment-Size: {limits.stack_bytes}B\n"
            f"Data-Segment-Size: {limits.data_bytes}B\n"
        )

    # -- end --------------------------------------------------------------------------------------
    def shutdown(self, grace: float = 3.0) -> None:
        """Stop every application (the device is going away): SIGTERM all, SIGKILL after ``grace``."""
        with self._lock:
            self._closed = True
            running = [app.proc for app in self._apps.values() if app.proc is not None]
            for app in self._apps.values():
                app.respawn_at = None
                if app.proc is not None:
                    app.proc.signal(signal.SIGTERM)
        deadline = time.monotonic() + grace
        for child in running:
            if child.wait(max(0.0, deadline - time.monotonic())) is None:
                child.signal(signal.SIGKILL)
                if child.wait(2.0) is None:
                    log.warning("application process %d did not end", child.pid)


def display_name(name: str) -> str:
    """How Junos names an application in its status: the file name without its extension."""
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base.strip(".") else base


def started_line(name: str, pid: int) -> str:
    return f"Extension-service application '{name}' started with PID: {pid}\n"


def stopped_line(name: str, pid: int, returncode: int) -> str:
    return f"Extension-service application '{name}' with pid: {pid} exited with return: {returned(returncode)}\n"


__all__ = [
    "AppError",
    "ApplicationSupervisor",
    "display_name",
    "python_required",
    "returned",
    "started_line",
    "stopped_line",
]
