"""Every operation of the local services writes exactly its audit event (AUD-1, issue 7).

The operations are found by introspection, not listed by hand: every public method of every
service class in `storage/services/*` and of the `OpenProfile` facade (and of the classes it
holds), and every public module function there that works on the store (takes a `Connection`
or a `Store`). Each must appear below, either in `AUDITED` with what it writes, run on a real
encrypted profile, or in `NOT_AUDITED` with why it writes nothing. A new operation that is
in neither fails `test_every_service_operation_is_accounted_for`; one that writes another
event than declared, or none, fails `test_each_operation_writes_exactly_its_audit_events`.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import io
import pkgutil
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

import pytest
from sqlalchemy import Connection, func, select

import storage.services
from storage.database import Store
from storage.profiles import Workspace
from storage.tables import audit_event
from storage.unlocked import OpenProfile, unlock_profile
from tests.integration.storage.conftest import PASSPHRASE
from tests.integration.storage.test_casework import CASE, complete_answers

Event = tuple[str, str]  # (action, object_type)


@dataclass
class World:
    """A profile with one of everything, and the services that are not on the facade yet."""

    profile: OpenProfile
    case_id: str
    person_id: str
    other_person_id: str
    link_id: str
    task_id: str
    interview_id: str
    finalised_id: str
    attachment_id: str
    extra: dict[str, Any] = field(default_factory=dict)

    def service(self, name: str) -> Any:
        """A service by class name (built from the profile's parts when not on the facade)."""
        return SERVICES[name](self.profile)


def _build(class_path: str, *parts: str) -> Callable[[OpenProfile], Any]:
    module_name, class_name = class_path.rsplit(".", 1)

    def build(profile: OpenProfile) -> Any:
        cls = getattr(importlib.import_module(module_name), class_name)
        return cls(profile.context, *(getattr(profile, part) for part in parts))

    return build


# How to reach each service class; a new class needs a line here.
SERVICES: dict[str, Callable[[OpenProfile], Any]] = {
    "OpenProfile": lambda p: p,
    "RecordService": lambda p: p.records,
    "CaseworkService": lambda p: p.casework,
    "AttachmentService": lambda p: p.attachments,
    "CaseSummaries": lambda p: p.summaries,
    "SearchIndex": lambda p: p.search,
    "ProtocolExports": _build("storage.services.exports.ProtocolExports", "records", "casework"),
    "AccessExports": _build(
        "storage.services.exports_access.AccessExports", "records", "casework", "attachments"
    ),
    "PersonMergeService": _build("storage.services.persons_merge.PersonMergeService", "records"),
    "ReturnAssistanceService": _build(
        "storage.services.avrr.ReturnAssistanceService", "records", "casework"
    ),
}


def _avrr(w: World) -> Any:
    """The case's return assistance, started once (counselling, eligible, travel planned)."""
    service = w.service("ReturnAssistanceService")
    if "avrr" not in w.extra:
        values = {"programme": "RIF", "country": "IQ", "eligible": True}
        w.extra["avrr"] = service.start(w.case_id, values | {"travel_date": "2027-03-01"})
    return w.extra["avrr"]


# Facade members that are not services of their own, and why.
NOT_SERVICES = {
    "Store": "the encrypted database under the services; its callers are enumerated here",
}


@dataclass(frozen=True)
class Audited:
    """An operation, run once, and the audit events it must write, in order.

    `also` lists events a composite operation may write besides (those of the writes it is
    made of); `events` are then each required exactly once.
    """

    run: Callable[[World], object]
    events: tuple[Event, ...]
    also: frozenset[Event] = frozenset()


def _person(world: World) -> str:
    _, person = world.profile.casework.add_person_to_case(
        world.case_id, {"family_name": "Testperson"}, "spouse"
    )
    return person.id


AUDITED: dict[str, Audited] = {
    "OpenProfile.lock": Audited(lambda w: w.profile.lock(), (("lock", "profile"),)),
    "RecordService.create": Audited(
        lambda w: w.profile.records.create("case", CASE | {"case_number": "ZH-2026-000001"}),
        (("create", "case"),),
    ),
    "RecordService.update": Audited(
        lambda w: w.profile.records.update("case", w.case_id, {"summary": "neu"}),
        (("update", "case"),),
    ),
    "RecordService.archive": Audited(
        lambda w: w.profile.records.archive("task", w.task_id), (("archive", "task"),)
    ),
    "RecordService.get": Audited(
        lambda w: (
            w.profile.records.get("case", w.case_id),
            w.profile.records.get("person", w.person_id),
        ),
        (("read", "case"), ("read", "person")),
    ),
    "CaseworkService.create_deadline_task": Audited(
        lambda w: w.profile.casework.create_deadline_task(
            w.case_id, "ch_asylum_appeal_extended", date(2026, 11, 25)
        ),
        (("create", "task"),),
    ),
    "CaseworkService.set_task_done": Audited(
        lambda w: w.profile.casework.set_task_done(w.task_id, True), (("update", "task"),)
    ),
    "CaseworkService.start_interview": Audited(
        lambda w: w.profile.casework.start_interview(w.case_id, "initial_interview", "ar", None),
        (("create", "interview"),),
    ),
    "CaseworkService.open_interview": Audited(
        lambda w: w.profile.casework.open_interview(w.interview_id), (("read", "interview"),)
    ),
    "CaseworkService.save_answers": Audited(
        lambda w: w.profile.casework.save_answers(
            w.interview_id, complete_answers(w.profile.casework.templates()["initial_interview"])
        ),
        (("update", "interview"),),
    ),
    "CaseworkService.set_participants": Audited(
        lambda w: w.profile.casework.set_participants(
            w.interview_id, language="fa", interpreter="I-7"
        ),
        (("update", "interview"),),
    ),
    "CaseworkService.finalise_interview": Audited(
        lambda w: w.profile.casework.finalise_interview(w.extra["complete_id"]),
        (("update", "interview"),),
    ),
    "CaseworkService.interrupt_interview": Audited(
        lambda w: w.profile.casework.interrupt_interview(w.interview_id, "Unwell"),
        (("update", "interview"),),
    ),
    "CaseworkService.continue_interview": Audited(
        lambda w: w.profile.casework.continue_interview(
            w.extra["paused_id"], language="ar", interpreter="I-8"
        ),
        (("update", "interview"),),
    ),
    "CaseworkService.add_addendum": Audited(
        lambda w: w.profile.casework.add_addendum(w.finalised_id), (("create", "interview"),)
    ),
    "CaseworkService.add_person_to_case": Audited(
        _person, (("create", "person"), ("create", "case_person"))
    ),
    "CaseworkService.change_role": Audited(
        lambda w: w.profile.casework.change_role(w.link_id, "child"),
        (("update", "case_person"),),
    ),
    "CaseworkService.add_note": Audited(
        lambda w: w.profile.casework.add_note(w.case_id, "Notiz"), (("create", "note"),)
    ),
    "AttachmentService.add": Audited(
        lambda w: w.profile.attachments.add(
            w.case_id, io.BytesIO(b"%PDF-1.7 test"), filename="a.pdf", media_type="application/pdf"
        ),
        (("create", "attachment"),),
    ),
    "AttachmentService.read": Audited(
        lambda w: w.profile.attachments.read(w.attachment_id), (("read", "attachment"),)
    ),
    "ProtocolExports.protocol": Audited(
        lambda w: w.service("ProtocolExports").protocol(w.finalised_id, language="de"),
        (("export", "interview"),),
    ),
    "ProtocolExports.export_failed": Audited(
        lambda w: w.service("ProtocolExports").export_failed(
            w.finalised_id, purpose="pdf", error="disk_full"
        ),
        (("export", "interview"),),
    ),
    "AccessExports.export_failed": Audited(
        lambda w: w.service("AccessExports").export_failed(w.person_id, error="io_error"),
        (("export", "person"),),
    ),
    "AccessExports.person_export": Audited(
        lambda w: w.service("AccessExports").person_export(w.person_id, language="de"),
        (("export", "person"),),
    ),
    "PersonMergeService.compare": Audited(
        lambda w: w.service("PersonMergeService").compare(w.person_id, w.other_person_id),
        (("read", "person"), ("read", "person")),
    ),
    "PersonMergeService.dismiss": Audited(
        lambda w: w.service("PersonMergeService").dismiss(
            w.case_id, w.person_id, w.other_person_id
        ),
        (("dismiss_duplicate", "person"),),
        frozenset({("create", "person_merge")}),
    ),
    "PersonMergeService.merge": Audited(
        lambda w: w.service("PersonMergeService").merge(w.case_id, w.other_person_id, w.person_id),
        (("merge", "person"),),
        frozenset(
            {
                ("archive", "person"),
                ("update", "person"),
                ("create", "person_merge"),
                ("update", "case_person"),
                ("archive", "case_person"),
                ("create", "case_person"),
            }
        ),
    ),
    "ReturnAssistanceService.start": Audited(_avrr, (("create", "return_assistance"),)),
    "ReturnAssistanceService.save": Audited(
        lambda w: w.service("ReturnAssistanceService").save(
            _avrr(w).id,
            {"reintegration_budget": 1500},
            expected_hlc=_avrr(w).updated_hlc,
            today=date(2026, 11, 27),
        ),
        (("update", "return_assistance"),),
        frozenset({("create", "return_assistance")}),
    ),
    "ReturnAssistanceService.move": Audited(
        lambda w: w.service("ReturnAssistanceService").move(
            _avrr(w).id, "registered", expected_hlc=_avrr(w).updated_hlc, today=date(2026, 11, 27)
        ),
        (("update", "return_assistance"),),
        frozenset({("create", "return_assistance"), ("create", "task")}),
    ),
    "PersonMergeService.undo": Audited(
        lambda w: w.service("PersonMergeService").undo(
            w.service("PersonMergeService").merge(w.case_id, w.other_person_id, w.person_id).id
        ),
        (("merge", "person"), ("unmerge", "person")),
        frozenset(
            {
                ("archive", "person"),
                ("unarchive", "person"),
                ("update", "person"),
                ("create", "person_merge"),
                ("archive", "person_merge"),
                ("update", "case_person"),
                ("archive", "case_person"),
                ("unarchive", "case_person"),
                ("create", "case_person"),
            }
        ),
    ),
}

_NO_OPEN = "no record is opened (DESIGN §5.5: a read is opening a case or a person)"
NOT_AUDITED: dict[str, str] = {
    "RecordService.list": "list lines of one kind; " + _NO_OPEN,
    "RecordService.count": "a number",
    "CaseworkService.rules": "configuration: the deadline rules, no case data",
    "CaseworkService.templates": "configuration: the interview templates, no case data",
    "CaseworkService.deadline_options": "the case's region code and the rules; " + _NO_OPEN,
    "CaseworkService.preview_deadline": "a date computed from a rule; " + _NO_OPEN,
    "CaseworkService.history": "audit events and changed field names of an opened case",
    "CaseSummaries.rows": "the case list's lines; " + _NO_OPEN,
    "CaseSummaries.row": "one case list line again after an edit; " + _NO_OPEN,
    "CaseSummaries.pending_count": "a number",
    "CaseSummaries.history": "audit events and changed field names of an opened case",
    "SearchIndex.index": "runs inside the audited write it indexes",
    "SearchIndex.remove": "runs inside the audited write or eviction it unindexes",
    "SearchIndex.remove_many": "runs inside the sync apply that replaces the rows it unindexes",
    "SearchIndex.clear": "drops the in-memory name index at lock",
    "SearchIndex.warm_up": "builds the in-memory name index after unlock",
    "SearchIndex.search": "hits are list lines; opening a hit is the audited read",
    "PersonMergeService.merge_of": "a lookup of a merge decision; " + _NO_OPEN,
    "PersonMergeService.decisions_for_case": "merge decisions of a case; " + _NO_OPEN,
    "ReturnAssistanceService.load": "the return tab's record and reminders; " + _NO_OPEN,
    "AttachmentService.with_file": "which attachments have their file here; nothing is read",
    "records.pending_mutations": "sync plumbing: the outbox for the sealer",
    "sync_marks.case_sync_marks": "counts of pending changes and conflicts per case",
}


# --- enumeration --------------------------------------------------------------------------


def _service_modules() -> Iterator[Any]:
    for found in pkgutil.iter_modules(storage.services.__path__):
        yield importlib.import_module(f"storage.services.{found.name}")


def _is_service_class(obj: Any) -> bool:
    return inspect.isclass(obj) and not (
        dataclasses.is_dataclass(obj) or issubclass(obj, (Enum, Exception, tuple))
    )


def _methods(cls: type) -> Iterator[str]:
    for name, _ in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            yield f"{cls.__name__}.{name}"


def _works_on_store(function: Any) -> bool:
    try:
        hints = typing.get_type_hints(function)
    except NameError:  # an annotation imported only for type checking: go by the names
        return bool({"conn", "store"} & set(inspect.signature(function).parameters))
    return any(hint in (Connection, Store) for name, hint in hints.items() if name != "return")


def operations() -> set[str]:
    """Every public operation of the local services, found by introspection."""
    found: set[str] = set(_methods(OpenProfile))
    classes: list[type] = []
    for module in _service_modules():
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if _is_service_class(obj):
                classes.append(obj)
            elif inspect.isfunction(obj) and _works_on_store(obj):
                found.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    for hint in typing.get_type_hints(OpenProfile).values():
        if _is_service_class(hint) and hint.__name__ not in NOT_SERVICES:
            classes.append(hint)
    for cls in classes:
        found |= set(_methods(cls))
    return found


def test_every_service_operation_is_accounted_for() -> None:
    found = operations()
    missing = sorted(found - set(AUDITED) - set(NOT_AUDITED))
    assert not missing, f"add to AUDITED (with its event) or NOT_AUDITED (with why): {missing}"
    stale = sorted((set(AUDITED) | set(NOT_AUDITED)) - found)
    assert not stale, f"no such operation any more: {stale}"
    assert not set(AUDITED) & set(NOT_AUDITED)
    classes = {name.split(".")[0] for name in found if name[0].isupper()}
    assert classes <= set(SERVICES), f"say how to reach: {sorted(classes - set(SERVICES))}"


def test_a_new_service_operation_is_found_without_being_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The guard itself: what `test_every_service_operation_is_accounted_for` would report.
    from storage.services.records import RecordService

    def purge(self: RecordService, record_id: str) -> None: ...

    monkeypatch.setattr(RecordService, "purge", purge, raising=False)
    unaccounted = operations() - set(AUDITED) - set(NOT_AUDITED)
    assert unaccounted == {"RecordService.purge"}


# --- running each audited operation --------------------------------------------------------


@pytest.fixture
def world(profile: OpenProfile) -> World:
    casework = profile.casework
    case_id = profile.records.create("case", CASE).id
    link, person = casework.add_person_to_case(case_id, {"family_name": "Muster"}, "applicant")
    _, other = casework.add_person_to_case(case_id, {"family_name": "Mustre"}, "spouse")
    task = casework.create_deadline_task(case_id, "ch_asylum_appeal_extended", date(2026, 11, 2))
    draft = casework.start_interview(case_id, "initial_interview", "ar", None)
    template = casework.templates()["initial_interview"]
    complete = casework.start_interview(case_id, "initial_interview", "ar", None)
    casework.save_answers(complete.id, complete_answers(template))
    finalised = casework.start_interview(case_id, "initial_interview", "ar", None)
    casework.save_answers(finalised.id, complete_answers(template))
    casework.finalise_interview(finalised.id)
    paused = casework.start_interview(case_id, "initial_interview", "ar", None)
    casework.interrupt_interview(paused.id)
    attachment = profile.attachments.add(
        case_id, io.BytesIO(b"scan"), filename="scan.png", media_type="image/png"
    )
    return World(
        profile,
        case_id,
        person.id,
        other.id,
        link.id,
        task.id,
        draft.id,
        finalised.id,
        attachment.id,
        {"complete_id": complete.id, "paused_id": paused.id},
    )


def _events_after(profile: OpenProfile, seq: int) -> list[Event]:
    with profile.store.read() as conn:
        rows = conn.execute(
            select(audit_event.c.action, audit_event.c.object_type)
            .where(audit_event.c.seq > seq)
            .order_by(audit_event.c.seq)
        )
        return [(action, object_type) for action, object_type in rows]


def _last_seq(profile: OpenProfile) -> int:
    with profile.store.read() as conn:
        return int(conn.execute(select(func.max(audit_event.c.seq))).scalar() or 0)


@pytest.mark.parametrize("name", sorted(AUDITED))
def test_each_operation_writes_exactly_its_audit_events(
    name: str, world: World, workspace: Workspace
) -> None:
    expected = AUDITED[name]
    before = _last_seq(world.profile)

    expected.run(world)

    if world.profile.is_locked:  # `lock`: read the events after opening the store again
        world.profile = unlock_profile(workspace, world.profile.profile_id, PASSPHRASE)
    written = _events_after(world.profile, before)
    if name == "OpenProfile.lock":
        written = written[: written.index(("unlock", "profile"))]  # ours, to look
    if not expected.also:
        assert written == list(expected.events), name
        return
    own = [event for event in written if event in expected.events]
    assert sorted(own) == sorted(expected.events), (name, written)
    assert set(written) - set(expected.events) <= expected.also, (name, written)
