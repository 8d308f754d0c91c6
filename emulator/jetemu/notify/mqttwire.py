"""The little of the MQTT wire format the broker front door needs: read CONNECT, answer CONNACK.

The front door looks at a client's CONNECT before any broker sees it, so that a refused client
(address not in ``allow-clients``, too many connections, wrong password, protocol the broker does
not speak) gets a CONNACK that says why, in the client's own protocol version, instead of a
silently closed socket.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

MAX_CONNECT_BYTES = 256 * 1024

# MQTT 3.1 / 3.1.1 CONNACK return codes
V3_UNACCEPTABLE_PROTOCOL = 1
V3_SERVER_UNAVAILABLE = 3
V3_BAD_USERNAME_PASSWORD = 4
V3_NOT_AUTHORIZED = 5

# MQTT 5 CONNACK reason codes
V5_UNSUPPORTED_PROTOCOL = 0x84
V5_BAD_USERNAME_PASSWORD = 0x86
V5_NOT_AUTHORIZED = 0x87
V5_SERVER_BUSY = 0x89
V5_QUOTA_EXCEEDED = 0x97

# refusal kind -> (MQTT 3 code, MQTT 5 code)
REFUSALS: dict[str, tuple[int, int]] = {
    "not-authorized": (V3_NOT_AUTHORIZED, V5_NOT_AUTHORIZED),
    "bad-credentials": (V3_BAD_USERNAME_PASSWORD, V5_BAD_USERNAME_PASSWORD),
    "server-busy": (V3_SERVER_UNAVAILABLE, V5_QUOTA_EXCEEDED),
    "unavailable": (V3_SERVER_UNAVAILABLE, V5_SERVER_BUSY),
    "protocol": (V3_UNACCEPTABLE_PROTOCOL, V5_UNSUPPORTED_PROTOCOL),
}


class MqttWireError(ValueError):
    """The first packet is not a well-formed MQTT CONNECT."""


@dataclass(frozen=True)
class ConnectInfo:
    protocol_name: str
    level: int  # 3 = MQTT 3.1, 4 = 3.1.1, 5 = 5.0
    clean: bool
    keepalive: int
    client_id: str
    username: str | None
    password: bytes | None

    @property
    def version_text(self) -> str:
        return {3: "3.1", 4: "3.1.1", 5: "5.0"}.get(self.level, f"level {self.level}")


def encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value % 128
        value //= 128
        if value:
            byte |= 0x80
        out.append(byte)
        if not value:
            return bytes(out)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise MqttWireError("CONNECT packet is truncated")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int.from_bytes(self.take(2), "big")

    def varint(self) -> int:
        value, shift = 0, 0
        for _ in range(4):
            byte = self.u8()
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
        raise MqttWireError("malformed variable byte integer")

    def binary(self) -> bytes:
        return self.take(self.u16())

    def text(self) -> str:
        try:
            return self.binary().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MqttWireError("a CONNECT string is not valid UTF-8") from exc


def parse_connect(body: bytes) -> ConnectInfo:
    """Decode the variable header and payload of a CONNECT (the bytes after the fixed header)."""
    cur = _Cursor(body)
    name = cur.text()
    level = cur.u8()
    if name not in ("MQTT", "MQIsdp"):
        raise MqttWireError(f"not an MQTT CONNECT (protocol name {name!r})")
    flags = cur.u8()
    keepalive = cur.u16()
    if level == 5:
        cur.take(cur.varint())  # CONNECT properties
    client_id = cur.text()
    if flags & 0x04:  # will
        if level == 5:
            cur.take(cur.varint())
        cur.text()
        cur.binary()
    username = cur.text() if flags & 0x80 else None
    password = cur.binary() if flags & 0x40 else None
    return ConnectInfo(name, level, bool(flags & 0x02), keepalive, client_id, username, password)


async def read_connect(reader: asyncio.StreamReader) -> tuple[bytes, ConnectInfo]:
    """Read one CONNECT packet; returns its raw bytes (to replay to the broker) and its content."""
    first = await reader.readexactly(1)
    if first[0] != 0x10:
        raise MqttWireError(f"first packet is not CONNECT (type byte 0x{first[0]:02x})")
    raw = bytearray(first)
    length, shift = 0, 0
    for _ in range(4):
        byte = (await reader.readexactly(1))[0]
        raw.append(byte)
        length |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
    else:
        raise MqttWireError("malformed CONNECT length")
    if length > MAX_CONNECT_BYTES:
        raise MqttWireError(f"CONNECT of {length} bytes is too large")
    body = await reader.readexactly(length)
    raw += body
    return bytes(raw), parse_connect(body)


def connack_refusal(level: int, kind: str, reason: str) -> bytes:
    """A CONNACK refusing the connection, in the client's protocol version.

    MQTT 5 clients also get ``reason`` as the Reason String property; MQTT 3 has no room for text.
    """
    v3_code, v5_code = REFUSALS[kind]
    if level == 5:
        text = reason.encode("utf-8")[:1000]
        props = b"\x1f" + len(text).to_bytes(2, "big") + text
        body = b"\x00" + bytes([v5_code]) + encode_varint(len(props)) + props
        return b"\x20" + encode_varint(len(body)) + body
    return bytes([0x20, 0x02, 0x00, v3_code])
