"""The laptops of the sync client benchmark: real enrolled profiles, and their edits.

The service's users and cases come from `bench.service_laptops.seed_fleet` (the service's own
importer, `generate_cases` data); each laptop is a real caseworker profile enrolled with a
one-time code through `sync.client.enrol` (`tests.sync.laptop`, shared with the sync tests)
and synced by the real engine. The edits are made through the store's services, one
transaction each, and sealed as the app seals them after each write, before any clock runs.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bench.service_laptops import PASSWORD, enrolment_codes
from bench.service_laptops import Laptop as WireLaptop
from storage.tables import outbox
from storage.unlocked import OpenProfile
from sync.client.sealer import seal_outbox
from sync.client.transport import RetryPolicy
from sync.server.db.database import Database
from tests.sync.laptop import Laptop, create_laptop_template, enrol_laptop

REAL_RETRY = RetryPolicy()  # the client's own defaults, not the tests' fast ones
REAL_TIMEOUT = (5.0, 120.0)
STREETS = ("Bahnhofstrasse", "Rue de Lausanne", "Via Cantonale", "Feldweg", "Hauptgasse")


def enrol_fleet(
    root: Path, db: Database, fleet: Sequence[WireLaptop], url: str, *, now: datetime
) -> list[Laptop]:
    """A real profile per seeded user, each in its own data directory, enrolled at `url`."""
    template = create_laptop_template(root / "laptop-template")
    codes = enrolment_codes(db, list(fleet), now=now)
    return [
        enrol_laptop(
            template,
            root / f"laptop-{seeded.login}",
            login=seeded.login,
            url=url,
            code=code,
            password=PASSWORD,
            device_name=f"LAPTOP-{seeded.index + 1:02d}",
            retry=REAL_RETRY,
            timeout=REAL_TIMEOUT,
        )
        for seeded, code in zip(fleet, codes, strict=True)
    ]


def edit_cases(profile: OpenProfile, count: int, notes: Sequence[str], seed: int) -> int:
    """`count` edits through the services: about half new notes, the rest case updates
    (accommodation, summary) and person updates (phone); then sealed. Returns the mutations
    waiting in the outbox."""
    rng = random.Random(seed)
    cases = [c.id for c in profile.records.list("case")]
    for n in range(1, count + 1):
        case_id = rng.choice(cases)
        pick = rng.random()
        if pick < 0.5:
            body = " ".join(rng.choice(notes) for _ in range(rng.randint(2, 6)))
            profile.records.create("note", {"body": body}, case_id=case_id)
        elif pick < 0.8:
            street = f"{rng.choice(STREETS)} {rng.randint(1, 240)}, Zimmer {n}"
            profile.records.update("case", case_id, {"accommodation": street})
        else:
            links = profile.records.list("case_person", case_id=case_id)
            if not links:
                profile.records.update("case", case_id, {"summary": f"Nachtrag {n} (fiktiv)."})
                continue
            person_id = rng.choice(links)["person_id"]
            phone = f"+41 7{rng.randint(5, 9)} {rng.randint(100, 999)} {n % 100:02d} 00"
            profile.records.update("person", person_id, {"phone": phone})
    seal_outbox(profile)
    return pending(profile)


def pending(profile: OpenProfile) -> int:
    """Mutations in the store's outbox (not yet acknowledged)."""
    with profile.store.read() as conn:
        return len(conn.execute(select(outbox.c.mutation_seq)).fetchall())


def outbox_mutations(profile: OpenProfile) -> list[dict[str, object]]:
    """The outbox rows, oldest first."""
    with profile.store.read() as conn:
        query = select(outbox).order_by(outbox.c.mutation_seq)
        return [dict(row) for row in conn.execute(query).mappings()]
