"""One NETCONF session of an emulated device: the ``<hello>`` exchange, framing, and one
``<rpc-reply>`` per ``<rpc>``, in order.

The session does not know SSH: the transport gives it bytes (:meth:`NetconfSession.feed`) and
a way to write and close. What an operation does is in :mod:`.operations`; this module only
parses messages, applies Junos's session rules and writes replies the way Junos's NETCONF
server does (default namespace on ``<rpc-reply>``, ``xmlns:junos``, the ``<rpc>`` attributes
echoed; ``nc:``-qualified tags under ``system services netconf rfc-compliant``).
"""

from __future__ import annotations

import asyncio
import logging
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from .. import xmlsafe
from ..config.database import SessionRef
from .errors import NetconfError, RpcError
from .framing import FrameReader, FramingError, frame

if TYPE_CHECKING:
    from ..server.runtime import DeviceRuntime

log = logging.getLogger("jetemu.netconf")

BASE_NS = "urn:ietf:params:xml:ns:netconf:base:1.0"
BASE_10 = "urn:ietf:params:netconf:base:1.0"
BASE_11 = "urn:ietf:params:netconf:base:1.1"

# What a Junos device advertises by default (the URN forms of RFC 4741 and their older
# "xml:ns" spellings, the Junos extensions). base:1.1 is added under `version-1.1`.
JUNOS_CAPABILITIES = (
    BASE_10,
    "urn:ietf:params:netconf:capability:candidate:1.0",
    "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
    "urn:ietf:params:netconf:capability:validate:1.0",
    "urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp,file",
    "urn:ietf:params:xml:ns:netconf:base:1.0",
    "urn:ietf:params:xml:ns:netconf:capability:candidate:1.0",
    "urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0",
    "urn:ietf:params:xml:ns:netconf:capability:validate:1.0",
    "urn:ietf:params:xml:ns:netconf:capability:url:1.0?scheme=http,ftp,file",
    "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring",
    "http://xml.juniper.net/netconf/junos/1.0",
    "http://xml.juniper.net/dmi/system/1.0",
)


@dataclass(frozen=True)
class SessionOptions:
    """How the device's NETCONF server behaves (``[edit system services netconf]``)."""

    rfc_compliant: bool = False
    version_11: bool = False
    flatten_commit_results: bool = False


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def strip_namespaces(element: ET.Element) -> ET.Element:
    """A copy of ``element`` with every tag and attribute name in no namespace.

    Junos matches RPC and configuration element names whatever namespace the client put them
    in (clients send them in the NETCONF namespace, unqualified, or with a prefix).
    """
    copy = ET.Element(local_name(element.tag), {local_name(k): v for k, v in element.attrib.items()})
    copy.text = element.text
    copy.tail = element.tail
    for child in element:
        if not isinstance(child.tag, str):  # comments, processing instructions
            continue
        copy.append(strip_namespaces(child))
    return copy


