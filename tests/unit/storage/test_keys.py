"""Key envelope (KEY-1/2/3/5/8, REC-1, MEM-1): wrapping, tampering, floor, recovery, rotation.

Every Argon2id call at the floor costs a noticeable fraction of a second, so the envelope is
built once per module and edits are made on copies of its JSON; the tests that must run the
KDF say so by needing it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from storage import keys
from storage.errors import ErrorCode, StoreError
from storage.keys import KdfParams

PASSPHRASE = "Grüße aus dem Büro am Fluss"  # non-ASCII on purpose: NFC vs NFD
PROFILE_ID = "0190f3a4-7b1c-7d2e-8f00-0123456789ab"


@pytest.fixture(scope="module")
def recovery_pair() -> tuple[bytearray, bytes]:
    return keys.generate_recovery_keypair()


@pytest.fixture(scope="module")
def data_key() -> bytes:
    return bytes(keys.new_data_key())


@pytest.fixture(scope="module")
def envelope(data_key: bytes, recovery_pair: tuple[bytearray, bytes]) -> bytes:
    return keys.create_envelope(
        bytearray(data_key), PASSPHRASE, profile_id=PROFILE_ID, recovery_public_key=recovery_pair[1]
    )


def edited(envelope: bytes, path: str, value: Any, *, reseal: bool = True) -> bytes:
    """A copy with the field at dotted `path` set to `value`; `reseal` rewrites the checksum
    as an attacker who read the format would."""
    doc = json.loads(envelope)
    *parents, leaf = path.split(".")
    target = doc
    for name in parents:
        target = target[name]
    target[leaf] = value
    if reseal:
        doc["checksum"] = checksum_of(doc)
    return json.dumps(doc).encode()


def checksum_of(doc: dict[str, Any]) -> str:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(canonical(body)).hexdigest()


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def field(envelope: bytes, path: str) -> Any:
    value: Any = json.loads(envelope)
    for name in path.split("."):
        value = value[name]
    return value


def flipped_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 0x01
    return base64.b64encode(raw).decode()


def code_of(call: Any, *args: Any, **kwargs: Any) -> ErrorCode:
    with pytest.raises(StoreError) as caught:
        call(*args, **kwargs)
    return caught.value.code


# --- data key --------------------------------------------------------------------------------


def test_data_key_is_32_bytes_straight_from_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    requested: list[int] = []

    def fake_token_bytes(n: int) -> bytes:
        requested.append(n)
        return bytes(range(n))

    first, second = keys.new_data_key(), keys.new_data_key()
    assert isinstance(first, bytearray) and len(first) == 32 and first != second
    monkeypatch.setattr(keys.secrets, "token_bytes", fake_token_bytes)
    assert keys.new_data_key() == bytearray(range(32)) and requested == [32]


def test_pragma_value_is_the_raw_key_literal() -> None:
    key = keys.new_data_key()
    value = keys.sqlcipher_key_pragma_value(key)
    assert re.fullmatch(r"x'[0-9a-f]{64}'", value)
    assert bytes.fromhex(value[2:-1]) == key
    with pytest.raises(ValueError):
        keys.sqlcipher_key_pragma_value(bytearray(16))


def test_wipe_zeroes_the_buffer_in_place() -> None:
    key = keys.new_data_key()
    view = memoryview(key)
    keys.wipe(key)
    assert key == bytearray(32) and view.tobytes() == bytes(32)


# --- passphrase wrap -----------------------------------------------------------------------------


def test_envelope_holds_no_plaintext_key_and_the_floor_parameters(
    envelope: bytes, data_key: bytes
) -> None:
    assert data_key.hex().encode() not in envelope.lower()
    assert base64.b64encode(data_key) not in envelope
    info = keys.inspect_envelope(envelope)
    assert info.kdf == KdfParams(memory_kib=65536, iterations=3, lanes=4)
    assert info.profile_id == PROFILE_ID
    assert len(base64.b64decode(field(envelope, "kdf.salt"))) == 16
    assert len(base64.b64decode(field(envelope, "passphrase_wrap.nonce"))) == 12


def test_passphrase_typed_in_decomposed_unicode_unwraps_the_data_key(
    envelope: bytes, data_key: bytes
) -> None:
    unwrapped = keys.unwrap_with_passphrase(envelope, unicodedata.normalize("NFD", PASSPHRASE))
    assert isinstance(unwrapped, bytearray) and unwrapped == data_key


def test_wrong_passphrase_is_refused(envelope: bytes) -> None:
    assert code_of(keys.unwrap_with_passphrase, envelope, PASSPHRASE + " ") == (
        ErrorCode.WRONG_PASSPHRASE
    )


def test_empty_passphrase_is_refused_without_running_the_kdf(recovery_pair: Any) -> None:
    code = code_of(
        keys.create_envelope,
        keys.new_data_key(),
        "",
        profile_id=PROFILE_ID,
        recovery_public_key=recovery_pair[1],
    )
    assert code == ErrorCode.WEAK_PASSPHRASE


HEADER_EDITS = [
    ("format", "dossier-key-envelope-x", ErrorCode.ENVELOPE_UNSUPPORTED),
    ("version", 2, ErrorCode.ENVELOPE_UNSUPPORTED),
    ("profile_id", "0190f3a4-7b1c-7d2e-8f00-0123456789ac", ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.id", "argon2i", ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.memory_kib", 32768, ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.memory_kib", 65536 + 1024, ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.iterations", 2, ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.iterations", 4, ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.lanes", 1, ErrorCode.ENVELOPE_TAMPERED),
    ("kdf.salt", base64.b64encode(bytes(16)).decode(), ErrorCode.ENVELOPE_TAMPERED),
    ("passphrase_wrap.aead", "chacha20-poly1305", ErrorCode.ENVELOPE_TAMPERED),
    ("recovery_wrap.scheme", "rsa-oaep", ErrorCode.ENVELOPE_TAMPERED),
    ("recovery_wrap.key_id", "0" * 32, ErrorCode.ENVELOPE_TAMPERED),
    (
        "recovery_wrap.ephemeral_public",
        base64.b64encode(bytes(32)).decode(),
        ErrorCode.ENVELOPE_TAMPERED,
    ),
]


@pytest.mark.parametrize(("path", "value", "expected"), HEADER_EDITS)
def test_any_edited_header_field_is_detected_before_the_kdf_runs(
    envelope: bytes, monkeypatch: pytest.MonkeyPatch, path: str, value: Any, expected: ErrorCode
) -> None:
    def no_kdf(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the KDF must not run on an edited envelope")

    monkeypatch.setattr(keys, "Argon2id", no_kdf)
    assert code_of(
        keys.unwrap_with_passphrase, edited(envelope, path, value, reseal=False), "x"
    ) == (expected)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        # Bound as AAD: the right passphrase opens the check, the GCM tag then fails.
        ("profile_id", "0190f3a4-7b1c-7d2e-8f00-0123456789ac", ErrorCode.ENVELOPE_TAMPERED),
        ("recovery_wrap.key_id", "0" * 32, ErrorCode.ENVELOPE_TAMPERED),
        (
            "recovery_wrap.ephemeral_public",
            base64.b64encode(bytes(range(1, 33))).decode(),
            ErrorCode.ENVELOPE_TAMPERED,
        ),
        # Salt and cost feed the KDF itself: an edit is indistinguishable from a wrong
        # passphrase, but the unwrap still fails.
        ("kdf.salt", base64.b64encode(bytes(16)).decode(), ErrorCode.WRONG_PASSPHRASE),
        ("kdf.memory_kib", 65536 + 1024, ErrorCode.WRONG_PASSPHRASE),
        ("kdf.iterations", 4, ErrorCode.WRONG_PASSPHRASE),
        ("kdf.lanes", 2, ErrorCode.WRONG_PASSPHRASE),
        # Refused before any KDF runs.
        ("kdf.memory_kib", 32768, ErrorCode.KDF_BELOW_FLOOR),
        ("kdf.iterations", 2, ErrorCode.KDF_BELOW_FLOOR),
        ("kdf.memory_kib", 64 * 1024 * 1024, ErrorCode.ENVELOPE_UNSUPPORTED),
        ("kdf.id", "argon2i", ErrorCode.ENVELOPE_UNSUPPORTED),
        ("passphrase_wrap.aead", "chacha20-poly1305", ErrorCode.ENVELOPE_UNSUPPORTED),
        ("recovery_wrap.scheme", "rsa-oaep", ErrorCode.ENVELOPE_UNSUPPORTED),
    ],
)
def test_header_edit_with_a_rewritten_checksum_still_fails_the_unwrap(
    envelope: bytes, path: str, value: Any, expected: ErrorCode
) -> None:
    assert code_of(keys.unwrap_with_passphrase, edited(envelope, path, value), PASSPHRASE) == (
        expected
    )


@pytest.mark.parametrize(
    "path", ["passphrase_wrap.ciphertext", "passphrase_wrap.nonce", "recovery_wrap.ciphertext"]
)
def test_edited_ciphertext_is_detected_by_the_checksum(envelope: bytes, path: str) -> None:
    tampered = edited(envelope, path, flipped_b64(field(envelope, path)), reseal=False)
    assert code_of(keys.unwrap_with_passphrase, tampered, PASSPHRASE) == (
        ErrorCode.ENVELOPE_TAMPERED
    )


@pytest.mark.parametrize("path", ["passphrase_wrap.ciphertext", "passphrase_wrap.nonce"])
def test_edited_ciphertext_with_a_rewritten_checksum_fails_authentication(
    envelope: bytes, path: str
) -> None:
    tampered = edited(envelope, path, flipped_b64(field(envelope, path)))
    assert code_of(keys.unwrap_with_passphrase, tampered, PASSPHRASE) == (
        ErrorCode.ENVELOPE_TAMPERED
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"\xff\xfe not utf-8", ErrorCode.ENVELOPE_TAMPERED),
        (b"{truncated", ErrorCode.ENVELOPE_TAMPERED),
        (b"[1, 2]", ErrorCode.ENVELOPE_TAMPERED),
        (b'{"format": "something-else", "version": 1}', ErrorCode.ENVELOPE_UNSUPPORTED),
        (b'{"format": "dossier-key-envelope", "version": 7}', ErrorCode.ENVELOPE_UNSUPPORTED),
        (b'{"format": "dossier-key-envelope", "version": true}', ErrorCode.ENVELOPE_UNSUPPORTED),
        (b'{"format": "dossier-key-envelope", "version": 1}', ErrorCode.ENVELOPE_TAMPERED),
    ],
)
def test_malformed_or_foreign_files_are_refused(text: bytes, expected: ErrorCode) -> None:
    assert code_of(keys.unwrap_with_passphrase, text, PASSPHRASE) == expected


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("extra", "field"),
        ("kdf.lanes", True),
        ("kdf.memory_kib", 65536.0),
        ("kdf.salt", "not base64!"),
        ("kdf.salt", base64.b64encode(bytes(8)).decode()),
        ("profile_id", ""),
        ("recovery_wrap.key_id", 7),
    ],
)
def test_structurally_invalid_envelopes_are_refused_even_with_a_valid_checksum(
    envelope: bytes, path: str, value: Any
) -> None:
    assert code_of(keys.inspect_envelope, edited(envelope, path, value)) == (
        ErrorCode.ENVELOPE_TAMPERED
    )


def test_duplicate_json_keys_are_refused(envelope: bytes) -> None:
    text = envelope.decode().replace('"version": 1', '"version": 1, "version": 1')
    assert code_of(keys.inspect_envelope, text.encode()) == ErrorCode.ENVELOPE_TAMPERED


# --- KDF floor (KEY-3) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kdf", "expected"),
    [
        (KdfParams(memory_kib=32768), ErrorCode.KDF_BELOW_FLOOR),
        (KdfParams(iterations=2), ErrorCode.KDF_BELOW_FLOOR),
        (KdfParams(memory_kib=8 * 1024 * 1024), ErrorCode.ENVELOPE_UNSUPPORTED),
        (KdfParams(lanes=0), ErrorCode.ENVELOPE_UNSUPPORTED),
    ],
)
def test_create_refuses_kdf_parameters_outside_floor_and_ceiling(
    recovery_pair: Any, kdf: KdfParams, expected: ErrorCode
) -> None:
    code = code_of(
        keys.create_envelope,
        keys.new_data_key(),
        PASSPHRASE,
        profile_id=PROFILE_ID,
        recovery_public_key=recovery_pair[1],
        kdf=kdf,
    )
    assert code == expected


def envelope_from_spec(
    data_key: bytes, passphrase: str, recovery_public: bytes, memory_kib: int
) -> bytes:
    """An envelope built from the primitives as the docstrings of keys.py and
    envelope_format.py specify them, with no code from storage.keys: a second
    implementation of format version 1."""
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes_raw()
    salt = os.urandom(16)
    header: dict[str, Any] = {
        "format": "dossier-key-envelope",
        "version": 1,
        "profile_id": PROFILE_ID,
        "kdf": {
            "id": "argon2id",
            "memory_kib": memory_kib,
            "iterations": 3,
            "lanes": 4,
            "salt": _b64(salt),
        },
        "passphrase_wrap": {"aead": "aes-256-gcm"},
        "recovery_wrap": {
            "scheme": "x25519-hkdf-sha256-aes-256-gcm",
            "key_id": hashlib.sha256(
                b"dossier-recovery-key-id/v1\x00" + recovery_public
            ).hexdigest()[:32],
            "ephemeral_public": _b64(eph_public),
        },
    }
    recovery_aad = b"dossier-key-envelope/v1/recovery-wrap\x00" + canonical(
        {k: v for k, v in header.items() if k != "kdf"}
    )
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recovery_public))
    rkey = HKDF(hashes.SHA256(), 32, eph_public + recovery_public, recovery_aad).derive(shared)
    rnonce = os.urandom(12)
    seed = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=memory_kib).derive(
        passphrase.encode()
    )
    label = b"dossier-key-envelope/v1/passphrase-wrap\x00"
    wrap_key = HKDFExpand(hashes.SHA256(), 32, label).derive(seed)
    check = HKDFExpand(hashes.SHA256(), 16, b"dossier-key-envelope/v1/kek-check\x00").derive(seed)
    nonce = os.urandom(12)
    doc = json.loads(json.dumps(header))
    doc["passphrase_wrap"] |= {
        "kek_check": _b64(check),
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(wrap_key).encrypt(nonce, data_key, label + canonical(header))),
    }
    doc["recovery_wrap"] |= {
        "nonce": _b64(rnonce),
        "ciphertext": _b64(AESGCM(rkey).encrypt(rnonce, data_key, recovery_aad)),
    }
    doc["checksum"] = checksum_of(doc)
    return json.dumps(doc).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_envelope_built_from_the_specification_opens(
    data_key: bytes, recovery_pair: tuple[bytearray, bytes]
) -> None:
    spec_made = envelope_from_spec(data_key, "from the spec, at the floor", recovery_pair[1], 65536)
    assert keys.unwrap_with_passphrase(spec_made, "from the spec, at the floor") == data_key
    assert keys.recover_data_key(spec_made, recovery_pair[0]) == data_key


def test_valid_envelope_below_the_floor_is_refused_for_the_passphrase_but_recoverable(
    data_key: bytes, recovery_pair: tuple[bytearray, bytes]
) -> None:
    weak = envelope_from_spec(data_key, "weak but otherwise valid", recovery_pair[1], 32768)
    assert code_of(keys.unwrap_with_passphrase, weak, "weak but otherwise valid") == (
        ErrorCode.KDF_BELOW_FLOOR
    )
    assert code_of(keys.rewrap_passphrase, weak, "weak but otherwise valid", "x" * 20) == (
        ErrorCode.KDF_BELOW_FLOOR
    )
    assert code_of(keys.write_envelope, Path("/nonexistent/never-written"), weak) == (
        ErrorCode.KDF_BELOW_FLOOR
    )
    # IT recovery is the explicit way out: the reset envelope is back at the floor.
    recovered = keys.recover_data_key(weak, recovery_pair[0])
    rescued = keys.reset_passphrase(weak, recovered, "a brand new passphrase")
    assert keys.inspect_envelope(rescued).kdf == KdfParams.default()
    assert keys.unwrap_with_passphrase(rescued, "a brand new passphrase") == data_key


# --- recovery (REC-1) ---------------------------------------------------------------------------


def test_recovery_key_opens_the_envelope(
    envelope: bytes, data_key: bytes, recovery_pair: tuple[bytearray, bytes]
) -> None:
    assert keys.recover_data_key(envelope, recovery_pair[0]) == data_key
    assert keys.inspect_envelope(envelope).recovery_key_id == keys.recovery_key_id(recovery_pair[1])


def test_another_recovery_key_is_refused(envelope: bytes) -> None:
    other_private, _ = keys.generate_recovery_keypair()
    assert code_of(keys.recover_data_key, envelope, other_private) == (
        ErrorCode.RECOVERY_KEY_MISMATCH
    )


def test_recovery_detects_an_edited_recovery_wrap(
    envelope: bytes, recovery_pair: tuple[bytearray, bytes]
) -> None:
    path = "recovery_wrap.ciphertext"
    tampered = edited(envelope, path, flipped_b64(field(envelope, path)))
    assert code_of(keys.recover_data_key, tampered, recovery_pair[0]) == (
        ErrorCode.ENVELOPE_TAMPERED
    )
    moved = edited(envelope, "profile_id", "0190f3a4-7b1c-7d2e-8f00-0123456789ac")
    assert code_of(keys.recover_data_key, moved, recovery_pair[0]) == ErrorCode.ENVELOPE_TAMPERED


def test_unauthenticated_plaintext_is_wiped_when_the_tag_fails(
    envelope: bytes, recovery_pair: tuple[bytearray, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # AESGCM.decrypt_into writes the plaintext before it checks the tag (MEM-1).
    buffers: list[bytearray] = []

    class SpyAesGcm:
        def __init__(self, key: bytearray) -> None:
            self._aead = AESGCM(key)

        def decrypt_into(self, nonce: bytes, data: bytes, aad: bytes, buf: bytearray) -> int:
            buffers.append(buf)
            return self._aead.decrypt_into(nonce, data, aad, buf)

    monkeypatch.setattr(keys, "AESGCM", SpyAesGcm)
    path = "recovery_wrap.ciphertext"
    tampered = edited(envelope, path, flipped_b64(field(envelope, path)))
    assert code_of(keys.recover_data_key, tampered, recovery_pair[0]) == (
        ErrorCode.ENVELOPE_TAMPERED
    )
    assert len(buffers) == 1 and buffers[0] == bytearray(32)


def test_malformed_recovery_keys_are_refused(recovery_pair: Any, envelope: bytes) -> None:
    assert code_of(keys.recover_data_key, envelope, b"short") == ErrorCode.RECOVERY_KEY_INVALID
    for public in (b"short", bytes(32)):  # bytes(32) is a low-order point
        code = code_of(
            keys.create_envelope,
            keys.new_data_key(),
            PASSPHRASE,
            profile_id=PROFILE_ID,
            recovery_public_key=public,
        )
        assert code == ErrorCode.RECOVERY_KEY_INVALID


def test_recovery_key_pair_and_fingerprint() -> None:
    private, public = keys.generate_recovery_keypair()
    assert isinstance(private, bytearray) and len(private) == 32 and len(public) == 32
    key_id = keys.recovery_key_id(public)
    assert re.fullmatch(r"[0-9a-f]{32}", key_id) and key_id == keys.recovery_key_id(public)
    assert key_id != keys.recovery_key_id(keys.generate_recovery_keypair()[1])


# --- rotation (KEY-8) -------------------------------------------------------------------------


def test_passphrase_change_rewraps_only_the_passphrase_wrap(
    envelope: bytes, data_key: bytes, recovery_pair: tuple[bytearray, bytes]
) -> None:
    stronger = KdfParams(iterations=4)
    changed = keys.rewrap_passphrase(envelope, PASSPHRASE, "ein ganz neuer Satz", kdf=stronger)
    assert code_of(keys.unwrap_with_passphrase, changed, PASSPHRASE) == (ErrorCode.WRONG_PASSPHRASE)
    assert keys.unwrap_with_passphrase(changed, "ein ganz neuer Satz") == data_key
    assert keys.recover_data_key(changed, recovery_pair[0]) == data_key
    assert field(changed, "kdf.salt") != field(envelope, "kdf.salt")
    assert field(changed, "recovery_wrap") == field(envelope, "recovery_wrap")
    assert keys.inspect_envelope(changed).kdf == stronger


def test_passphrase_change_needs_the_old_passphrase(envelope: bytes) -> None:
    assert code_of(keys.rewrap_passphrase, envelope, "not it", "whatever new one") == (
        ErrorCode.WRONG_PASSPHRASE
    )


# --- files ---------------------------------------------------------------------------------------


def test_envelope_file_round_trip(envelope: bytes, tmp_path: Path) -> None:
    path = tmp_path / "key-envelope.json"
    keys.write_envelope(path, envelope)
    assert keys.read_envelope(path) == envelope
    assert os.stat(path).st_mode & 0o077 == 0


def test_invalid_envelope_is_never_written_over_a_good_one(envelope: bytes, tmp_path: Path) -> None:
    path = tmp_path / "key-envelope.json"
    keys.write_envelope(path, envelope)
    assert code_of(keys.write_envelope, path, b"{}") == ErrorCode.ENVELOPE_UNSUPPORTED
    assert path.read_bytes() == envelope and os.listdir(tmp_path) == [path.name]


def test_reading_a_missing_or_oversized_envelope(tmp_path: Path) -> None:
    assert code_of(keys.read_envelope, tmp_path / "missing.json") == ErrorCode.NOT_FOUND
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (keys.MAX_ENVELOPE_BYTES + 1))
    assert code_of(keys.read_envelope, big) == ErrorCode.ENVELOPE_TAMPERED


def test_calibration_never_goes_below_the_floor_and_scales_passes_up() -> None:
    from storage.keys import KdfParams, calibrated_kdf

    assert calibrated_kdf(0) == KdfParams.default()
    slow = calibrated_kdf(30.0)  # far beyond one floor derivation on any machine
    assert slow.memory_kib == KdfParams.default().memory_kib
    assert slow.iterations > KdfParams.default().iterations
