"""A second language: the Node.js JET client (tests/node/jet_client.js) against jetemu over TLS.

The client loads the collection's ``proto/`` files at run time with @grpc/proto-loader (no
generated code) and uses @grpc/grpc-js and mqtt from the npm registry, installed by ``make setup``
with ``npm ci`` from the committed lockfile. It logs in over TLS, runs ``show version`` in text,
XML and JSON, programs a route and reads it back, and receives the route's JET event.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import PASSWORD, ROOT, USER

from jetemu.certs import write_lab_certificates
from jetemu.launcher import Emulator

NODE_CLIENT = ROOT / "tests" / "node"


@pytest.fixture(scope="module")
def node() -> str:
    binary = shutil.which("node")
    assert binary is not None, "Node.js is needed for this test (node 18 or newer)"
    assert (NODE_CLIENT / "node_modules" / "@grpc" / "grpc-js").is_dir(), (
        "the Node.js client's packages are missing: run 'make setup' (npm ci in tests/node)"
    )
    return binary


@pytest.fixture(scope="module")
def tls_device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Emulator, dict[str, Path]]]:
    certs = write_lab_certificates(tmp_path_factory.mktemp("certs"))
    emu = Emulator.start(
        tmp_path_factory.mktemp("emu"),
        "--port", "0", "--hostname", "node-r1",
        "--tls-cert", str(certs["server.crt"]), "--tls-key", str(certs["server.key"]),
        users={USER: PASSWORD},
    )  # fmt: skip
    yield emu, certs
    emu.stop()


def run_client(node: str, emu: Emulator, certs: dict[str, Path], *extra: str) -> subprocess.CompletedProcess[str]:
    device = emu.devices[0]
    argv = [
        node, str(NODE_CLIENT / "jet_client.js"),
        "--target", f"{device['host']}:{device['port']}", "--server-name", "localhost",
        "--ca", str(certs["ca.crt"]), "--user", USER, "--mqtt-port", str(device["jet_mqtt_port"]), *extra,
    ]  # fmt: skip
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "JET_PASSWORD": PASSWORD}
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd=NODE_CLIENT)


def test_node_client_logs_in_runs_commands_programs_a_route_and_gets_its_event(
    node: str, tls_device: tuple[Emulator, dict[str, Path]]
) -> None:
    emu, certs = tls_device
    done = run_client(node, emu, certs, "--client-id", "node-1", "--prefix", "198.51.100.0/24")
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    assert result["login"] == f"user '{USER}' logged in, client id 'node-1'"

    op = result["op"]
    assert "Hostname: node-r1" in op["text"]
    assert "<host-name>node-r1</host-name>" in op["xml"]
    assert op["json"]["software-information"][0]["host-name"][0]["data"] == "node-r1"

    assert result["route_add"] == {"sub_code": "SUCCESS", "operations_completed": 1}
    assert result["route_get"] == [
        {"prefix": "198.51.100.0/24", "gateway": "172.16.0.254", "protocol": "PROTO_STATIC", "preference": 7}
    ]
    assert "198.51.100.0/24    *[Static/7]" in result["show_route"]

    event = result["event"]["jet-event"]
    assert event["event-id"] == "KERNEL_EVENT_ROUTE_ADD" and event["hostname"] == "node-r1"
    assert event["attributes"]["route-prefix"] == "198.51.100.0/24"
    assert event["attributes"]["nexthop-address"] == ["172.16.0.254"]


def test_node_client_reports_a_wrong_password(node: str, tls_device: tuple[Emulator, dict[str, Path]]) -> None:
    emu, certs = tls_device
    device = emu.devices[0]
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "JET_PASSWORD": "wrong"}
    done = subprocess.run(
        [
            node, str(NODE_CLIENT / "jet_client.js"), "--target", f"{device['host']}:{device['port']}",
            "--server-name", "localhost", "--ca", str(certs["ca.crt"]), "--user", USER,
            "--mqtt-port", str(device["jet_mqtt_port"]),
        ],
        capture_output=True, text=True, env=env, timeout=120, cwd=NODE_CLIENT,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Login failed: authentication failed for user 'lab'" in done.stderr
