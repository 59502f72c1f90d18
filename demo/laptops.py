"""The demo's two laptops: created and enrolled the real way, synced by the real sync client.

Laptop A is the app's data dir; laptop B is a headless "second laptop" in its own data dir.
Everything here is what the enrolment wizard and `Sync now` do, without the window.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from demo.state import PASSWORD, DemoError, Worker
from desktop.demo_profile import DEMO_PASSPHRASE
from storage.demo_data import DemoCase, insert_case_work
from storage.profiles import ProfileInfo, Workspace
from storage.services.avrr import ReturnAssistanceService
from storage.sittings import sittings_of
from storage.tables import conflict
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.engine import RunOutcome, sync_unlocked, transport_for
from sync.client.enrol import enrol, fetch_recovery_key
from sync.client.layout import ProfileFiles, read_device, write_device
from sync.client.sealer import seal_outbox
from sync.client.transport import SyncFailure, Transport

CONFLICT_FIELD = "accommodation"


@dataclass(frozen=True, slots=True)
class Laptop:
    """One unlocked demo profile and the laptop (data dir) it lives on."""

    workspace: Workspace
    profile: OpenProfile

    @property
    def info(self) -> ProfileInfo:
        return self.profile.info


def create_laptop(root: Path, worker: Worker, *, url: str, code: str, device: str) -> ProfileInfo:
    """A new profile for `worker` in `root`, wrapped to the organisation's recovery key that
    the service publishes, and enrolled with a one-time code (as the enrolment wizard does)."""
    workspace = Workspace(root)
    with closing(Transport(url)) as transport:
        recovery_public_key = fetch_recovery_key(url, transport=transport)
        info = workspace.create_profile(
            login=worker.login,
            display_name=worker.name,
            passphrase=DEMO_PASSPHRASE,
            recovery_public_key=recovery_public_key,
        )
        profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
        try:
            enrol(
                workspace,
                profile,
                service_url=url,
                code=code,
                login=worker.login,
                password=PASSWORD,
                device_name=device,
                transport=transport,
            )
        except SyncFailure as failure:
            raise DemoError("enrolment_failed", f"{worker.login}: {failure.code}") from failure
        finally:
            profile.lock()
    return info


def only_profile(root: Path) -> ProfileInfo:
    """The one profile on a demo laptop."""
    profiles = Workspace(root).list_profiles()
    if len(profiles) != 1:
        raise DemoError("laptop_broken", f"{root}: {len(profiles)} profiles")
    return profiles[0]


@contextmanager
def opened(root: Path) -> Iterator[Laptop]:
    """The laptop's profile, unlocked with the demo passphrase; sealed and locked afterwards."""
    workspace = Workspace(root)
    profile = unlock_profile(workspace, only_profile(root).profile_id, DEMO_PASSPHRASE)
    try:
        yield Laptop(workspace, profile)
    finally:
        seal_outbox(profile)  # as the app does at lock: the next locked sync can send it
        profile.lock()


def sync(laptop: Laptop) -> RunOutcome:
    """One full sync (seal, push, pull, apply), as `Sync now` runs it."""
    device = read_device(laptop.workspace.root)
    if device is None:
        raise DemoError("laptop_not_enrolled", str(laptop.workspace.root))
    with closing(transport_for(device)) as transport:
        outcome = sync_unlocked(laptop.workspace, laptop.profile, transport)
    if outcome.error:
        raise DemoError("sync_failed", f"{laptop.info.login}: {outcome.error}")
    return outcome


def point_to(root: Path, url: str) -> None:
    """The service moved (another port this time): the laptop's device credential follows."""
    device = read_device(root)
    if device is not None and device.service_url != url:
        write_device(root, replace(device, service_url=url))


def is_enrolled(root: Path) -> bool:
    """A device credential beside the profiles and a service profile id for the profile."""
    state = ProfileFiles(only_profile(root)).state()
    return read_device(root) is not None and state.server_profile_id is not None


def case_ids(laptop: Laptop) -> dict[str, str]:
    """Case number -> id of every case on the laptop."""
    return {r["case_number"]: r.id for r in laptop.profile.records.list("case")}


def add_case_work(laptop: Laptop, cases: Sequence[DemoCase]) -> int:
    """The generated notes, tasks and interviews of `cases`, written by this caseworker into
    the imported cases (the import carries cases and persons only)."""
    ids = case_ids(laptop)
    written = 0
    for demo in cases:
        case_id = ids.get(demo.case["case_number"])
        if case_id is None:
            raise DemoError("case_missing", f"{laptop.info.login}: {demo.case['case_number']}")
        with laptop.profile.store.write():  # one transaction per case
            insert_case_work(laptop.profile.records, case_id, demo)
        if demo.return_assistance:
            register_return(laptop, case_id)
        written += 1
    return written


def register_return(laptop: Laptop, case_id: str) -> None:
    """Move the case's return assistance from counselling to registered, as a caseworker
    would, so its travel reminders are created from the deadline rules."""
    profile = laptop.profile
    service = ReturnAssistanceService(profile.context, profile.records, profile.casework)
    record = service.load(case_id).record
    if record is None or record["status"] != "counselling":
        return
    today = date.fromtimestamp(profile.context.clock())
    service.move(record.id, "registered", expected_hlc=record.updated_hlc, today=today)


def showcase_report(laptop: Laptop) -> dict[str, list[dict[str, object]]]:
    """The return assistance in progress and the finalised interviews on the laptop, by
    case number: what the demo points a new user to."""
    records = laptop.profile.records
    numbers = {r.id: r["case_number"] for r in records.list("case")}
    returns = [
        {"case_number": numbers.get(str(r.case_id)), "status": r["status"]}
        for r in records.list("return_assistance")
    ]
    interviews = [
        {"case_number": numbers.get(str(r.case_id)), "sittings": len(sittings_of(r.values))}
        for r in records.list("interview")
        if r["status"] == "finalised"
    ]
    return {"return_assistance": returns, "finalised_interviews": interviews}


def open_conflicts(laptop: Laptop) -> int:
    """Open conflicts and rejections in the profile's inbox."""
    with laptop.profile.store.read() as conn:
        query = select(func.count()).select_from(conflict).where(conflict.c.status == "open")
        return int(conn.execute(query).scalar_one())


def stage_conflict(
    a: Laptop, b: Laptop, case_number: str, round_: int, *, catch_up: bool = True
) -> None:
    """A and B record a different accommodation for the same case while offline; B syncs
    first, so A's sync meets B's value and a conflict opens in A's inbox. `catch_up` first
    brings both to the service's current version of the case (not needed right after both
    synced)."""
    if catch_up:
        sync(a)
        sync(b)
    room = 10 + round_
    edits = (
        (a, f"Centre d'hébergement Les Tilleuls, ch. {room}"),
        (b, f"Kollektivunterkunft Nord, Zimmer {room + 20}"),
    )
    for laptop, value in edits:
        case_id = case_ids(laptop).get(case_number)
        if case_id is None:
            raise DemoError("case_missing", f"{laptop.info.login}: {case_number}")
        laptop.profile.records.update("case", case_id, {CONFLICT_FIELD: value})
    sync(b)
    sync(a)
