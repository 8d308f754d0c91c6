"""The ``jetemu`` command: ``jetemu serve`` runs emulated devices, ``jetemu certs`` makes lab TLS files."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from pathlib import Path
from typing import Any

import yaml

from . import __version__

log = logging.getLogger("jetemu")

DEFAULT_PORT = 32767
FLEET_NETWORK = "127.0.1."

SERVE_EPILOG = """\
fleet addressing:
  --devices N without --host puts device i on 127.0.1.i, each on --port (default 32767).
  --devices N with --host puts all devices on that address, on consecutive ports from
  --port; --port 0 gives every device a free port of its own. The ready file, the ready
  line on stdout and --inventory tell the ports actually bound.

device file (--device-file, YAML):
  users: {lab: lab123}            # users of every device (NAME: PASSWORD)
  devices:                        # optional, one entry per device
    - hostname: r1
      host: 127.0.0.1             # optional, else the fleet rule above
      port: 40001                 # optional
      model: mx480                # optional
      serial: JN1234567890        # optional
      users: {ops: secret}        # optional, in addition to the global users

readiness:
  once every listener accepts, jetemu writes --ready-file (JSON: pid, devices with
  name, host and port) and prints one line 'jetemu ready {json}' on stdout.
  SIGTERM or SIGINT stops it cleanly (state saved with --state-dir, ready file removed).
