# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Files between the controller and a device over JET (PRIVATE to the collection).

JET has no file transfer, so a file goes to the device the way a Junos user would fetch one:
the device runs ``file copy <url> <dest>`` (the ``<file-copy>`` RPC, sent over JET) against a
one-shot HTTP or HTTPS endpoint that the task serves itself:

* the endpoint serves one file (or bytes) under ``/<random token>/<name>``, to exactly one
  complete ``GET``, then closes; anything else gets 404 and a timeout closes it regardless;
* it listens only on the controller address the device can reach: by default the address the
  controller uses to reach the device's jsd (``transfer.address``/``transfer.bind`` change that,
  for NAT or a separate management network); ``transfer.port`` pins the port (default: free);
* HTTPS serves ``transfer.tls_cert``/``transfer.tls_key``, which the device must trust;
* afterwards ``file checksum sha-256`` on the device must match, or the task fails.

The other way, :func:`read_file` reads a file with ``file show <file> encoding base64`` and
checks it the same way. Both run wherever the module logic runs: the controller's worker
(action plugins) or a module process, which for this connection also runs on the controller.

The token never appears in results or error messages (it is replaced by ``<token>``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import http.server
import ipaddress
import os
import secrets
import socket
import ssl
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from .api import JetApi
from .common import TaskError
from .errors import JetError

DEFAULT_TIMEOUT = 120.0

#: Argument spec of the ``transfer`` option every module that sends files shares (see the
#: ``jetkit.junos.transfer`` doc fragment).
TRANSFER_ARGUMENT_SPEC: dict[str, Any] = {
    "transfer": {
        "type": "dict",
        "default": {},
        "options": {
            "scheme": {"type": "str", "choices": ["http", "https"], "default": "http"},
            "address": {"type": "str"},
            "bind": {"type": "str"},
            "port": {"type": "int", "default": 0},
            "timeout": {"type": "float", "default": DEFAULT_TIMEOUT},
            "tls_cert": {"type": "path"},
            "tls_key": {"type": "path", "no_log": False},
        },
    }
}


class TransferError(TaskError):
    """A transfer failed; the message says what and what the device needs."""


@dataclass(frozen=True)
class TransferOptions:
    scheme: str = "http"
    address: str | None = None  # what the device connects to (default: found from the jsd target)
    bind: str | None = None  # where the endpoint listens (default: ``address``)
    port: int = 0
    timeout: float = DEFAULT_TIMEOUT
    tls_cert: str | None = None
    tls_key: str | None = None

    @classmethod
    def from_params(cls, params: dict[str, Any] | None) -> TransferOptions:
        data = dict(params or {})
        options = cls(
            scheme=str(data.get("scheme") or "http"),
            address=data.get("address") or None,
            bind=data.get("bind") or None,
            port=int(data.get("port") or 0),
            timeout=float(data.get("timeout") or DEFAULT_TIMEOUT),
            tls_cert=data.get("tls_cert") or None,
            tls_key=data.get("tls_key") or None,
        )
        options.check()
        return options

    def check(self) -> None:
        if self.scheme not in ("http", "https"):
            raise TransferError(f"transfer.scheme must be http or https, not {self.scheme!r}")
        if not 0 <= self.port <= 65535:
            raise TransferError(f"transfer.port must be within 0..65535, not {self.port}")
        if not self.timeout > 0:
            raise TransferError(f"transfer.timeout must be above 0 seconds, not {self.timeout}")
        if self.scheme == "https" and not (self.tls_cert and self.tls_key):
            raise TransferError(
                "transfer.scheme https needs transfer.tls_cert and transfer.tls_key: a certificate the "
                "device trusts (the device verifies the endpoint like any HTTPS server)"
            )
        if self.scheme == "http" and (self.tls_cert or self.tls_key):
            raise TransferError("transfer.tls_cert and transfer.tls_key are only used with transfer.scheme https")


@dataclass(frozen=True)
class TransferResult:
    dest: str  # device path written
    sha256: str
    size: int
    url: str  # as the device fetched it, token replaced by <token>

    def to_dict(self) -> dict[str, Any]:
        return {"dest": self.dest, "sha256": self.sha256, "size": self.size, "url": self.url}


# -- where the device can reach us --------------------------------------------------------------
def split_target(target: str) -> tuple[str, int]:
    """``host:port`` or ``[v6]:port`` of the jsd target -> (host, port)."""
    if target.startswith("["):
        host, rest = target[1:].partition("]")[::2]
        return host, int(rest.lstrip(":") or 0)
    host, port = target.rpartition(":")[::2]
    return host, int(port or 0)


def reachable_address(device_host: str, device_port: int = 32767) -> str:
    """The controller address the kernel uses to reach ``device_host`` (no packet is sent)."""
    try:
        infos = socket.getaddrinfo(device_host, device_port or 32767, proto=socket.IPPROTO_UDP)
    except socket.gaierror as exc:
        raise TransferError(f"cannot resolve the device address {device_host!r}: {exc}") from None
    family, _type, _proto, _name, sockaddr = infos[0]
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(sockaddr)
        except OSError as exc:
            raise TransferError(
                f"no route from the controller to the device at {device_host}: {exc.strerror or exc}; "
                "set transfer.address to an address of the controller the device can reach"
            ) from None
        return str(probe.getsockname()[0])


def _url_host(address: str) -> str:
    try:
        if ipaddress.ip_address(address).version == 6:
            return f"[{address}]"
    except ValueError:
        pass
    return address


# -- the one-shot endpoint ----------------------------------------------------------------------
class _OneShotServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, bind: str, port: int, payload: bytes, path: str) -> None:
        family = socket.AF_INET6 if ":" in bind else socket.AF_INET
        self.address_family = family
        self.payload = payload
        self.file_path = path
        self.lock = threading.Lock()
        self.served = threading.Event()  # one complete GET answered
        self.claimed = False  # the GET started (later ones get 404)
        self.requests: list[str] = []  # what else was asked, for error messages (token-free)
        super().__init__((bind, port), _Handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _OneShotServer
    protocol_version = "HTTP/1.1"
    timeout = 30  # a client that connects and stalls (TLS handshake included) is dropped

    def _ours(self) -> bool:
        return secrets.compare_digest(self.path.encode(), self.server.file_path.encode())

    def do_HEAD(self) -> None:
        if not self._ours() or self.server.served.is_set():
            self._not_found()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(self.server.payload)))
        self.end_headers()

    def do_GET(self) -> None:
        with self.server.lock:
            mine = self._ours() and not self.server.claimed
            if mine:
                self.server.claimed = True
        if not mine:
            self._not_found()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(self.server.payload)))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(self.server.payload)
            self.wfile.flush()
        except OSError:
            with self.server.lock:
                self.server.claimed = False  # the device may try again
            return
        self.server.served.set()

    def _not_found(self) -> None:
        self.server.requests.append(f"{self.command} (not the file's path)")
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class OneShotEndpoint:
    """Serves ``payload`` as ``name`` for one fetch; a context manager that always closes."""

    def __init__(self, payload: bytes, name: str, options: TransferOptions, address: str) -> None:
        self.options = options
        self.token = secrets.token_urlsafe(24)
        self.address = address
        self.bind = options.bind or address
        quoted = urllib.parse.quote(name, safe="")
        self._path = f"/{self.token}/{quoted}"
        try:
            self._server = _OneShotServer(self.bind, options.port, payload, self._path)
        except OSError as exc:
            raise TransferError(
                f"cannot serve the file on {self.bind}:{options.port}: {exc.strerror or exc} "
                "(transfer.bind / transfer.port choose where the one-shot endpoint listens)"
            ) from None
        if options.scheme == "https":
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            try:
                context.load_cert_chain(str(options.tls_cert), str(options.tls_key))
            except (OSError, ssl.SSLError) as exc:
                self._server.server_close()
                raise TransferError(f"cannot load transfer.tls_cert/tls_key: {exc}") from None
            # the handshake happens in the request's thread, so a stalled client blocks nobody
            self._server.socket = context.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
        self.port = int(self._server.server_address[1])
        self.url = f"{options.scheme}://{_url_host(address)}:{self.port}{self._path}"
        self._thread = threading.Thread(target=self._serve, name="jetkit-transfer", daemon=True)
        self._deadline = time.monotonic() + options.timeout
        self._closed = False

    def _serve(self) -> None:
        self._server.timeout = 0.2
        try:
            while not self._closed and not self._server.served.is_set() and time.monotonic() < self._deadline:
                self._server.handle_request()
        finally:
            self._server.server_close()  # one fetch, or the timeout: nobody connects any more

    @property
    def fetched(self) -> bool:
        """Whether the file was served whole.

        The client can hold every byte (and the device report its copy done) a moment before the
        serving thread marks the GET answered, so a GET under way is waited for (a few seconds at
        most); without one the answer is immediate.
        """
        server = self._server
        deadline = time.monotonic() + min(self.options.timeout, 5.0)
        while not server.served.is_set():
            with server.lock:
                under_way = server.claimed
            if not under_way or time.monotonic() >= deadline:
                return server.served.is_set()
            server.served.wait(0.02)
        return True

    @property
    def other_requests(self) -> list[str]:
        return list(self._server.requests)

    def redact(self, text: str) -> str:
        return text.replace(self.token, "<token>")

    @property
    def shown_url(self) -> str:
        return self.redact(self.url)

    def __enter__(self) -> OneShotEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True
        self._thread.join(5)
        self._server.server_close()


