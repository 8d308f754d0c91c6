"""``jetemu certs DIR``: a lab CA with RSA server and client certificates.

JET accepts RSA certificates only (no ECDSA/DSA), so everything here is RSA. The server
certificate is valid for localhost and the loopback addresses the emulator uses (plus any
extra names given); the client certificate is for mutual TLS.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEFAULT_SANS = ["localhost", "127.0.0.1", "::1"]


def _key(bits: int) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "jetkit lab"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _san_entries(names: list[str]) -> list[x509.GeneralName]:
    entries: list[x509.GeneralName] = []
    for name in names:
        try:
            entries.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            entries.append(x509.DNSName(name))
    return entries


def _write_key(path: Path, key: rsa.RSAPrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _write_cert(path: Path, cert: x509.Certificate) -> None:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def write_lab_certificates(
    directory: Path,
    *,
    extra_names: list[str] | None = None,
    days: int = 825,
    bits: int = 2048,
    client_name: str = "jet-client",
) -> dict[str, Path]:
    """Write ca.crt, server.crt/key and client.crt/key into ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    until = now + dt.timedelta(days=days)

    ca_key = _key(bits)
    ca_name = _name("jetkit lab CA")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    def leaf(
        common_name: str, sans: list[str], usage: x509.ObjectIdentifier
    ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        key = _key(bits)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        )
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(_san_entries(sans)), critical=False)
        return key, builder.sign(ca_key, hashes.SHA256())

    names = list(dict.fromkeys(DEFAULT_SANS + list(extra_names or [])))
    server_key, server_cert = leaf("localhost", names, ExtendedKeyUsageOID.SERVER_AUTH)
    client_key, client_cert = leaf(client_name, [], ExtendedKeyUsageOID.CLIENT_AUTH)

    paths = {
        "ca.crt": directory / "ca.crt",
        "server.crt": directory / "server.crt",
        "server.key": directory / "server.key",
        "client.crt": directory / "client.crt",
        "client.key": directory / "client.key",
    }
    _write_cert(paths["ca.crt"], ca_cert)
    _write_cert(paths["server.crt"], server_cert)
    _write_key(paths["server.key"], server_key)
    _write_cert(paths["client.crt"], client_cert)
    _write_key(paths["client.key"], client_key)
    return paths


def check_rsa_certificate(cert_file: str) -> None:
    """jsd takes RSA certificates only; refuse anything else with a clear message."""
    data = Path(cert_file).read_bytes()
    try:
        cert = x509.load_pem_x509_certificate(data)
    except ValueError as exc:
        raise ValueError(f"{cert_file}: not a PEM certificate ({exc})") from exc
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise ValueError(
            f"{cert_file}: JET accepts RSA certificates only; this one has a "
            f"{type(cert.public_key()).__name__.replace('PublicKey', '')} key"
        )
