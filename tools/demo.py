"""`make demo-single` / `make demo-jet`: one emulated device (`make demo` is tools/fleet_demo.py).

By default it runs `playbooks/demo.yml` with `ansible-playbook` against the emulator (facts,
a command, a configuration change with its diff, a rollback). With `--jet-calls`
(`make demo-jet`) it shows the raw JET calls instead, over real gRPC with the generated stubs,
the way any JET application talks to jsd: Login on a channel, then op commands and
configuration calls on the same channel, through the v2 and the legacy v1 APIs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import grpc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu import launcher  # noqa: E402
from jetemu.proto import authentication_service_pb2 as v1_auth  # noqa: E402
from jetemu.proto import authentication_service_pb2_grpc as v1_auth_grpc  # noqa: E402
from jetemu.proto import jnx_authentication_service_pb2 as v2_auth  # noqa: E402
from jetemu.proto import jnx_authentication_service_pb2_grpc as v2_auth_grpc  # noqa: E402
from jetemu.proto import jnx_common_base_types_pb2 as common  # noqa: E402
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt  # noqa: E402
from jetemu.proto import jnx_management_service_pb2_grpc as v2_mgmt_grpc  # noqa: E402
from jetemu.proto import management_service_pb2 as v1_mgmt  # noqa: E402
from jetemu.proto import management_service_pb2_grpc as v1_mgmt_grpc  # noqa: E402

USER, PASSWORD = "lab", "lab123"


def step(title: str) -> None:
    print(f"\n=== {title}")


def op(stub: v2_mgmt_grpc.ManagementStub, fmt: int, cli: str = "", xml: str = "") -> str:
    request = v2_mgmt.OpCommandGetRequest(out_format=fmt)
    if cli:
        request.cli_command = cli
    else:
        request.xml_command = xml
    replies = list(stub.OpCommandGet(request, timeout=10))
    status = replies[-1].status
    if status.code != 0:
        return f"(device said: {status.message})"
    return "".join(r.data for r in replies)


def run_playbook(inventory: Path) -> int:
    step("ansible-playbook playbooks/demo.yml --diff (one persistent JET session for the whole run)")
    env = dict(os.environ)
    env.setdefault("ANSIBLE_COLLECTIONS_PATH", str(ROOT / ".venv" / "collections"))
    playbook = [
        str(Path(sys.executable).with_name("ansible-playbook")),
        "-i",
        str(inventory),
        str(ROOT / "playbooks" / "demo.yml"),
        "--diff",
    ]
    return subprocess.call(playbook, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)


def main() -> int:
    jet_calls = "--jet-calls" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        try:
            emu = launcher.Emulator.start(
                Path(tmp), "--hostname", "demo-r1", "--user", f"{USER}:{PASSWORD}", inventory=True
            )
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 1
        inventory = emu.inventory
        assert inventory is not None
        try:
            device = emu.device
            target = emu.target()
            step(f"jetemu serving device {device['name']} on {target} (clear-text gRPC)")
            if not jet_calls:
                return run_playbook(inventory)

            channel = grpc.insecure_channel(target)
            auth = v2_auth_grpc.AuthenticationStub(channel)
            mgmt = v2_mgmt_grpc.ManagementStub(channel)

            step("Management.OpCommandGet before Login")
            try:
                op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show version")
            except grpc.RpcError as exc:
                print(f"gRPC {exc.code().name}: {exc.details()}")

            step("Authentication.Login with a wrong password, then the right one")
            bad = auth.Login(v2_auth.LoginRequest(username=USER, password="wrong", client_id="demo"), timeout=10)
            print(f"status {common.StatusCode.Name(bad.status.code)}: {bad.status.message}")
            good = auth.Login(v2_auth.LoginRequest(username=USER, password=PASSWORD, client_id="demo"), timeout=10)
            print(f"status {common.StatusCode.Name(good.status.code)}: {good.status.message}")

            step("show version (CLI text)")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show version"))
            step("show interfaces terse (CLI text)")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show interfaces terse"))
            step("<get-route-summary-information/> (XML)")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_XML, xml="<get-route-summary-information/>"))
            step("show system uptime (Junos JSON)")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_JSON, cli="show system uptime"))
            step("an unknown command")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show frobnicators"))

            step("legacy v1: authentication.Login/LoginCheck + ManagementRpcApi/ExecuteOpCommand")
            v1_channel = grpc.insecure_channel(target, options=[("grpc.use_local_subchannel_pool", 1)])
            ok = v1_auth_grpc.LoginStub(v1_channel).LoginCheck(
                v1_auth.LoginRequest(user_name=USER, password=PASSWORD, client_id="demo-v1"), timeout=10
            )
            print(f"LoginCheck result: {ok.result}")
            replies = v1_mgmt_grpc.ManagementRpcApiStub(v1_channel).ExecuteOpCommand(
                v1_mgmt.ExecuteOpCommandRequest(
                    request_id=1,
                    xml_command="<get-system-uptime-information/>",
                    out_format=v1_mgmt.OPERATION_FORMAT_CLI,
                ),
                timeout=10,
            )
            print("".join(r.data for r in replies))

            step("Management.ConfigSet: set lines, loaded and committed with a comment")
            status = mgmt.ConfigSet(
                v2_mgmt.ConfigSetRequest(
                    text_config="set interfaces ge-0/0/1 description uplink-to-core\n"
                    "set interfaces ge-0/0/1 disable\n"
                    "set routing-options static route 203.0.113.0/24 discard\n",
                    load_type=v2_mgmt.CONFIG_LOAD_SET,
                    commit=v2_mgmt.ConfigCommit(comment="demo change"),
                ),
                timeout=30,
            ).status
            print(f"status {common.StatusCode.Name(status.code)}: {status.message}")
            step("show configuration | compare rollback 1")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show configuration | compare rollback 1"))
            step("the device follows: show interfaces terse | match ge-0/0/1, show route 203.0.113.0/24")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show interfaces terse | match ge-0/0/1"))
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show route 203.0.113.0/24"))
            step("an invalid change is refused with the device's words, nothing applied")
            status = mgmt.ConfigSet(
                v2_mgmt.ConfigSetRequest(
                    text_config="set interfaces ge-0/0/2 unit 0 family inet address 10.0.0.300/24\n",
                    load_type=v2_mgmt.CONFIG_LOAD_SET,
                ),
                timeout=30,
            ).status
            print(f"status {common.StatusCode.Name(status.code)}:\n{status.message}")
            step("rollback 1 through XML RPCs: load-configuration rollback=1, commit-configuration")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_XML, xml='<load-configuration rollback="1"/>'))
            print(
                op(
                    mgmt,
                    v2_mgmt.OP_COMMAND_OUTPUT_XML,
                    xml="<commit-configuration><log>demo rollback</log></commit-configuration>",
                )
            )
            step("show system commit")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show system commit"))

            step("show extension-service request-response clients")
            print(op(mgmt, v2_mgmt.OP_COMMAND_OUTPUT_CLI, cli="show extension-service request-response clients"))
            v1_channel.close()
            channel.close()
        finally:
            emu.stop()
    print("\nDemo done: the emulator was stopped cleanly.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
