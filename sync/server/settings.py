"""Settings of the central service, read once from the environment.

Everything has a safe default so `dossier-server serve` works with no set-up: the data (SQLite
file and service keys) goes to the platform's data directory. Values are validated here so a
typo in a deployment fails at start with a clear code instead of at the first request.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import platformdirs

from sync.protocol.versions import (
    MIN_PROTOCOL_VERSION,
    RETIRED_KINDS,
    SUPPORTED_PROTOCOL_VERSIONS,
    KindTranslation,
)
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services.retention import RetentionConfigError, RetentionPolicy, load_policy
from sync.server.services.retention import shipped_policy as _shipped_retention

DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
"""Push batches are at most a few MB (sync-designs §2.4); anything larger is refused."""

DEFAULT_MAX_BLOB_BYTES = 100 * 1024 * 1024
"""Largest attachment a laptop may upload (plaintext bytes; Anki caps media at 100 MiB)."""

DEFAULT_PASSWORD_MEMORY_KIB = 64 * 1024  # the same floor as the laptops' key wrapping (KEY-2)
_MIN_PASSWORD_MEMORY_KIB = 19 * 1024  # OWASP's floor for Argon2id; the env cannot go below


@dataclass(frozen=True, slots=True)
class PasswordHashing:
    """Argon2id cost for new password hashes (verification reads the cost from the hash)."""

    memory_kib: int = DEFAULT_PASSWORD_MEMORY_KIB
    iterations: int = 3
    lanes: int = 4
    max_concurrent: int = 4  # bounds memory: each running hash holds `memory_kib`


@dataclass(frozen=True, slots=True)
class Throttling:
    """Brute-force back-off for password and enrolment-code guesses."""

    free_attempts: int = 5  # failures allowed before any delay
    base_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(hours=1)  # a quiet key starts over


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service needs to start; build it with `Settings.from_env()` or directly."""

    data_dir: Path
    database_url: str = ""  # empty: a SQLite file in data_dir
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(days=30)
    enrolment_code_ttl: timedelta = timedelta(hours=72)
    trust_proxy_headers: bool = False  # only behind a proxy that sets X-Forwarded-For
    sqlite_busy_timeout_ms: int = 10_000
    # A signed tree head per commit by default; N > 1 signs once N audit records arrived (a
    # laptop asking for the head always gets one covering the whole log).
    audit_head_every: int = 1
    # Change-log compaction keeps tombstones this long (≥ the longest offline time, F26);
    # pulls below `min_pull_protocol` hear `upgrade_required`, pushes are still accepted.
    changelog_retention: timedelta = timedelta(days=90)
    min_pull_protocol: int = MIN_PROTOCOL_VERSION
    # A laptop clock further off than this is flagged (`services.clocks`); pushes still count.
    clock_skew_limit: timedelta = timedelta(minutes=5)
    # Per case type: days after closure until a case leaves laptops / is erased (issue 7).
    retention: RetentionPolicy = field(default_factory=_shipped_retention)
    # `serve` runs retention and blob clean-up itself this often (`retention_autorun`).
    retention_autorun: bool = False
    retention_autorun_every: timedelta = timedelta(days=1)
    passwords: PasswordHashing = field(default_factory=PasswordHashing)
    throttling: Throttling = field(default_factory=Throttling)
    # Old mutation kinds still accepted and how they translate (DESIGN §5.8). The shipped
    # table, replaceable so that a test can serve a kind retired by a later release.
    retired_kinds: Mapping[str, KindTranslation] = field(default_factory=lambda: RETIRED_KINDS)

    @property
    def resolved_database_url(self) -> str:
        """The SQLAlchemy URL to connect to (the default SQLite file when none is set)."""
        return self.database_url or f"sqlite+pysqlite:///{self.data_dir / 'dossier-server.db'}"

    @property
    def keys_dir(self) -> Path:
        """Where the service's long-term private keys live (outside the database)."""
        return self.data_dir / "keys"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from `DOSSIER_*` environment variables; raises ServerError(CONFIG_INVALID)."""
        env = os.environ if environ is None else environ
        data_dir = env.get("DOSSIER_SERVER_DATA_DIR") or platformdirs.user_data_dir(
            "dossier-server", appauthor=False
        )
        memory = _int(env, "DOSSIER_PASSWORD_MEMORY_KIB", DEFAULT_PASSWORD_MEMORY_KIB)
        if memory < _MIN_PASSWORD_MEMORY_KIB:
            raise ServerError(ServerErrorCode.CONFIG_INVALID, "DOSSIER_PASSWORD_MEMORY_KIB")
        return cls(
            data_dir=Path(data_dir),
            database_url=env.get("DOSSIER_DATABASE_URL", ""),
            max_body_bytes=_int(env, "DOSSIER_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
            max_blob_bytes=_int(env, "DOSSIER_MAX_BLOB_BYTES", DEFAULT_MAX_BLOB_BYTES),
            access_token_ttl=_seconds(env, "DOSSIER_ACCESS_TOKEN_TTL_SECONDS", 15 * 60),
            refresh_token_ttl=_seconds(env, "DOSSIER_REFRESH_TOKEN_TTL_SECONDS", 30 * 86400),
            enrolment_code_ttl=_seconds(env, "DOSSIER_ENROLMENT_CODE_TTL_SECONDS", 72 * 3600),
            trust_proxy_headers=env.get("DOSSIER_TRUST_PROXY_HEADERS", "") in {"1", "true"},
            audit_head_every=_int(env, "DOSSIER_AUDIT_HEAD_EVERY", 1),
            changelog_retention=timedelta(days=_int(env, "DOSSIER_CHANGELOG_RETENTION_DAYS", 90)),
            min_pull_protocol=_min_pull_protocol(env),
            clock_skew_limit=_seconds(env, "DOSSIER_CLOCK_SKEW_LIMIT_SECONDS", 5 * 60),
            retention=_retention(env),
            retention_autorun=_flag(env, "DOSSIER_RETENTION_AUTORUN"),
            retention_autorun_every=_seconds(env, "DOSSIER_RETENTION_AUTORUN_SECONDS", 86400),
            passwords=PasswordHashing(memory_kib=memory),
        )


def _min_pull_protocol(env: Mapping[str, str]) -> int:
    value = _int(env, "DOSSIER_MIN_PULL_PROTOCOL", MIN_PROTOCOL_VERSION)
    if value not in SUPPORTED_PROTOCOL_VERSIONS:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, "DOSSIER_MIN_PULL_PROTOCOL")
    return value


def _retention(env: Mapping[str, str]) -> RetentionPolicy:
    raw = env.get("DOSSIER_RETENTION_FILE", "")
    try:
        return load_policy(Path(raw) if raw else None)
    except RetentionConfigError as exc:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, f"DOSSIER_RETENTION_FILE {exc}") from None


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw not in {"", "0", "false", "1", "true"}:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, name)
    return raw in {"1", "true"}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, name) from None
    if value <= 0:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, name)
    return value


def _seconds(env: Mapping[str, str], name: str, default: int) -> timedelta:
    return timedelta(seconds=_int(env, name, default))
