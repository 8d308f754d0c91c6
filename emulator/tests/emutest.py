"""Test helpers: start ``jetemu serve`` as a real process and talk to it with the generated stubs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc

from jetemu.proto import (
    authentication_service_pb2 as v1_auth,
)
from jetemu.proto import (
    authentication_service_pb2_grpc as v1_auth_grpc,
)
from jetemu.proto import (
    jnx_authentication_service_pb2 as v2_auth,
)
from jetemu.proto import (
    jnx_authentication_service_pb2_grpc as v2_auth_grpc,
)
from jetemu.proto import (
    jnx_management_service_pb2 as v2_mgmt,
)
from jetemu.proto import (
    jnx_management_service_pb2_grpc as v2_mgmt_grpc,
)
from jetemu.proto import (
    management_service_pb2_grpc as v1_mgmt_grpc,
)

EMULATOR_DIR = Path(__file__).resolve().parents[1]
USER, PASSWORD = "lab", "lab-Secret-123"


@dataclass
class EmulatorProcess:
    proc: subprocess.Popen[str]
    ready: dict[str, Any]
    ready_file: Path
    workdir: Path
    args: list[str] = field(default_factory=list)

    @property
    def devices(self) -> list[dict[str, Any]]:
        return list(self.ready["devices"])

    def target(self, index: int = 0) -> str:
        device = self.devices[index]
        return f"{device['host']}:{device['port']}"

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return int(self.proc.returncode)


def start_emulator(workdir: Path, *args: str, timeout: float = 30.0) -> EmulatorProcess:
    """Run ``python -m jetemu serve ARGS --ready-file ...`` and wait until it is ready."""
    workdir.mkdir(parents=True, exist_ok=True)
    ready_file = workdir / f"ready-{time.monotonic_ns()}.json"
    argv = [sys.executable, "-m", "jetemu", "serve", *args, "--ready-file", str(ready_file)]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(EMULATOR_DIR) + os.pathsep + env.get("PYTHONPATH", "")
    log = open(workdir / "emulator.log", "a", encoding="utf-8")
    proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready_file.exists():
            ready = json.loads(ready_file.read_text())
            return EmulatorProcess(proc, ready, ready_file, workdir, list(args))
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    raise RuntimeError(
        f"jetemu did not become ready (exit {proc.returncode}):\n" + (workdir / "emulator.log").read_text()
    )


class JetClient:
    """A minimal client built only from the generated stubs, as any JET app would be."""

    def __init__(self, channel: grpc.Channel) -> None:
        self.channel = channel
        self.auth = v2_auth_grpc.AuthenticationStub(channel)
        self.mgmt = v2_mgmt_grpc.ManagementStub(channel)
        self.auth_v1 = v1_auth_grpc.LoginStub(channel)
        self.mgmt_v1 = v1_mgmt_grpc.ManagementRpcApiStub(channel)

    def login(self, user: str = USER, password: str = PASSWORD, client_id: str = "pytest") -> Any:
        return self.auth.Login(v2_auth.LoginRequest(username=user, password=password, client_id=client_id), timeout=10)

    def login_v1(self, user: str = USER, password: str = PASSWORD, client_id: str = "pytest-v1") -> Any:
        return self.auth_v1.LoginCheck(
            v1_auth.LoginRequest(user_name=user, password=password, client_id=client_id), timeout=10
        )

    def op(
        self, cli: str | None = None, xml: str | None = None, fmt: int = v2_mgmt.OP_COMMAND_OUTPUT_JSON
    ) -> tuple[Any, str]:
        if cli is not None:
            request = v2_mgmt.OpCommandGetRequest(cli_command=cli, out_format=fmt)
        else:
            request = v2_mgmt.OpCommandGetRequest(xml_command=xml or "", out_format=fmt)
        replies = list(self.mgmt.OpCommandGet(request, timeout=10))
        status = replies[-1].status if replies else None
        return status, "".join(r.data for r in replies)

    def close(self) -> None:
        self.channel.close()


def connect(target: str, credentials: grpc.ChannelCredentials | None = None, **options: Any) -> JetClient:
    opts = [("grpc.use_local_subchannel_pool", 1)] + list(options.items())
    if credentials is None:
        channel = grpc.insecure_channel(target, options=opts)
    else:
        channel = grpc.secure_channel(target, credentials, options=opts)
    grpc.channel_ready_future(channel).result(timeout=10)
    return JetClient(channel)
