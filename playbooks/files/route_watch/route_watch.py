# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""route_watch: an on-box JET application that counts the device's route events per protocol.

It subscribes to the device's MQTT broker (the JET notification service) on
``/junos/events/kernel/route/#`` and keeps, per protocol, how many routes were added, changed
and deleted, in a JSON state file that the action script of ``show route-watch`` reads
(``route_watch_action.py``, in the ``route-watch`` YANG package).

Deploy it with ``jetkit.junos.jet_app`` (see ``playbooks/route_watch.yml``)::

    system scripts language python3;
    system extensions extension-service application file route_watch.py daemonize;

Only the Python standard library is used (a minimal MQTT 3.1.1 subscriber), so it runs on a
device's on-box Python as it is. On a device the broker is on the device itself (127.0.0.1:1883
by default, ``--mqtt-host``/``--mqtt-port`` otherwise). Under jetemu the ``JETEMU_*`` environment
variables tell where the emulated device's broker and file system are; they take the place of
those defaults. Route events are data from the device: they are counted, never executed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import struct
import sys
import time

TOPIC = "/junos/events/kernel/route/#"
OPERATIONS = ("add", "change", "delete")


def device_path(path: str) -> str:
    """A device path on this host (under JETEMU_DEVICE_ROOT when running in jetemu)."""
    root = os.environ.get("JETEMU_DEVICE_ROOT")
    return os.path.join(root, path.lstrip("/")) if root else path


class Counts:
    def __init__(self, state_file: str) -> None:
        self.state_file = state_file
        self.since = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
        self.events = 0
        self.protocols: dict[str, dict[str, int]] = {}

    def count(self, operation: str, protocol: str) -> None:
        entry = self.protocols.setdefault(protocol, dict.fromkeys(OPERATIONS, 0))
        entry[operation] = entry.get(operation, 0) + 1
        self.events += 1

    def save(self, connected: bool) -> None:
        doc = {
            "watching-since": self.since,
            "events": self.events,
            "connected": connected,
            "protocols": self.protocols,
            "pid": os.getpid(),
        }
        temp = f"{self.state_file}.{os.getpid()}.tmp"
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(doc, handle)
        os.replace(temp, self.state_file)


# -- a minimal MQTT 3.1.1 subscriber ------------------------------------------------------------
def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value % 128, value // 128
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("!H", len(data)) + data


def _packet(kind: int, body: bytes) -> bytes:
    return bytes([kind]) + _varint(len(body)) + body


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the broker closed the connection")
        data += chunk
    return data


def _read_packet(sock: socket.socket) -> tuple[int, bytes]:
    kind = _read_exactly(sock, 1)[0]
    length, shift = 0, 0
    while True:
        byte = _read_exactly(sock, 1)[0]
        length += (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
    return kind, _read_exactly(sock, length) if length else b""


def watch(args: argparse.Namespace, counts: Counts) -> None:
    keepalive = 30
    with socket.create_connection((args.mqtt_host, args.mqtt_port), timeout=10) as sock:
        flags = 0x02  # clean session
        payload = _string(args.client_id)
        if args.mqtt_user:
            flags |= 0x80
            payload += _string(args.mqtt_user)
            if args.mqtt_password:
                flags |= 0x40
                payload += _string(args.mqtt_password)
        sock.sendall(_packet(0x10, _string("MQTT") + bytes([4, flags]) + struct.pack("!H", keepalive) + payload))
        kind, body = _read_packet(sock)
        if kind >> 4 != 2 or len(body) < 2 or body[1] != 0:
            raise ConnectionError(f"the broker refused the connection (CONNACK {body.hex()})")
        sock.sendall(_packet(0x82, struct.pack("!H", 1) + _string(TOPIC) + b"\x00"))
        counts.save(connected=True)
        print(f"route_watch: subscribed to {TOPIC} at {args.mqtt_host}:{args.mqtt_port}", flush=True)
        sock.settimeout(keepalive / 2)
        while True:
            try:
                kind, body = _read_packet(sock)
            except TimeoutError:
                sock.sendall(b"\xc0\x00")  # PINGREQ
                continue
            if kind >> 4 != 3:  # only PUBLISH matters (QoS 0)
                continue
            (size,) = struct.unpack("!H", body[:2])
            topic = body[2 : 2 + size].decode("utf-8", errors="replace")
            message = body[2 + size + (2 if kind & 0x06 else 0) :]
            parts = topic.split("/")
            operation = parts[5] if len(parts) > 5 else ""
            if operation not in OPERATIONS:
                continue
            try:
                event = json.loads(message)["jet-event"]
                protocol = str(event.get("attributes", {}).get("protocol") or "unknown")
            except (ValueError, KeyError, TypeError, AttributeError):
                protocol = "unknown"
            counts.count(operation, protocol[:64])
            counts.save(connected=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="count the device's route events per protocol")
    parser.add_argument("--mqtt-host", default=os.environ.get("JETEMU_DEVICE_ADDRESS", "127.0.0.1"))
    parser.add_argument("--mqtt-port", type=int, default=int(os.environ.get("JETEMU_MQTT_PORT") or 1883))
    parser.add_argument("--mqtt-user", default=None)
    parser.add_argument("--mqtt-password", default=None)
    parser.add_argument("--client-id", default="route_watch")
    parser.add_argument("--state-file", default="/var/tmp/route_watch.json")
    args = parser.parse_args()
    counts = Counts(device_path(args.state_file))
    counts.save(connected=False)

    def stop(_signum: int, _frame: object) -> None:
        print("route_watch: stopping", flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    delay = 1.0
    while True:
        try:
            watch(args, counts)
        except (OSError, ConnectionError) as exc:
            print(f"route_watch: {exc}; connecting again in {delay:.0f}s", flush=True)
            counts.save(connected=False)
            time.sleep(delay)
            delay = min(delay * 2, 30.0)


if __name__ == "__main__":
    sys.exit(main())
