"""The service's long-term keys: X25519 (sealed sync) and Ed25519 (signatures).

They live in files in the data directory, outside the database, so a database dump or replica
never carries them. Files are owner-only (0600) and written atomically; a key file readable by
others is refused, as ssh refuses a loose private key. Rotation adds a new current pair and
keeps every old private key, because mutations sealed before the rotation must still open
(DESIGN §5.7). Several workers may start at once: creation happens under a file lock.

A rotation also writes a key-transition statement: the new generation's public keys signed by
the previous generation's sign key (`sync.protocol.audit.KeyTransition`), so a laptop that
pinned the old key learns the new one without trusting the network (issue 7). A generation
rotated before statements existed gets its statement at load, signed by the kept previous
key; Ed25519 signs deterministically, so every worker serves the same bytes.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.protocol.audit import key_transition_bytes
from sync.server.errors import ServerError, ServerErrorCode

MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class ServiceKeyPair:
    """One generation of service keys."""

    key_id: str
    created_at: datetime
    seal_private: X25519PrivateKey
    sign_private: Ed25519PrivateKey
    # The previous generation's key id and its signature over this one's transition
    # statement; None for the first generation.
    transition: tuple[str, bytes] | None = None

    @property
    def seal_public(self) -> bytes:
        """Raw 32-byte X25519 public key, pinned by laptops at enrolment."""
        return self.seal_private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def sign_public(self) -> bytes:
        """Raw 32-byte Ed25519 public key, used by laptops to verify what the service signs."""
        return self.sign_private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True, slots=True)
class ServiceKeyring:
    """All key generations; `current` seals and signs, older ones only open and verify."""

    current: ServiceKeyPair
    generations: tuple[ServiceKeyPair, ...]  # oldest first, current last

    def by_id(self, key_id: str) -> ServiceKeyPair | None:
        """The generation called `key_id`, or None."""
        return next((k for k in self.generations if k.key_id == key_id), None)

    def transitions(self) -> list[tuple[ServiceKeyPair, str, bytes]]:
        """(generation, previous key id, signature) for every rotation, oldest first."""
        return [(k, *k.transition) for k in self.generations if k.transition is not None]


def transition_bytes(pair: ServiceKeyPair, from_key_id: str) -> bytes:
    """What the previous generation signs to announce `pair` (`KeyTransition`)."""
    return key_transition_bytes(
        from_key_id=from_key_id,
        key_id=pair.key_id,
        seal_public_key=_b64(pair.seal_public),
        sign_public_key=_b64(pair.sign_public),
        created_at=pair.created_at.isoformat(),
    )


def load_or_create(keys_dir: Path, now: Callable[[], datetime]) -> ServiceKeyring:
    """The keyring in `keys_dir`, creating the first generation on first start."""
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _locked(keys_dir):
        if not (keys_dir / MANIFEST).exists():
            _add_generation(keys_dir, [], now())
        return _load(keys_dir)


def rotate(keys_dir: Path, now: Callable[[], datetime]) -> ServiceKeyring:
    """Add a new current generation; every older private key is kept."""
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _locked(keys_dir):
        manifest = _read_manifest(keys_dir) if (keys_dir / MANIFEST).exists() else []
        _add_generation(keys_dir, manifest, now())
        return _load(keys_dir)


def _add_generation(keys_dir: Path, manifest: list[dict[str, str]], created: datetime) -> None:
    previous = _load(keys_dir).current if manifest else None
    seal, sign = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    pair = ServiceKeyPair(_key_id(seal, sign), created, seal, sign)
    _write_new(keys_dir / f"{pair.key_id}.seal", seal.private_bytes_raw())
    _write_new(keys_dir / f"{pair.key_id}.sign", sign.private_bytes_raw())
    entry = {"key_id": pair.key_id, "created_at": created.isoformat()}
    if previous is not None:
        signature = previous.sign_private.sign(transition_bytes(pair, previous.key_id))
        entry |= {"from_key_id": previous.key_id, "transition_signature": signature.hex()}
    manifest.append(entry)
    # The manifest is written last: a crash before it leaves unused key files, never a
    # manifest naming a key that is not on disk.
    _replace(keys_dir / MANIFEST, json.dumps({"generations": manifest}, indent=2).encode())


def _key_id(seal: X25519PrivateKey, sign: Ed25519PrivateKey) -> str:
    raw = b"".join(
        k.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) for k in (seal, sign)
    )
    return hashlib.sha256(raw).hexdigest()[:16]


def _load(keys_dir: Path) -> ServiceKeyring:
    pairs: list[ServiceKeyPair] = []
    for entry in _read_manifest(keys_dir):
        key_id = entry["key_id"]
        seal = X25519PrivateKey.from_private_bytes(_read_private(keys_dir / f"{key_id}.seal"))
        sign = Ed25519PrivateKey.from_private_bytes(_read_private(keys_dir / f"{key_id}.sign"))
        if _key_id(seal, sign) != key_id:
            raise ServerError(ServerErrorCode.KEYS_UNREADABLE, f"{key_id}: does not match")
        pair = ServiceKeyPair(key_id, datetime.fromisoformat(entry["created_at"]), seal, sign)
        pairs.append(_with_transition(pair, entry, pairs[-1] if pairs else None))
    if not pairs:
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, "empty manifest")
    return ServiceKeyring(current=pairs[-1], generations=tuple(pairs))


def _with_transition(
    pair: ServiceKeyPair, entry: dict[str, str], previous: ServiceKeyPair | None
) -> ServiceKeyPair:
    if previous is None:
        return pair
    try:
        from_key_id = entry["from_key_id"]
        signature = bytes.fromhex(entry["transition_signature"])
    except KeyError:  # rotated before statements existed: the kept previous key signs now
        from_key_id = previous.key_id
        signature = previous.sign_private.sign(transition_bytes(pair, from_key_id))
    except ValueError:
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, f"{pair.key_id}: transition") from None
    return replace(pair, transition=(from_key_id, signature))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _read_manifest(keys_dir: Path) -> list[dict[str, str]]:
    try:
        data = json.loads(_read_private(keys_dir / MANIFEST))
        generations = data["generations"]
    except (ValueError, KeyError, TypeError):
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, "manifest") from None
    if not isinstance(generations, list):
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, "manifest")
    return generations


def _read_private(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ServerError(ServerErrorCode.KEYS_UNREADABLE, f"{path.name}: mode too open")
        return path.read_bytes()
    except OSError as exc:
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, f"{path.name}: {exc.errno}") from exc


def _write_new(path: Path, data: bytes) -> None:
    # A link fails if the target exists, so a key file is never overwritten.
    temp = _temp_with(path.parent, data)
    try:
        os.link(temp, path)
    finally:
        temp.unlink()
    _fsync_dir(path.parent)


def _replace(path: Path, data: bytes) -> None:
    temp = _temp_with(path.parent, data)
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _temp_with(folder: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=".key-", suffix=".tmp")  # mode 0600
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return Path(name)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(keys_dir: Path) -> Iterator[None]:
    fd = os.open(keys_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


RECOVERY_PUBLIC_FILE = "organisation-recovery.pub"
"""The organisation's recovery public key (REC-1), hex; its private half never comes here."""


def read_recovery_public_key(keys_dir: Path) -> bytes | None:
    """The organisation recovery public key IT installed, or None when none is set."""
    path = keys_dir / RECOVERY_PUBLIC_FILE
    if not path.exists():
        return None
    try:
        public = bytes.fromhex(path.read_text("ascii").strip())
    except (OSError, ValueError) as exc:
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, RECOVERY_PUBLIC_FILE) from exc
    if len(public) != 32:
        raise ServerError(ServerErrorCode.KEYS_UNREADABLE, RECOVERY_PUBLIC_FILE)
    return public


def set_recovery_public_key(keys_dir: Path, public: bytes) -> None:
    """Install the organisation recovery public key that laptops wrap their store keys to."""
    if len(public) != 32:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "recovery key must be 32 bytes")
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _replace(keys_dir / RECOVERY_PUBLIC_FILE, public.hex().encode("ascii"))
