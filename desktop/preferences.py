"""UI preferences in QSettings: layout and choices only — never personal or case data.

The file lives in the data directory (`ui.ini`) rather than the registry/plist, so a profile
folder plus this file is the whole footprint of the app and tests stay hermetic.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_LOCK_MINUTES = 5
MAX_LOCK_MINUTES = 5  # UI-1: idle ≤ 5 min; a shorter timeout is allowed, a longer one is not
_ALLOWED_KEYS = frozenset(
    {"language", "lock_minutes", "auto_sync", "layout/splitter", "layout/window"}
)


class Preferences:
    """Typed access to the few keys the app stores."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _set(self, key: str, value: object) -> None:
        assert key in _ALLOWED_KEYS, key  # a new key is a review point: is it personal data?
        self._settings.setValue(key, value)

    @property
    def language(self) -> str | None:
        value = self._settings.value("language")
        return str(value) if value else None

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    @property
    def lock_minutes(self) -> int:
        try:
            value = int(self._settings.value("lock_minutes", DEFAULT_LOCK_MINUTES))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES
        return min(max(value, 1), MAX_LOCK_MINUTES)

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._set("lock_minutes", min(max(int(value), 1), MAX_LOCK_MINUTES))

    @property
    def auto_sync(self) -> bool:
        """Sync on its own whenever the service can be reached (paused: only F5 syncs)."""
        value = self._settings.value("auto_sync", True)
        return value not in (False, "false", "0", 0)

    @auto_sync.setter
    def auto_sync(self, value: bool) -> None:
        self._set("auto_sync", bool(value))

    def layout(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, name: str, state: QByteArray) -> None:
        self._set(f"layout/{name}", state)

    def sync(self) -> None:
        self._settings.sync()
