"""TLS 1.2 minimum, RSA only, and mutual TLS."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from emutest import EMULATOR_DIR, PASSWORD, USER, connect

from jetemu.certs import write_lab_certificates


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_lab_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def other_certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_lab_certificates(tmp_path_factory.mktemp("other-certs"))


def creds(certs: dict[str, Path], with_client: bool = False) -> grpc.ChannelCredentials:
    kwargs = {"root_certificates": certs["ca.crt"].read_bytes()}
    if with_client:
        kwargs["private_key"] = certs["client.key"].read_bytes()
        kwargs["certificate_chain"] = certs["client.crt"].read_bytes()
    return grpc.ssl_channel_credentials(**kwargs)


def tls_args(certs: dict[str, Path]) -> list[str]:
    return [
        "--port",
        "0",
        "--user",
        f"{USER}:{PASSWORD}",
        "--tls-cert",
        str(certs["server.crt"]),
        "--tls-key",
        str(certs["server.key"]),
    ]


def handshake(port: int, *, max_version: ssl.TLSVersion, certs: dict[str, Path]) -> str:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=str(certs["ca.crt"]))
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = max_version
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")  # let this client really offer old versions
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            return str(tls.version())


def test_tls_login_and_command(emulator_factory, certs) -> None:
    emu = emulator_factory(*tls_args(certs))
    c = connect(emu.target(), creds(certs), **{"grpc.ssl_target_name_override": "localhost"})
    assert c.login().status.code == 0
    status, data = c.op(cli="show version", fmt=2)
    assert status.code == 0 and "Hostname" in data
    c.close()


def permissive_tls11_server(certs: dict[str, Path]) -> tuple[int, threading.Thread, list[str]]:
    """A plain ssl server that still accepts TLS 1.1: proves our test client really speaks it."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(certs["server.crt"]), str(certs["server.key"]))
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    listener = socket.create_server(("127.0.0.1", 0))
    seen: list[str] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            seen.append(str(tls.version()))
        listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return int(listener.getsockname()[1]), thread, seen


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_tls_minimum_is_1_2(emulator_factory, certs) -> None:
    control_port, thread, seen = permissive_tls11_server(certs)
    assert handshake(control_port, max_version=ssl.TLSVersion.TLSv1_1, certs=certs) == "TLSv1.1"
    thread.join(5)
    assert seen == ["TLSv1.1"]

    emu = emulator_factory(*tls_args(certs))
    port = emu.devices[0]["port"]
    assert handshake(port, max_version=ssl.TLSVersion.TLSv1_2, certs=certs) == "TLSv1.2"
    with pytest.raises(ssl.SSLError):
        handshake(port, max_version=ssl.TLSVersion.TLSv1_1, certs=certs)
    # ... and the emulator keeps serving TLS 1.2+ clients afterwards.
    assert handshake(port, max_version=ssl.TLSVersion.TLSv1_3, certs=certs) == "TLSv1.3"


def test_clear_text_client_cannot_talk_to_tls_server(emulator_factory, certs) -> None:
    emu = emulator_factory(*tls_args(certs))
    channel = grpc.insecure_channel(emu.target())
    with pytest.raises(grpc.FutureTimeoutError):
        grpc.channel_ready_future(channel).result(timeout=2)
    channel.close()


def test_mutual_tls(emulator_factory, certs, other_certs) -> None:
    emu = emulator_factory(*tls_args(certs), "--client-ca", str(certs["ca.crt"]))
    opts = {"grpc.ssl_target_name_override": "localhost"}
    good = connect(emu.target(), creds(certs, with_client=True), **opts)
    assert good.login().status.code == 0
    status, data = good.op(cli="show extension-service request-response clients", fmt=2)
    assert status.code == 0 and "pytest" in data
    good.close()

    for bad_creds in (
        creds(certs),
        grpc.ssl_channel_credentials(
            root_certificates=certs["ca.crt"].read_bytes(),
            private_key=other_certs["client.key"].read_bytes(),
            certificate_chain=other_certs["client.crt"].read_bytes(),
        ),
    ):
        channel = grpc.secure_channel(emu.target(), bad_creds, options=list(opts.items()))
        with pytest.raises(grpc.RpcError) as info:
            from jetemu.proto import jnx_authentication_service_pb2 as v2_auth
            from jetemu.proto import jnx_authentication_service_pb2_grpc as v2_auth_grpc

            v2_auth_grpc.AuthenticationStub(channel).Login(
                v2_auth.LoginRequest(username=USER, password=PASSWORD), timeout=5
            )
        assert info.value.code() == grpc.StatusCode.UNAVAILABLE
        channel.close()


def _ec_certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "ec.crt", directory / "ec.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_non_rsa_certificate_is_refused(tmp_path: Path) -> None:
    cert, key = _ec_certificate(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jetemu",
            "serve",
            "--port",
            "0",
            "--skip-authentication",
            "--tls-cert",
            str(cert),
            "--tls-key",
            str(key),
        ],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PYTHONPATH": str(EMULATOR_DIR), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "RSA certificates only" in result.stderr


def test_certs_command_writes_rsa_lab_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jetemu", "certs", str(tmp_path / "lab"), "--san", "jet.example"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(EMULATOR_DIR), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    for name in ("ca.crt", "server.crt", "server.key", "client.crt", "client.key"):
        assert (tmp_path / "lab" / name).is_file()
    assert (tmp_path / "lab" / "server.key").stat().st_mode & 0o077 == 0
    server = x509.load_pem_x509_certificate((tmp_path / "lab" / "server.crt").read_bytes())
    sans = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in sans.get_values_for_type(x509.DNSName)
    assert "jet.example" in sans.get_values_for_type(x509.DNSName)
    assert "127.0.0.1" in [str(ip) for ip in sans.get_values_for_type(x509.IPAddress)]
