"""NETCONF framing (RFC 6242) and the translation of device messages into <rpc-error>."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from jetemu.netconf.errors import RpcError, from_message
from jetemu.netconf.framing import FrameReader, FramingError, frame


def test_end_of_message_framing_survives_any_split() -> None:
    wire = frame(b"<hello/>", chunked=False) + frame(b"<rpc>a</rpc>", chunked=False)
    for cut in range(len(wire) + 1):
        reader = FrameReader(1024)
        got = reader.feed(wire[:cut]) + reader.feed(wire[cut:])
        assert [m.strip() for m in got] == [b"<hello/>", b"<rpc>a</rpc>"], cut


def test_chunked_framing_joins_chunks_and_survives_any_split() -> None:
    wire = b"\n#4\n<rpc\n#8\n>ab</rpc\n#1\n>\n##\n" + frame(b"<rpc/>", chunked=True)
    for cut in range(len(wire) + 1):
        reader = FrameReader(1024)
        reader.chunked = True
        got = reader.feed(wire[:cut]) + reader.feed(wire[cut:])
        assert got == [b"<rpc>ab</rpc>", b"<rpc/>"], cut


def test_chunk_sizes_are_byte_counts() -> None:
    payload = "<rpc>é</rpc>".encode()
    reader = FrameReader(1024)
    reader.chunked = True
    assert reader.feed(frame(payload, chunked=True)) == [payload]


@pytest.mark.parametrize(
    "wire",
    [
        b"\n#0\n\n##\n",  # zero-length chunk
        b"\n#01\na\n##\n",  # leading zero
        b"\n#x\n",  # not a number
        b"\n##\n",  # end of chunks without a chunk
        b"<rpc/>]]>]]>",  # end-of-message framing after 1.1 was agreed
    ],
)
def test_broken_chunked_framing_is_refused(wire: bytes) -> None:
    reader = FrameReader(1024)
    reader.chunked = True
    with pytest.raises(FramingError):
        reader.feed(wire)


def test_a_message_cannot_grow_without_bound() -> None:
    reader = FrameReader(64)
    with pytest.raises(FramingError, match="larger than 64"):
        reader.feed(b"<rpc>" + b"x" * 100)
    chunked = FrameReader(64)
    chunked.chunked = True
    with pytest.raises(FramingError, match="larger than 64"):
        chunked.feed(b"\n#40\n" + b"x" * 40 + b"\n#40\n" + b"x" * 40)


def test_commit_check_block_becomes_path_bad_element_and_message() -> None:
    message = (
        "[edit interfaces ge-0/0/0 unit 0 family inet]\n"
        "  'address 10.0.0.300/24'\n"
        "    invalid prefix: 10.0.0.300/24 is not an IPv4 address with a prefix length\n"
        "error: configuration check-out failed"
    )
    first, last = from_message(message)
    assert first.path == "[edit interfaces ge-0/0/0 unit 0 family inet]"
    assert first.bad_element == "address 10.0.0.300/24"
    assert first.message.startswith("invalid prefix: 10.0.0.300/24")
    assert (last.message, last.path, last.severity) == ("configuration check-out failed", None, "error")


def test_syntax_errors_name_the_bad_element() -> None:
    (cli,) = from_message("error: syntax error, expecting <command>: bridge")
    assert (cli.message, cli.bad_element) == ("syntax error, expecting <command>", "bridge")
    (rpc,) = from_message("error: syntax error: <get-foo-information>")
    assert (rpc.message, rpc.bad_element) == ("syntax error", "get-foo-information")


def test_warnings_keep_their_severity_and_render_as_junos_does() -> None:
    (warning,) = from_message("warning: statement not found")
    assert (warning.severity, warning.message) == ("warning", "statement not found")
    error = RpcError(message="a < b", path="[edit]", bad_element="x", info={"session-id": "7"})
    element = ET.fromstring(error.render())
    assert [child.tag for child in element] == [
        "error-type",
        "error-tag",
        "error-severity",
        "error-path",
        "error-message",
        "error-info",
    ]
    assert element.findtext("error-message").strip() == "a < b"
    assert [c.tag for c in element.find("error-info")] == ["bad-element", "session-id"]
    qualified = ET.fromstring(
        f'<x xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0">{RpcError(message="m").render("nc:")}</x>'
    )
    assert qualified[0].tag == "{urn:ietf:params:xml:ns:netconf:base:1.0}rpc-error"
