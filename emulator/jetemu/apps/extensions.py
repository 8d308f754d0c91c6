"""On-box JET applications of one device: started, watched, respawned and stopped like jsd does.

An application is a file under ``/var/db/scripts/jet`` configured at ``system extensions
extension-service application file NAME`` (see :mod:`.settings`). What jetemu does with it:

* **daemonize**: started when a commit adds it (and when the device boots), restarted when a
  commit changes its configuration, stopped when a commit removes it. If it dies abnormally
  (non-zero exit, a signal, a limit reached) it is respawned, after 0.5 s, then with a delay
  doubling up to 8 s; five crashes within 60 s stop the respawning (``State: crashed``) until
  the next ``request extension-service start`` or a commit that changes it. A normal exit
  (status 0) is respawned only with ``respawn-on-normal-exit``.
* without **daemonize**: ``request extension-service start`` runs it in the foreground: the
  command answers its output when it ends (killed after the foreground time limit).
* ``request extension-service stop`` ends it (SIGTERM to its session, SIGKILL after 5 s); it
  stays stopped until started again or changed by a commit.
* Output (stdout and stderr) of a daemonized application goes to its trace file,
  ``/var/log/<traceoptions file>`` or ``/var/log/<name without extension>.log``.
* Limits (:class:`.processes.Limits`): ``resource-limits process NAME resources cpu time``,
  ``memory data-size`` (else ``max-datasize``, else 1 GiB) and ``file size`` (else 64 MiB).
* Python programs need ``system scripts language python3`` and run with jetemu's own Python;
  ``bash`` programs with the host's bash. ``checksum sha-256`` is verified before each start.
* jetemu runs applications as host processes with jetemu's user rights and nothing more;
  ``username`` sets their home directory (``/var/home/<user>``), not their host user.

A crashing application only changes its own state; everything here catches its own errors so
that nothing an application does can stop the emulator.
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..device.filesystem import DeviceFilesystem, FilesystemError
from ..device.registry import OpCommandError
from . import processes
from .settings import AppConfig, ProgramSettings

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
    proc: subprocess.Popen[bytes] | None = None
    state: str = "stopped"
    started_at: float | None = None
    restarts: int = 0
    last_exit: str | None = None
    last_exit_at: float | None = None
    message: str | None = None
    stopping: bool = False
    stop_deadline: float = 0.0
    start_after_stop: bool = False
    removed: bool = False
    respawn_at: float | None = None
    crashes: list[float] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


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
                app = self._apps.get(name)
                if app is None or app.removed:
                    app = _App(config)
                    self._apps[name] = app
                    if config.daemonize:
                        self._try_start(app, "configured")
                    continue
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
            app.message = exc.message
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
        stem = config.name.rsplit("/", 1)[-1].rsplit(".", 1)[0] or config.name
        return f"/var/log/{stem}.log"

    def _context(self, config: AppConfig) -> tuple[Path, dict[str, str]]:
        user = config.username or "root"
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
            proc = processes.spawn(argv, cwd=self.fs.root, env=env, limits=config.limits, stdout=trace, stderr=trace)
        except OSError as exc:
            raise AppError(f"error: cannot start {config.name}: {exc.strerror or exc}") from None
        finally:
            os.close(trace)
        app.proc = proc
        app.state = "running"
        app.message = None
        app.started_at = time.time()
        app.stopping = False
        app.respawn_at = None
        log.info("application %s started (pid %d, %s)", config.name, proc.pid, why)

    def _terminate(self, app: _App) -> None:
        """SIGTERM to the application's session; ``tick`` sends SIGKILL after the grace time."""
        if app.proc is None or app.proc.poll() is not None:
            return
        app.stopping = True
        app.stop_deadline = self._clock() + STOP_GRACE
        try:
            os.killpg(app.proc.pid, 15)
        except (ProcessLookupError, PermissionError):
            pass

    def _exited(self, app: _App, returncode: int) -> None:
        now = time.time()
        assert app.proc is not None
        processes.kill_session(app.proc)  # what it left behind in its session
        app.proc = None
        app.last_exit = processes.describe_exit(returncode)
        app.last_exit_at = now
        config = app.config
        if app.stopping:
            app.stopping = False
            app.state = "stopped"
            if app.start_after_stop and not app.removed:
                app.start_after_stop = False
                self._try_start(app, "configuration changed")
            return
        if not config.daemonize:
            app.state = "exited" if returncode == 0 else "crashed"
            return
        if returncode == 0 and not config.respawn_on_normal_exit:
            app.state = "exited"
            return
        if returncode != 0:
            app.crashes = [t for t in app.crashes if now - t < CRASH_WINDOW] + [now]
            if len(app.crashes) >= CRASH_LIMIT:
                app.state = "crashed"
                app.message = f"respawning stopped after {len(app.crashes)} crashes within {CRASH_WINDOW:g} seconds"
                log.warning("application %s: %s (%s)", config.name, app.message, app.last_exit)
                return
        delay = min(RESPAWN_MAX, RESPAWN_FIRST * (2 ** max(0, len(app.crashes) - 1)))
        app.state = "respawning"
        app.respawn_at = self._clock() + (delay if returncode != 0 else RESPAWN_FIRST)
        log.info("application %s ended (%s); respawning", config.name, app.last_exit)

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
        if app.proc is not None:
            returncode = app.proc.poll()
            if returncode is None:
                if app.stopping and now >= app.stop_deadline:
                    processes.kill_session(app.proc)
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
                return f"Extension-service application '{name}' started with pid: {app.proc.pid}\n"
            argv = self._argv(app.config)
            _home, env = self._context(app.config)
            app.state = "running"
            app.started_at = time.time()
        finished = processes.run(
            argv, cwd=self.fs.root, env=env, limits=app.config.limits, timeout=self.foreground_timeout
        )
        with self._lock:
            app.last_exit_at = time.time()
            if finished.returncode is None:
                app.state = "crashed"
                app.last_exit = f"killed after the foreground time limit of {self.foreground_timeout:g} seconds"
                raise AppError(
                    f"error: application {name} did not finish within {self.foreground_timeout:g} seconds and was "
                    "stopped (configure daemonize for an application that keeps running)"
                )
            app.last_exit = processes.describe_exit(finished.returncode)
            app.state = "exited" if finished.returncode == 0 else "crashed"
        return (finished.stdout + finished.stderr).decode("utf-8", errors="replace")

    def stop(self, name: str) -> str:
        """``request extension-service stop NAME``: waits until it has ended."""
        with self._lock:
            app = self._configured(name)
            if not app.running:
                raise AppError(f"error: application {name} is not running")
            proc = app.proc
            assert proc is not None
            app.respawn_at = None
            app.start_after_stop = False
            self._terminate(app)
        try:
            proc.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            processes.kill_session(proc)
            proc.wait()
        with self._lock:
            if app.proc is proc:
                self._exited(app, proc.returncode)
            app.state = "stopped"
        return f"Extension-service application '{name}' stopped\n"

    def restart(self, name: str) -> str:
        with self._lock:
            running = self._configured(name).running
        if running:
            self.stop(name)
        return self.start(name)

    # -- status -----------------------------------------------------------------------------------
    def names(self) -> list[str]:
        with self._lock:
            return sorted(n for n, a in self._apps.items() if not a.removed)

    def status(self, name: str | None) -> str:
        """``show extension-service status NAME|all``."""
        with self._lock:
            now = self._clock()
            for app in self._apps.values():
                self._tick_one(app, now)
            if name in (None, "all"):
                names = sorted(n for n, a in self._apps.items() if not a.removed)
                if not names:
                    return "No extension-service application is configured\n"
            else:
                self._configured(str(name))
                names = [str(name)]
            blocks = [self._describe(self._apps[n]) for n in names]
        return "\n".join(blocks)

    def _describe(self, app: _App) -> str:
        config = app.config
        limits = config.limits
        lines = [
            "Extension service application details:",
            f"Name: {config.name}",
            f"State: {'stopping' if app.stopping and app.running else app.state}",
            f"Process-id: {app.proc.pid if app.running and app.proc is not None else '-'}",
            f"Arguments: {config.arguments or ''}".rstrip(),
            f"Daemonize: {'yes' if config.daemonize else 'no'}",
            f"Respawn-on-normal-exit: {'yes' if config.respawn_on_normal_exit else 'no'}",
            f"Username: {config.username or 'root'}",
            f"Started: {_stamp(app.started_at)}",
            f"Restarts: {app.restarts}",
            f"Last exit: {app.last_exit or '-'}" + (f" at {_stamp(app.last_exit_at)}" if app.last_exit_at else ""),
            f"Trace file: {self.trace_path(config)}",
            f"CPU-Time-Limit: {f'{limits.cpu_seconds}s' if limits.cpu_seconds is not None else 'unlimited'}",
            f"Data-Segment-Size: {limits.data_bytes}B",
            f"File-Size-Limit: {limits.file_bytes}B",
        ]
        if app.message:
            lines.append(f"Reason: {app.message}")
        return "\n".join(lines) + "\n"

    # -- end --------------------------------------------------------------------------------------
    def shutdown(self, grace: float = 3.0) -> None:
        """Stop every application (the device is going away): SIGTERM all, SIGKILL after ``grace``."""
        with self._lock:
            self._closed = True
            running = [app.proc for app in self._apps.values() if app.proc is not None]
            for app in self._apps.values():
                app.respawn_at = None
                self._terminate(app)
        deadline = time.monotonic() + grace
        for proc in running:
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            processes.kill_session(proc)
            try:
                proc.wait(2)
            except subprocess.TimeoutExpired:
                log.warning("application process %d did not end", proc.pid)


__all__ = ["AppError", "ApplicationSupervisor", "python_required"]
