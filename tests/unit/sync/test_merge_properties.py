"""Properties of the three-way merge over generated rows and edits (Hypothesis).

1. Applying the same mutation twice equals applying it once.
2. Disjoint edits from two clients commute.
3. A conflict always keeps both the server's and the client's value.
4. No outcome loses the client's value without a conflict, an audited lww_discarded or a
   recorded rejection.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.hlc import Hlc
from storage.schema import ENTITIES, Entity, EntityKind, Field, FieldType, MergeClass
from storage.validation import FINAL_STATES
from storage.validation import check_field as field_error
from sync.merge import ClientEdit, FieldChange, JsonValue, MergeResult, ServerRow, merge
from sync.merge_decisions import same_value
from sync.protocol.outcomes import MergeOutcome
from sync.protocol.versions import MutationOp

Out = MergeOutcome
ROW_ID = "0190d8a0-1c2b-7000-8000-00000000b001"
EDITABLE = [e for e in ENTITIES.values() if e.kind is not EntityKind.INSERT_ONLY]
# Fields a generated edit may touch: never immutable ones (their rejection is in the matrix),
# never the field that locks a row (finalising an interview legitimately does not commute).
LOCKS = {(entity, field) for entity, (field, _) in FINAL_STATES.items()}

# Set per test, not as a global profile: other suites share the Hypothesis settings.
merge_settings = settings(deadline=None, max_examples=150)


def _date_text(day: date) -> str:
    return day.isoformat()


def _raw_value(decl: Field) -> st.SearchStrategy[JsonValue]:
    plain = st.text(
        st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=12
    )
    days = st.dates(min_value=date(1930, 1, 1), max_value=date(2040, 12, 31))
    by_type: dict[FieldType, st.SearchStrategy[JsonValue]] = {
        FieldType.TEXT: st.from_regex(decl.pattern, fullmatch=True) if decl.pattern else plain,
        FieldType.LONG_TEXT: plain,
        FieldType.INTEGER: st.integers(-(10**6), 10**6),
        FieldType.BOOLEAN: st.booleans(),
        FieldType.DATE: days.map(_date_text),
        FieldType.PARTIAL_DATE: st.one_of(
            days.map(_date_text), days.map(lambda d: d.isoformat()[:4])
        ),
        FieldType.DATETIME: st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)
        ).map(lambda t: t.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")),
        FieldType.CHOICE: st.sampled_from(decl.choices) if decl.choices else st.nothing(),
        FieldType.CHOICES: st.lists(
            st.sampled_from(decl.choices or ("x",)), max_size=3, unique=True
        ),
        FieldType.TEXT_LIST: st.lists(plain.filter(str.strip), max_size=3, unique=True),
        FieldType.REFERENCE: st.uuids().map(str),
        FieldType.JSON: st.dictionaries(
            st.text(max_size=4), st.integers(0, 9) | st.booleans() | plain, max_size=3
        ),
    }
    return by_type[decl.type]


def value_for(decl: Field) -> st.SearchStrategy[JsonValue]:
    """A value the schema accepts for `decl` (None only for optional fields)."""
    valid = _raw_value(decl).filter(lambda v: field_error(decl, v) is None)
    return valid if decl.required else st.none() | valid


hlcs = st.builds(
    lambda wall, counter, node: str(Hlc(wall, counter, node)),
    st.integers(1_700_000_000_000, 1_700_000_100_000),
    st.integers(0, 3),
    st.sampled_from(["laptop-a", "laptop-b", "laptop-c", "service"]),
)


@st.composite
def server_rows(draw: st.DrawFn, declaration: Entity) -> ServerRow:
    values = {decl.name: draw(value_for(decl)) for decl in declaration.fields}
    stamped = draw(st.lists(st.sampled_from(declaration.field_names), unique=True))
    version = draw(st.integers(1, 40))
    archived = draw(st.booleans())
    archive_version = draw(st.integers(1, version)) if archived else draw(st.integers(0, version))
    return ServerRow(values, version, archived, {n: draw(hlcs) for n in stamped}, archive_version)


def _editable(declaration: Entity) -> list[Field]:
    return [
        decl
        for decl in declaration.fields
        if decl.merge is not MergeClass.IMMUTABLE and (declaration.name, decl.name) not in LOCKS
    ]


@st.composite
def field_changes(draw: st.DrawFn, decl: Field, current: JsonValue) -> FieldChange:
    """A change as a client makes it: on the value it saw (often the current one)."""
    saw = draw(st.sampled_from(["current", "other"]))
    old = current if saw == "current" else draw(value_for(decl))
    return FieldChange(old, draw(value_for(decl)))


@st.composite
def updates(
    draw: st.DrawFn, declaration: Entity, server: ServerRow, fields: list[Field] | None = None
) -> ClientEdit:
    pool = fields if fields is not None else _editable(declaration)
    chosen = draw(
        st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique_by=lambda f: f.name)
    )
    changes = {f.name: draw(field_changes(f, server.values[f.name])) for f in chosen}
    base = draw(st.integers(0, server.version))
    return ClientEdit(declaration.name, ROW_ID, MutationOp.UPDATE, base, changes, draw(hlcs))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[ServerRow, ClientEdit]:
    declaration = draw(st.sampled_from(EDITABLE))
    server = draw(server_rows(declaration))
    op = draw(st.sampled_from([MutationOp.UPDATE] * 3 + [MutationOp.ARCHIVE, MutationOp.UNARCHIVE]))
    if op is MutationOp.UPDATE:
        return server, draw(updates(declaration, server))
    base = draw(st.integers(0, server.version))
    return server, ClientEdit(declaration.name, ROW_ID, op, base, {}, draw(hlcs))


def _took_effect(outcome: MergeOutcome) -> bool:
    return outcome not in {Out.CONFLICT_OPENED, Out.LWW_DISCARDED, Out.REJECTED}


@merge_settings
@given(scenarios())
def test_applying_the_same_mutation_twice_equals_applying_it_once(
    scenario: tuple[ServerRow, ClientEdit],
) -> None:
    server, client_edit = scenario
    once = merge(client_edit, server)
    twice = merge(client_edit, once.row)

    assert twice.row == once.row
    for first, second in zip(once.fields, twice.fields, strict=False):
        if _took_effect(first.outcome):
            assert second.outcome is Out.CONVERGED, (first, second)
        else:
            assert second == first
    assert all(conflict in once.conflicts for conflict in twice.conflicts)


@st.composite
def disjoint_pairs(draw: st.DrawFn) -> tuple[ServerRow, ClientEdit, ClientEdit]:
    declaration = draw(st.sampled_from([e for e in EDITABLE if len(_editable(e)) > 1]))
    server = draw(server_rows(declaration))
    pool = _editable(declaration)
    split = draw(st.permutations(pool))
    cut = draw(st.integers(1, len(split) - 1))
    # Both clients saw this very row: their `old` is the current value of each field.
    first, second = (
        _saw_current(draw(updates(declaration, server, split[:cut])), server),
        _saw_current(draw(updates(declaration, server, split[cut:])), server),
    )
    return server, first, second


def _saw_current(client_edit: ClientEdit, server: ServerRow) -> ClientEdit:
    changes = {n: FieldChange(server.values[n], c.new) for n, c in client_edit.changes.items()}
    return ClientEdit(
        client_edit.entity, ROW_ID, client_edit.op, server.version, changes, client_edit.client_hlc
    )


def _apply_in_order(server: ServerRow, *edits: ClientEdit) -> ServerRow | None:
    row: ServerRow | None = server
    for client_edit in edits:
        row = merge(client_edit, row).row
    return row


@merge_settings
@given(disjoint_pairs())
def test_disjoint_edits_from_two_clients_commute(
    pair: tuple[ServerRow, ClientEdit, ClientEdit],
) -> None:
    server, first, second = pair

    assert _apply_in_order(server, first, second) == _apply_in_order(server, second, first)


def _client_value(client_edit: ClientEdit, name: str) -> JsonValue:
    if name in client_edit.changes:
        return client_edit.changes[name].new
    return {MutationOp.ARCHIVE: True, MutationOp.UNARCHIVE: False}.get(client_edit.op, False)


def _server_value(server: ServerRow, name: str) -> JsonValue:
    return server.archived if name == "archived" else server.values[name]


@merge_settings
@given(scenarios())
def test_a_conflict_always_keeps_both_values(scenario: tuple[ServerRow, ClientEdit]) -> None:
    server, client_edit = scenario
    result = merge(client_edit, server)

    for conflict in result.conflicts:
        assert same_value(conflict.client, _client_value(client_edit, conflict.field))
        assert same_value(conflict.server, _server_value(server, conflict.field))
        assert result.row is not None
        assert same_value(_server_value(result.row, conflict.field), conflict.server)


def _kept(result: MergeResult, client_edit: ClientEdit, name: str, value: JsonValue) -> bool:
    (outcome,) = [f for f in result.fields if f.field == name]
    if outcome.outcome in {Out.LWW_DISCARDED, Out.REJECTED}:
        return same_value(outcome.client, value)  # audited with the client's value
    if outcome.outcome is Out.CONFLICT_OPENED:
        return any(c.field == name and same_value(c.client, value) for c in result.conflicts)
    return result.row is not None and same_value(_server_value(result.row, name), value)


@merge_settings
@given(scenarios())
def test_no_outcome_loses_the_client_value_silently(scenario: tuple[ServerRow, ClientEdit]) -> None:
    server, client_edit = scenario
    result = merge(client_edit, server)

    names = list(client_edit.changes) or ["archived"]
    assert sorted(f.field for f in result.fields if f.field in names) == sorted(names)
    for name in names:
        assert _kept(result, client_edit, name, _client_value(client_edit, name)), name


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def junk_edits(draw: st.DrawFn) -> tuple[ServerRow | None, ClientEdit]:
    """Anything a broken or hostile client could send, against any row."""
    name = draw(st.sampled_from([*ENTITIES, "dossier", ""]))
    known = list(ENTITIES[name].field_names) if name in ENTITIES else []
    fields = st.sampled_from([*known, "archived", "nickname"]) if known else st.just("nickname")
    changes = draw(
        st.dictionaries(fields, st.builds(FieldChange, json_values, json_values), max_size=3)
    )
    op = draw(st.sampled_from(list(MutationOp)))
    client_hlc = draw(hlcs | st.text(max_size=5))
    conflict_id = draw(st.none() | st.just("0190d8a0-1c2b-7000-8000-00000000c001"))
    base = draw(st.integers(0, 50))
    server = draw(st.none() | server_rows(ENTITIES[name])) if name in ENTITIES else None
    return server, ClientEdit(name, ROW_ID, op, base, changes, client_hlc, conflict_id)


@merge_settings
@given(junk_edits())
def test_junk_is_rejected_with_a_code_and_never_written(
    scenario: tuple[ServerRow | None, ClientEdit],
) -> None:
    server, client_edit = scenario
    result = merge(client_edit, server)

    if result.outcome is Out.REJECTED:
        assert result.rejection is not None
        assert result.row is server
        return
    declaration = ENTITIES[client_edit.entity]
    assert result.row is not None
    for name, value in result.row.values.items():
        if server is None or not same_value(value, server.values.get(name)):
            assert field_error(declaration.field(name), value) is None, name
