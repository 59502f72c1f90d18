"""Why a TLS connection to the service failed: an untrusted service, or only the network.

`requests` raises the same `SSLError` for a certificate the laptop must not trust (expired,
wrong host, self-signed, another CA) and for a handshake the network cut (the peer closed the
connection mid-handshake). The first needs IT and is never retried; the second is an ordinary
network failure, retried like any other. `tls_problem` tells them apart by walking the chain
of causes down to the `ssl` exception, and names the problem with a stable reason that
`dossier-sync status` shows to IT (never a host name, never a certificate's content).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import requests

CERTIFICATE_EXPIRED = "certificate_expired"
CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
CERTIFICATE_WRONG_HOST = "certificate_wrong_host"
CERTIFICATE_SELF_SIGNED = "certificate_self_signed"
CERTIFICATE_UNKNOWN_ISSUER = "certificate_unknown_issuer"
CERTIFICATE_UNTRUSTED = "certificate_untrusted"
CA_BUNDLE_UNREADABLE = "ca_bundle_unreadable"
HANDSHAKE_REFUSED = "tls_handshake_refused"

# OpenSSL's X509_V_ERR_* numbers (x509_vfy.h); stable across OpenSSL 1.1 and 3.
_VERIFY_REASONS = {
    2: CERTIFICATE_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT
    9: CERTIFICATE_NOT_YET_VALID,
    10: CERTIFICATE_EXPIRED,
    18: CERTIFICATE_SELF_SIGNED,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: CERTIFICATE_SELF_SIGNED,  # SELF_SIGNED_CERT_IN_CHAIN
    20: CERTIFICATE_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: CERTIFICATE_UNKNOWN_ISSUER,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    62: CERTIFICATE_WRONG_HOST,  # HOSTNAME_MISMATCH
    64: CERTIFICATE_WRONG_HOST,  # IP_ADDRESS_MISMATCH
}
# The peer went away during the handshake: what a dropped network or a reset looks like.
_CUT = (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError, ConnectionError)


def tls_problem(error: BaseException) -> str | None:
    """The reason the service is not trusted, or None when the failure is the network's.

    `error` is what a `requests` call raised: a `RequestException`, or the `OSError` it raises
    when the configured CA bundle path does not exist.
    """
    if not isinstance(error, requests.exceptions.RequestException):
        return CA_BUNDLE_UNREADABLE  # requests checks the bundle path before connecting
    causes = list(_causes(error))
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return _VERIFY_REASONS.get(cause.verify_code, CERTIFICATE_UNTRUSTED)
    if any(isinstance(cause, _CUT) for cause in causes):
        return None
    for cause in causes:
        if isinstance(cause, ssl.SSLError) and cause.library in {"PEM", "X509"}:
            return CA_BUNDLE_UNREADABLE
    if isinstance(error, requests.exceptions.SSLError):
        return HANDSHAKE_REFUSED  # no common protocol or cipher, or an alert from the service
    return None


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and everything it wraps: causes, contexts, urllib3 reasons, exception args."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        wrapped += list(current.args)
        pending += [w for w in wrapped if isinstance(w, BaseException)]
