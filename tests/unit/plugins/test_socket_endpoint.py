"""SocketEndpoint against ansible-core's own JSON-RPC server, the one persistent processes run.

The server side here is ``ansible.utils.jsonrpc.JsonRpcServer`` behind the framing helpers of
``ansible.module_utils.connection``, exactly what ``ConnectionProcess.run`` does per request, so
these tests fail if our client and ansible-core's server ever stop understanding each other.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

from ansible.module_utils.connection import Connection, ConnectionError, recv_data, send_data
from ansible.utils.jsonrpc import JsonRpcServer

from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi, SocketEndpoint
from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError


class Device:
    """What the persistent process registers: methods answering JSON text, or failing."""

    def __init__(self) -> None:
        self.seen: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def jet_echo(self, *args: Any, **kwargs: Any) -> str:
        self.seen.append((args, kwargs))
        return json.dumps({"args": list(args), "kwargs": kwargs})

    def jet_fail(self, **_kwargs: Any) -> str:
        raise ConnectionError("error: syntax error, expecting <command>: shw", code=-32011)

    def jet_object(self, **_kwargs: Any) -> dict[str, Any]:
        return {"not": "a string"}  # the server pickles values that are not text


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Device]]:
    path = str(tmp_path / "pc")
    device = Device()
    rpc = JsonRpcServer()
    rpc._objects = set()  # the class keeps registered objects in a class attribute
    rpc.register(device)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(4)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                data = recv_data(conn)
                if data:
                    send_data(conn, rpc.handle_request(data).encode("utf-8"))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield path, device
    stop.set()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as wake:  # accept() does not see close()
        wake.connect(path)
    thread.join(timeout=5)
    listener.close()


def test_round_trip_matches_the_stock_client(server: tuple[str, Device]) -> None:
    path, device = server
    ours = SocketEndpoint(path).__rpc__("jet_echo", "a", policy={"timeout": 5}, command="show version | display json")
    stock = Connection(path).__rpc__("jet_echo", "a", policy={"timeout": 5}, command="show version | display json")
    assert ours == stock
    assert json.loads(ours) == {
        "args": ["a"],
        "kwargs": {"policy": {"timeout": 5}, "command": "show version | display json"},
    }
    assert len(device.seen) == 2


def test_non_ascii_and_large_payloads_survive(server: tuple[str, Device]) -> None:
    path, _ = server
    text = 'description "Zürich – 東京";\n' * 20000  # about 600 kB, several socket reads
    answer = json.loads(SocketEndpoint(path).__rpc__("jet_echo", config=text))
    assert answer["kwargs"]["config"] == text


def test_device_error_keeps_its_words_and_code(server: tuple[str, Device]) -> None:
    path, _ = server
    with pytest.raises(ConnectionError) as info:
        SocketEndpoint(path).__rpc__("jet_fail")
    assert str(info.value) == "error: syntax error, expecting <command>: shw"
    assert info.value.code == -32011


def test_unknown_method_is_reported(server: tuple[str, Device]) -> None:
    path, _ = server
    with pytest.raises(ConnectionError, match="Method not found") as info:
        SocketEndpoint(path).__rpc__("jet_nothing")
    assert info.value.code == -32601


def test_pickled_answers_are_decoded_like_the_stock_client(server: tuple[str, Device]) -> None:
    path, _ = server
    assert SocketEndpoint(path).__rpc__("jet_object") == {"not": "a string"}


def test_values_json_cannot_encode_fall_back_to_the_stock_encoder(server: tuple[str, Device]) -> None:
    path, device = server

    class Text(str):
        """A str subclass still encodes; a set does not, and goes to ansible-core's encoder."""

    answer = json.loads(SocketEndpoint(path).__rpc__("jet_echo", values={1, 2}))
    assert sorted(answer["kwargs"]["values"]) == [1, 2]
    assert json.loads(SocketEndpoint(path).__rpc__("jet_echo", host=Text("r1")))["kwargs"] == {"host": "r1"}
    assert device.seen[-1][1] == {"host": "r1"}


def test_missing_socket_names_the_path(tmp_path: Path) -> None:
    path = str(tmp_path / "nothing")
    with pytest.raises(ConnectionError, match="does not exist") as info:
        SocketEndpoint(path).__rpc__("jet_echo")
    assert path in str(info.value)


def test_stale_socket_file_reads_as_unable_to_connect(tmp_path: Path) -> None:
    """A socket file nobody listens on: the message JetApi restarts the process on."""
    path = str(tmp_path / "stale")
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert os.path.exists(path)
    with pytest.raises(ConnectionError, match="Unable to connect to socket"):
        SocketEndpoint(path).__rpc__("jet_echo")


def test_a_process_that_dies_mid_call_is_not_a_restart(tmp_path: Path) -> None:
    """The call may have run: report it, never replay it through a restart."""
    path = str(tmp_path / "dies")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)

    def accept_and_close() -> None:
        conn, _ = listener.accept()
        recv_data(conn)
        conn.close()

    thread = threading.Thread(target=accept_and_close, daemon=True)
    thread.start()
    restarts: list[int] = []
    api = JetApi(SocketEndpoint(path), {}, restart=lambda: restarts.append(1) or path)
    with pytest.raises(JetError, match="closed the connection"):
        api.op_command("show version")
    assert restarts == []
    thread.join(timeout=5)
    listener.close()
