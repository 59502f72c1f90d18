"""Languages: Qt translators for de (default), fr, it and en, switchable at runtime.

Translations are Qt Linguist `.ts` files in `resources/translations/` (the source language of
the code is English). They are compiled to `.qm` with `pyside6-lrelease` into a cache folder,
keyed by the `.ts` content, the first time a language is needed — `.qm` files are build
output and never committed.

Rule for code: call `self.tr()` only in classes nobody subclasses. PySide looks the
translation up under the *runtime* class name while `lupdate` records the defining class,
so a subclass would silently show English. Otherwise use `QCoreApplication.translate` with
an explicit context.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("de", "fr", "it", "en")
DEFAULT_LANGUAGE = "de"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
# Swiss defaults (DOMAIN.md): dates 27.11.2026, numbers 1'234. Configurable later per office.
_LOCALES = {"de": "de_CH", "fr": "fr_CH", "it": "it_CH", "en": "en_CH"}


class TranslationsUnavailable(RuntimeError):
    """Neither a compiled `.qm` nor `pyside6-lrelease` to build one."""


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Dossier", appauthor=False)) / "translations"


def ts_path(language: str, ts_dir: Path = TRANSLATIONS_DIR) -> Path:
    return ts_dir / f"dossier_{language}.ts"


def _lrelease() -> str | None:
    # Next to the interpreter first: the virtualenv's PySide6 wrapper matches this Qt.
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(
    language: str, *, ts_dir: Path = TRANSLATIONS_DIR, cache_dir: Path | None = None
) -> Path:
    """The `.qm` for `language`, compiled from its `.ts` unless an up-to-date one exists."""
    source = ts_path(language, ts_dir)
    if getattr(sys, "frozen", False) and source.with_suffix(".qm").exists():
        return source.with_suffix(".qm")  # a build ships the .qm compiled from its own .ts
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = cache_dir or default_cache_dir()
    target = cache / f"dossier_{language}-{digest}.qm"
    if target.exists():
        return target
    shipped = source.with_suffix(".qm")  # a frozen build ships compiled files
    tool = _lrelease()
    if tool is None:
        if shipped.exists():
            return shipped
        raise TranslationsUnavailable(language)
    cache.mkdir(parents=True, exist_ok=True)
    temp = target.with_suffix(".tmp")
    subprocess.run(  # noqa: S603 - our own tool on our own file, no shell
        [tool, "-silent", str(source), "-qm", str(temp)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    temp.replace(target)  # atomic: a concurrent start never loads half a file
    return target


def locale_for(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))


class Translations:
    """The installed translators; `switch()` changes the language of every open window."""

    def __init__(self, *, cache_dir: Path | None = None, ts_dir: Path = TRANSLATIONS_DIR) -> None:
        self._cache_dir = cache_dir
        self._ts_dir = ts_dir
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, language: str) -> None:
        """Install `language`; Qt sends LanguageChange to every widget, which retranslates."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = [
            t
            for t in (self._qt_translator(language), self._app_translator(language))
            if t is not None
        ]
        QLocale.setDefault(locale_for(language))
        self.language = language
        for translator in self._installed:
            app.installTranslator(translator)

    def _app_translator(self, language: str) -> QTranslator | None:
        translator = QTranslator()
        try:
            path = compiled_translation(language, ts_dir=self._ts_dir, cache_dir=self._cache_dir)
        except (OSError, subprocess.SubprocessError, TranslationsUnavailable) as exc:
            # An English window beats no window; the log says why (no personal data here).
            log.warning("translations for %s unavailable: %s", language, type(exc).__name__)
            return None
        return translator if translator.load(str(path)) else None

    @staticmethod
    def _qt_translator(language: str) -> QTranslator | None:
        # Qt's own strings (context menus, standard buttons) in the same language.
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return translator if translator.load(f"qtbase_{language}", folder) else None
