"""Helpers of the container tests: podman with the project's settings, our images, running containers.

Images are built by tools/containers/images.py (cached by recipe key, so `make images` before
pytest makes these fixtures instant). Every container and volume a test makes carries a unique
name and the label jetkit.test, so parallel runs in other checkouts never collide with ours.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import yaml
from jet_helpers import MEASUREMENTS, ROOT

TOOLS = ROOT / "tools" / "containers"
sys.path.insert(0, str(TOOLS))

import images  # noqa: E402

# make exports CONTAINERS_CONF; a bare pytest run gets the same settings.
os.environ.setdefault("CONTAINERS_CONF", str(TOOLS / "containers.conf"))

PODMAN = shutil.which("podman")
needs_podman = pytest.mark.skipif(PODMAN is None, reason="podman is not installed (make installs it on Debian)")


def podman(
    *args: str, timeout: float = 120, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **(env or {})}
    proc = subprocess.run(["podman", *args], capture_output=True, text=True, timeout=timeout, check=False, env=environ)
    if check and proc.returncode != 0:
        raise AssertionError(f"podman {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc


def unique(prefix: str) -> str:
    return f"jetkit-test-{prefix}-{uuid.uuid4().hex[:8]}"


class Container:
    """A detached container of IMAGE; `ports` maps its TCP ports to the host ports podman chose."""

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def run(
        cls,
        image: str,
        *args: str,
        publish: list[int],
        options: list[str] | None = None,
        secrets: dict[str, str] | None = None,
    ) -> Container:
        """SECRETS become environment variables of the container without appearing in podman's argv."""
        name = unique("ctr")
        argv = ["run", "--detach", "--name", name, "--label", "jetkit.test=1"]
        for port in publish:
            argv += ["--publish", f"127.0.0.1::{port}"]
        for variable in secrets or {}:
            argv += ["--env", variable]  # the value comes from podman's own environment
        podman(*argv, *(options or []), image, *args, env=secrets)
        return cls(name)

    def host_port(self, port: int) -> int:
        out = podman("port", self.name, f"{port}/tcp").stdout.strip().splitlines()[0]
        return int(out.rsplit(":", 1)[1])

    def wait_for_file(self, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if podman("exec", self.name, "test", "-f", path, check=False).returncode == 0:
                return
            state = podman("inspect", "--format", "{{.State.Status}}", self.name, check=False).stdout.strip()
            if state not in ("running", "created", "configured"):
                raise AssertionError(f"container {self.name} is {state}:\n{self.logs()}")
            time.sleep(0.5)
        raise AssertionError(f"{path} did not appear in {self.name} within {timeout} s:\n{self.logs()}")

    def logs(self) -> str:
        proc = podman("logs", self.name, check=False)
        return (proc.stdout + proc.stderr)[-6000:]

    def stop(self) -> None:
        podman("stop", "--time", "20", self.name, check=False)

    def remove(self) -> None:
        podman("rm", "--force", "--volumes", "--time", "5", self.name, check=False)


def remove_volume(name: str) -> None:
    podman("volume", "rm", "--force", name, check=False)


def built(image: images.Image) -> images.Image:
    """Note what the image cost for the measurements section of the test run."""
    MEASUREMENTS.append(image.line())
    return image


def write_inventory(path: Path, hosts: dict[str, dict[str, object]]) -> Path:
    """An inventory of JET devices (group jet_devices), mode 0600 as it holds lab credentials."""
    path.write_text(yaml.safe_dump({"all": {"children": {"jet_devices": {"hosts": hosts}}}}, sort_keys=False))
    path.chmod(0o600)
    return path
