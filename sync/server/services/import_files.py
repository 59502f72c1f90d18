"""Reading case and person import files (JSON and CSV) into rows with their row numbers.

Only the shape is checked here (readable, UTF-8, expected structure); field values are
validated by `importing` with the rules of `storage.validation`, so an import accepts exactly
what a laptop would. Row numbers are what a person opening the file sees: for CSV the line in
the spreadsheet (header = row 1), for JSON the 1-based position in `cases`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from storage.schema import ENTITIES, Field, FieldType

FILE_ERROR = "malformed_file"
UNKNOWN_COLUMN = "unknown_field"
BAD_TYPE = "bad_type"
LIST_SEPARATOR = ";"  # CSV cells holding a list (nationalities, aliases): "SY;TR"
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
CASE_EXTRA = ("id",)
PERSON_EXTRA = ("id", "role", "case_number")


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem of an import: where (source, row, field) and what (a stable code)."""

    source: str
    row: int
    field: str
    code: str


@dataclass(slots=True)
class SourceRow:
    """One case or person as read from a file, before validation."""

    source: str
    row: int
    values: dict[str, Any]
    id: str | None = None
    prefix: str = ""  # field path prefix in the report, e.g. "persons.2."
    role: Any = None  # persons: role in the case
    case_number: Any = None  # CSV persons: the case they belong to
    parent: SourceRow | None = None  # JSON persons: the case they are nested in


@dataclass(slots=True)
class ImportBatch:
    """Everything read from the files of one import."""

    cases: list[SourceRow] = field(default_factory=list)
    persons: list[SourceRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def read_json(batch: ImportBatch, source: str, data: bytes) -> None:
    """Add `{"cases": [{…case fields…, "persons": [{…person fields…, "role"}]}]}`."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        batch.errors.append(RowError(source, 0, "", FILE_ERROR))
        return
    cases = document.get("cases") if isinstance(document, dict) else None
    if not isinstance(cases, list):
        batch.errors.append(RowError(source, 0, "cases", FILE_ERROR))
        return
    for number, item in enumerate(cases, start=1):
        if not isinstance(item, dict):
            batch.errors.append(RowError(source, number, "", BAD_TYPE))
            continue
        values = dict(item)
        persons = values.pop("persons", [])
        case = SourceRow(source, number, values, id=values.pop("id", None))
        batch.cases.append(case)
        _nested_persons(batch, case, persons)


def _nested_persons(batch: ImportBatch, case: SourceRow, persons: object) -> None:
    if not isinstance(persons, list):
        batch.errors.append(RowError(case.source, case.row, "persons", BAD_TYPE))
        return
    for index, item in enumerate(persons, start=1):
        prefix = f"persons.{index}."
        if not isinstance(item, dict):
            batch.errors.append(RowError(case.source, case.row, prefix[:-1], BAD_TYPE))
            continue
        values = dict(item)
        batch.persons.append(
            SourceRow(
                case.source,
                case.row,
                values,
                id=values.pop("id", None),
                prefix=prefix,
                role=values.pop("role", None),
                parent=case,
            )
        )


def read_csv(batch: ImportBatch, source: str, data: bytes, *, kind: str) -> None:
    """Add the rows of a `cases` or `persons` CSV file (header row with field names)."""
    try:
        text = data.decode("utf-8-sig")  # spreadsheets like to write a BOM
    except UnicodeDecodeError:
        batch.errors.append(RowError(source, 0, "", FILE_ERROR))
        return
    entity = ENTITIES["case" if kind == "cases" else "person"]
    extra = CASE_EXTRA if kind == "cases" else PERSON_EXTRA
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header or not _header_ok(batch, source, header, entity.field_names + extra):
        return
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank line at the end of a file
        if len(cells) != len(header):
            batch.errors.append(RowError(source, number, "", FILE_ERROR))
            continue
        raw = dict(zip(header, cells, strict=True))
        row = SourceRow(source, number, {}, id=raw.pop("id", "") or None)
        if kind == "persons":
            row.role = raw.pop("role", "") or None
            row.case_number = raw.pop("case_number", "") or None
        for name, cell in raw.items():
            value, code = _cell(entity.field(name), cell)
            if code:
                batch.errors.append(RowError(source, number, name, code))
            row.values[name] = value
        (batch.cases if kind == "cases" else batch.persons).append(row)


def _header_ok(batch: ImportBatch, source: str, header: list[str], known: tuple[str, ...]) -> bool:
    bad = [name for name in header if name not in known]
    bad += sorted({name for name in header if header.count(name) > 1})
    for name in bad:
        batch.errors.append(RowError(source, 1, name, UNKNOWN_COLUMN))
    return not bad


def _cell(spec: Field, cell: str) -> tuple[Any, str | None]:  # noqa: PLR0911 - one per type
    text = cell.strip()
    if text == "":
        return None, None
    match spec.type:
        case FieldType.INTEGER:
            try:
                return int(text), None
            except ValueError:
                return None, BAD_TYPE
        case FieldType.BOOLEAN:
            lowered = text.lower()
            if lowered in _TRUE | _FALSE:
                return lowered in _TRUE, None
            return None, BAD_TYPE
        case FieldType.CHOICES | FieldType.TEXT_LIST:
            return [p.strip() for p in text.split(LIST_SEPARATOR) if p.strip()], None
        case FieldType.JSON:
            try:
                return json.loads(text), None
            except json.JSONDecodeError:
                return None, BAD_TYPE
    return cell if spec.type is FieldType.LONG_TEXT else text, None
