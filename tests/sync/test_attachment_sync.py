"""Attachments end to end: real SQLCipher laptops, uvicorn on 127.0.0.1, both backends.

A scan attached offline goes up as a sealed stream before its row (also from a locked
profile), resumes at the service's offset after an interruption (F36), and comes down to the
other laptop verified and re-encrypted; a corrupted or truncated download is retried and never
shown (F37); nothing "already there" is skipped unless the service verified it (F38).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.errors import ErrorCode, StoreError
from sync.client.blobs import UPLOAD_CHUNK, BlobFiles
from sync.server.db.blob_tables import blob, blob_upload
from tests.reliability.faultproxy import Fault, FaultProxy, when
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def scan(size: int, seed: int = 7) -> bytes:
    """Bytes that do not compress, each 32-byte window unique (a canary for plaintext)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def attach(laptop: Laptop, case_id: str, data: bytes) -> str:
    record = laptop.unlock().attachments.add(
        case_id, io.BytesIO(data), filename="Pass.png", media_type="image/png"
    )
    return record.id


def plaintext_on_disk(root: Path, data: bytes) -> list[Path]:
    canaries = [data[i : i + 32] for i in range(0, len(data) - 32, len(data) // 5)]
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            if any(c in content for c in canaries):
                hits.append(path)
    return hits


def service_rows(app: FastAPI, table: object) -> list[dict[str, object]]:
    with app.state.context.db.read() as conn:
        return [dict(r) for r in conn.execute(select(table)).mappings()]  # type: ignore[call-overload]


def test_a_scan_attached_offline_reaches_the_other_laptop_with_the_same_bytes(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-40", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    data = scan(300_000)
    attachment_id = attach(anna, case_id, data)  # offline: nothing has moved yet

    outcome = anna.sync()
    assert outcome.error is None and outcome.moved.blobs == 1
    assert [r["sha256"] for r in service_rows(app, blob)] == [hashlib.sha256(data).hexdigest()]
    assert BlobFiles(anna.info).seqs() == []  # acknowledged: the sealed copy is gone

    got = ben.sync()
    assert got.error is None and got.attachments is not None and got.attachments.fetched == 1
    assert ben.unlock().attachments.read(attachment_id) == data
    assert plaintext_on_disk(ben.workspace.root, data) == []
    again = ben.sync()  # nothing left to fetch, nothing fetched twice
    assert again.attachments is not None and again.attachments.fetched == 0


def test_a_locked_profile_uploads_its_sealed_scan_without_the_passphrase(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-41", "anna", "ben")
    anna.sync()
    data = scan(200_000, seed=8)
    attachment_id = attach(anna, case_id, data)
    anna.lock()  # seals the outbox, and the scan for the service, then locks
    assert len(BlobFiles(anna.info).seqs()) == 1
    assert plaintext_on_disk(anna.workspace.root, data) == []

    outcome = anna.sync_locked()
    assert outcome.error is None and outcome.moved.blobs == 1 and outcome.moved.sent >= 1
    ben.sync()
    assert ben.unlock().attachments.read(attachment_id) == data


def test_an_upload_interrupted_at_70_percent_resumes_from_the_service_offset(
    app: FastAPI, make_laptop: Callable[[str], Laptop], service_url: str
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-42", "anna", "ben")
    anna.sync()
    data = scan(int(UPLOAD_CHUNK * 2.77), seed=9)  # three chunks; two of them are ~72 %
    attachment_id = attach(anna, case_id, data)
    anna.lock()
    cut = when(Fault.reset(after_bytes=4096), method="PATCH", path="/v1/blobs/", skip=2, times=None)
    with FaultProxy(service_url, cut) as proxy:
        failed = anna.sync_locked(proxy.url)
    assert failed.error is not None
    (upload,) = service_rows(app, blob_upload)
    assert upload["received"] == 2 * UPLOAD_CHUNK
    assert service_rows(app, blob) == []
    ben.sync()
    assert ben.unlock().records.list("attachment", case_id=case_id) == []  # row not visible

    # The next run asks the offset and sends only the rest; its answer is lost once after
    # the service committed, and the retry is told the new offset instead of appending twice.
    lost = when(Fault.drop_after_upstream(), method="PATCH", path="/v1/blobs/")
    with FaultProxy(service_url, lost) as proxy:
        resumed = anna.sync_locked(proxy.url)
        patches = [e for e in proxy.events if e.method == "PATCH"]
    assert resumed.error is None
    assert len(patches) == 2 and patches[0].ambiguous  # one chunk, sent once more
    assert service_rows(app, blob_upload) == []
    ben.sync()
    assert ben.unlock().attachments.read(attachment_id) == data


@pytest.mark.parametrize(
    "fault",
    [Fault.corrupt(offset=5_000), Fault.truncate(after_bytes=20_000)],
    ids=["corrupted", "truncated"],
)
def test_a_damaged_download_is_detected_retried_and_never_shown(
    app: FastAPI, make_laptop: Callable[[str], Laptop], service_url: str, fault: Fault
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-43", "anna", "ben")
    data = scan(150_000, seed=10)
    anna.sync()
    attachment_id = attach(anna, case_id, data)
    assert anna.sync().error is None

    always = when(fault, method="GET", path="/v1/blobs/", times=None)
    with FaultProxy(service_url, always) as proxy:
        outcome = ben.sync(proxy.url)
    assert outcome.attachments is not None and outcome.attachments.pending == 1
    profile = ben.unlock()
    assert [a.id for a in profile.records.list("attachment", case_id=case_id)] == [attachment_id]
    with pytest.raises(StoreError) as missing:
        profile.attachments.read(attachment_id)  # the row is there, its bytes are pending
    assert missing.value.code is ErrorCode.ATTACHMENT_MISSING
    assert list(profile.info.attachments_path.glob("*")) == []  # nothing half-written kept

    once = when(fault, method="GET", path="/v1/blobs/", times=1)
    with FaultProxy(service_url, once) as proxy:
        healed = ben.sync(proxy.url)
        gets = [e for e in proxy.events if e.path.startswith("/v1/blobs/")]
    assert healed.attachments is not None and healed.attachments.fetched == 1
    assert len(gets) >= 2 and gets[0].faults  # the damaged answer, then a clean one
    assert profile.attachments.read(attachment_id) == data


def test_the_same_scan_in_two_cases_is_uploaded_once_and_downloaded_for_each_row(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    first = seed_case(app, "K-44", "anna", "ben")
    second = seed_case(app, "K-45", "anna", "ben")
    anna.sync()
    data = scan(90_000, seed=11)
    one, two = attach(anna, first, data), attach(anna, second, data)
    outcome = anna.sync()
    assert outcome.error is None and outcome.moved.blobs == 2  # the second found it verified
    assert len(service_rows(app, blob)) == 1
    fetched = ben.sync().attachments
    assert fetched is not None and fetched.fetched == 2  # F38: no row is left without bytes
    profile = ben.unlock()
    assert profile.attachments.read(one) == profile.attachments.read(two) == data
