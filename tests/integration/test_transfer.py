"""The one-shot transfer (module_utils/_jet/transfer.py) against a real jetemu, over real gRPC.

The task code's JetApi talks to the device through a test endpoint in this process (no playbook,
no gateway): what is tested is the endpoint, the device's ``file copy`` fetching from it, and the
checks.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import Emulator, direct_client, start_emulator

from ansible_collections.jetkit.junos.plugins.module_utils._jet import transfer
from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi
from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import jnx_management_service_pb2 as mgmt_pb2
from jetemu.certs import write_lab_certificates

PAYLOAD = os.urandom(300_000) + b"\x00end"


class DirectEndpoint:
    """What the gateway does for these calls (OpCommandGet and info), in this process."""

    FORMATS = {0: "json", 1: "xml", 2: "text"}

    def __init__(self, emu: Emulator) -> None:
        self.transport = direct_client(emu, "pytest-transfer")
        self.target = emu.target()
        self.commands: list[str] = []

    def info(self, policy: Any, connect: bool = False) -> dict[str, Any]:
        return {"target": self.target, "client_id": "pytest-transfer"}

    def call(self, kind: str, path: str, payloads: list[bytes], policy: Any, **_options: Any) -> list[bytes]:
        assert (kind, path) == ("stream", "/jnx.jet.management.Management/OpCommandGet"), (kind, path)
        request = mgmt_pb2.OpCommandGetRequest.FromString(payloads[0])
        command = request.xml_command or request.cli_command
        self.commands.append(command)
        cli_or_xml = "xml" if request.xml_command else "cli"
        try:
            output = self.transport.op_command(command, self.FORMATS[request.out_format], cli_or_xml)
        except RuntimeError as exc:  # the device refused: its message, as the reply says it
            reply = mgmt_pb2.OpCommandGetResponse()
            reply.status.code = 1
            reply.status.message = str(exc)
            return [reply.SerializeToString()]
        return [mgmt_pb2.OpCommandGetResponse(data=output).SerializeToString()]


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_lab_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory, certs: dict[str, Path]) -> Iterator[Emulator]:
    os.environ["SSL_CERT_FILE"] = str(certs["ca.crt"])  # the device trusts the lab CA
    try:
        emu = start_emulator(tmp_path_factory.mktemp("emu"), "--hostname", "xfer1")
    finally:
        del os.environ["SSL_CERT_FILE"]
    yield emu
    emu.stop()


@pytest.fixture
def api(device: Emulator) -> Iterator[JetApi]:
    endpoint = DirectEndpoint(device)
    yield JetApi(endpoint, {"timeout": 30})
    endpoint.transport.close()


def refused(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex((host, port)) != 0


def test_put_then_read_back_with_checksums(api: JetApi) -> None:
    result = transfer.put_bytes(api, PAYLOAD, "/var/tmp/", name="payload.bin")
    assert result.dest == "/var/tmp/payload.bin"
    assert result.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert result.size == len(PAYLOAD)
    assert result.url.startswith("http://127.0.0.1:") and "/<token>/payload.bin" in result.url
    port = int(result.url.split(":")[2].split("/")[0])
    assert refused(port), "the endpoint is still open after the copy"
    assert transfer.device_checksum(api, "/var/tmp/payload.bin") == result.sha256
    assert transfer.read_file(api, "/var/tmp/payload.bin") == PAYLOAD
    assert transfer.device_checksum(api, "/var/tmp/none.bin") is None
    assert transfer.delete_file(api, "/var/tmp/payload.bin") is True
    assert transfer.delete_file(api, "/var/tmp/payload.bin") is False


def test_token_never_in_what_is_sent_back(api: JetApi) -> None:
    endpoint: Any = api.endpoint
    result = transfer.put_bytes(api, b"abc", "/var/tmp/t.txt")
    sent = next(c for c in endpoint.commands if c.startswith("<file-copy>"))
    token = sent.split("/")[3]
    assert len(token) >= 24 and token not in json.dumps(result.to_dict())


def test_https_with_a_certificate_the_device_trusts(api: JetApi, certs: dict[str, Path]) -> None:
    options = transfer.TransferOptions(
        scheme="https", tls_cert=str(certs["server.crt"]), tls_key=str(certs["server.key"])
    )
    result = transfer.put_bytes(api, PAYLOAD, "/var/db/scripts/jet/app.bin", options=options)
    assert result.url.startswith("https://127.0.0.1:")
    assert transfer.device_checksum(api, "/var/db/scripts/jet/app.bin") == hashlib.sha256(PAYLOAD).hexdigest()


def test_https_needs_a_certificate(api: JetApi) -> None:
    with pytest.raises(transfer.TransferError, match="tls_cert and transfer.tls_key"):
        transfer.put_bytes(api, b"x", "/var/tmp/x", options=transfer.TransferOptions(scheme="https"))


def test_a_device_that_cannot_reach_the_controller_gets_a_clear_error(api: JetApi) -> None:
    # The endpoint listens on 127.0.0.1 but the device is told to fetch from 127.0.0.9.
    options = transfer.TransferOptions(address="127.0.0.9", bind="127.0.0.1", timeout=5)
    with pytest.raises(transfer.TransferError) as caught:
        transfer.put_bytes(api, b"x", "/var/tmp/unreachable.txt", options=options)
    message = caught.value.message
    assert "the device could not fetch http://127.0.0.9:" in message
    assert "/<token>/unreachable.txt" in message and "refused" in message.lower()
    assert "must reach the controller at 127.0.0.9:" in message
    assert transfer.device_checksum(api, "/var/tmp/unreachable.txt") is None


def test_the_endpoint_serves_one_fetch_of_one_path_then_closes() -> None:
    options = transfer.TransferOptions(address="127.0.0.1", timeout=10)
    with transfer.OneShotEndpoint(b"secret bits", "f.bin", options, "127.0.0.1") as endpoint:
        wrong = endpoint.url.replace(endpoint.token, "x" * len(endpoint.token))
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(wrong, timeout=5)
        assert caught.value.code == 404
        with urllib.request.urlopen(endpoint.url, timeout=5) as reply:
            assert reply.read() == b"secret bits"
        assert endpoint.fetched
        deadline = time.monotonic() + 5
        while not refused(endpoint.port) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert refused(endpoint.port)


def test_the_endpoint_closes_after_its_timeout() -> None:
    options = transfer.TransferOptions(address="127.0.0.1", timeout=0.5)
    with transfer.OneShotEndpoint(b"x", "f.bin", options, "127.0.0.1") as endpoint:
        time.sleep(1.5)
        assert refused(endpoint.port)
        assert not endpoint.fetched


def test_bad_options_are_named() -> None:
    with pytest.raises(transfer.TransferError, match="transfer.port"):
        transfer.TransferOptions.from_params({"port": 70000})
    with pytest.raises(transfer.TransferError, match="only used with transfer.scheme https"):
        transfer.TransferOptions.from_params({"tls_cert": "/x"})
    with pytest.raises(transfer.TransferError, match="absolute path"):
        transfer.dest_path("var/tmp/x", "x")
