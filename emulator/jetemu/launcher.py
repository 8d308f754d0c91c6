"""Start ``jetemu serve`` as a separate process and wait until it is ready.

For scripts, benchmarks and CI (ours and users'): the emulator runs as a real process, as
it would in a lab, and this module only starts it, reads its ready file and stops it::

    from jetemu.launcher import Emulator

    with Emulator.start(workdir, "--devices", "3", users={"lab": "lab123"}, inventory=True) as emu:
        print(emu.inventory, emu.target(0))

``users`` reach the emulator through its environment (``JETEMU_USERS``), never its command line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

PACKAGE_PARENT = Path(__file__).resolve().parents[1]


class Emulator:
    """A running ``jetemu serve`` process."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        ready: dict[str, Any],
        ready_file: Path,
        workdir: Path,
        argv: list[str],
        inventory: Path | None,
        log_file: Path,
    ) -> None:
        self.proc = proc
        self.ready = ready
        self.ready_file = ready_file
        self.workdir = workdir
        self.argv = argv
        self.inventory = inventory
        self.log_file = log_file

    @classmethod
    def start(
        cls,
        workdir: Path,
        *serve_args: str,
        inventory: bool = False,
        python: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 30.0,
        users: dict[str, str] | None = None,
    ) -> Self:
        """Run ``python -m jetemu serve SERVE_ARGS`` (``--port 0`` unless a port is given).

        ``users`` (name -> password) are handed over in ``JETEMU_USERS``, out of sight of other
        local users.

        The ready file (and with ``inventory=True`` an inventory) goes into ``workdir``; the
        emulator's output goes to ``workdir/emulator.log``, quoted in the error if it fails.
        """
        workdir.mkdir(parents=True, exist_ok=True)
        stamp = time.monotonic_ns()
        ready_file = workdir / f"ready-{stamp}.json"
        inventory_file = workdir / "inventory.yml" if inventory else None
        argv = [python or sys.executable, "-m", "jetemu", "serve", *serve_args, "--ready-file", str(ready_file)]
        if "--port" not in serve_args:
            argv += ["--port", "0"]
        if inventory_file is not None:
            argv += ["--inventory", str(inventory_file)]
        run_env = dict(os.environ if env is None else env)
        if python is None:  # our own interpreter: make sure it finds this very package
            run_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), run_env.get("PYTHONPATH")) if p)
        if users:
            if any(":" in name or "\n" in name + password for name, password in users.items()):
                raise ValueError("users: names without ':' and neither names nor passwords with newlines")
            run_env["JETEMU_USERS"] = "".join(f"{name}:{password}\n" for name, password in users.items())
        log_file = workdir / "emulator.log"
        with open(log_file, "ab") as log:
            proc = subprocess.Popen(
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=run_env
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready_file.exists():
                ready = json.loads(ready_file.read_text(encoding="utf-8"))
                return cls(proc, ready, ready_file, workdir, argv, inventory_file, log_file)
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        raise RuntimeError(
            f"jetemu did not become ready (exit {proc.returncode}): {' '.join(argv)}\n"
            + log_file.read_text(encoding="utf-8", errors="replace")
        )

    @property
    def devices(self) -> list[dict[str, Any]]:
        return list(self.ready["devices"])

    @property
    def device(self) -> dict[str, Any]:
        return dict(self.ready["devices"][0])

    def target(self, index: int = 0) -> str:
        device = self.ready["devices"][index]
        return f"{device['host']}:{device['port']}"

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM, then SIGKILL after ``timeout`` seconds; returns the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return int(self.proc.returncode)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
