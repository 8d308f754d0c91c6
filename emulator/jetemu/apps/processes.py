"""Child processes of a device: on-box applications and action scripts, with limits.

Everything a device runs is started here, the same way:

* in a session of its own (``start_new_session``), so stopping it stops its children too and a
  signal meant for jetemu never reaches it;
* with a small environment built from scratch (never jetemu's own, which may hold passwords):
  ``PATH``, ``HOME``, ``LANG``, unbuffered Python output, and the ``JETEMU_*`` variables of
  :func:`device_environment` that tell a program written for a device where that device's
  files, jsd and MQTT broker are;
* with resource limits set right after the start (``prlimit``): CPU seconds (``RLIMIT_CPU``:
  SIGXCPU, then SIGKILL), data segment size (``RLIMIT_DATA``), size of files written
  (``RLIMIT_FSIZE``, which also bounds trace files).

Only Linux has ``prlimit``; elsewhere the limits are set by a tiny Python wrapper that execs
the program. Nothing here knows about Junos commands.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

MAX_CAPTURE = 4 * 1024 * 1024  # bytes of an action script's output kept


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int | None = None
    data_bytes: int | None = None
    file_bytes: int | None = None

    def pairs(self) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.cpu_seconds is not None:
            found.append((resource.RLIMIT_CPU, self.cpu_seconds))
        if self.data_bytes is not None:
            found.append((resource.RLIMIT_DATA, self.data_bytes))
        if self.file_bytes is not None:
            found.append((resource.RLIMIT_FSIZE, self.file_bytes))
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
            resource.prlimit(pid, which, soft_hard)  # type: ignore[attr-defined]
        except ProcessLookupError:
            return


HAS_PRLIMIT = hasattr(resource, "prlimit")


def spawn(
    argv: list[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    limits: Limits,
    stdout: IO[bytes] | int,
    stderr: IO[bytes] | int,
) -> subprocess.Popen[bytes]:
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
    return proc


@dataclass(frozen=True)
class Finished:
    returncode: int | None  # None: killed for running too long
    stdout: bytes
    stderr: bytes
    seconds: float


def run(argv: list[str], *, cwd: Path, env: Mapping[str, str], limits: Limits, timeout: float) -> Finished:
    """Run to completion within ``timeout`` seconds (then the whole session is killed)."""
    started = time.monotonic()
    proc = spawn(argv, cwd=cwd, env=env, limits=limits, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_session(proc)
        out, err = proc.communicate()
        return Finished(None, out[:MAX_CAPTURE], err[-MAX_CAPTURE:], time.monotonic() - started)
    return Finished(proc.returncode, out[:MAX_CAPTURE], err[-MAX_CAPTURE:], time.monotonic() - started)


def kill_session(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def stop(proc: subprocess.Popen[bytes], grace: float = 3.0) -> int | None:
    """SIGTERM to the process's session, SIGKILL after ``grace`` seconds; the exit status."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            kill_session(proc)
            proc.wait()
    else:
        kill_session(proc)  # what it may have left behind in its session
    return proc.returncode


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


__all__ = ["Finished", "Limits", "describe_exit", "device_environment", "kill_session", "run", "spawn", "stop"]
