"""Helpers of the collection integration tests: jetemu as a real process, the real ansible-playbook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
EMULATOR = ROOT / "emulator"
VENV_BIN = Path(sys.executable).parent
# ansible-playbook of another ansible-core (make test's smoke runs on the oldest and newest supported)
ANSIBLE_BIN = Path(os.environ.get("JETKIT_ANSIBLE_BIN") or VENV_BIN)
COLLECTIONS = ROOT / ".venv" / "collections"
USER, PASSWORD = "lab", "Lab-Secret-Pw-4711"
# Lines (sizes, build times) the tests want the reader of `make test` to see: conftest.py prints
# them in a "measurements" section at the end of the run.
MEASUREMENTS: list[str] = []

sys.path.insert(0, str(COLLECTIONS))
sys.path.insert(0, str(EMULATOR))

from jetemu import launcher  # noqa: E402


class Emulator(launcher.Emulator):
    """jetemu as a real process (jetemu's own launcher), with its written inventory."""

    inventory: Path

    def host_vars(self) -> dict[str, Any]:
        doc = yaml.safe_load(self.inventory.read_text())
        hosts = doc["all"]["children"]["jet_devices"]["hosts"]
        return dict(next(iter(hosts.values())))


def start_emulator(workdir: Path, *args: str) -> Emulator:
    return Emulator.start(workdir, "--user", f"{USER}:{PASSWORD}", "--log-level", "INFO", *args, inventory=True)


@dataclass
class PlaybookRun:
    rc: int
    output: str
    results: dict[str, Any]

    def task(self, name: str) -> dict[str, Any]:
        return self.results[name]


CALLBACK = """
import json, os
from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "jetresults"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.results = {}

    def _save(self, result, status):
        data = dict(result._result)
        data["_status"] = status
        self.results[result._task.get_name()] = json.loads(json.dumps(data, default=str))

    def v2_runner_on_ok(self, result):
        self._save(result, "ok")

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._save(result, "failed")

    def v2_runner_on_skipped(self, result):
        self._save(result, "skipped")

    def v2_playbook_on_stats(self, stats):
        with open(os.environ["JET_RESULTS"], "w") as handle:
            json.dump(self.results, handle)
"""


def run_playbook(
    workdir: Path,
    inventory: Path,
    tasks: list[dict[str, Any]],
    *,
    extra_args: list[str] | None = None,
    play_vars: dict[str, Any] | None = None,
    play_connection: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 180,
) -> PlaybookRun:
    workdir.mkdir(parents=True, exist_ok=True)
    stamp = time.monotonic_ns()
    playbook = workdir / f"play-{stamp}.yml"
    play: dict[str, Any] = {"hosts": "all", "gather_facts": False, "tasks": tasks}
    if play_vars:
        play["vars"] = play_vars
    if play_connection:
        play["connection"] = play_connection
    playbook.write_text(yaml.safe_dump([play], sort_keys=False))
    callbacks = workdir / "callbacks"
    callbacks.mkdir(exist_ok=True)
    (callbacks / "jetresults.py").write_text(CALLBACK)
    results_file = workdir / f"results-{stamp}.json"
    environ = dict(os.environ)
    environ.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS),
            "ANSIBLE_CALLBACK_PLUGINS": str(callbacks),
            "ANSIBLE_CALLBACKS_ENABLED": "jetresults",
            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": str(workdir / "pc"),
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_FORCE_COLOR": "0",
            "JET_RESULTS": str(results_file),
        }
    )
    environ.update(env or {})
    proc = subprocess.run(
        [str(ANSIBLE_BIN / "ansible-playbook"), "-i", str(inventory), str(playbook), *(extra_args or [])],
        capture_output=True,
        text=True,
        env=environ,
        cwd=workdir,
        timeout=timeout,
    )
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    return PlaybookRun(proc.returncode, proc.stdout + proc.stderr, results)


class DirectClient:
    """A second JET session outside Ansible: one gRPC channel, one Login, op commands (test helper)."""

    FORMATS = {"json": 0, "xml": 1, "text": 2}

    def __init__(self, host: str, port: int, client_id: str, session_retries: int = 0) -> None:
        import grpc

        from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import (
            jnx_authentication_service_pb2 as auth_pb2,
        )
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import (
            jnx_authentication_service_pb2_grpc as auth_grpc,
        )
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import (
            jnx_management_service_pb2_grpc as mgmt_grpc,
        )

        self.channel = grpc.insecure_channel(f"{host}:{port}", options=[("grpc.use_local_subchannel_pool", 1)])
        reply = auth_grpc.AuthenticationStub(self.channel).Login(
            auth_pb2.LoginRequest(username=USER, password=PASSWORD, client_id=client_id), timeout=30
        )
        if reply.status.code != 0:
            self.channel.close()
            raise RuntimeError(f"Login refused: {reply.status.message}")
        self.management = mgmt_grpc.ManagementStub(self.channel)

    def op_command(self, command: str, fmt: str = "text", kind: str = "cli") -> str:
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import (
            jnx_management_service_pb2 as mgmt_pb2,
        )

        field = "cli_command" if kind == "cli" else "xml_command"
        request = mgmt_pb2.OpCommandGetRequest(**{field: command}, out_format=self.FORMATS[fmt])
        pieces = []
        for reply in self.management.OpCommandGet(request, timeout=30):
            if reply.status.code != 0:
                raise RuntimeError(reply.status.message)
            pieces.append(reply.data)
        return "".join(pieces)

    def close(self) -> None:
        self.channel.close()


def direct_client(emu: Emulator, client_id: str = "pytest-direct") -> DirectClient:
    hv = emu.host_vars()
    return DirectClient(hv["ansible_host"], hv["ansible_port"], client_id)


def device_cli(emu: Emulator, command: str, fmt: str = "text") -> str:
    """An op command's output, read in a session of its own (not the playbook's)."""
    client = direct_client(emu, "pytest-inspect")
    try:
        return str(client.op_command(command, fmt))
    finally:
        client.close()


def committed_set(emu: Emulator) -> str:
    return device_cli(emu, "show configuration | display set")


def paused_after(task: dict, reached: Path, resume: Path, timeout: int) -> list[dict]:
    """``task``, then the playbook touches ``reached`` and waits (on the controller) for ``resume``.

    A test thread does its part between the two, while the gateway keeps the sessions.
    """
    local = {
        "delegate_to": "localhost",
        "vars": {"ansible_connection": "local", "ansible_python_interpreter": sys.executable},
    }
    return [
        task,
        {"name": "mark", "ansible.builtin.file": {"path": str(reached), "state": "touch"}, **local},
        {"name": "wait", "ansible.builtin.wait_for": {"path": str(resume), "timeout": timeout}, **local},
    ]


def wait_for_file(path: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
