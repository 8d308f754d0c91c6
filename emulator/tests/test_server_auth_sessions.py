"""Login, LoginCheck, the session limit and its release, over real gRPC channels."""

from __future__ import annotations

import concurrent.futures
import json
import time

import grpc
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt


def test_login_v2_success_and_failure(client: JetClient) -> None:
    bad = client.login(password="wrong-password")
    assert bad.status.code == 1  # FAILURE
    assert "authentication failed" in bad.status.message
    assert "wrong-password" not in bad.status.message
    good = client.login()
    assert good.status.code == 0, good.status.message


def test_rpc_before_login_is_unauthenticated(client: JetClient) -> None:
    with pytest.raises(grpc.RpcError) as info:
        client.op(cli="show version")
    assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert "Login" in info.value.details()


def test_failed_login_does_not_authenticate(client: JetClient) -> None:
    client.login(password="nope")
    with pytest.raises(grpc.RpcError) as info:
        client.op(cli="show version")
    assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_login_v1_then_v2_calls(client: JetClient) -> None:
    assert client.login_v1(password="bad").result is False
    assert client.login_v1().result is True
    status, data = client.op(cli="show version", fmt=v2_mgmt.OP_COMMAND_OUTPUT_JSON)
    assert status.code == 0
    assert "software-information" in json.loads(data)


def test_v1_execute_op_command(client: JetClient) -> None:
    assert client.login_v1().result is True
    replies = list(
        client.mgmt_v1.ExecuteOpCommand(
            v1_mgmt.ExecuteOpCommandRequest(
                request_id=42, cli_command="show version", out_format=v1_mgmt.OPERATION_FORMAT_CLI
            ),
            timeout=10,
        )
    )
    assert replies and all(r.request_id == 42 for r in replies)
    assert replies[-1].status == v1_mgmt.SUCCESS
    text = "".join(r.data for r in replies)
    assert text.startswith("<output>") and "Hostname: jet-lab1" in text


def test_session_limit_and_release(emulator_factory) -> None:
    emu: EmulatorProcess = emulator_factory("--port", "0", "--user", f"{USER}:{PASSWORD}", "--max-sessions", "3")
    target = emu.target()
    clients = [connect(target) for _ in range(3)]
    for i, c in enumerate(clients):
        assert c.login(client_id=f"c{i}").status.code == 0
    extra = connect(target)
    with pytest.raises(grpc.RpcError) as info:
        extra.login(client_id="c-extra")
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "(3)" in info.value.details()

    # The admitted sessions keep working, in parallel.
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda c: c.op(cli="show system uptime")[0].code, clients))
    assert results == [0, 0, 0]

    status, data = clients[0].op(cli="show extension-service request-response clients", fmt=2)
    assert status.code == 0
    for i in range(3):
        assert f"c{i}" in data
    assert "c-extra" not in data

    # A client that disconnects frees its slot.
    clients[1].close()
    deadline = time.monotonic() + 10
    while True:
        try:
            assert extra.login(client_id="c-extra").status.code == 0
            break
        except grpc.RpcError as exc:
            assert exc.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    status, data = clients[0].op(cli="show extension-service request-response clients", fmt=2)
    assert "c-extra" in data and "c1" not in data.split()
    for c in (clients[0], clients[2], extra):
        c.close()


def test_skip_authentication(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--skip-authentication", "--max-sessions", "1")
    first = connect(emu.target())
    status, _ = first.op(cli="show version")
    assert status.code == 0
    second = connect(emu.target())
    with pytest.raises(grpc.RpcError) as info:
        second.op(cli="show version")
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    first.close()
    second.close()
