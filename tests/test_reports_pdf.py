"""Printable documents: the act lists every item, certificates verify, labels and rosters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from bordertrack.services import records
from bordertrack.services.demo import build_demo
from bordertrack.services.handover import create_handover
from bordertrack.services.reports.attendance_sheet import write_attendance_sheet
from bordertrack.services.reports.certificate import (
    check_code,
    verify_certificate,
    write_certificate_pdf,
)
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.handover_pdf import write_handover_pdf
from bordertrack.services.reports.labels_pdf import select_items, write_labels_pdf
from bordertrack.store.database import Store


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "demo.db")  # the demo fills only a new database
    build_demo(store)
    yield store
    store.close()


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _act(store: Store, n: int) -> str:
    ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM equipment WHERE post IN ('DOS', 'KZA') AND _deleted = 0 "
            "ORDER BY asset_tag LIMIT ?",
            (n,),
        )
    ]
    act = {"number": "HA-7", "act_date": "2026-11-20", "from_post": "DOS", "to_post": "KRS",
           "handed_by": "Asanov A.", "received_by": "Петров П.П.", "project": "BOMCA10"}  # fmt: skip
    return create_handover(store, act, ids)


def test_handover_act_lists_every_item_in_russian(demo: Store, tmp_path: Path) -> None:
    act_id = _act(demo, 40)
    out = tmp_path / "act.pdf"
    assert write_handover_pdf(demo, act_id, out, "ru") == 40
    pages, text = _text(out)
    assert pages >= 2
    tags = [r[0] for r in demo.conn.execute(
        "SELECT e.asset_tag FROM handover_item h JOIN equipment e ON e.id = h.item WHERE h.act = ?",
        (act_id,),
    )]  # fmt: skip
    assert len(tags) == 40 and all(tag in text for tag in tags)
    assert "Акт приёма-передачи оборудования № HA-7" in text and "Петров П.П." in text
    assert "Всего единиц: 40" in text and "Подпись" in text


def test_handover_act_in_english_by_number(demo: Store, tmp_path: Path) -> None:
    _act(demo, 3)
    out = tmp_path / "act.pdf"
    write_handover_pdf(demo, "HA-7", out, "en")
    _, text = _text(out)
    assert "hand-over and acceptance of equipment No. HA-7" in text and "Total items: 3" in text
    with pytest.raises(ReportProblem, match="No hand-over act 'nope'"):
        write_handover_pdf(demo, "nope", out, "en")


def _passed(store: Store) -> str:
    return store.conn.execute(
        "SELECT id FROM enrolment WHERE result = 'passed' AND certificate_number IS NOT NULL "
        "ORDER BY id LIMIT 1"
    ).fetchone()[0]


def test_certificate_code_verifies_and_fails_after_one_changed_character(
    demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "cert.pdf"
    cert = write_certificate_pdf(demo, _passed(demo), out)
    pages, text = _text(out)
    assert pages == 1
    assert cert["holder"] in text and cert["number"] in text and cert["code"] in text
    assert (
        verify_certificate(demo, cert["number"], cert["code"].lower())["holder"] == cert["holder"]
    )
    code = cert["code"]
    altered = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(ReportProblem, match="may have been altered"):
        verify_certificate(demo, cert["number"], altered)
    args = [cert["number"], cert["holder"], cert["course"], cert["end_date"]]
    for i in range(4):
        changed = list(args)
        changed[i] = changed[i][:-1] + ("x" if changed[i][-1] != "x" else "y")
        assert check_code(*changed) != code
    with pytest.raises(ReportProblem, match="No certificate number"):
        verify_certificate(demo, "NO-SUCH-1", code)


def test_certificate_refused_without_a_pass(demo: Store, tmp_path: Path) -> None:
    pending = demo.conn.execute(
        "SELECT id FROM enrolment WHERE COALESCE(result, 'pending') = 'pending' LIMIT 1"
    ).fetchone()[0]
    with pytest.raises(ReportProblem, match="has not passed"):
        write_certificate_pdf(demo, pending, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_labels_one_per_item_with_tag_and_post(demo: Store, tmp_path: Path) -> None:
    items = select_items(demo, {"post": "KRS"})
    out = tmp_path / "labels.pdf"
    assert write_labels_pdf(demo, out, items) == len(items)
    pages, text = _text(out)
    assert pages == -(-len(items) // 21)
    assert all(i["asset_tag"] in text for i in items)
    assert "Kara-Suu" in text
    with pytest.raises(ReportProblem, match="No items match"):
        write_labels_pdf(demo, out, select_items(demo, {"post": "NOWHERE"}))


def test_attendance_sheet_lists_every_enrolled_person_and_each_day(
    coordinator: Store, tmp_path: Path
) -> None:
    records.create(coordinator, "course", {"code": "C1", "title": "Risk profiling"})
    sid = records.create(
        coordinator,
        "training_session",
        {"course": "C1", "start_date": "2026-03-02", "end_date": "2026-03-10", "place": "Osh"},
    )
    names = ["Айгуль Бекова", "John Smith", "Nurlan Asanov"]
    for name in names:
        pid = records.create(coordinator, "person", {"full_name": name, "sex": "female"})
        records.create(coordinator, "enrolment", {"session": sid, "person": pid})
    out = tmp_path / "att.pdf"
    assert write_attendance_sheet(coordinator, sid, out, "en") == 3
    pages, text = _text(out)
    assert pages == 2  # nine days: a page per week
    assert all(name in text for name in names)
    assert "02/03" in text and "10/03" in text and "Trainer's signature" in text
