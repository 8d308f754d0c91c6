"""The ``jetemu`` command: ``jetemu serve`` runs emulated devices, ``jetemu certs`` makes lab TLS files."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import stat
import sys
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Any

import yaml

from . import __version__

log = logging.getLogger("jetemu")

DEFAULT_PORT = 32767
DEFAULT_MQTT_PORT = 1883
DEFAULT_NETCONF_PORT = 830
FLEET_NETWORK = "127.0.1."

SERVE_EPILOG = """\
fleet addressing:
  --devices N without --host puts device i on 127.0.1.i, each on --port (default 32767).
  --devices N with --host puts all devices on that address, on consecutive ports from
  --port; --port 0 gives every device a free port of its own. The ready file, the ready
  line on stdout and --inventory tell the ports actually bound.

passwords (keep them off the command line: every local user can read a process's arguments):
  --user-file FILE   one NAME:PASSWORD a line (# comments); the file must be readable by its
                     owner only (chmod 600), else jetemu refuses it
  JETEMU_USERS       the same lines in an environment variable (removed from the environment
                     once read, so brokers started by jetemu do not inherit it)
  --user NAME:PASSWORD  still works for quick use, with a warning on stderr
  --mqtt-user-file FILE / JETEMU_MQTT_USERS / --mqtt-user: the same for the MQTT brokers
  Users from all of these and from --device-file are merged (a later source wins for a name:
  device file, JETEMU_USERS, --user-file, --user).

device file (--device-file, YAML):
  users: {lab: lab123}            # users of every device (NAME: PASSWORD)
  devices:                        # optional, one entry per device
    - hostname: r1
      host: 127.0.0.1             # optional, else the fleet rule above
      port: 40001                 # optional
      model: mx480                # optional
      serial: JN1234567890        # optional
      users: {ops: secret}        # optional, in addition to the global users
      netconf_port: 830           # optional: NETCONF over SSH for this device (null: off)

notifications (JET MQTT):
  every device runs its own MQTT broker (--broker embedded: amqtt in this process, MQTT 3.1.1;
  --broker mosquitto: one mosquitto process per device, MQTT 3.1.1 and 5; --broker none: no broker).
  --mqtt-port defaults to 1883 (a free port, with a warning, when 1883 is taken), or to 0 (free
  ports) when --port is 0; fleet addressing applies to it as to --port. The ready file and
  --inventory give each device's broker port as jet_mqtt_port.
  --mqtt-allow-clients mirrors Junos 'notification allow-clients' (default here: any address;
  refused clients get a CONNACK 'not authorized' naming the reason). Device files may set
  mqtt_port per device. 'jetemu event' injects events into a running emulator (see its --help).

NETCONF (RFC 6241 over SSH, RFC 6242):
  --netconf-port [P] serves NETCONF next to JET on the same devices (same configuration
  database, locks, op commands, users). Bare --netconf-port means 830 (0 when --port is 0),
  a free port with a warning when 830 cannot be bound; fleet addressing applies as for --port.
  Each device's SSH host key is generated once and kept in --state-dir (device-N/). The ready
  file, the ready line and --inventory give each device's port (netconf_port, jet_netconf_port).

readiness:
  once every listener accepts, jetemu writes --ready-file (JSON: pid, devices with
  name, host and port) and prints one line 'jetemu ready {json}' on stdout.
  SIGTERM or SIGINT stops it cleanly (state saved with --state-dir, ready file removed).
"""


class UsageError(Exception):
    pass


USERS_ENV = "JETEMU_USERS"
MQTT_USERS_ENV = "JETEMU_MQTT_USERS"
PASSWORD_ON_COMMAND_LINE = (
    "jetemu serve: warning: {option} puts a password on the command line, where every local user "
    "can read it (ps, /proc/PID/cmdline); use {file_option} FILE (mode 0600) or {env} instead"
)


def parse_user(text: str) -> tuple[str, str]:
    name, sep, password = text.partition(":")
    if not sep or not name or not password:
        shown = f"{name!r}:..." if sep else "no ':'"  # without a colon the text may be the password
        raise argparse.ArgumentTypeError(f"--user takes NAME:PASSWORD, got {shown}")
    return name, password


def parse_user_lines(text: str, where: str) -> dict[str, str]:
    """``NAME:PASSWORD`` lines (blank lines and ``#`` comments skipped); errors never quote a password."""
    users: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        name, sep, password = entry.partition(":")
        if not sep or not name.strip() or not password:
            # The line is not quoted: without its colon, it may be the password itself.
            raise UsageError(f"{where}: line {number}: expected NAME:PASSWORD with both parts non-empty")
        users[name.strip()] = password
    return users


def read_user_file(path: str, option: str) -> dict[str, str]:
    """Users from ``path``, refused when the file is readable or writable by anyone but its owner."""
    try:
        with open(path, encoding="utf-8") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise UsageError(f"{option} {path}: not a regular file")
            if mode & 0o077:
                raise UsageError(
                    f"{option} {path}: mode {stat.S_IMODE(mode):04o} lets other users at the passwords; "
                    f"make it readable by its owner only (chmod 600 {path})"
                )
            text = handle.read()
    except OSError as exc:
        raise UsageError(f"{option} {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{option} {path}: not UTF-8 text ({exc.reason})") from exc
    users = parse_user_lines(text, f"{option} {path}")
    if not users:
        raise UsageError(f"{option} {path}: no NAME:PASSWORD line")
    return users


def take_users_from_env(variable: str) -> dict[str, str]:
    """Users from the environment variable, which is then removed (child processes never see it)."""
    text = os.environ.pop(variable, None)
    if text is None:
        return {}
    users = parse_user_lines(text, variable)
    if not users:
        raise UsageError(f"{variable} is set but holds no NAME:PASSWORD line")
    return users


def collect_users(args: argparse.Namespace, *, mqtt: bool = False) -> dict[str, str]:
    """The users given by environment, file and command line (in that order; later wins)."""
    option, file_option, env = (
        ("--mqtt-user", "--mqtt-user-file", MQTT_USERS_ENV) if mqtt else ("--user", "--user-file", USERS_ENV)
    )
    users = take_users_from_env(env)
    for path in getattr(args, file_option[2:].replace("-", "_")) or []:
        users.update(read_user_file(path, file_option))
    given = getattr(args, option[2:].replace("-", "_"))
    if given:
        print(PASSWORD_ON_COMMAND_LINE.format(option=option, file_option=file_option, env=env), file=sys.stderr)
        users.update(dict(given))
    return users


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


def _seconds(text: str) -> float:
    try:
        return float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from exc


def positive_seconds(text: str) -> float:
    value = _seconds(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
    return value


def seconds_or_zero(text: str) -> float:
    value = _seconds(text)
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"must be between 0 and 3600, got {value}")
    return value


def mqtt_base_port(args: argparse.Namespace) -> int:
    if getattr(args, "mqtt_port", None) is not None:
        return int(args.mqtt_port)
    return 0 if args.port == 0 else DEFAULT_MQTT_PORT


def netconf_base_port(args: argparse.Namespace) -> int | None:
    """NETCONF port of the first device: None (off), the port asked for, or the default for a bare
    ``--netconf-port`` (830; 0 when --port is 0)."""
    if args.netconf_port is None:
        return None
    if args.netconf_port == -1:
        return 0 if args.port == 0 else DEFAULT_NETCONF_PORT
    return int(args.netconf_port)


def add_notification_options(serve: argparse.ArgumentParser) -> None:
    group = serve.add_argument_group("notifications (MQTT broker per device)")
    group.add_argument(
        "--broker",
        choices=["embedded", "mosquitto", "none"],
        default="embedded",
        help="embedded amqtt broker (default), a mosquitto process per device, or none",
    )
    group.add_argument(
        "--mqtt-port",
        type=port_number,
        metavar="P",
        help="broker port (default 1883; 0 when --port is 0; consecutive ports with --host and a fleet)",
    )
    group.add_argument(
        "--mqtt-allow-clients",
        action="append",
        default=[],
        metavar="ADDR[,ADDR...]",
        help="addresses or prefixes allowed to connect (repeatable; default any; 'none' refuses all)",
    )
    group.add_argument(
        "--mqtt-max-connections", type=positive, metavar="N", help="MQTT clients per device (default no limit)"
    )
    group.add_argument(
        "--mqtt-user",
        action="append",
        type=parse_user,
        default=[],
        metavar="NAME:PASSWORD",
        help="require this username/password on the brokers (repeatable; visible to local users: "
        "prefer --mqtt-user-file or JETEMU_MQTT_USERS)",
    )
    group.add_argument(
        "--mqtt-user-file",
        action="append",
        default=[],
        metavar="FILE",
        help="broker users, one NAME:PASSWORD a line; the file must be mode 0600 or stricter (repeatable)",
    )
    group.add_argument("--mqtt-tls", action="store_true", help="serve MQTT over TLS with --tls-cert/--tls-key")
    group.add_argument("--mqtt-tls-cert", metavar="FILE", help="broker TLS certificate (PEM; implies TLS)")
    group.add_argument("--mqtt-tls-key", metavar="FILE", help="private key of --mqtt-tls-cert")
    group.add_argument("--mqtt-client-ca", metavar="FILE", help="require MQTT client certificates from this CA")
    group.add_argument("--mosquitto", metavar="PATH", help="mosquitto executable (default: from PATH)")


def notify_settings(args: argparse.Namespace) -> Any:
    """The notification settings of ``serve`` (None for --broker none); UsageError on bad input."""
    if args.broker == "none":
        return None
    from .notify import AccessPolicy, BrokerSettings, NotifySettings, parse_networks

    allow: tuple[IPv4Network | IPv6Network, ...] | None = None
    if args.mqtt_allow_clients:
        items = [item for value in args.mqtt_allow_clients for item in value.split(",") if item.strip()]
        if [item.strip().lower() for item in items] == ["none"]:
            allow = ()
        else:
            try:
                allow = parse_networks(items)
            except ValueError as exc:
                raise UsageError(f"--mqtt-allow-clients: {exc}") from exc
    cert, key = args.mqtt_tls_cert, args.mqtt_tls_key
    if bool(cert) != bool(key):
        raise UsageError("--mqtt-tls-cert and --mqtt-tls-key go together")
    if args.mqtt_tls and not cert:
        if not args.tls_cert:
            raise UsageError("--mqtt-tls needs --tls-cert/--tls-key (or --mqtt-tls-cert/--mqtt-tls-key)")
        cert, key = args.tls_cert, args.tls_key
    if args.mqtt_client_ca and not cert:
        raise UsageError("--mqtt-client-ca needs MQTT TLS (--mqtt-tls or --mqtt-tls-cert)")
    for option, path in (("--mqtt-tls-cert", cert), ("--mqtt-tls-key", key), ("--mqtt-client-ca", args.mqtt_client_ca)):
        if path and not Path(path).is_file():
            raise UsageError(f"{option} {path}: no such file")
    policy = AccessPolicy(
        allow_clients=allow, max_connections=args.mqtt_max_connections or 0, users=collect_users(args, mqtt=True)
    )
    broker = BrokerSettings(
        kind=args.broker,
        policy=policy,
        tls_cert=cert,
        tls_key=key,
        tls_client_ca=args.mqtt_client_ca,
        mosquitto_bin=args.mosquitto,
    )
    if args.broker == "mosquitto":
        from .notify.brokers import BrokerError, find_mosquitto

        try:
            find_mosquitto(args.mosquitto)
        except BrokerError as exc:
            raise UsageError(str(exc)) from exc
    return NotifySettings(
        broker=broker,
        state_dir=Path(args.state_dir) if args.state_dir else None,
        strict_ports=args.mqtt_port is not None,
    )


EVENT_EPILOG = """examples:
  jetemu event --ready-file ready.json --device r1 link-down ge-0/0/1
  jetemu event --ready-file ready.json --device r1 flap ge-0/0/1 --count 5 --interval 0.5
  jetemu event --ready-file ready.json syslog BFDD_TRAP_SHOP_STATE_DOWN --message "peer down" -a peer=10.0.0.2
  jetemu event --ready-file ready.json --device r2 broker-restart --down 2
  jetemu event --ready-file ready.json status
"""


def add_event_parser(sub: Any) -> None:
    event = sub.add_parser(
        "event",
        help="inject an event into a running emulator (link down/up, flap, syslog, broker restart)",
        description="Talk to a running 'jetemu serve' through the admin endpoint named in its ready file.",
        epilog=EVENT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    event.add_argument("--ready-file", required=True, metavar="FILE", help="the ready file of the running emulator")
    event.add_argument("--device", metavar="NAME", help="device (inventory name); optional with one device")
    actions = event.add_subparsers(dest="action", required=True)
    for name, text in (("link-down", "take a physical interface's link down"), ("link-up", "bring a link up")):
        action = actions.add_parser(name, help=text)
        action.add_argument("interface", help="physical interface, e.g. ge-0/0/1")
    flap = actions.add_parser("flap", help="take a link down and up again, COUNT times")
    flap.add_argument("interface")
    flap.add_argument("--count", type=positive, default=1, help="number of down/up cycles (default 1)")
    flap.add_argument("--interval", type=float, default=0.2, help="seconds between each down and up (default 0.2)")
    syslog = actions.add_parser("syslog", help="raise a syslog event (/junos/events/syslog/EVENT_ID)")
    syslog.add_argument("event_id", help="e.g. BFDD_TRAP_SHOP_STATE_DOWN")
    syslog.add_argument("--message", default="", help="message text")
    syslog.add_argument(
        "-a", "--attribute", action="append", default=[], metavar="KEY=VALUE", help="an attribute (repeatable)"
    )
    syslog.add_argument("--severity", default="info")
    syslog.add_argument("--facility", default="daemon")
    syslog.add_argument("--process", default="jetemu", help="process-name of the event")
    syslog.add_argument(
        "--count", type=positive, default=1, help="raise COUNT events, numbered in the attribute 'n' (default 1)"
    )
    restart = actions.add_parser("broker-restart", help="stop the device's broker and start it again")
    restart.add_argument("--down", type=float, default=0.5, help="seconds the broker stays down (default 0.5)")
    actions.add_parser("status", help="brokers, ports, event counts and refused clients")


def event_request(args: argparse.Namespace) -> dict[str, Any]:
    request: dict[str, Any] = {"device": args.device} if args.device else {}
    if args.action in ("link-down", "link-up"):
        request.update(op="link", interface=args.interface, up=args.action == "link-up")
    elif args.action == "flap":
        request.update(op="flap", interface=args.interface, count=args.count, interval=args.interval)
    elif args.action == "syslog":
        attributes = {}
        for item in args.attribute:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise UsageError(f"--attribute takes KEY=VALUE, got {item!r}")
            attributes[key] = value
        request.update(
            op="syslog",
            event_id=args.event_id,
            message=args.message,
            attributes=attributes,
            severity=args.severity,
            facility=args.facility,
            process=args.process,
            count=args.count,
        )
    elif args.action == "broker-restart":
        request.update(op="broker-restart", down=args.down)
    else:
        request.update(op="status")
    return request


def run_event(args: argparse.Namespace) -> int:
    from .notify.admin import AdminError, admin_request

    try:
        try:
            ready = json.loads(Path(args.ready_file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"--ready-file {args.ready_file}: {exc}") from exc
        admin = (ready.get("notifications") or {}).get("admin")
        if not admin:
            raise UsageError(f"{args.ready_file}: the emulator runs without brokers (--broker none)")
        result = admin_request(admin, event_request(args))
    except (UsageError, AdminError) as exc:
        print(f"jetemu event: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    return 0


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
        help="a user who may log in (repeatable); the password is visible to every local user, "
        "prefer --user-file or JETEMU_USERS",
    )
    serve.add_argument(
        "--user-file",
        action="append",
        default=[],
        metavar="FILE",
        help="users who may log in, one NAME:PASSWORD a line; the file must be mode 0600 or stricter (repeatable)",
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
        "--response-delay",
        type=seconds_or_zero,
        default=0.0,
        metavar="SECONDS",
        help="answer every call made in a session (not Login) SECONDS late, like a loaded device; "
        "for testing client timeouts (default 0)",
    )
    serve.add_argument(
        "--commit-delay",
        type=seconds_or_zero,
        default=0.0,
        metavar="SECONDS",
        help="a commit or commit check (ConfigSet, ExecuteCfgCommand with a commit, <commit-configuration>) "
        "waits SECONDS before it starts, like a device with a large configuration (default 0)",
    )
    serve.add_argument(
        "--action-script-timeout",
        type=positive_seconds,
        default=60.0,
        metavar="SECONDS",
        help="how long an action script of a custom YANG command, or an application started in the foreground, "
        "may run before it is stopped (default 60)",
    )
    serve.add_argument(
        "--commit-confirm-minute",
        type=positive_seconds,
        default=60.0,
        metavar="SECONDS",
        help="length of one minute of 'commit confirmed' (default 60; shorten it to test automatic rollbacks in CI)",
    )
    serve.add_argument(
        "--reboot-time",
        type=seconds_or_zero,
        default=5.0,
        metavar="SECONDS",
        help="how long 'request system reboot' (or zeroize, or a software install's reboot) keeps a device "
        "unreachable before it answers again with its committed configuration (default 5)",
    )
    serve.add_argument(
        "--path-mtu",
        action="append",
        default=[],
        metavar="PREFIX=MTU",
        help="path MTU towards destinations in PREFIX for ping (do-not-fragment) and path MTU discovery "
        "(repeatable; default: the outgoing interface's MTU)",
    )
    serve.add_argument(
        "--ping-loss",
        action="append",
        default=[],
        metavar="PREFIX=PERCENT",
        help="share of ping probes towards PREFIX that get no answer (repeatable; default 0)",
    )
    serve.add_argument(
        "--lldp-link",
        action="append",
        default=[],
        metavar="HOST:IFD=HOST:IFD",
        help="an Ethernet link between two devices of the fleet (by hostname): each shows the other "
        "in 'show lldp neighbors' (repeatable)",
    )
    add_notification_options(serve)
    serve.add_argument(
        "--netconf-port",
        type=port_number,
        nargs="?",
        const=-1,
        metavar="P",
        help="also serve NETCONF over SSH on port P (bare: 830, or a free port when --port is 0; "
        "fleet addressing as for --port); off unless given here or as netconf_port in --device-file",
    )
    serve.add_argument(
        "--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log level on stderr"
    )
    add_event_parser(sub)

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
    common_users.update(collect_users(args))
    entries = file_data.get("devices") or []
    if not isinstance(entries, list):
        raise UsageError(f"{args.device_file}: devices must be a list")
    count = max(args.devices, len(entries))

    specs = []
    for i in range(1, count + 1):
        entry = entries[i - 1] if i <= len(entries) else {}
        if not isinstance(entry, dict):
            raise UsageError(f"{args.device_file}: device {i} must be a mapping")
        unknown = set(entry) - {"hostname", "host", "port", "model", "serial", "users", "mqtt_port", "netconf_port"}
        if unknown:
            raise UsageError(f"{args.device_file}: device {i}: unknown keys {sorted(unknown)}")
        mqtt_base = mqtt_base_port(args)
        netconf_base = netconf_base_port(args)
        if args.host:
            host = args.host
            port = args.port + (i - 1) if args.port else 0
            mqtt_port = mqtt_base + (i - 1) if mqtt_base else 0
            netconf_port = netconf_base + (i - 1) if netconf_base else netconf_base
        elif count > 1:
            host = f"{FLEET_NETWORK}{i}"
            port = args.port
            mqtt_port = mqtt_base
            netconf_port = netconf_base
        else:
            host = "127.0.0.1"
            port = args.port
            mqtt_port = mqtt_base
            netconf_port = netconf_base
        if count > 1:
            hostname = f"{args.hostname}{i}" if args.hostname else None
        else:
            hostname = args.hostname
        users = dict(common_users)
        users.update(_users_from(entry.get("users"), f"{args.device_file}: device {i} users"))
        if "port" in entry:
            port = int(entry["port"])
        if "mqtt_port" in entry:
            mqtt_port = int(entry["mqtt_port"])
        if "netconf_port" in entry:
            netconf_port = None if entry["netconf_port"] is None else int(entry["netconf_port"])
        specs.append(
            DeviceSpec(
                index=i,
                host=str(entry.get("host", host)),
                port=port,
                hostname=entry.get("hostname", hostname),
                users=users,
                model=entry.get("model"),
                serial=entry.get("serial"),
                mqtt_port=mqtt_port,
                netconf_port=netconf_port,
            )
        )
    if count > 255 and not args.host:
        raise UsageError("--devices above 255 needs --host (consecutive ports on one address)")
    return specs


def path_table(args: argparse.Namespace) -> Any:
    from .device.ping import PathTable

    try:
        return PathTable.parse(args.path_mtu, args.ping_loss)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def lldp_links(args: argparse.Namespace) -> list[tuple[str, str, str, str]]:
    links = []
    for text in args.lldp_link:
        left, sep, right = text.partition("=")
        ends = [end.rpartition(":") for end in (left, right)]
        if not sep or any(not host or not colon or not ifd for host, colon, ifd in ends):
            raise UsageError(f"--lldp-link {text!r}: expected HOST:IFD=HOST:IFD, e.g. r1:ge-0/0/0=r2:ge-0/0/1")
        links.append((ends[0][0], ends[0][2], ends[1][0], ends[1][2]))
    return links


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
        if "jet_mqtt_port" in device:
            host_vars["jet_mqtt_port"] = device["jet_mqtt_port"]
        if "netconf_port" in device:
            host_vars["jet_netconf_port"] = device["netconf_port"]
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
    from .atomic import write_atomically
    from .certs import check_rsa_certificate
    from .server.app import Emulator, ServerSettings, TlsSettings, ready_document

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
        raise UsageError(
            f"no users: give --user-file FILE, {USERS_ENV}, --user NAME:PASSWORD, users in --device-file, "
            "or --skip-authentication"
        )
    settings = ServerSettings(
        skip_authentication=args.skip_authentication,
        max_sessions=args.max_sessions,
        tls=tls,
        max_message_bytes=args.max_message_size,
        state_dir=Path(args.state_dir) if args.state_dir else None,
        confirm_minute_seconds=args.commit_confirm_minute,
        response_delay=args.response_delay,
        commit_delay=args.commit_delay,
        action_script_timeout=args.action_script_timeout,
        reboot_seconds=args.reboot_time,
        path_table=path_table(args),
        lldp_links=lldp_links(args),
        notify=notify_settings(args),
        netconf_strict_ports=args.netconf_port not in (None, -1),
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
    if args.command == "event":
        return run_event(args)
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
