"""New case (Ctrl+N), new person in a case, new task: the edit dialog in create mode.

Each form starts from a blank record with sensible defaults (a new case is open, opened
today and assigned to the caseworker) and validates exactly like an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.cases.edit_dialog import RecordEditDialog
from desktop.context import AppContext
from desktop.vocabulary import code_label, field_label
from storage.schema import CASE_PERSON, PERSON_ROLES
from storage.schema import entity as schema_entity
from storage.services.records import Record
from storage.unlocked import OpenProfile

TASK_FIELDS = ("title", "kind", "due_on", "remind_on")


def _t(source: str) -> str:
    return QCoreApplication.translate("Create", source)


def blank_record(
    entity_name: str, defaults: Mapping[str, Any] | None = None, *, case_id: str | None = None
) -> Record:
    """A record that does not exist yet: the form's starting point."""
    entity = schema_entity(entity_name)
    values = {name: (defaults or {}).get(name) for name in entity.field_names}
    return Record(
        entity=entity_name,
        id="",
        case_id=case_id,
        values=MappingProxyType(values),
        archived=False,
        version=0,
        sync_state="",
        created_at="",
        updated_at="",
        updated_by="",
        updated_hlc="",
    )


def _open(dialog: RecordEditDialog, on_saved: Callable[[Any], None] | None) -> RecordEditDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.record_did_save.connect(on_saved)
    dialog.open()
    dialog.activateWindow()
    return dialog


def new_case_dialog(
    ctx: AppContext,
    profile: OpenProfile,
    today: date,
    parent: QWidget,
    on_saved: Callable[[Any], None] | None = None,
) -> RecordEditDialog:
    defaults = {
        "status": "open",
        "opened_on": today.isoformat(),
        "assigned_to": profile.info.login,
    }
    if ctx.preconfig.config.holiday_region:  # IT's dossier.toml: the office's canton / Land
        defaults["region"] = ctx.preconfig.config.holiday_region
    records = profile.records
    dialog = RecordEditDialog(
        ctx,
        profile,
        blank_record("case", defaults),
        _t(QT_TRANSLATE_NOOP("Create", "New case")),
        parent,
        create=lambda values: lambda: records.create("case", values),
    )
    return _open(dialog, on_saved)


def role_chooser(default: str, parent: QWidget) -> tuple[QWidget, QComboBox]:
    """A labelled role list for the person's link to the case."""
    box = QWidget(parent)
    combo = QComboBox(box)
    combo.setObjectName("roleChooser")
    field = CASE_PERSON.field("role")
    for role in PERSON_ROLES:
        combo.addItem(code_label(field, role), role)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    label = QLabel(field_label("case_person", "role") + " *", box)
    label.setBuddy(combo)
    combo.setAccessibleName(field_label("case_person", "role"))
    form = QFormLayout(box)
    form.setContentsMargins(0, 0, 0, 0)
    form.addRow(label, combo)
    return box, combo


def new_person_dialog(
    ctx: AppContext,
    profile: OpenProfile,
    case_id: str,
    parent: QWidget,
    *,
    default_role: str,
    on_saved: Callable[[Any], None] | None = None,
) -> RecordEditDialog:
    header, combo = role_chooser(default_role, parent)
    casework = profile.casework

    def create(values: dict[str, Any]) -> Callable[[], Any]:
        role = str(combo.currentData())  # read here, on the GUI thread
        return lambda: casework.add_person_to_case(case_id, values, role)

    dialog = RecordEditDialog(
        ctx,
        profile,
        blank_record("person"),
        _t(QT_TRANSLATE_NOOP("Create", "New person in this case")),
        parent,
        create=create,
        header=header,
    )
    return _open(dialog, on_saved)


def new_task_dialog(
    ctx: AppContext,
    profile: OpenProfile,
    case_id: str,
    parent: QWidget,
    on_saved: Callable[[Any], None] | None = None,
) -> RecordEditDialog:
    records = profile.records
    dialog = RecordEditDialog(
        ctx,
        profile,
        blank_record("task", {"kind": "task"}, case_id=case_id),
        _t(QT_TRANSLATE_NOOP("Create", "New task")),
        parent,
        create=lambda values: lambda: records.create("task", values, case_id=case_id),
        only=TASK_FIELDS,
    )
    dialog.resize(520, 320)
    return _open(dialog, on_saved)
