"""Child processes of a device: on-box applications and action scripts, with limits.

Everything a device runs is started here, the same way:

* in a session of its own (``start_new_session``), so stopping it stops its children too and a
  signal meant for jetemu never reaches it;
* with a small environment built from scratch (never jetemu's own, which may hold passwords):
  ``PATH``, ``HOME``, ``LANG``, unbuffered Python output, and the ``JETEMU_*`` variables of
  :func:`device_environment` that tell a program written for a device where that device's
  files, jsd and MQTT broker are;
* with resource limits set right after the start (``prlimit``): CPU seconds (``RLIMIT_CPU``:
  SIGXCPU, then SIGKILL), data and stack segment sizes (``RLIMIT_DATA``, ``RLIMIT_STACK``),
  size of files written (``RLIMIT_FSIZE``, which also bounds trace files);
* watched through :class:`Child`, the only code that waits for them, which never signals a
  process id that may have been recycled.

Only Linux has ``prlimit``; elsewhere the limits are set by a tiny Python wrapper that execs
the program. Nothing here knows about Junos commands.
"""

from __future__ import annotations

import os
import resource
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

MAX_CAPTURE = 4 * 1024 * 1024  # bytes of an action script's output kept


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int | None = None
    data_bytes: int | None = None
    file_bytes: int | None = None
    stack_bytes: int | None = None

    def pairs(self) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.cpu_seconds is not None:
            found.append((resource.RLIMIT_CPU, self.cpu_seconds))
        if self.data_bytes is not None:
            found.append((resource.RLIMIT_DATA, self.data_bytes))
        if self.file_bytes is not None:
            found.append((resource.RLIMIT_FSIZE, self.file_bytes))
        if self.stack_bytes is not None:
            found.append((resource.RLIMIT_STACK, self.stack_bytes))
        return found


