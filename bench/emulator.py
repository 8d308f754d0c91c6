"""Benchmark: is the emulator ever the bottleneck?

8 concurrent sessions (one gRPC channel, one TCP connection and one Login each) call
``OpCommandGet("show version", JSON)`` a fixed number of times against (a) jetemu and (b) a
bare grpcio echo server that answers the same RPC with a canned reply and nothing else. The
same client code drives both in the same run; rounds alternate and the best round of each
counts, because the machine is noisy. Target: jetemu reaches at least 0.5 of the echo rate.

    .venv/bin/python bench/emulator.py [--calls 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import grpc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu.proto import jnx_authentication_service_pb2 as auth_pb  # noqa: E402
from jetemu.proto import jnx_authentication_service_pb2_grpc as auth_grpc  # noqa: E402
from jetemu.proto import jnx_common_base_types_pb2 as common_pb  # noqa: E402
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb  # noqa: E402
from jetemu.proto import jnx_management_service_pb2_grpc as mgmt_grpc  # noqa: E402

SESSIONS = 8
TARGET_RATIO = 0.5


# -- the baseline: a bare grpcio server ------------------------------------------------------
class EchoManagement(mgmt_grpc.ManagementServicer):
    async def OpCommandGet(self, request, context):
        yield mgmt_pb.OpCommandGetResponse(status=common_pb.RpcStatus(code=common_pb.SUCCESS), data=request.cli_command)


class EchoAuthentication(auth_grpc.AuthenticationServicer):
    async def Login(self, request, context):
        return auth_pb.LoginResponse(status=common_pb.RpcStatus(code=common_pb.SUCCESS))


async def run_echo_server(ready_file: str) -> None:
    server = grpc.aio.server()
    mgmt_grpc.add_ManagementServicer_to_server(EchoManagement(), server)
    auth_grpc.add_AuthenticationServicer_to_server(EchoAuthentication(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    Path(ready_file).write_text(json.dumps({"devices": [{"host": "127.0.0.1", "port": port}]}))
    await stop.wait()
    await server.stop(0)


# -- the client ------------------------------------------------------------------------------
def drive(target: str, calls_per_session: int) -> float:
    """Open 8 sessions, log in on each, then time all sessions calling in parallel."""
    channels = [grpc.insecure_channel(target, options=[("grpc.use_local_subchannel_pool", 1)]) for _ in range(SESSIONS)]
    stubs = []
    for i, channel in enumerate(channels):
        grpc.channel_ready_future(channel).result(timeout=10)
        reply = auth_grpc.AuthenticationStub(channel).Login(
            auth_pb.LoginRequest(username="bench", password="bench-pass", client_id=f"bench-{i}"), timeout=10
        )
        assert reply.status.code == common_pb.SUCCESS, reply.status.message
        stubs.append(mgmt_grpc.ManagementStub(channel))
    request = mgmt_pb.OpCommandGetRequest(cli_command="show version", out_format=mgmt_pb.OP_COMMAND_OUTPUT_JSON)
    barrier = threading.Barrier(SESSIONS + 1)
    errors: list[BaseException] = []

    def worker(stub: mgmt_grpc.ManagementStub) -> None:
        barrier.wait()
        try:
            for _ in range(calls_per_session):
                for reply in stub.OpCommandGet(request, timeout=30):
                    if reply.status.code != common_pb.SUCCESS:
                        raise RuntimeError(reply.status.message)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(stub,)) for stub in stubs]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    for channel in channels:
        channel.close()
    if errors:
        raise RuntimeError(f"benchmark calls failed: {errors[0]}")
    return SESSIONS * calls_per_session / elapsed


def start(argv: list[str], workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    ready = workdir / f"ready-{time.monotonic_ns()}.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "emulator"))
    proc = subprocess.Popen([*argv, "--ready-file", str(ready)], env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"{argv} did not start")
        time.sleep(0.05)
    time.sleep(0.05)
    device = json.loads(ready.read_text())["devices"][0]
    return proc, f"{device['host']}:{device['port']}"


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=400, help="calls per session per round (default 400)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--echo-server", metavar="READY_FILE", help=argparse.SUPPRESS)
    parser.add_argument("--ready-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_server is not None:
        asyncio.run(run_echo_server(args.ready_file))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        echo, echo_target = start([sys.executable, __file__, "--echo-server", "x"], workdir)
        emu, emu_target = start(
            [sys.executable, "-m", "jetemu", "serve", "--port", "0", "--user", "bench:bench-pass"], workdir
        )
        try:
            drive(echo_target, 20)  # warm both up
            drive(emu_target, 20)
            echo_rates, emu_rates = [], []
            for _ in range(args.rounds):
                echo_rates.append(drive(echo_target, args.calls))
                emu_rates.append(drive(emu_target, args.calls))
        finally:
            stop(echo)
            stop(emu)
    echo_rate, emu_rate = max(echo_rates), max(emu_rates)
    ratio = emu_rate / echo_rate
    print(f"sessions: {SESSIONS}, calls per session per round: {args.calls}, rounds: {args.rounds}")
    print(f"bare grpcio echo server : {echo_rate:9.1f} calls/s  (rounds: {', '.join(f'{r:.0f}' for r in echo_rates)})")
    print(f"jetemu (show version)   : {emu_rate:9.1f} calls/s  (rounds: {', '.join(f'{r:.0f}' for r in emu_rates)})")
    verdict = "PASS" if ratio >= TARGET_RATIO else "FAIL"
    print(f"ratio jetemu/echo       : {ratio:.2f}  (target >= {TARGET_RATIO}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
