"""Throw-away certificates for the TLS failure tests (T12): an organisation CA and its leaves.

`Pki` makes an organisation CA, then leaves for 127.0.0.1 that are good, expired, for another
host name, self-signed, or issued by another CA. Each leaf is written as a PEM certificate and
key pair that uvicorn serves with `ssl_certfile`/`ssl_keyfile`.
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

LOOPBACK = ipaddress.ip_address("127.0.0.1")
_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Issuer:
    """A certificate with its private key, able to sign leaves."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


@dataclass(frozen=True, slots=True)
class Leaf:
    """A server certificate and key on disk."""

    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def make_ca(common_name: str) -> Issuer:
    """A root CA valid from yesterday until tomorrow."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _DAY)
        .not_valid_after(now + _DAY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_ca_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return Issuer(cert, key)


class Pki:
    """An organisation CA plus the leaves the tests serve, all under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.org = make_ca("Test Organisation CA")
        self.ca_bundle = folder / "org-ca.pem"
        self.ca_bundle.write_bytes(self.org.cert.public_bytes(serialization.Encoding.PEM))

    def leaf(
        self,
        name: str,
        *,
        issuer: Issuer | None = None,
        san: x509.GeneralName | None = None,
        valid_days: tuple[int, int] = (-1, 1),
    ) -> Leaf:
        """A leaf for `san` (127.0.0.1 by default), signed by `issuer` (the organisation CA by
        default).

        `valid_days` is (not before, not after) in days from now.
        """
        key = ec.generate_private_key(ec.SECP256R1())
        signer = issuer or self.org
        where = san or x509.IPAddress(LOOPBACK)
        return self._write(name, key, signer.cert.subject, signer.key, where, valid_days)

    def self_signed_leaf(self, name: str) -> Leaf:
        """A leaf for 127.0.0.1 that signs itself (no CA at all)."""
        key = ec.generate_private_key(ec.SECP256R1())
        return self._write(name, key, _name("127.0.0.1"), key, x509.IPAddress(LOOPBACK), (-1, 1))

    def _write(
        self,
        name: str,
        key: ec.EllipticCurvePrivateKey,
        issuer_name: x509.Name,
        signing_key: ec.EllipticCurvePrivateKey,
        san: x509.GeneralName,
        valid_days: tuple[int, int],
    ) -> Leaf:
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name("127.0.0.1"))
            .issuer_name(issuer_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + valid_days[0] * _DAY)
            .not_valid_after(now + valid_days[1] * _DAY)
            .add_extension(x509.SubjectAlternativeName([san]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(signing_key.public_key()),
                False,
            )
            .sign(signing_key, hashes.SHA256())
        )
        leaf = Leaf(self.folder / f"{name}.pem", self.folder / f"{name}.key")
        leaf.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        leaf.key.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return leaf