"""


class UsageError(Exception):
    pass


def parse_user(text: str) -> tuple[str, str]:
    name, sep, password = text.partition(":")
    if not sep or not name or not password:
        raise argparse.ArgumentTypeError(f"--user takes NAME:PASSWORD, got {text.split(':', 1)[0]!r}:...")
    return name, password


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from exc
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range 0-65535: {value}")
    return value


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from exc
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jetemu", description="An emulated Junos device speaking JET (jsd gRPC).")
    parser.add_argument("--version", action="version", version=f"jetemu {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser(
        "serve",
        help="run one emulated device, or a fleet",
        description="Run emulated Junos devices, each a jsd gRPC server speaking JET v2 and legacy v1.",
        epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", help="listen address (default 127.0.0.1; see fleet addressing)")
    serve.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, help="jsd port (default 32767; 0 = a free port per device)"
    )
    serve.add_argument(
        "--user",
        action="append",
        type=parse_user,
        default=[],
        metavar="NAME:PASSWORD",
        help="a user who may log in (repeatable)",
    )
    serve.add_argument(
        "--skip-authentication", action="store_true", help="accept RPCs without Login, like 'grpc skip-authentication'"
    )
    serve.add_argument(
        "--max-sessions", type=positive, default=8, metavar="N", help="active client sessions per device (default 8)"
    )
    serve.add_argument("--tls-cert", metavar="FILE", help="RSA server certificate (PEM): serve TLS 1.2+")
    serve.add_argument("--tls-key", metavar="FILE", help="private key of --tls-cert (PEM)")
    serve.add_argument("--client-ca", metavar="FILE", help="CA that client certificates must chain to (mutual TLS)")
    serve.add_argument("--devices", type=positive, default=1, metavar="N", help="number of devices (default 1)")
    serve.add_argument(
        "--hostname", metavar="NAME", help="hostname of the device; with --devices N, the prefix of NAME1..NAMEN"
    )
    serve.add_argument("--device-file", metavar="FILE", help="YAML file describing users and devices")
    serve.add_argument("--inventory", metavar="FILE", help="write an Ansible inventory (YAML) of the devices")
    serve.add_argument(
        "--inventory-group",
        default="jet_devices",
        metavar="NAME",
        help="group of the written inventory (default jet_devices)",
    )
    serve.add_argument("--state-dir", metavar="DIR", help="keep device state here across restarts")
    serve.add_argument("--ready-file", metavar="FILE", help="write this JSON file once every listener accepts")
    serve.add_argument(
        "--max-message-size",
        type=positive,
        default=16 * 1024 * 1024,
        metavar="BYTES",
        help="largest request or reply accepted (default 16 MiB)",
    )
    serve.add_argument(
        "--commit-confirm-minute",
        type=positive_seconds,
        default=60.0,
        metavar="SECONDS",
        help="length of one minute of 'commit confirmed' (default 60; shorten it to test automatic "
        "rollbacks in CI)",
    )
    serve.add_argument(
        "--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log level on stderr"
    )

    certs = sub.add_parser("certs", help="write a lab CA, server and client RSA certificates")
    certs.add_argument("directory", help="where ca.crt, server.crt/key and client.crt/key are written")
    certs.add_argument(
        "--san",
        action="append",
        default=[],
        metavar="NAME",
        help="extra DNS name or IP address for the server certificate (repeatable)",
    )
    certs.add_argument("--days", type=positive, default=825, help="validity in days (default 825)")
    return parser


def _users_from(value: Any, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, dict):
        users = {}
        for name, password in value.items():
            if not isinstance(password, str | int) or str(password) == "":
                raise UsageError(f"{where}: user {name!r} needs a non-empty password")
            users[str(name)] = str(password)
        return users
    if isinstance(value, list):
        users = {}
        for item in value:
            try:
                name, password = parse_user(str(item))
            except argparse.ArgumentTypeError as exc:
                raise UsageError(f"{where}: {exc}") from exc
            users[name] = password
        return users
    raise UsageError(f"{where}: users must be a mapping NAME: PASSWORD or a list of NAME:PASSWORD")


def build_specs(args: argparse.Namespace) -> list[Any]:
    from .server.app import DeviceSpec

    file_data: dict[str, Any] = {}
    if args.device_file:
        try:
            loaded = yaml.safe_load(Path(args.device_file).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise UsageError(f"--device-file {args.device_file}: {exc}") from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise UsageError(f"--device-file {args.device_file}: expected a mapping at the top")
        unknown = set(loaded) - {"users", "devices"}
        if unknown:
            raise UsageError(f"--device-file {args.device_file}: unknown keys {sorted(unknown)}")
        file_data = loaded
    common_users = _users_from(file_data.get("users"), f"{args.device_file}: users")
    common_users.update(dict(args.user))
    entries = file_data.get("devices") or []
    if not isinstance(entries, list):
        raise UsageError(f"{args.device_file}: devices must be a list")
    count = max(args.devices, len(entries))

    specs = []
    for i in range(1, count + 1):
        entry = entries[i - 1] if i <= len(entries) else {}
        if not isinstance(entry, dict):
            raise UsageError(f"{args.device_file}: device {i} must be a mapping")
        unknown = set(entry) - {"hostname", "host", "port", "model", "serial", "users"}
        if unknown:
            raise UsageError(f"{args.device_file}: device {i}: unknown keys {sorted(unknown)}")
        if args.host:
            host = args.host
            port = args.port + (i - 1) if args.port else 0
        elif count > 1:
            host = f"{FLEET_NETWORK}{i}"
            port = args.port
        else:
            host = "127.0.0.1"
            port = args.port
        if count > 1:
            hostname = f"{args.hostname}{i}" if args.hostname else None
        else:
            hostname = args.hostname
        users = dict(common_users)
        users.update(_users_from(entry.get("users"), f"{args.device_file}: device {i} users"))
        if "port" in entry:
            port = int(entry["port"])
        specs.append(
            DeviceSpec(
                index=i,
                host=str(entry.get("host", host)),
                port=port,
                hostname=entry.get("hostname", hostname),
                users=users,
                model=entry.get("model"),
                serial=entry.get("serial"),
            )
        )
    if count > 255 and not args.host:
        raise UsageError("--devices above 255 needs --host (consecutive ports on one address)")
    return specs


def inventory_document(description: dict[str, Any], args: argparse.Namespace, specs: list[Any]) -> str:
    hosts: dict[str, Any] = {}
    by_name = {spec.index: spec for spec in specs}
    ca_file = None
    if args.tls_cert:
        candidate = Path(args.tls_cert).resolve().parent / "ca.crt"
        if candidate.exists():
            ca_file = str(candidate)
    for index, device in enumerate(description["devices"], start=1):
        host_vars: dict[str, Any] = {
            "ansible_connection": "jetkit.junos.jet",
            "ansible_host": device["host"],
            "ansible_port": device["port"],
        }
        users = by_name[index].users
        if users:
            name = sorted(users)[0]
            host_vars["ansible_user"] = name
            host_vars["ansible_password"] = users[name]
        if description["tls"]:
            host_vars["jet_tls"] = True
            if ca_file:
                host_vars["jet_tls_ca_file"] = ca_file
            if description["mutual_tls"]:
                cert_dir = Path(args.client_ca).resolve().parent
                if (cert_dir / "client.crt").exists():
                    host_vars["jet_tls_cert_file"] = str(cert_dir / "client.crt")
                    host_vars["jet_tls_key_file"] = str(cert_dir / "client.key")
        hosts[device["name"]] = host_vars
    doc = {"all": {"children": {args.inventory_group: {"hosts": hosts}}}}
    header = "# Written by jetemu serve: emulated JET devices (lab credentials).\n"
    return header + yaml.safe_dump(doc, sort_keys=False)


async def serve(args: argparse.Namespace) -> int:
    from .certs import check_rsa_certificate
    from .server.app import Emulator, ServerSettings, TlsSettings, ready_document, write_atomically

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("--tls-cert and --tls-key go together")
    if args.client_ca and not args.tls_cert:
        raise UsageError("--client-ca (mutual TLS) needs --tls-cert and --tls-key")
    tls = None
    if args.tls_cert:
        for option, path in (
            ("--tls-cert", args.tls_cert),
            ("--tls-key", args.tls_key),
            ("--client-ca", args.client_ca),
        ):
            if path and not Path(path).is_file():
                raise UsageError(f"{option} {path}: no such file")
        try:
            check_rsa_certificate(args.tls_cert)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        tls = TlsSettings(args.tls_cert, args.tls_key, args.client_ca)
    specs = build_specs(args)
    if not args.skip_authentication and not any(spec.users for spec in specs):
        raise UsageError("no users: give --user NAME:PASSWORD, users in --device-file, or --skip-authentication")
    settings = ServerSettings(
        skip_authentication=args.skip_authentication,
        max_sessions=args.max_sessions,
        tls=tls,
        max_message_bytes=args.max_message_size,
        state_dir=Path(args.state_dir) if args.state_dir else None,
        confirm_minute_seconds=args.commit_confirm_minute,
    )
    try:
        emulator = Emulator(specs, settings)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    try:
        await emulator.start()
    except OSError as exc:
        raise UsageError(f"cannot listen: {exc}") from exc
    except Exception as exc:  # e.g. ssl errors loading the key
        raise UsageError(f"cannot start: {exc}") from exc

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    description = emulator.describe()
    if args.inventory:
        write_atomically(Path(args.inventory), inventory_document(description, args, specs))
        Path(args.inventory).chmod(0o600)
    ready_path = Path(args.ready_file) if args.ready_file else None
    if ready_path is not None:
        write_atomically(ready_path, ready_document(emulator))
    print("jetemu ready " + json.dumps(description, separators=(",", ":")), flush=True)
    try:
        await stop.wait()
    finally:
        await emulator.stop()
        if ready_path is not None:
            ready_path.unlink(missing_ok=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "certs":
        from .certs import write_lab_certificates

        paths = write_lab_certificates(Path(args.directory), extra_names=args.san, days=args.days)
        for name, path in paths.items():
            print(f"{name}: {path}")
        return 0
    logging.basicConfig(level=args.log_level, format="jetemu %(levelname)s %(name)s: %(message)s")
    try:
        return asyncio.run(serve(args))
    except UsageError as exc:
        print(f"jetemu serve: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
