"""Every string translated in de, fr, it and en — in the files and on screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.i18n import LANGUAGES, TRANSLATIONS_DIR, ts_path
from desktop.main_window.workspace import Workspace
from desktop.messages import ERROR_TEXTS
from desktop.vocabulary import CODE_LABELS, FIELD_LABELS
from storage.errors import ErrorCode
from storage.schema import CASE, CASE_PERSON, PERSON, FieldType

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
Message = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Message, list[str]]:
    """(context, source) → the translation, or its plural forms."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, (
                f"{path.name}: {name}: {message.findtext('source')!r} is {translation.get('type')}"
            )
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[(name, message.findtext("source", ""))] = forms or [translation.text or ""]
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_translation(language: str) -> None:
    messages = _messages(ts_path(language))
    assert len(messages) > 250
    empty = [source for source, forms in messages.items() if not all(f.strip() for f in forms)]
    assert empty == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_one_shortcut_key(language: str) -> None:
    for (context, source), forms in _messages(ts_path(language)).items():
        for form in forms:
            for placeholder in ("%1", "%n", "%Ln"):
                assert (placeholder in source) == (placeholder in form), (context, source, form)
            assert source.count("&") == form.count("&"), (context, source, form)


def test_translation_files_contain_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in DESKTOP.rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(_raw_sources(fresh))
    for language in LANGUAGES:
        assert set(_messages(ts_path(language))) == in_code, (
            f"run pyside6-lupdate and translate: resources/translations/dossier_{language}.ts"
        )


def _raw_sources(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    return [
        (c.findtext("name", ""), m.findtext("source", ""))
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def test_every_field_and_code_of_the_forms_has_a_label() -> None:
    shown = [
        (e.name, f)
        for e in (CASE, PERSON, CASE_PERSON)
        for f in e.fields
        if f.type is not FieldType.REFERENCE
    ]
    assert [(e, f.name) for e, f in shown if (e, f.name) not in FIELD_LABELS] == []
    for _, field in shown:
        if field.choices:
            assert set(field.choices) <= set(CODE_LABELS[field.choices]), field.name


def test_every_store_error_code_has_an_actionable_message() -> None:
    assert set(ErrorCode) <= set(ERROR_TEXTS)


def test_compiled_translations_are_not_committed() -> None:
    assert list(TRANSLATIONS_DIR.glob("*.qm")) == []


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [re.sub(r"\s*\(.*?\)$", "", t.replace("&", "")).strip() for t in texts if t]


@pytest.mark.parametrize("language", ["de", "fr", "it"])
def test_switching_language_at_runtime_leaves_no_english_on_screen(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, language: str
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    change_language(dossier.ctx, language)
    qtbot.wait(50)

    # Every string of the code and of the other languages that this language words differently.
    def words(lang: str) -> set[str]:
        return {f.replace("&", "") for forms in _messages(ts_path(lang)).values() for f in forms}

    foreign = {source.replace("&", "") for _, source in _messages(ts_path(language))}
    for other in LANGUAGES:
        foreign |= words(other)
    foreign -= words(language)
    on_screen = set(_visible_texts(dossier.shell))
    model = workspace.case_model
    on_screen |= {
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    }
    assert len(on_screen) > 40
    assert sorted(on_screen & foreign) == []
    change_language(dossier.ctx, "de")