# -- device side --------------------------------------------------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(text: str, what: str) -> ET.Element:
    body = text.strip()
    try:
        return ET.fromstring(f'<reply xmlns:junos="http://xml.juniper.net/junos/*/junos">{body}</reply>')
    except ET.ParseError as exc:
        raise TransferError(f"{what}: the device's answer does not parse as XML: {exc}") from None


def _find_text(root: ET.Element, tag: str) -> str | None:
    for element in root.iter():
        if _local(element.tag) == tag:
            return element.text or ""
    return None


def _missing(message: str) -> bool:
    return "No such file or directory" in message or "could not resolve file" in message


def device_checksum(api: JetApi, path: str) -> str | None:
    """``file checksum sha-256 <path>`` on the device; None when the file is not there."""
    rpc = f"<get-sha256-checksum-information><path>{escape(path)}</path></get-sha256-checksum-information>"
    try:
        text = api.rpc(rpc, "xml")
    except JetError as exc:
        if exc.status == "DEVICE_FAILURE" and _missing(exc.message):
            return None
        raise
    found = _find_text(_parse(text, f"file checksum sha-256 {path}"), "checksum")
    if found is None:
        raise TransferError(f"file checksum sha-256 {path}: the device's answer has no <checksum>: {text[:200]}")
    return found.strip().lower()


