"""Builders for bundle tests: a signing key, a header, changes of every kind, file surgery."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from bordertrack.store.changes import Change
from bordertrack.sync import keys
from bordertrack.sync.bundle_model import BundleHeader
from bordertrack.sync.bundle_write import write_bundle

PRIVATE, PUBLIC = keys.generate()
SENDER = "0a1b2c3d4e5f6789"
OTHER = "fedcba9876543210"
ITEM = "5d1f4c1e-8a8e-4a57-9c43-1c2f0b7d9e01"
PERSON = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
BASE_HLC = 1_780_000_000_000 << 16  # a 2026 stamp: over 15 digits, as real ones are

TRICKY_TEXTS = [
    "=1+2",
    "-5",
    "@x",
    "+7 555",
    '=HYPERLINK("http://x")',
    "Пограничный пост «Дости»",
    "  leading and trailing  ",
    "line one\nline two\r\nthree\ttab",
    "_x0041_ looks like an escape",
    "<b>&amp; not markup</b>",
    "emoji 🛂 and ümlaut",
    "007",
    "1e5",
    "N" * 4000,
]


def header(**overrides: object) -> BundleHeader:
    fields: dict = dict(
        sender_id=SENDER,
        sender_name="Post Dosti (laptop 1)",
        sender_role="post",
        sender_post="DOS",
        bundle_seq=3,
        prev_digest="ab" * 32,
        created_at="2026-05-01T10:00:00Z",
        recipient="",
        full=False,
        vector={SENDER: 42, OTHER: 7},
        public_key=PUBLIC,
        devices=[],
    )
    fields.update(overrides)
    return BundleHeader(**fields)


def tricky_changes() -> list[Change]:
    """Text, numbers, nulls and deletes across entities, with every awkward text."""
    out: list[Change] = []

    def add(entity: str, rid: str, field: str, value: object, prev: str = "") -> None:
        n = len(out) + 1
        out.append(
            Change(SENDER, n, BASE_HLC + n, entity, rid, field, value, prev, "Officer Иванов")
        )

    for text in TRICKY_TEXTS:
        add("equipment", ITEM, "notes", text)
    add("equipment", ITEM, "asset_tag", "DOS-0001")
    add("equipment", ITEM, "serial", "SN 12345678901234567890")
    add("equipment", ITEM, "status", "in_service")
    add("equipment", ITEM, "value", 1234.5)
    add("equipment", ITEM, "value", 0.1 + 0.2, prev=f"{SENDER}:18")
    add("equipment", ITEM, "value", 12345678901234567)
    add("equipment", ITEM, "received_date", "2026-03-31")
    add("equipment", ITEM, "holder", None)
    add("person", PERSON, "full_name", "Айгуль Сапарова")
    add("person", PERSON, "sex", "female")
    add("course", "c0ffee00-0000-4000-8000-000000000001", "duration_days", 5)
    add("course", "c0ffee00-0000-4000-8000-000000000001", "pass_attendance", 80)
    add("enrolment", "e0000000-0000-4000-8000-000000000001", "score", 87.25)
    add("person", PERSON, "_deleted", 1, prev=f"{SENDER}:27 {SENDER}:28")
    add("person", PERSON, "_merged_into", "7c9e6679-7425-40de-944b-e07fc1f90ae8")
    add("equipment", ITEM, "_deleted", True)
    return out


def trust_sender(store, role: str = "post", post: str | None = "DOS", name: str = "sender") -> None:
    """Enrol the fixture sender in `store`'s trust store with `role` and `post`, so that
    bundles made by `write` reach its import."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO devices (id, name, role, post, public_key, fingerprint, status, "
            "added_at) VALUES (?, ?, ?, ?, ?, '', 'trusted', '2026-01-01')",
            (SENDER, name, role, post, PUBLIC),
        )


def write(path: Path, changes: list[Change] | None = None, **overrides: object) -> str:
    return write_bundle(
        path, header(**overrides), tricky_changes() if changes is None else changes, PRIVATE
    )


def rewrite_part(src: Path, dst: Path, part_name: str, edit) -> None:
    """Copy a zip, passing one part's text through `edit` (for hostile-file tests)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == part_name:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info.filename, data)


def sheet_part(path: Path, sheet: str) -> str:
    """The zip part name of a sheet (our writer names them sheet1.xml... in workbook order)."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
    names = re.findall(r'<sheet name="([^"]+)"', book)
    return f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"
