"""NETCONF message framing over SSH (RFC 6242): end-of-message ``]]>]]>`` (base:1.0) and
chunked framing (base:1.1).

:class:`FrameReader` turns the bytes of one SSH channel into whole messages; :func:`frame`
does the reverse. Nothing here knows about XML or sessions. A peer that breaks the chunked
framing gets :class:`FramingError`: RFC 6242 says the session is then closed.
"""

from __future__ import annotations

import re

EOM = b"]]>]]>"
END_OF_CHUNKS = b"\n##\n"
MAX_CHUNK = 4294967295
_CHUNK_HEADER = re.compile(rb"\n#([1-9][0-9]{0,9})\n")


class FramingError(Exception):
    """The peer broke the framing; the session must end."""


class FrameReader:
    """Collects channel data and hands out complete messages.

    ``chunked`` starts False (every session opens with end-of-message framing for the
    ``<hello>`` exchange) and is switched on once both sides have advertised base:1.1.
    ``max_message`` bounds what one message may grow to, so a peer cannot make the device
    buffer without limit.
    """

    def __init__(self, max_message: int) -> None:
        self.chunked = False
        self.max_message = max_message
        self._buffer = bytearray()
        self._chunks: list[bytes] = []  # chunked mode: the chunks of the message so far
        self._chunked_size = 0

    def feed(self, data: bytes) -> list[bytes]:
        """Add ``data``; return the messages completed by it (possibly none)."""
        self._buffer += data
        messages: list[bytes] = []
        while True:
            message = self._next_chunked() if self.chunked else self._next_eom()
            if message is None:
                break
            messages.append(message)
        return messages

    def _next_eom(self) -> bytes | None:
        end = self._buffer.find(EOM)
        if end < 0:
            if len(self._buffer) > self.max_message:
                raise FramingError(f"message larger than {self.max_message} bytes")
            return None
        message = bytes(self._buffer[:end])
        del self._buffer[: end + len(EOM)]
        return message

    def _next_chunked(self) -> bytes | None:
        while True:
            # Whitespace between messages is tolerated (some clients end a message with an extra
            # newline after the end-of-chunks marker), anything else must be a chunk header.
            if not self._chunks:
                while bytes(self._buffer[:1]) in (b" ", b"\t", b"\r", b"\n") and not self._buffer.startswith(b"\n#"):
                    if self._buffer == b"\n":
                        return None  # may be the start of "\n#"
                    del self._buffer[:1]
            if len(self._buffer) < 4:
                return None
            if self._buffer.startswith(END_OF_CHUNKS):
                del self._buffer[: len(END_OF_CHUNKS)]
                if not self._chunks:
                    raise FramingError("end-of-chunks marker without a chunk")
                message = b"".join(self._chunks)
                self._chunks = []
                self._chunked_size = 0
                return message
            if not self._buffer.startswith(b"\n#"):
                raise FramingError(f"expected a chunk header, got {bytes(self._buffer[:12])!r}")
            match = _CHUNK_HEADER.match(self._buffer)
            if match is None:
                header_end = self._buffer.find(b"\n", 1)
                if header_end < 0 and len(self._buffer) <= 13:
                    return None  # the header is not complete yet
                raise FramingError(f"malformed chunk header {bytes(self._buffer[:13])!r}")
            size = int(match.group(1))
            if size > MAX_CHUNK:
                raise FramingError(f"chunk size {size} above {MAX_CHUNK}")
            if self._chunked_size + size > self.max_message:
                raise FramingError(f"message larger than {self.max_message} bytes")
            start = match.end()
            if len(self._buffer) < start + size:
                return None
            self._chunks.append(bytes(self._buffer[start : start + size]))
            self._chunked_size += size
            del self._buffer[: start + size]


def frame(message: bytes, chunked: bool) -> bytes:
    """``message`` framed for the wire: one chunk, or followed by ``]]>]]>``."""
    if chunked:
        return b"\n#%d\n%s%s" % (len(message), message, END_OF_CHUNKS)
    return message + b"\n" + EOM + b"\n"