def delete_file(api: JetApi, path: str) -> bool:
    """``file delete <path>``; False when the file was not there."""
    try:
        api.rpc(f"<file-delete><path>{escape(path)}</path></file-delete>", "xml")
    except JetError as exc:
        if exc.status == "DEVICE_FAILURE" and _missing(exc.message):
            return False
        raise
    return True


def _long_calls(api: JetApi, seconds: float) -> JetApi:
    """The same connection with a deadline that covers a whole transfer."""
    return api.with_deadline(seconds + 10.0)


def dest_path(dest: str, name: str) -> str:
    """The device path a copy writes: ``dest``, or ``dest/name`` when ``dest`` ends with ``/``."""
    if not dest or not dest.startswith("/"):
        raise TransferError(f"the destination on the device must be an absolute path, not {dest!r}")
    return dest.rstrip("/") + "/" + name if dest.endswith("/") else dest


def put_bytes(
    api: JetApi,
    payload: bytes,
    dest: str,
    *,
    name: str | None = None,
    options: TransferOptions | None = None,
) -> TransferResult:
    """Make the device fetch ``payload`` into ``dest`` (an absolute device path; ending in ``/``
    means that directory, with ``name``), then check ``file checksum sha-256`` there."""
    opts = options or TransferOptions()
    opts.check()
    file_name = name or dest.rstrip("/").rsplit("/", 1)[-1]
    if not file_name or "/" in file_name or file_name in (".", ".."):
        raise TransferError(f"cannot tell the file name to serve from {dest!r}; give a name")
    target = dest_path(dest, file_name)
    digest = hashlib.sha256(payload).hexdigest()
    if opts.address:
        address = opts.address
    else:
        device_host, device_port = split_target(str(api.info().get("target", "")))
        if not device_host:
            raise TransferError("the connection does not say where the device is; set transfer.address")
        address = reachable_address(device_host, device_port)
    long_api = _long_calls(api, opts.timeout)
    with OneShotEndpoint(payload, file_name, opts, address) as endpoint:
        rpc = (
            f"<file-copy><source>{escape(endpoint.url)}</source><destination>{escape(target)}</destination></file-copy>"
        )
        try:
            long_api.rpc(rpc, "xml")
        except JetError as exc:
            said = endpoint.redact(exc.message)
            if endpoint.fetched:
                raise TransferError(f"file copy to {target} failed on the device after the fetch: {said}") from None
            raise TransferError(
                f"the device could not fetch {endpoint.shown_url} into {target}: {said}. The device must "
                f"reach the controller at {_url_host(address)}:{endpoint.port} over {opts.scheme} (set "
                "transfer.address, transfer.bind and transfer.port for NAT, firewalls or another "
                "management network), or give a URL the device can reach instead"
            ) from None
        if not endpoint.fetched:
            seen = "; it asked for: " + ", ".join(endpoint.other_requests) if endpoint.other_requests else ""
            raise TransferError(
                f"the device reported file copy into {target} done but never fetched {endpoint.shown_url}{seen}"
            )
        shown = endpoint.shown_url
    found = device_checksum(api, target)
    if found != digest:
        raise TransferError(
            f"{target} on the device does not match what was sent: sha-256 {found or '(no file)'} on the device, "
            f"{digest} sent"
        )
    return TransferResult(dest=target, sha256=digest, size=len(payload), url=shown)


