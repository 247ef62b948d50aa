"""Labels (items still held by default, 'property of / funded by') and attendance sheets (sex,
project and donor, a signature cell per day, many rows a page), read back with pypdf and
checked against SQL on a generated register."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from bordertrack.services import records
from bordertrack.services.reports.attendance_sheet import write_attendance_sheet
from bordertrack.services.reports.labels_pdf import select_items, write_labels_pdf
from bordertrack.store.database import Store


def _pages(path: Path) -> list[str]:
    return [p.extract_text().replace("\u00a0", " ") for p in PdfReader(str(path)).pages]


@pytest.fixture
def reg(coordinator: Store) -> Store:
    s = coordinator
    records.create(s, "agency", {"code": "BS", "name": "Border Service", "kind": "border_guard",
                                 "name_ru": "Пограничная служба"})  # fmt: skip
    records.create(s, "post", {"code": "DOS", "name": "Dostuk", "agency": "BS"})
    records.create(s, "project", {"code": "BOMCA10", "name": "BOMCA", "donor": "European Union",
                                  "currency": "EUR"})  # fmt: skip
    for i, status in enumerate(["in_service"] * 5 + ["in_storage", "under_repair", "lost",
                                                      "stolen", "written_off"]):  # fmt: skip
        records.create(s, "equipment", {"asset_tag": f"T-{i:02d}", "category": "radio",
                                        "post": "DOS", "status": status, "project": "BOMCA10"})  # fmt: skip
    return s


def test_labels_leave_out_items_no_longer_held(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    n = write_labels_pdf(reg, out, select_items(reg, {"post": "DOS"}))
    held = reg.conn.execute(
        "SELECT asset_tag FROM equipment WHERE post = 'DOS' "
        "AND status NOT IN ('lost', 'stolen', 'written_off')"
    ).fetchall()
    assert n == len(held) == 7
    text = "\n".join(_pages(out))
    assert all(tag in text for (tag,) in held)
    assert "T-07" not in text and "T-09" not in text
    assert text.count("Property of Border Service") == n
    assert text.count("Funded by European Union (BOMCA10)") == n
    everything = select_items(reg, {"post": "DOS"}, include_gone=True)
    assert len(everything) == 10
    assert [i["asset_tag"] for i in select_items(reg, {"status": "lost"})] == ["T-07"]


def test_labels_in_russian_name_the_owner_in_russian(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    write_labels_pdf(reg, out, select_items(reg, {"post": "DOS"}, lang="ru"), lang="ru")
    text = " ".join(" ".join(_pages(out)).split())
    assert "Собственность: Пограничная служба" in text
    assert "Финансирование: European Union (BOMCA10)" in text


@pytest.fixture
def session(reg: Store) -> str:
    s = reg
    records.create(s, "course", {"code": "RISK", "title": "Risk analysis"})
    sid = records.create(s, "training_session", {
        "course": "RISK", "start_date": "2026-03-02", "end_date": "2026-03-10",
        "place": "DOS training room", "post": "DOS", "project": "BOMCA10"})  # fmt: skip
    for i in range(30):
        sex = ("female", "male", "not_recorded")[i % 3]
        pid = records.create(s, "person", {"full_name": f"Person {i:02d}", "sex": sex,
                                           "agency": "BS", "service_number": f"BS-{i:03d}"})  # fmt: skip
        records.create(s, "enrolment", {"session": sid, "person": pid,
                                        "result": "withdrawn" if i == 29 else None})  # fmt: skip
    return sid


def test_attendance_sheet_has_sex_project_and_a_box_per_day(
    reg: Store, session: str, tmp_path: Path
) -> None:
    out = tmp_path / "att.pdf"
    n = write_attendance_sheet(reg, session, out, "en")
    listed = reg.conn.execute(
        "SELECT p.full_name, p.sex FROM enrolment e JOIN person p ON p.id = e.person "
        "WHERE e.session = ? AND COALESCE(e.result, '') != 'withdrawn'",
        (session,),
    ).fetchall()
    assert n == len(listed) == 29
    pages = _pages(out)
    first = pages[0]
    assert "Project BOMCA10 - BOMCA" in first and "Donor European Union" in first
    assert "Training room, Dostuk" in first and "02/03/2026 - 10/03/2026" in first
    days = ["02/03", "03/03", "04/03", "05/03", "06/03", "07/03", "08/03"]
    assert all(d in first for d in days), "one signature column per day of the first week"
    assert "Signature" not in first.split("Trainer's signature")[0]
    rows_on_first_page = sum(1 for name, _ in listed if name in first)
    assert rows_on_first_page >= 20, rows_on_first_page
    text = "\n".join(pages)
    for name, _sex in listed:
        assert name in text
    week = [ln for ln in text.splitlines() if "Person " in ln]
    females = sum(1 for _, sex in listed if sex == "female")
    males = sum(1 for _, sex in listed if sex == "male")
    shown = [ln for ln in week if "Female" in ln]
    assert len(shown) == 2 * females, "each person once per week-page, with their sex"
    assert len([ln for ln in week if " Male " in f" {ln} "]) == 2 * males
    assert "Person 29" not in text, "withdrawn people are not on the sheet"
    assert any("09/03" in p and "10/03" in p for p in pages[1:]), "the second week's days"


def test_attendance_sheet_in_kyrgyz(reg: Store, session: str, tmp_path: Path) -> None:
    out = tmp_path / "att.pdf"
    write_attendance_sheet(reg, session, out, "ky")
    first = _pages(out)[0]
    assert "Катышуу баракчасы" in first and "02.03.2026 - 10.03.2026" in first
    assert "Жынысы" in first and "Донор" in first
