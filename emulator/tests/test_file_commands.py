"""The device's file system and ``file copy|list|show|delete|checksum`` over real gRPC.

jetemu runs as a real process with ``--state-dir`` so the test can see (and tamper with) the
device's root directory on the host; HTTP and HTTPS sources are real servers in this process.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import os
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator

from jetemu.certs import write_lab_certificates
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt

TEXT = v2_mgmt.OP_COMMAND_OUTPUT_CLI
XML = v2_mgmt.OP_COMMAND_OUTPUT_XML
JSON = v2_mgmt.OP_COMMAND_OUTPUT_JSON
PAYLOAD = bytes(range(256)) * 40 + "résumé\n".encode()


class _Files(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(context: ssl.SSLContext | None = None) -> Iterator[tuple[str, dict[str, bytes]]]:
    files: dict[str, bytes] = {}
    handler = type("Handler", (_Files,), {"files": files})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if context is not None else "http"
    yield f"{scheme}://127.0.0.1:{server.server_address[1]}", files
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_lab_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory, certs: dict[str, Path]) -> Iterator[EmulatorProcess]:
    # The device trusts the lab CA for https:// sources, as a device with that CA installed would.
    os.environ["SSL_CERT_FILE"] = str(certs["ca.crt"])
    try:
        emu = start_emulator(
            tmp_path_factory.mktemp("emu"),
            "--user",
            f"{USER}:{PASSWORD}",
            "--state-dir",
            str(tmp_path_factory.mktemp("state")),
        )
    finally:
        del os.environ["SSL_CERT_FILE"]
    yield emu
    emu.stop()


@pytest.fixture(scope="module")
def root(device: EmulatorProcess) -> Path:
    state = Path(device.argv[device.argv.index("--state-dir") + 1])
    return state / "device-1" / "root"


@pytest.fixture
def cli(device: EmulatorProcess) -> Iterator[JetClient]:
    client = connect(device.target())
    assert client.login().status.code == 0
    yield client
    client.close()


@pytest.fixture(scope="module")
def http_server() -> Iterator[tuple[str, dict[str, bytes]]]:
    yield from _serve()


@pytest.fixture(scope="module")
def https_server(certs: dict[str, Path]) -> Iterator[tuple[str, dict[str, bytes]]]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs["server.crt"], certs["server.key"])
    yield from _serve(context)


def ok(client: JetClient, command: str, fmt: int = TEXT) -> str:
    status, data = client.op(cli=command, fmt=fmt) if not command.startswith("<") else client.op(xml=command, fmt=fmt)
    assert status.code == 0, f"{command}: {status.message}"
    return data


def refused(client: JetClient, command: str) -> str:
    status, _ = client.op(cli=command, fmt=TEXT) if not command.startswith("<") else client.op(xml=command, fmt=TEXT)
    assert status.code != 0, f"{command} was accepted"
    return str(status.message)


def test_standard_directories_and_home(cli: JetClient, root: Path) -> None:
    listing = ok(cli, "file list /var/db/scripts")
    assert listing.startswith("/var/db/scripts/:\n")
    for name in ("jet/", "action/", "op/"):
        assert name in listing.splitlines()
    assert (root / "var" / "home" / USER).is_dir()
    # a relative path is relative to the user's home, as on Junos
    (root / "var" / "tmp" / "seed.txt").write_bytes(b"seed\n")
    ok(cli, "file copy /var/tmp/seed.txt copy.txt")
    assert (root / "var" / "home" / USER / "copy.txt").read_bytes() == b"seed\n"
    assert "copy.txt" in ok(cli, "file list")
    assert "copy.txt" in ok(cli, "<file-list><path>~</path></file-list>")  # as PyEZ's facts ask
    assert ok(cli, "file show ~/copy.txt") == "seed\n"
    assert "re0" in ok(cli, "file show /etc/hosts.junos")


def test_checksums_show_and_delete_in_three_formats(cli: JetClient, root: Path) -> None:
    (root / "var" / "tmp" / "blob.bin").write_bytes(PAYLOAD)
    for word, algorithm, label in (("md5", "md5", "MD5"), ("sha1", "sha1", "SHA1"), ("sha-256", "sha256", "SHA256")):
        digest = hashlib.new(algorithm, PAYLOAD).hexdigest()
        text = ok(cli, f"file checksum {word} /var/tmp/blob.bin")
        assert text == f"{label} (/var/tmp/blob.bin) = {digest}\n"
        xml = ET.fromstring(ok(cli, f"file checksum {word} /var/tmp/blob.bin", XML))
        assert xml.tag == "checksum-information"
        assert xml.findtext("file-checksum/checksum") == digest
        assert xml.findtext("file-checksum/computation-method") == label
        data = json.loads(ok(cli, f"file checksum {word} /var/tmp/blob.bin", JSON))
        assert data["checksum-information"][0]["file-checksum"][0]["checksum"][0]["data"] == digest
    rpc = "<get-sha256-checksum-information><path>/var/tmp/blob.bin</path></get-sha256-checksum-information>"
    assert hashlib.sha256(PAYLOAD).hexdigest() in ok(cli, rpc)
    rpc = "<get-checksum-information><path>/var/tmp/blob.bin</path><method>sha1</method></get-checksum-information>"
    assert hashlib.sha1(PAYLOAD).hexdigest() in ok(cli, rpc)

    shown = ET.fromstring(ok(cli, "file show /var/tmp/blob.bin encoding base64", XML))
    assert shown.tag == "file-content"
    assert shown.get("encoding") == "base64" and shown.get("filesize") == str(len(PAYLOAD))
    assert shown.get("filename") == "/var/tmp/blob.bin"
    assert base64.b64decode("".join((shown.text or "").split())) == PAYLOAD
    as_json = json.loads(
        ok(cli, "<file-show><filename>/var/tmp/blob.bin</filename><encoding>base64</encoding></file-show>", JSON)
    )
    assert base64.b64decode("".join(as_json["file-content"][0]["data"].split())) == PAYLOAD
    text = ok(cli, "file show /var/tmp/blob.bin")
    assert text.endswith("résumé\n")
    ET.fromstring(ok(cli, "file show /var/tmp/blob.bin", XML))  # binary shown as text is still valid XML

    assert ok(cli, "file delete /var/tmp/blob.bin") == ""
    assert not (root / "var" / "tmp" / "blob.bin").exists()
    assert refused(cli, "file delete /var/tmp/blob.bin") == "rm: /var/tmp/blob.bin: No such file or directory"
    assert refused(cli, "file show /var/tmp/blob.bin") == "error: could not resolve file: /var/tmp/blob.bin"
    assert "sha256: /var/tmp/blob.bin: No such file or directory" in refused(
        cli, "file checksum sha-256 /var/tmp/blob.bin"
    )
    assert refused(cli, "file delete /var/tmp") == "rm: /var/tmp: is a directory"


def test_file_list_detail_and_rpc_shape(cli: JetClient, root: Path) -> None:
    (root / "var" / "tmp" / "listed").mkdir(exist_ok=True)
    (root / "var" / "tmp" / "listed" / "a.txt").write_bytes(b"12345")
    (root / "var" / "tmp" / "listed" / "run.sh").write_bytes(b"#!/bin/sh\n")
    os.chmod(root / "var" / "tmp" / "listed" / "run.sh", 0o755)
    (root / "var" / "tmp" / "listed" / "sub").mkdir(exist_ok=True)
    text = ok(cli, "file list detail /var/tmp/listed")
    lines = text.splitlines()
    assert lines[0] == "/var/tmp/listed/:" and lines[1].startswith("total blocks: ")
    assert any(line.startswith("-rw-r--r--") and line.endswith(" a.txt") and " 5 " in line for line in lines)
    assert any(line.startswith("-rwxr-xr-x") and line.endswith(" run.sh*") for line in lines)
    assert any(line.startswith("drwx") and line.endswith(" sub/") for line in lines)
    assert lines[-1] == "total files: 2"

    rpc = "<file-list><detail/><path>/var/tmp/listed</path></file-list>"
    top = ET.fromstring(ok(cli, rpc, XML))
    assert top.tag == "directory-list" and top.get("root-path") == "/var/tmp/listed"
    directory = top.find("directory")
    assert directory is not None and directory.get("name") == "/var/tmp/listed/"
    by_name = {f.findtext("file-name"): f for f in directory.findall("file-information")}
    assert by_name["a.txt"].findtext("file-size") == "5"
    assert by_name["sub"].find("file-directory") is not None
    assert by_name["run.sh"].find("file-executable") is not None
    permissions = by_name["a.txt"].find("file-permissions")
    assert permissions is not None and permissions.text == "644"

    single = ET.fromstring(ok(cli, "<file-list><detail/><path>/var/tmp/listed/a.txt</path></file-list>", XML))
    one = single.find("directory")
    assert one is not None and one.get("name") == ""
    assert one.findtext("file-information/file-name") == "/var/tmp/listed/a.txt"

    assert refused(cli, "file make-directory /var/tmp/made/deep") == "mkdir: /var/tmp/made: No such file or directory"
    assert ok(cli, "file make-directory /var/tmp/made/deep with-path") == ""
    assert (root / "var" / "tmp" / "made" / "deep").is_dir()
    assert refused(cli, "file make-directory /var/tmp/made/deep") == "mkdir: /var/tmp/made/deep: File exists"
    ok(cli, "<make-directory><directory>/var/tmp/made/other</directory></make-directory>")
    assert (root / "var" / "tmp" / "made" / "other").is_dir()
    missing = ok(cli, "file list /var/tmp/nothing-here", XML)
    assert ET.fromstring(missing).tag == "output"
    assert "No such file or directory" in missing
    recursive = ok(cli, "file list recursive /var/tmp/listed")
    assert "/var/tmp/listed/sub/:" in recursive


def test_file_copy_over_http_and_https(
    cli: JetClient,
    root: Path,
    http_server: tuple[str, dict[str, bytes]],
    https_server: tuple[str, dict[str, bytes]],
) -> None:
    base, files = http_server
    files["/pkg/app.py"] = b"print('hello')\n"
    ok(cli, f"file copy {base}/pkg/app.py /var/db/scripts/jet/")
    assert (root / "var" / "db" / "scripts" / "jet" / "app.py").read_bytes() == b"print('hello')\n"
    ok(cli, f"<file-copy><source>{base}/pkg/app.py</source><destination>/var/tmp/renamed.py</destination></file-copy>")
    assert (root / "var" / "tmp" / "renamed.py").exists()
    secure, secure_files = https_server
    secure_files["/s/blob.bin"] = PAYLOAD
    ok(cli, f"file copy {secure}/s/blob.bin /var/tmp/secure.bin")
    assert (root / "var" / "tmp" / "secure.bin").read_bytes() == PAYLOAD

    message = refused(cli, f"file copy {base}/pkg/missing.py /var/tmp/")
    assert message.startswith("error: file-fetch failed:") and "404" in message
    message = refused(cli, "file copy http://127.0.0.1:9/x.py /var/tmp/")
    assert message.startswith("error: file-fetch failed: http://127.0.0.1:9/x.py:")
    assert "refused" in message.lower()
    assert "not supported" in refused(cli, "file copy ftp://127.0.0.1/x.py /var/tmp/")
    assert "destination must be a path" in refused(cli, "file copy /var/tmp/secure.bin http://127.0.0.1/up")
    assert "No such file or directory" in refused(cli, f"file copy {base}/pkg/app.py /var/no/such/dir/app.py")


def test_a_slow_fetch_does_not_hold_up_other_sessions(device: EmulatorProcess, cli: JetClient) -> None:
    """file copy waits for the network in a worker thread, not on jetemu's event loop."""
    release = threading.Event()

    class Slow(_Files):
        def do_GET(self) -> None:
            release.wait(10)
            super().do_GET()

    Slow.files = {"/slow.bin": b"slow"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    copying = threading.Thread(
        target=ok, args=(cli, f"file copy http://127.0.0.1:{server.server_address[1]}/slow.bin /var/tmp/slow.bin")
    )
    copying.start()
    other = connect(device.target())
    try:
        assert other.login().status.code == 0
        started = time.monotonic()
        assert "Hostname:" in ok(other, "show version")
        assert time.monotonic() - started < 5  # answered while the copy still waits
        assert copying.is_alive()
    finally:
        release.set()
        copying.join(15)
        other.close()
        server.shutdown()
        server.server_close()
    assert not copying.is_alive()


def test_https_source_with_an_unknown_certificate_is_refused(tmp_path: Path, cli: JetClient) -> None:
    other = write_lab_certificates(tmp_path / "other")  # a CA the device does not trust
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(other["server.crt"], other["server.key"])
    serving = _serve(context)
    base, files = next(serving)
    files["/x.bin"] = b"x"
    try:
        message = refused(cli, f"file copy {base}/x.bin /var/tmp/untrusted.bin")
    finally:
        next(serving, None)
    assert "certificate verify failed" in message.lower()


@pytest.mark.parametrize(
    "command",
    [
        "file show ../../../../../../etc/passwd",
        "file show /../etc/passwd",
        "file list /var/../../..",
        "file copy /var/tmp/x ../../../../../../tmp/escaped",
        "file delete ../../../../../../../tmp/x",
        "file checksum sha-256 /var/tmp/../../../../etc/hostname",
    ],
)
def test_path_traversal_is_refused(cli: JetClient, command: str) -> None:
    assert "leaves the device's file system (refused)" in refused(cli, command)


def test_symbolic_links_are_never_followed(cli: JetClient, root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("host secret\n")
    (root / "var" / "tmp" / "evil-dir").symlink_to(outside)
    (root / "var" / "tmp" / "evil-file").symlink_to(outside / "secret.txt")
    try:
        assert "symbolic links are not followed" in refused(cli, "file show /var/tmp/evil-file")
        assert "symbolic links are not followed" in refused(cli, "file show /var/tmp/evil-dir/secret.txt")
        assert "symbolic links are not followed" in refused(cli, "file checksum md5 /var/tmp/evil-file")
        assert "symbolic links are not followed" in refused(cli, "file copy /var/tmp/evil-file /var/tmp/copied")
        (root / "var" / "tmp" / "plain.txt").write_text("plain\n")
        assert "symbolic links are not followed" in refused(cli, "file copy /var/tmp/plain.txt /var/tmp/evil-dir/x")
        assert not (outside / "x").exists()
        listing = ok(cli, "file list /var/tmp")
        assert "evil-file@ -> " in listing
        # overwriting the link replaces the link itself, never the file it points at
        ok(cli, "file copy /var/tmp/plain.txt /var/tmp/evil-file")
        assert (outside / "secret.txt").read_text() == "host secret\n"
        assert not (root / "var" / "tmp" / "evil-file").is_symlink()
    finally:
        (root / "var" / "tmp" / "evil-dir").unlink(missing_ok=True)
        (root / "var" / "tmp" / "evil-file").unlink(missing_ok=True)


def test_v1_json_command_reaches_the_same_files(cli: JetClient, root: Path) -> None:
    (root / "var" / "tmp" / "v1.txt").write_bytes(b"v1\n")
    request = v1_mgmt.ExecuteOpCommandRequest(
        json_command=json.dumps({"get-sha256-checksum-information": {"path": "/var/tmp/v1.txt"}}),
        out_format=v1_mgmt.OPERATION_FORMAT_XML,
        request_id=7,
    )
    assert cli.login_v1().result
    replies = list(cli.mgmt_v1.ExecuteOpCommand(request, timeout=10))
    assert replies[-1].status == v1_mgmt.SUCCESS
    assert hashlib.sha256(b"v1\n").hexdigest() in "".join(r.data for r in replies)


def test_files_survive_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state"
    emu = start_emulator(tmp_path / "a", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(state))
    try:
        client = connect(emu.target())
        assert client.login().status.code == 0
        (state / "device-1" / "root" / "var" / "tmp" / "kept.txt").write_text("kept\n")
        ok(client, "file copy /var/tmp/kept.txt /var/db/scripts/jet/kept.py")
        client.close()
    finally:
        emu.stop()
    emu = start_emulator(tmp_path / "b", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(state))
    try:
        client = connect(emu.target())
        assert client.login().status.code == 0
        assert ok(client, "file show /var/db/scripts/jet/kept.py") == "kept\n"
        client.close()
    finally:
        emu.stop()


def test_a_temporary_root_is_removed_when_the_emulator_stops(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = dict(os.environ, TMPDIR=str(temporary))
    emu = EmulatorProcess.start(tmp_path / "emu", "--user", f"{USER}:{PASSWORD}", env=env)
    client = connect(emu.target())
    try:
        assert client.login().status.code == 0
        assert "tmp/" in ok(client, "file list /var")
        roots = list(temporary.glob("jetemu-root-*"))
        assert len(roots) == 1 and (roots[0] / "var" / "db" / "scripts" / "jet").is_dir()
    finally:
        client.close()
        emu.stop()
    assert not roots[0].exists()
