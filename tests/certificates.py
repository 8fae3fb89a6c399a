"""Throw-away keys and certificates for the secured-listener tests (the ``cryptography``
package): a CA, the broker's certificate for 127.0.0.1 and localhost, a client certificate for
mutual TLS; and a second CA that signed none of them (an untrusted broker)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Pem:
    certificate: str
    key: str


@dataclass(frozen=True)
class Certificates:
    ca: Pem
    broker: Pem
    client: Pem
    other_ca: Pem

    def write(self, folder: Path) -> dict[str, Path]:
        """ca.pem, client.pem, client.key, other-ca.pem in ``folder``: their paths by stem."""
        files = {
            "ca": self.ca.certificate,
            "client": self.client.certificate,
            "client-key": self.client.key,
            "other-ca": self.other_ca.certificate,
        }
        paths = {}
        for stem, text in files.items():
            path = folder / f"{stem}.pem"
            path.write_text(text, "ascii")
            paths[stem] = path
        return paths


def _key() -> ec.EllipticCurvePrivateKey:
    # P-256: fast to make, and every TLS stack (Java's, OpenSSL's) takes it.
    return ec.generate_private_key(ec.SECP256R1())


def _pem(certificate: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> Pem:
    return Pem(
        certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,  # Kafka's PEM key store reads PKCS#8 only
            serialization.NoEncryption(),
        ).decode("ascii"),
    )


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return certificate, key


def _leaf(
    common_name: str,
    ca: tuple[x509.Certificate, ec.EllipticCurvePrivateKey],
    *,
    server: bool,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    ca_certificate, ca_key = ca
    key = _key()
    now = dt.datetime.now(dt.UTC)
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
    return builder.sign(ca_key, hashes.SHA256()), key


def make_test_pki() -> Certificates:
    ca = _ca("newsevents test CA")
    other = _ca("some other CA")
    return Certificates(
        ca=_pem(*ca),
        broker=_pem(*_leaf("127.0.0.1", ca, server=True)),
        client=_pem(*_leaf("newsevents-client", ca, server=False)),
        other_ca=_pem(*other),
    )
