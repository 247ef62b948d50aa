"""Donor report: the workbook's figures match the database, formats hold, hostile text stays text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bordertrack.services import records
from bordertrack.services.demo import build_demo
from bordertrack.services.reports.donor import write_donor_report
from bordertrack.services.reports.errors import ReportCancelled, ReportProblem
from bordertrack.store.database import Store


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "demo.db")  # the demo fills only a new database
    build_demo(store)
    yield store
    store.close()


def _table(ws, header: str) -> dict[str, tuple]:
    """Rows under the header row whose first cell is `header`, keyed by first cell, to the blank."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == header)
    out = {}
    for r in rows[start + 1 :]:
        if r[0] is None:
            break
        out[r[0]] = r[1:]
    return out


def test_training_by_sex_and_agency_match_the_database(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(demo, out, "2024-01-01", "2026-12-31")
    ws = load_workbook(out)["Training"]
    by_sex = _table(ws, "Sex")
    expected = dict(
        demo.conn.execute(
            "SELECT COALESCE(p.sex, 'not_recorded'), COUNT(DISTINCT p.id) FROM enrolment e "
            "JOIN training_session s ON s.id = e.session JOIN person p ON p.id = e.person "
            "WHERE e._deleted = 0 AND s._deleted = 0 AND COALESCE(s.status,'') != 'cancelled' "
            "AND COALESCE(e.result,'') != 'withdrawn' "
            "AND s.start_date BETWEEN '2024-01-01' AND '2026-12-31' GROUP BY 1"
        )
    )
    labels = {"female": "Female", "male": "Male", "not_recorded": "Not recorded"}
    for code, count in expected.items():
        assert by_sex[labels[code]][0] == count
    assert by_sex["Total"][0] == sum(expected.values())
    by_agency = _table(ws, "Agency")
    assert by_agency["Total"][0] == sum(expected.values())
    customs = demo.conn.execute(
        "SELECT COUNT(DISTINCT p.id), COUNT(DISTINCT CASE WHEN e.result = 'passed' THEN p.id END) "
        "FROM enrolment e JOIN training_session s ON s.id = e.session "
        "JOIN person p ON p.id = e.person JOIN agency a ON a.code = p.agency "
        "WHERE a.name = 'State Customs Service' AND e._deleted = 0 AND s._deleted = 0 "
        "AND COALESCE(s.status,'') != 'cancelled' AND COALESCE(e.result,'') != 'withdrawn'"
    ).fetchone()
    assert by_agency["State Customs Service"][:2] == customs


def test_equipment_totals_values_and_number_formats(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(demo, out, "2025-01-01", "2025-12-31", project="BOMCA10")
    wb = load_workbook(out)
    ws = wb["Equipment"]
    count, value = demo.conn.execute(
        "SELECT COUNT(*), SUM(value) FROM equipment WHERE _deleted = 0 AND project = 'BOMCA10' "
        "AND received_date BETWEEN '2025-01-01' AND '2025-12-31'"
    ).fetchone()
    assert count > 0
    total = _table(ws, "Agency")["Total"]
    assert total[2:5] == ("EUR", count, pytest.approx(value))
    total_row = next(r for r in ws.iter_rows() if r[0].value == "Total")
    assert total_row[4].data_type == "n" and total_row[5].number_format == "#,##0.00"
    assert ws.freeze_panes == "A8"
    assert ws._charts, "the category breakdown has a chart"
    assert "BOMCA10" in wb["Summary"]["A3"].value
    summary = _table(wb["Summary"], "Figure")
    assert summary["Items received"][1] == count


def test_stock_take_and_works_figures(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(demo, out, "2024-01-01", "2026-12-31")
    wb = load_workbook(out)
    lost = demo.conn.execute(
        "SELECT COUNT(*) FROM equipment WHERE _deleted = 0 AND status IN ('lost','stolen') "
        "AND status_date BETWEEN '2024-01-01' AND '2026-12-31'"
    ).fetchone()[0]
    assert lost > 0
    assert _table(wb["Stock-take"], "Post")["Total"][5] == lost
    by_stage = _table(wb["Works"], "Stage")
    n = demo.conn.execute(
        "SELECT COUNT(*) FROM facility WHERE _deleted = 0 AND actual_end <= '2026-12-31'"
    ).fetchone()[0]
    assert by_stage["Completed"][0] == n
    detail = next(r for r in wb["Works"].iter_rows() if r[0].value == "Post")
    assert [c.value for c in detail][8:12] == [
        "Planned start", "Planned end", "Actual start", "Actual end",
    ]  # fmt: skip


def test_hostile_text_stays_text(coordinator: Store, tmp_path: Path) -> None:
    records.create(
        coordinator, "agency", {"code": "A", "name": "=cmd|' /C calc'!A0", "kind": "customs"}
    )
    records.create(coordinator, "post", {"code": "P", "name": "+SUM(1,2)", "agency": "A"})
    records.create(
        coordinator,
        "equipment",
        {
            "asset_tag": "T1",
            "category": "radio",
            "post": "P",
            "value": 10,
            "received_date": "2025-02-01",
        },
    )
    out = tmp_path / "donor.xlsx"
    write_donor_report(coordinator, out, "2025-01-01", "2025-12-31")
    ws = load_workbook(out)["Equipment"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    hostile = [c for c in cells if c.value.startswith(("=", "+"))]
    assert {c.value for c in hostile} == {"=cmd|' /C calc'!A0", "+SUM(1,2)"}
    assert all(c.data_type == "s" for c in hostile)


def test_bad_period_project_and_cancel(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    with pytest.raises(ReportProblem, match="after it ends"):
        write_donor_report(demo, out, "2026-01-01", "2025-01-01")
    with pytest.raises(ReportProblem, match="is not a date"):
        write_donor_report(demo, out, "last year", "2025-01-01")
    with pytest.raises(ReportProblem, match="no project 'NOPE'"):
        write_donor_report(demo, out, "2025-01-01", "2025-12-31", project="NOPE")
    with pytest.raises(ReportCancelled):
        write_donor_report(demo, out, "2025-01-01", "2025-12-31", is_cancelled=lambda: True)
    assert not out.exists()