def device_environment(root: Path, home: Path, extra: Mapping[str, str]) -> dict[str, str]:
    """The environment of a device's child process (see the module docstring)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "JETEMU_DEVICE_ROOT": str(root),
    }
    if "SSL_CERT_FILE" in os.environ:  # the trust store the device was started with
        env["SSL_CERT_FILE"] = os.environ["SSL_CERT_FILE"]
    env.update(extra)
    return env


def _wrapped(argv: list[str], limits: Limits) -> list[str]:
    """``argv`` behind a Python wrapper that sets the limits and execs it (non-Linux)."""
    pairs = ",".join(f"({which},{value})" for which, value in limits.pairs())
    code = (
        "import os,resource,sys\n"
        f"for w,v in [{pairs}]: resource.setrlimit(w,(v,v))\n"
        "os.execvp(sys.argv[1], sys.argv[1:])\n"
    )
    return [sys.executable, "-c", code, *argv]


def _apply(pid: int, limits: Limits) -> None:
    for which, value in limits.pairs():
        soft_hard = (value, value)
        if which == resource.RLIMIT_CPU:
            soft_hard = (value, value + 1)  # SIGXCPU first, SIGKILL a second later
        try:
            resource.prlimit(pid, which, soft_hard)
        except ProcessLookupError:
            return


HAS_PRLIMIT = hasattr(resource, "prlimit")
HAS_WAITID = hasattr(os, "waitid")


def _signal_group(pid: int, signum: int) -> None:
    try:
        os.killpg(pid, signum)
    except (ProcessLookupError, PermissionError):
        pass


def _ended_unreaped(pid: int) -> bool | None:
    """Whether ``pid`` (our child) has ended, without reaping it; None when it was reaped already."""
    if not HAS_WAITID:
        return None
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return None
    return info is not None


class Child:
    """A program started by :func:`spawn`, leader of a session of its own.

    Only this class waits for the program, and it signals the session only while the program
    is not reaped: until then its process id (which is also the id of its session and process
    group) cannot be given to another process, so a signal can never reach a stranger that got
    a recycled id (process ids wrap quickly where ``pid_max`` is small). When the program has
    ended, what it left running in its session is killed first, then the program is reaped.
    Thread-safe.
    """

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.pid = proc.pid
        self.returncode: int | None = None
        self._lock = threading.Lock()

    def signal(self, signum: int) -> None:
        """``signum`` to the whole session, if the program has not been reaped."""
        with self._lock:
            if self.returncode is None:
                _signal_group(self.pid, signum)

    def poll(self) -> int | None:
        """The exit status once the program has ended (then reaped), else None; never blocks."""
        with self._lock:
            if self.returncode is not None:
                return self.returncode
            ended = _ended_unreaped(self.pid)
            if ended is False:
                return None
            if ended is None:  # no waitid (or reaped elsewhere): plain poll, no session cleanup
                self.returncode = self.proc.poll()
                return self.returncode
            _signal_group(self.pid, signal.SIGKILL)  # its leftovers, while the id is still ours
            self.returncode = self.proc.wait()
            return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        """The exit status, waiting up to ``timeout`` seconds (None: no limit); None if still running."""
        deadline = None if timeout is None else time.monotonic() + timeout
        pause = 0.001
        while True:
            returncode = self.poll()
            if returncode is not None:
                return returncode
            if deadline is not None and time.monotonic() >= deadline:
                return None
            time.sleep(pause if deadline is None else max(0.0, min(pause, deadline - time.monotonic())))
            pause = min(0.02, pause * 2)

    @property
    def running(self) -> bool:
        return self.poll() is None

    def stop(self, grace: float) -> int:
        """SIGTERM to the session, SIGKILL after ``grace`` seconds; the exit status."""
        self.signal(signal.SIGTERM)
        returncode = self.wait(grace)
        if returncode is None:
            self.signal(signal.SIGKILL)
            returncode = self.wait()
        assert returncode is not None
        return returncode


def spawn(
    argv: list[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    limits: Limits,
    stdout: IO[bytes] | int,
    stderr: IO[bytes] | int,
) -> Child:
    """Start ``argv`` with ``limits`` in a session of its own."""
    command = argv if HAS_PRLIMIT else _wrapped(argv, limits)
    proc = subprocess.Popen(
        command,
        cwd=str(cwd),
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
        start_new_session=True,
        close_fds=True,
    )
    if HAS_PRLIMIT:
        _apply(proc.pid, limits)
    return Child(proc)


@dataclass(frozen=True)
class Finished:
    returncode: int | None  # None: killed for running too long
    stdout: bytes  # the first MAX_CAPTURE bytes
    stderr: bytes  # the last MAX_CAPTURE bytes
    seconds: float
    stdout_truncated: bool = False


def _collect(child: Child, deadline: float) -> tuple[bytes, bytes, bool, bool]:
    """Read the program's output until both pipes close or ``deadline``:
    ``(stdout head, stderr tail, stdout truncated, reached the deadline)``. Memory stays bounded
    whatever the program prints."""
    assert child.proc.stdout is not None and child.proc.stderr is not None
    out, err = bytearray(), bytearray()
    truncated = False
    with selectors.DefaultSelector() as selector:
        selector.register(child.proc.stdout, selectors.EVENT_READ, "out")
        selector.register(child.proc.stderr, selectors.EVENT_READ, "err")
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return bytes(out), bytes(err[-MAX_CAPTURE:]), truncated, True
            for key, _events in selector.select(remaining):
                data = os.read(key.fd, 65536)
                if not data:
                    selector.unregister(key.fileobj)
                elif key.data == "out":
                    room = MAX_CAPTURE - len(out)
                    out += data[:room]
                    truncated = truncated or len(data) > room
                else:
                    err += data
                    del err[:-MAX_CAPTURE]
    return bytes(out), bytes(err), truncated, False


def run(
    argv: list[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    limits: Limits,
    timeout: float,
    on_start: Callable[[Child], None] | None = None,
) -> Finished:
    """Run to completion within ``timeout`` seconds of wall-clock time; past it the whole session
    is killed (``returncode`` None), whether the program still prints, waits or has handed its
    output to a process outside its session. ``on_start`` sees the program as soon as it runs."""
    started = time.monotonic()
    deadline = started + timeout
    child = spawn(argv, cwd=cwd, env=env, limits=limits, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        if on_start is not None:
            on_start(child)
        out, err, truncated, late = _collect(child, deadline)
        returncode = None if late else child.wait(max(0.0, deadline - time.monotonic()))
        if returncode is None:
            child.signal(signal.SIGKILL)
            child.wait()
    finally:
        if child.returncode is None:  # on_start or a read failed: leave nothing running
            child.signal(signal.SIGKILL)
            child.wait()
        for pipe in (child.proc.stdout, child.proc.stderr):
            if pipe is not None:
                pipe.close()
    return Finished(returncode, out, err, time.monotonic() - started, truncated)


def describe_exit(returncode: int | None) -> str:
    """``exit code 2`` / ``killed by signal 24 (SIGXCPU: CPU time limit reached)``."""
    if returncode is None:
        return "still running"
    if returncode >= 0:
        return f"exit code {returncode}"
    number = -returncode
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = f"signal {number}"
    why = {
        "SIGXCPU": ": CPU time limit reached",
        "SIGXFSZ": ": file size limit reached",
        "SIGKILL": "",
        "SIGSEGV": ": segmentation fault",
        "SIGABRT": ": aborted",
    }.get(name, "")
    return f"killed by signal {number} ({name}{why})"


__all__ = ["Child", "Finished", "Limits", "describe_exit", "device_environment", "run", "spawn"]
