# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""What crosses the gateway's private unix socket (PRIVATE to the collection).

Both ends import this file: the client in tasks and module processes (:mod:`.client`) and the
gateway process (``plugins/plugin_utils/gateway.py``). It holds the frame format, the per-call
policy a task sends with every call, and the settings a session is opened with. No I/O policy
lives here beyond reading and writing one frame on a blocking socket.

A frame is a 4-byte big-endian length of what follows, then a 4-byte big-endian length of a JSON
header, the header (a JSON object, UTF-8), and the payloads: each a 4-byte big-endian length and
its bytes. Payloads are serialized protobuf messages of the generated stubs, never anything else;
the header says what they are.
"""

from __future__ import annotations

import hashlib
import json
import socket
import struct
from dataclasses import asdict, dataclass, fields
from typing import Any

_U32 = struct.Struct("!I")
#: refuse frames above this (a corrupt length must not make a process allocate gigabytes)
MAX_FRAME = 512 * 1024 * 1024


def pack(header: dict[str, Any], payloads: list[bytes] | tuple[bytes, ...] = ()) -> bytes:
    """One frame: the header and the payloads, with the leading total length."""
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    parts = [b"", _U32.pack(len(head)), head]
    for payload in payloads:
        parts.append(_U32.pack(len(payload)))
        parts.append(payload)
    size = sum(len(part) for part in parts)
    if size > MAX_FRAME:
        raise ValueError(f"a frame of {size} bytes is above the limit of {MAX_FRAME}")
    parts[0] = _U32.pack(size)
    return b"".join(parts)


def unpack(body: bytes) -> tuple[dict[str, Any], list[bytes]]:
    """Header and payloads of a frame's body (what follows its total length)."""
    view = memoryview(body)
    if len(view) < 4:
        raise ValueError("truncated frame")
    (size,) = _U32.unpack_from(view, 0)
    header = json.loads(bytes(view[4 : 4 + size]).decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("the frame header is not a JSON object")
    payloads = []
    pos = 4 + size
    while pos < len(view):
        if pos + 4 > len(view):
            raise ValueError("truncated payload length")
        (size,) = _U32.unpack_from(view, pos)
        pos += 4
        if pos + size > len(view):
            raise ValueError("truncated payload")
        payloads.append(bytes(view[pos : pos + size]))
        pos += size
    return header, payloads


def frame_size(prefix: bytes) -> int:
    """The body size announced by a frame's first 4 bytes."""
    (size,) = _U32.unpack(prefix)
    if size > MAX_FRAME:
        raise ValueError(f"a frame of {size} bytes is above the limit of {MAX_FRAME}")
    return int(size)


def receive(sock: socket.socket) -> tuple[dict[str, Any], list[bytes]] | None:
    """The next frame on a blocking socket; None when the peer closed it before a frame began."""
    prefix = _exactly(sock, 4, at_start=True)
    if prefix is None:
        return None
    body = _exactly(sock, frame_size(prefix), at_start=False)
    return unpack(body or b"")


def _exactly(sock: socket.socket, size: int, at_start: bool) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            if at_start and not chunks:
                return None
            raise ConnectionResetError("the peer closed the connection in the middle of a frame")
        chunks.append(chunk)
        size -= len(chunk)
        at_start = False
    return b"".join(chunks)


@dataclass
class CallPolicy:
    """Per-call settings a task sends with every call: its deadline and session retries."""

    timeout: float = 30.0
    session_retries: int = 5
    retry_delay: float = 1.0
    retry_max_delay: float = 8.0

    def __post_init__(self) -> None:
        self.timeout = float(self.timeout)
        self.session_retries = int(self.session_retries)
        self.retry_delay = float(self.retry_delay)
        self.retry_max_delay = float(self.retry_max_delay)
        if self.timeout <= 0:
            raise ValueError(f"the call timeout must be positive, got {self.timeout:g}")
        if self.session_retries < 0:
            raise ValueError(f"session_retries must be 0 or more, got {self.session_retries}")
        if self.retry_delay < 0:
            raise ValueError(f"the session retry delay must be 0 or more, got {self.retry_delay:g}")

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CallPolicy:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known and v is not None})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def delay(self, attempt: int) -> float:
        """Backoff before retry number ``attempt`` (1-based): delay, 2*delay, ... capped."""
        return float(min(self.retry_delay * (2 ** (attempt - 1)), self.retry_max_delay))

    def budget(self, calls: int = 1) -> float:
        """An upper bound of the wall time of ``calls`` calls of one request, retries included."""
        waits = sum(self.delay(n) for n in range(1, self.session_retries + 1))
        return self.timeout * (self.session_retries + 1 + calls) + waits


@dataclass
class SessionSettings:
    """Where and how a session reaches jsd. ``password`` never appears in any message we build."""

    host: str
    port: int = 32767
    user: str = ""
    password: str = ""
    client_id: str = "ansible-jetkit"
    tls: bool = False
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    server_name: str | None = None
    connect_timeout: float = 10.0
    #: a session unused this long is given back to jsd (the next call logs in again); 0 = never
    idle_timeout: float = 0.0

    @property
    def target(self) -> str:
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{host}:{self.port}"

    def describe(self) -> str:
        mode = "TLS" if self.tls else "clear-text"
        if self.tls and self.cert_file:
            mode = "mutual TLS"
        return f"jsd at {self.target} ({mode})"

    @property
    def key(self) -> str:
        """Names the session in the gateway: everything but the password, hashed.

        Tasks that reach the same jsd as the same user with the same client id and TLS settings
        share one session (one Login for the run), as tasks of one host do.
        """
        public = {k: v for k, v in asdict(self).items() if k != "password"}
        return hashlib.sha256(json.dumps(public, sort_keys=True).encode("utf-8")).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionSettings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown session setting(s): {', '.join(unknown)}")
        return cls(**data)
