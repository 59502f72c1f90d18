"""The domain model, declared once as plain data.

Every entity Dossier keeps, its fields, their types, validation rules and merge classes live
here and nowhere else. The local tables (`storage.tables`), the service's tables, the wire
format, the three-way merge (`sync.merge`) and the app's forms are all derived from this
declaration. No I/O, no SQLAlchemy, no Qt: this module must stay importable everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCHEMA_VERSION = 1
"""Version of this declaration; bumped with every local/wire schema change."""


class FieldType(StrEnum):
    TEXT = "text"  # single line
    LONG_TEXT = "long_text"  # multi-line free text (notes, answers)
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"  # ISO yyyy-mm-dd
    PARTIAL_DATE = "partial_date"  # yyyy, yyyy-mm or yyyy-mm-dd: keeps the precision
    DATETIME = "datetime"  # ISO 8601 UTC, ends in Z
    CHOICE = "choice"  # one of Field.choices
    CHOICES = "choices"  # list of Field.choices (e.g. nationalities)
    TEXT_LIST = "text_list"  # list of short strings (aliases)
    REFERENCE = "reference"  # UUID of another entity (Field.target)
    JSON = "json"  # structured value (interview answers)


class MergeClass(StrEnum):
    """How a concurrent same-field edit is resolved (DESIGN §5.4)."""

    LEGAL = "legal"  # keep server value, open a manual conflict
    CONTACT = "contact"  # manual conflict, newest (by clock) suggested
    TEXT = "text"  # keep both revisions, three-way diff offered
    IMMUTABLE = "immutable"  # never changes after creation; edits are rejections
    INSERT_ONLY = "insert_only"  # whole entity is append-only; never conflicts
    LINK = "link"  # observed-remove per link row
    LOW_RISK = "low_risk"  # last writer by clock wins, audited
    ARCHIVE = "archive"  # archive vs concurrent edit is a conflict, edit never dropped


class EntityKind(StrEnum):
    RECORD = "record"  # editable, versioned
    INSERT_ONLY = "insert_only"  # created once, never updated (notes, attachments)
    LINK = "link"  # a relation row; removing it is archiving that row


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: FieldType
    merge: MergeClass
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None  # full-match regular expression for TEXT values
    target: str | None = None  # entity name for REFERENCE fields
    searchable: bool = False  # indexed in the local full-text search
    sensitive: bool = False  # special-category data: collapsed in the UI, reveal is audited
    minimum: int | None = None  # smallest allowed INTEGER value (a budget is never negative)


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    kind: EntityKind
    fields: tuple[Field, ...]
    case_scoped: bool = True  # row carries case_id and lives in the case's sync bucket

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def table_name(self) -> str:
        return self.name


# --- code lists (shipped defaults; DOMAIN.md) ---------------------------------------------

CASE_TYPES = (
    "asylum_support",
    "residence_first",
    "residence_renewal",
    "residence_canton_change",
    "family_reunification",
    "hardship",
    "integration_agreement",
    "return_assistance",
    "removal_enforcement",
    "emergency_aid",
)
CASE_STATUSES = ("open", "in_progress", "waiting", "decided", "closed")
CASE_STATUS_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("in_progress", "waiting", "closed"),
    "in_progress": ("waiting", "decided", "closed"),
    "waiting": ("in_progress", "decided", "closed"),
    "decided": ("in_progress", "closed"),
    "closed": ("in_progress",),  # reopening is allowed, and audited like every change
}
SEXES = ("female", "male", "diverse", "unknown")
PERSON_ROLES = ("applicant", "spouse", "partner", "child", "parent", "sibling", "other")
DOCUMENT_TYPES = (
    "passport",
    "national_id",
    "birth_certificate",
    "marriage_certificate",
    "driving_licence",
    "travel_document",
    "residence_permit",
    "other",
)
PERMITS = ("B", "C", "L", "F", "N", "S", "G", "Ci", "AE", "NE", "AG", "DU", "FB", "none")
TASK_KINDS = ("task", "legal_deadline", "reminder")
INTERVIEW_STATUSES = ("draft", "finalised")
AVRR_PROGRAMMES = ("RIF", "SIM", "RAS", "RAZ")
AVRR_STATUSES = ("counselling", "registered", "departed", "monitoring", "cancelled")
PERSON_DECISIONS = ("merged", "distinct")  # a caseworker's verdict on a duplicate candidate
# fmt: off
# ISO 3166-1 alpha-2 of the origin countries the shipped defaults cover, plus common others.
COUNTRIES = (
    "AF", "SY", "ER", "TR", "DZ", "UA", "IQ", "IR", "SO", "ET", "NG", "MA", "TN", "GE", "PK",
    "BD", "LK", "CD", "GN", "CI", "CM", "SD", "SS", "YE", "PS", "LY", "EG", "RU", "BY", "AL",
    "XK", "RS", "MK", "BA", "CO", "VE", "PE", "CN", "VN", "MN", "CH", "DE", "AT", "FR", "IT",
    "XX",  # unknown / stateless
)
LANGUAGES = (
    "de", "fr", "it", "en", "ar", "fa", "prs", "ps", "ti", "tr", "ku", "uk", "ru", "so", "am",
    "ur", "bn", "ta", "es", "pt", "sq", "sr",
)

# fmt: on


def _f(name: str, type_: FieldType, merge: MergeClass, **kw: object) -> Field:
    return Field(name, type_, merge, **kw)  # type: ignore[arg-type]


T, LT, MC = FieldType, FieldType.LONG_TEXT, MergeClass

# fmt: off

CASE = Entity(
    "case",
    EntityKind.RECORD,
    (
        _f("case_number", T.TEXT, MC.LEGAL, required=True, max_length=40,
           pattern=r"[A-Z0-9][A-Z0-9./\- ]{2,39}", searchable=True),
        _f("case_type", T.CHOICE, MC.LEGAL, required=True, choices=CASE_TYPES),
        _f("status", T.CHOICE, MC.LEGAL, required=True, choices=CASE_STATUSES),
        _f("stage", T.TEXT, MC.LEGAL, max_length=80),
        _f("legal_basis", T.TEXT, MC.LEGAL, max_length=200),
        _f("assigned_to", T.TEXT, MC.LEGAL, max_length=80),
        _f("office", T.TEXT, MC.LEGAL, max_length=120),
        _f("region", T.TEXT, MC.LEGAL, max_length=10),  # ISO 3166-2 id, e.g. "CH-VD", "DE-BY"
        _f("accommodation", T.TEXT, MC.CONTACT, max_length=200),
        _f("vulnerable", T.BOOLEAN, MC.LEGAL, sensitive=True),
        _f("vulnerability_note", LT, MC.TEXT, max_length=4000, sensitive=True),
        _f("opened_on", T.DATE, MC.LEGAL),
        _f("closed_on", T.DATE, MC.LEGAL),
        _f("summary", LT, MC.TEXT, max_length=20000),
    ),
    case_scoped=False,  # a case *is* its bucket
)

PERSON = Entity(
    "person",
    EntityKind.RECORD,
    (
        _f("family_name", T.TEXT, MC.LEGAL, required=True, max_length=120, searchable=True),
        _f("given_names", T.TEXT, MC.LEGAL, max_length=200, searchable=True),
        _f("name_original", T.TEXT, MC.LEGAL, max_length=200, searchable=True),
        _f("aliases", T.TEXT_LIST, MC.LEGAL, max_length=20, searchable=True),
        _f("birth_date", T.PARTIAL_DATE, MC.LEGAL, searchable=True),
        _f("sex", T.CHOICE, MC.LEGAL, choices=SEXES),
        _f("nationalities", T.CHOICES, MC.LEGAL, choices=COUNTRIES),
        _f("languages", T.CHOICES, MC.CONTACT, choices=LANGUAGES),
        _f("zemis_number", T.TEXT, MC.LEGAL, pattern=r"[0-9]{4}\.?[0-9]{4}", searchable=True),
        _f("n_number", T.TEXT, MC.LEGAL, pattern=r"N ?[0-9]{3} ?[0-9]{3}", searchable=True),
        _f("azr_number", T.TEXT, MC.LEGAL, pattern=r"[0-9]{12}", searchable=True),
        _f("permit", T.CHOICE, MC.LEGAL, choices=PERMITS),
        _f("address", T.TEXT, MC.CONTACT, max_length=300),
        _f("phone", T.TEXT, MC.CONTACT, max_length=40, pattern=r"\+?[0-9 ()/\-]{4,40}"),
        _f("email", T.TEXT, MC.CONTACT, max_length=200, pattern=r"[^@\s]+@[^@\s]+\.[^@\s]+"),
        _f("health_note", LT, MC.TEXT, max_length=4000, sensitive=True),
    ),
    case_scoped=False,  # shared by the cases it is linked to
)

CASE_PERSON = Entity(
    "case_person",
    EntityKind.LINK,
    (
        _f("person_id", T.REFERENCE, MC.IMMUTABLE, required=True, target="person"),
        _f("role", T.CHOICE, MC.LINK, required=True, choices=PERSON_ROLES),
    ),
)

IDENTITY_DOCUMENT = Entity(
    "identity_document",
    EntityKind.RECORD,
    (
        _f("person_id", T.REFERENCE, MC.IMMUTABLE, required=True, target="person"),
        _f("document_type", T.CHOICE, MC.LEGAL, required=True, choices=DOCUMENT_TYPES),
        _f("number", T.TEXT, MC.LEGAL, max_length=60, searchable=True),
        _f("issuing_country", T.CHOICE, MC.LEGAL, choices=COUNTRIES),
        _f("issued_on", T.DATE, MC.LEGAL),
        _f("expires_on", T.DATE, MC.LEGAL),
        _f("original_seen", T.BOOLEAN, MC.LEGAL),
    ),
)

INTERVIEW = Entity(
    "interview",
    EntityKind.RECORD,
    (
        _f("template", T.TEXT, MC.IMMUTABLE, required=True, max_length=80),
        _f("language", T.CHOICE, MC.LEGAL, choices=LANGUAGES),
        _f("interpreter", T.TEXT, MC.LEGAL, max_length=120),
        _f("started_at", T.DATETIME, MC.LEGAL),
        _f("finished_at", T.DATETIME, MC.LEGAL),
        _f("answers", T.JSON, MC.TEXT),
        _f("status", T.CHOICE, MC.LEGAL, required=True, choices=INTERVIEW_STATUSES),
        _f("corrects_id", T.REFERENCE, MC.IMMUTABLE, target="interview"),
        # The sittings of an interview held over several days (storage.sittings): a list of
        # {started_at, ended_at, language, interpreter, reason}; empty for an interview held
        # in one sitting (started_at → finished_at). Final with the interview.
        _f("sittings", T.JSON, MC.LEGAL),
    ),
)

NOTE = Entity(
    "note",
    EntityKind.INSERT_ONLY,
    (
        _f("body", LT, MC.INSERT_ONLY, required=True, max_length=20000, searchable=True),
        _f("person_id", T.REFERENCE, MC.INSERT_ONLY, target="person"),
    ),
)

TASK = Entity(
    "task",
    EntityKind.RECORD,
    (
        _f("title", T.TEXT, MC.LOW_RISK, required=True, max_length=200),
        _f("kind", T.CHOICE, MC.LEGAL, required=True, choices=TASK_KINDS),
        _f("due_on", T.DATE, MC.LEGAL),
        _f("rule", T.TEXT, MC.LEGAL, max_length=80),
        _f("explanation", T.TEXT, MC.LEGAL, max_length=400),
        _f("done", T.BOOLEAN, MC.LOW_RISK),
        _f("remind_on", T.DATE, MC.LOW_RISK),
    ),
)

ATTACHMENT = Entity(
    "attachment",
    EntityKind.INSERT_ONLY,
    (
        _f("sha256", T.TEXT, MC.INSERT_ONLY, required=True, pattern=r"[0-9a-f]{64}"),
        _f("filename", T.TEXT, MC.INSERT_ONLY, required=True, max_length=255),
        _f("media_type", T.TEXT, MC.INSERT_ONLY, required=True, max_length=100),
        _f("size", T.INTEGER, MC.INSERT_ONLY, required=True),
        _f("person_id", T.REFERENCE, MC.INSERT_ONLY, target="person"),
    ),
)

RETURN_ASSISTANCE = Entity(
    "return_assistance",
    EntityKind.RECORD,
    (
        _f("programme", T.CHOICE, MC.LEGAL, required=True, choices=AVRR_PROGRAMMES),
        _f("country", T.CHOICE, MC.LEGAL, required=True, choices=COUNTRIES),
        _f("status", T.CHOICE, MC.LEGAL, required=True, choices=AVRR_STATUSES),
        _f("eligible", T.BOOLEAN, MC.LEGAL),
        _f("travel_date", T.DATE, MC.LEGAL),
        _f("reintegration_budget", T.INTEGER, MC.LEGAL, minimum=0),  # whole CHF / EUR
        _f("reintegration_plan", LT, MC.TEXT, max_length=20000),
    ),
)

PERSON_MERGE = Entity(
    # A caseworker's decision about two person records, made in the case where the candidate
    # was reviewed: "merged" (person_id was merged into other_person_id; `detail` says which
    # links and values the merge changed, so it can be undone) or "distinct" (not the same
    # person: the pair is never proposed again). Created once, never edited (insert-only);
    # undoing a merge archives this record.
    "person_merge",
    EntityKind.INSERT_ONLY,
    (
        _f("person_id", T.REFERENCE, MC.INSERT_ONLY, required=True, target="person"),
        _f("other_person_id", T.REFERENCE, MC.INSERT_ONLY, required=True, target="person"),
        _f("decision", T.CHOICE, MC.INSERT_ONLY, required=True, choices=PERSON_DECISIONS),
        _f("detail", T.JSON, MC.INSERT_ONLY),
    ),
)

# fmt: on

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        CASE,
        PERSON,
        CASE_PERSON,
        IDENTITY_DOCUMENT,
        INTERVIEW,
        NOTE,
        TASK,
        ATTACHMENT,
        RETURN_ASSISTANCE,
        PERSON_MERGE,
    )
}
"""All synced entities, in dependency order (referenced before referencing)."""

ARCHIVED_FIELD = Field("archived", FieldType.BOOLEAN, MergeClass.ARCHIVE)
"""Every entity can be archived (soft delete); hard delete is never a sync operation."""


def entity(name: str) -> Entity:
    """Return the entity declaration called `name`, or raise KeyError."""
    return ENTITIES[name]


def mutation_kind(entity_name: str, op: str, version: int = 1) -> str:
    """The named, versioned kind of a mutation, e.g. ``person.update.v1``."""
    return f"{entity_name}.{op}.v{version}"
