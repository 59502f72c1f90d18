"""Translated labels for what `storage.schema` declares: field names and code lists.

The schema holds stable codes (`residence_renewal`, `SY`, `prs`); the words a caseworker
reads live here, marked for `lupdate` with `QT_TRANSLATE_NOOP` and looked up at call time,
so a language switch takes effect on the next repaint. A test checks that every field and
every code shown in a form has a label here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage import schema
from storage.schema import Field

_F = "Field"
_C = "Code"

FIELD_LABELS: dict[tuple[str, str], str] = {
    ("case", "case_number"): QT_TRANSLATE_NOOP("Field", "Case number"),
    ("case", "case_type"): QT_TRANSLATE_NOOP("Field", "Case type"),
    ("case", "status"): QT_TRANSLATE_NOOP("Field", "Status"),
    ("case", "stage"): QT_TRANSLATE_NOOP("Field", "Stage"),
    ("case", "legal_basis"): QT_TRANSLATE_NOOP("Field", "Legal basis"),
    ("case", "assigned_to"): QT_TRANSLATE_NOOP("Field", "Assigned to"),
    ("case", "office"): QT_TRANSLATE_NOOP("Field", "Office"),
    ("case", "region"): QT_TRANSLATE_NOOP("Field", "Canton / Land"),
    ("case", "accommodation"): QT_TRANSLATE_NOOP("Field", "Accommodation"),
    ("case", "vulnerable"): QT_TRANSLATE_NOOP("Field", "Vulnerable person"),
    ("case", "vulnerability_note"): QT_TRANSLATE_NOOP("Field", "Vulnerability note"),
    ("case", "opened_on"): QT_TRANSLATE_NOOP("Field", "Opened on"),
    ("case", "closed_on"): QT_TRANSLATE_NOOP("Field", "Closed on"),
    ("case", "summary"): QT_TRANSLATE_NOOP("Field", "Summary"),
    ("person", "family_name"): QT_TRANSLATE_NOOP("Field", "Family name"),
    ("person", "given_names"): QT_TRANSLATE_NOOP("Field", "Given names"),
    ("person", "name_original"): QT_TRANSLATE_NOOP("Field", "Name in original script"),
    ("person", "aliases"): QT_TRANSLATE_NOOP("Field", "Aliases"),
    ("person", "birth_date"): QT_TRANSLATE_NOOP("Field", "Date of birth"),
    ("person", "sex"): QT_TRANSLATE_NOOP("Field", "Sex"),
    ("person", "nationalities"): QT_TRANSLATE_NOOP("Field", "Nationalities"),
    ("person", "languages"): QT_TRANSLATE_NOOP("Field", "Languages"),
    ("person", "zemis_number"): QT_TRANSLATE_NOOP("Field", "ZEMIS number"),
    ("person", "n_number"): QT_TRANSLATE_NOOP("Field", "N number"),
    ("person", "azr_number"): QT_TRANSLATE_NOOP("Field", "AZR number"),
    ("person", "permit"): QT_TRANSLATE_NOOP("Field", "Permit / title"),
    ("person", "address"): QT_TRANSLATE_NOOP("Field", "Address"),
    ("person", "phone"): QT_TRANSLATE_NOOP("Field", "Phone"),
    ("person", "email"): QT_TRANSLATE_NOOP("Field", "E-mail"),
    ("person", "health_note"): QT_TRANSLATE_NOOP("Field", "Health note"),
    ("case_person", "role"): QT_TRANSLATE_NOOP("Field", "Role"),
    ("task", "title"): QT_TRANSLATE_NOOP("Field", "Task"),
    ("task", "kind"): QT_TRANSLATE_NOOP("Field", "Kind"),
    ("task", "due_on"): QT_TRANSLATE_NOOP("Field", "Due on"),
    ("task", "remind_on"): QT_TRANSLATE_NOOP("Field", "Remind on"),
    ("task", "done"): QT_TRANSLATE_NOOP("Field", "Done"),
    ("interview", "language"): QT_TRANSLATE_NOOP("Field", "Interview language"),
    ("interview", "interpreter"): QT_TRANSLATE_NOOP("Field", "Interpreter"),
    ("interview", "template"): QT_TRANSLATE_NOOP("Field", "Form"),
    ("interview", "sittings"): QT_TRANSLATE_NOOP("Field", "Sittings"),
    ("return_assistance", "programme"): QT_TRANSLATE_NOOP("Field", "Programme"),
    ("return_assistance", "country"): QT_TRANSLATE_NOOP("Field", "Destination country"),
    ("return_assistance", "status"): QT_TRANSLATE_NOOP("Field", "Status"),
    ("return_assistance", "eligible"): QT_TRANSLATE_NOOP("Field", "Eligible"),
    ("return_assistance", "travel_date"): QT_TRANSLATE_NOOP("Field", "Planned travel date"),
    ("return_assistance", "reintegration_budget"): QT_TRANSLATE_NOOP(
        "Field", "Reintegration budget"
    ),
    ("return_assistance", "reintegration_plan"): QT_TRANSLATE_NOOP("Field", "Reintegration plan"),
}

CODE_LABELS: dict[tuple[str, ...], dict[str, str]] = {
    schema.CASE_TYPES: {
        "asylum_support": QT_TRANSLATE_NOOP("Code", "Asylum procedure support"),
        "residence_first": QT_TRANSLATE_NOOP("Code", "Permit: first issue"),
        "residence_renewal": QT_TRANSLATE_NOOP("Code", "Permit: renewal"),
        "residence_canton_change": QT_TRANSLATE_NOOP("Code", "Permit: change of canton"),
        "family_reunification": QT_TRANSLATE_NOOP("Code", "Family reunification"),
        "hardship": QT_TRANSLATE_NOOP("Code", "Hardship case"),
        "integration_agreement": QT_TRANSLATE_NOOP("Code", "Integration agreement"),
        "return_assistance": QT_TRANSLATE_NOOP("Code", "Return assistance"),
        "removal_enforcement": QT_TRANSLATE_NOOP("Code", "Enforcement of removal"),
        "emergency_aid": QT_TRANSLATE_NOOP("Code", "Emergency aid"),
    },
    schema.CASE_STATUSES: {
        "open": QT_TRANSLATE_NOOP("Code", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("Code", "In progress"),
        "waiting": QT_TRANSLATE_NOOP("Code", "Waiting"),
        "decided": QT_TRANSLATE_NOOP("Code", "Decided"),
        "closed": QT_TRANSLATE_NOOP("Code", "Closed"),
    },
    schema.SEXES: {
        "female": QT_TRANSLATE_NOOP("Code", "female"),
        "male": QT_TRANSLATE_NOOP("Code", "male"),
        "diverse": QT_TRANSLATE_NOOP("Code", "diverse"),
        "unknown": QT_TRANSLATE_NOOP("Code", "unknown"),
    },
    schema.PERSON_ROLES: {
        "applicant": QT_TRANSLATE_NOOP("Code", "Applicant"),
        "spouse": QT_TRANSLATE_NOOP("Code", "Spouse"),
        "partner": QT_TRANSLATE_NOOP("Code", "Partner"),
        "child": QT_TRANSLATE_NOOP("Code", "Child"),
        "parent": QT_TRANSLATE_NOOP("Code", "Parent"),
        "sibling": QT_TRANSLATE_NOOP("Code", "Sibling"),
        "other": QT_TRANSLATE_NOOP("Code", "Other"),
    },
    schema.TASK_KINDS: {
        "task": QT_TRANSLATE_NOOP("Code", "Task"),
        "legal_deadline": QT_TRANSLATE_NOOP("Code", "Legal deadline"),
        "reminder": QT_TRANSLATE_NOOP("Code", "Reminder"),
    },
    schema.INTERVIEW_STATUSES: {
        "draft": QT_TRANSLATE_NOOP("Code", "Draft"),
        "finalised": QT_TRANSLATE_NOOP("Code", "Finalised"),
    },
    schema.AVRR_PROGRAMMES: {
        "RIF": QT_TRANSLATE_NOOP("Code", "RIF – Return Information Fund"),
        "SIM": QT_TRANSLATE_NOOP("Code", "SIM – travel organised by IOM"),
        "RAS": QT_TRANSLATE_NOOP("Code", "RAS – reintegration assistance"),
        "RAZ": QT_TRANSLATE_NOOP("Code", "RAZ – return assistance from a federal asylum centre"),
    },
    schema.AVRR_STATUSES: {
        "counselling": QT_TRANSLATE_NOOP("Code", "Counselling"),
        "registered": QT_TRANSLATE_NOOP("Code", "Registered"),
        "departed": QT_TRANSLATE_NOOP("Code", "Departed"),
        "monitoring": QT_TRANSLATE_NOOP("Code", "Monitoring"),
        "cancelled": QT_TRANSLATE_NOOP("Code", "Cancelled"),
    },
    schema.PERMITS: {
        "B": QT_TRANSLATE_NOOP("Code", "B – residence permit"),
        "C": QT_TRANSLATE_NOOP("Code", "C – settlement permit"),
        "L": QT_TRANSLATE_NOOP("Code", "L – short-term residence permit"),
        "F": QT_TRANSLATE_NOOP("Code", "F – provisionally admitted"),
        "N": QT_TRANSLATE_NOOP("Code", "N – asylum seeker"),
        "S": QT_TRANSLATE_NOOP("Code", "S – protection status"),
        "G": QT_TRANSLATE_NOOP("Code", "G – cross-border commuter"),
        "Ci": QT_TRANSLATE_NOOP("Code", "Ci – family of international officials"),
        "AE": QT_TRANSLATE_NOOP("Code", "Residence permit (DE)"),
        "NE": QT_TRANSLATE_NOOP("Code", "Settlement permit (DE)"),
        "AG": QT_TRANSLATE_NOOP("Code", "Permission to stay (DE)"),
        "DU": QT_TRANSLATE_NOOP("Code", "Toleration – Duldung (DE)"),
        "FB": QT_TRANSLATE_NOOP("Code", "Fictional certificate (DE)"),
        "none": QT_TRANSLATE_NOOP("Code", "No permit"),
    },
    schema.COUNTRIES: {
        "AF": QT_TRANSLATE_NOOP("Code", "Afghanistan"),
        "SY": QT_TRANSLATE_NOOP("Code", "Syria"),
        "ER": QT_TRANSLATE_NOOP("Code", "Eritrea"),
        "TR": QT_TRANSLATE_NOOP("Code", "Türkiye"),
        "DZ": QT_TRANSLATE_NOOP("Code", "Algeria"),
        "UA": QT_TRANSLATE_NOOP("Code", "Ukraine"),
        "IQ": QT_TRANSLATE_NOOP("Code", "Iraq"),
        "IR": QT_TRANSLATE_NOOP("Code", "Iran"),
        "SO": QT_TRANSLATE_NOOP("Code", "Somalia"),
        "ET": QT_TRANSLATE_NOOP("Code", "Ethiopia"),
        "NG": QT_TRANSLATE_NOOP("Code", "Nigeria"),
        "MA": QT_TRANSLATE_NOOP("Code", "Morocco"),
        "TN": QT_TRANSLATE_NOOP("Code", "Tunisia"),
        "GE": QT_TRANSLATE_NOOP("Code", "Georgia"),
        "PK": QT_TRANSLATE_NOOP("Code", "Pakistan"),
        "BD": QT_TRANSLATE_NOOP("Code", "Bangladesh"),
        "LK": QT_TRANSLATE_NOOP("Code", "Sri Lanka"),
        "CD": QT_TRANSLATE_NOOP("Code", "Congo (Democratic Republic)"),
        "GN": QT_TRANSLATE_NOOP("Code", "Guinea"),
        "CI": QT_TRANSLATE_NOOP("Code", "Côte d'Ivoire"),
        "CM": QT_TRANSLATE_NOOP("Code", "Cameroon"),
        "SD": QT_TRANSLATE_NOOP("Code", "Sudan"),
        "SS": QT_TRANSLATE_NOOP("Code", "South Sudan"),
        "YE": QT_TRANSLATE_NOOP("Code", "Yemen"),
        "PS": QT_TRANSLATE_NOOP("Code", "Palestine"),
        "LY": QT_TRANSLATE_NOOP("Code", "Libya"),
        "EG": QT_TRANSLATE_NOOP("Code", "Egypt"),
        "RU": QT_TRANSLATE_NOOP("Code", "Russia"),
        "BY": QT_TRANSLATE_NOOP("Code", "Belarus"),
        "AL": QT_TRANSLATE_NOOP("Code", "Albania"),
        "XK": QT_TRANSLATE_NOOP("Code", "Kosovo"),
        "RS": QT_TRANSLATE_NOOP("Code", "Serbia"),
        "MK": QT_TRANSLATE_NOOP("Code", "North Macedonia"),
        "BA": QT_TRANSLATE_NOOP("Code", "Bosnia and Herzegovina"),
        "CO": QT_TRANSLATE_NOOP("Code", "Colombia"),
        "VE": QT_TRANSLATE_NOOP("Code", "Venezuela"),
        "PE": QT_TRANSLATE_NOOP("Code", "Peru"),
        "CN": QT_TRANSLATE_NOOP("Code", "China"),
        "VN": QT_TRANSLATE_NOOP("Code", "Vietnam"),
        "MN": QT_TRANSLATE_NOOP("Code", "Mongolia"),
        "CH": QT_TRANSLATE_NOOP("Code", "Switzerland"),
        "DE": QT_TRANSLATE_NOOP("Code", "Germany"),
        "AT": QT_TRANSLATE_NOOP("Code", "Austria"),
        "FR": QT_TRANSLATE_NOOP("Code", "France"),
        "IT": QT_TRANSLATE_NOOP("Code", "Italy"),
        "XX": QT_TRANSLATE_NOOP("Code", "Unknown / stateless"),
    },
    schema.LANGUAGES: {
        "de": QT_TRANSLATE_NOOP("Code", "German"),
        "fr": QT_TRANSLATE_NOOP("Code", "French"),
        "it": QT_TRANSLATE_NOOP("Code", "Italian"),
        "en": QT_TRANSLATE_NOOP("Code", "English"),
        "ar": QT_TRANSLATE_NOOP("Code", "Arabic"),
        "fa": QT_TRANSLATE_NOOP("Code", "Persian (Farsi)"),
        "prs": QT_TRANSLATE_NOOP("Code", "Dari"),
        "ps": QT_TRANSLATE_NOOP("Code", "Pashto"),
        "ti": QT_TRANSLATE_NOOP("Code", "Tigrinya"),
        "tr": QT_TRANSLATE_NOOP("Code", "Turkish"),
        "ku": QT_TRANSLATE_NOOP("Code", "Kurdish"),
        "uk": QT_TRANSLATE_NOOP("Code", "Ukrainian"),
        "ru": QT_TRANSLATE_NOOP("Code", "Russian"),
        "so": QT_TRANSLATE_NOOP("Code", "Somali"),
        "am": QT_TRANSLATE_NOOP("Code", "Amharic"),
        "ur": QT_TRANSLATE_NOOP("Code", "Urdu"),
        "bn": QT_TRANSLATE_NOOP("Code", "Bengali"),
        "ta": QT_TRANSLATE_NOOP("Code", "Tamil"),
        "es": QT_TRANSLATE_NOOP("Code", "Spanish"),
        "pt": QT_TRANSLATE_NOOP("Code", "Portuguese"),
        "sq": QT_TRANSLATE_NOOP("Code", "Albanian"),
        "sr": QT_TRANSLATE_NOOP("Code", "Serbian"),
    },
}


def field_label(entity: str, field: str) -> str:
    """The translated label of a field; the code itself if it has none (caught by a test)."""
    source = FIELD_LABELS.get((entity, field))
    return QCoreApplication.translate(_F, source) if source else field


def code_label(field: Field, code: str) -> str:
    """The translated word for one code of a CHOICE/CHOICES field."""
    source = CODE_LABELS.get(field.choices, {}).get(code)
    return QCoreApplication.translate(_C, source) if source else code


def choice_label(entity: str, field: str, code: str | None) -> str:
    if not code:
        return ""
    return code_label(schema.entity(entity).field(field), code)
