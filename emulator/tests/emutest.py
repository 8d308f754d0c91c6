"""Test helpers: start ``jetemu serve`` as a real process and talk to it with the generated stubs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import grpc

from jetemu.launcher import Emulator
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


# The emulator as a real process: jetemu's own launcher (also what users' CI can use).
EmulatorProcess = Emulator


def start_emulator(workdir: Path, *args: str, timeout: float = 30.0) -> Emulator:
    """Run ``python -m jetemu serve ARGS`` (``--port 0`` unless given) and wait until it is ready."""
    return Emulator.start(workdir, *args, timeout=timeout)


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