class NetconfSession:
    """The server side of one NETCONF session on one device."""

    def __init__(
        self,
        runtime: DeviceRuntime,
        *,
        session_id: int,
        user: str,
        peer: str,
        write: Callable[[bytes], None],
        close: Callable[[], None],
        registry: Any,
        max_message: int,
    ) -> None:
        self.runtime = runtime
        self.session_id = session_id
        self.user = user
        self.peer = peer
        self.registry = registry  # the device's NetconfSessions (kill-session, listing)
        self.config_ref = SessionRef(session_id=session_id, user=user, client_id="", method="netconf")
        self.options = SessionOptions()
        self._write = write
        self._close = close
        self._reader = FrameReader(max_message)
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._hello_done = False
        self._chunked = False
        self.closed = False

    # -- life cycle ---------------------------------------------------------------------------
    def start(self, options: SessionOptions) -> None:
        """Send the server ``<hello>`` and start answering."""
        self.options = options
        self._send(self._hello().encode())
        self._worker = asyncio.get_running_loop().create_task(self._run())

    def feed(self, data: bytes) -> None:
        """Bytes from the transport."""
        if self.closed:
            return
        try:
            for message in self._reader.feed(data):
                self._queue.put_nowait(message)
        except FramingError as exc:
            log.info("device %s: NETCONF session %d: %s; closing", self.runtime.key, self.session_id, exc)
            self.terminate()

    def end_of_input(self) -> None:
        """The client closed its side: answer what is queued, then end."""
        self._queue.put_nowait(None)

    def terminate(self) -> None:
        """End the session now (client gone, framing broken, killed): release what it held."""
        if self.closed:
            return
        self.closed = True
        if self._worker is not None and self._worker is not asyncio.current_task():
            self._worker.cancel()
        self.runtime.config.release_session(self.config_ref)
        self.registry.forget(self)
        try:
            self._close()
        except Exception:  # the transport may already be gone
            log.debug("close of NETCONF session %d failed", self.session_id, exc_info=True)

    # -- the loop ------------------------------------------------------------------------------
    async def _run(self) -> None:
        from .operations import Operations

        operations = Operations(self)
        try:
            while not self.closed:
                message = await self._queue.get()
                if message is None:
                    break
                if not message.strip():
                    continue
                if not self._hello_done:
                    if not self._client_hello(message):
                        break
                    continue
                reply, end = await self._answer(operations, message)
                if reply is not None:
                    self._send(reply.encode())
                if end:
                    break
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("device %s: NETCONF session %d failed", self.runtime.key, self.session_id)
        self.terminate()

    def _send(self, payload: bytes) -> None:
        if not self.closed:
            self._write(frame(payload, self._chunked))

    # -- hello ------------------------------------------------------------------------------
    def _hello(self) -> str:
        capabilities = list(JUNOS_CAPABILITIES)
        if self.options.version_11:
            capabilities.insert(1, BASE_11)
        body = "\n".join(f"    <capability>{c}</capability>" for c in capabilities)
        return (
            "<!-- No zombies were killed during the creation of this user interface -->\n"
            f"<!-- user {self.user}, class super-user -->\n"
            f'<hello xmlns="{BASE_NS}">\n'
            f"  <capabilities>\n{body}\n  </capabilities>\n"
            f"  <session-id>{self.session_id}</session-id>\n"
            "</hello>"
        )

    def _client_hello(self, message: bytes) -> bool:
        """Check the client's ``<hello>``; switch to chunked framing when both sides speak 1.1."""
        try:
            root = xmlsafe.fromstring(message.decode("utf-8"))
        except (ValueError, ET.ParseError) as exc:
            log.info("device %s: NETCONF session %d: bad hello (%s)", self.runtime.key, self.session_id, exc)
            return False
        if local_name(root.tag) != "hello":
            log.info("device %s: NETCONF session %d: expected <hello>", self.runtime.key, self.session_id)
            return False
        if any(local_name(child.tag) == "session-id" for child in root):
            return False  # RFC 6241 8.1: a client hello carrying a session-id ends the session
        offered = {(el.text or "").strip() for el in root.iter() if local_name(el.tag) == "capability"}
        if BASE_10 not in offered and BASE_11 not in offered:
            log.info("device %s: NETCONF session %d: no common base capability", self.runtime.key, self.session_id)
            return False
        self._hello_done = True
        if self.options.version_11 and BASE_11 in offered:
            self._chunked = True
            self._reader.chunked = True
            try:  # the client may have sent its first <rpc> right behind the hello
                for early in self._reader.feed(b""):
                    self._queue.put_nowait(early)
            except FramingError:
                return False
        return True

    # -- rpc ------------------------------------------------------------------------------
    async def _answer(self, operations: Any, message: bytes) -> tuple[str | None, bool]:
        """The reply to one message and whether the session ends after it."""
        try:
            root = xmlsafe.fromstring(message.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, ET.ParseError) as exc:
            error = RpcError(message=f"malformed message: {exc}", error_type="rpc", tag="malformed-message")
            return self._reply({}, error.render(self._prefix)), False
        if local_name(root.tag) != "rpc":
            error = RpcError(
                message=f"expected <rpc>, got <{local_name(root.tag)}>",
                error_type="rpc",
                tag="unknown-element",
                bad_element=local_name(root.tag),
            )
            return self._reply({}, error.render(self._prefix)), False
        attrs = {k: v for k, v in root.attrib.items() if not k.startswith("{")}
        children = [child for child in root if isinstance(child.tag, str)]
        if len(children) != 1:
            error = RpcError(
                message=f"<rpc> must hold exactly one operation, found {len(children)}",
                error_type="rpc",
                tag="operation-failed",
            )
            return self._reply(attrs, error.render(self._prefix)), False
        request = strip_namespaces(children[0])
        started = time.perf_counter()
        try:
            outcome = await operations.run(request)
        except NetconfError as exc:
            return self._reply(attrs, "\n".join(e.render(self._prefix) for e in exc.errors)), False
        finally:
            log.debug(
                "device %s: NETCONF session %d: <%s> took %.1f ms",
                self.runtime.key,
                self.session_id,
                request.tag,
                (time.perf_counter() - started) * 1000,
            )
        return self._reply(attrs, outcome.body), outcome.end_session

    @property
    def _prefix(self) -> str:
        return "nc:" if self.options.rfc_compliant else ""

    def _reply(self, attrs: dict[str, str], body: str) -> str:
        echoed = "".join(f" {key}={quoteattr(value)}" for key, value in attrs.items())
        junos_ns = f"http://xml.juniper.net/junos/{self.runtime.device.junos_version}/junos"
        if self.options.rfc_compliant:
            head = f'<nc:rpc-reply xmlns:nc="{BASE_NS}" xmlns:junos="{junos_ns}"{echoed}>'
            tail = "</nc:rpc-reply>"
        else:
            head = f'<rpc-reply xmlns="{BASE_NS}" xmlns:junos="{junos_ns}"{echoed}>'
            tail = "</rpc-reply>"
        body = body.strip("\n")
        return f"{head}\n{body}\n{tail}" if body else f"{head}\n{tail}"