def put_file(
    api: JetApi, path: str, dest: str, *, name: str | None = None, options: TransferOptions | None = None
) -> TransferResult:
    """:func:`put_bytes` with the content of a controller file."""
    try:
        with open(path, "rb") as handle:
            payload = handle.read()
    except OSError as exc:
        raise TransferError(f"cannot read {path}: {exc.strerror or exc}") from None
    return put_bytes(api, payload, dest, name=name or os.path.basename(path), options=options)


def read_file(api: JetApi, path: str) -> bytes:
    """A device file's bytes (``file show <path> encoding base64``), checked with sha-256."""
    rpc = f"<file-show><filename>{escape(path)}</filename><encoding>base64</encoding></file-show>"
    text = _long_calls(api, DEFAULT_TIMEOUT).rpc(rpc, "xml")
    root = _parse(text, f"file show {path}")
    content = None
    for element in root.iter():
        if _local(element.tag) == "file-content":
            encoding = element.get("encoding")
            if encoding not in (None, "base64"):
                raise TransferError(f"file show {path} encoding base64: the device answered encoding {encoding!r}")
            content = element.text or ""
            break
    if content is None:
        raise TransferError(f"file show {path}: the device's answer has no <file-content>: {text[:200]}")
    try:
        data = base64.b64decode("".join(content.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise TransferError(f"file show {path} encoding base64: not base64: {exc}") from None
    digest = device_checksum(api, path)
    if digest != hashlib.sha256(data).hexdigest():
        raise TransferError(f"{path} changed on the device while it was read (sha-256 differs); try again")
    return data


__all__ = [
    "DEFAULT_TIMEOUT",
    "OneShotEndpoint",
    "TRANSFER_ARGUMENT_SPEC",
    "TransferError",
    "TransferOptions",
    "TransferResult",
    "delete_file",
    "dest_path",
    "device_checksum",
    "put_bytes",
    "put_file",
    "reachable_address",
    "read_file",
]
