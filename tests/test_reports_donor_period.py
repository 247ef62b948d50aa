"""Donor report on a generated register: every figure against SQL written here, per currency,
stock at the period's end and flows within it; a period with no records is all zeros; the
workbook prints (fit to width, print titles, orientation) and no chart covers a table."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from bordertrack.services import handover, records
from bordertrack.services.reports.donor import write_donor_report
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.store.database import Store

START, END = "2025-01-01", "2025-12-31"
PERIOD = {"start": START, "end": END}


def _item(
    s: Store, tag: str, project: str, value, received, post="P1", status="in_service", on=None
):  # type: ignore[no-untyped-def]
    return records.create(s, "equipment", {
        "asset_tag": tag, "category": "radio", "post": post, "project": project, "value": value,
        "received_date": received, "status": status, "status_date": on,
    })  # fmt: skip


@pytest.fixture
def reg(coordinator: Store) -> Store:
    s = coordinator
    for code, name in (("BS", "Border Service"), ("CUS", "Customs")):
        records.create(s, "agency", {"code": code, "name": name, "kind": "customs"})
    records.create(s, "post", {"code": "P1", "name": "Post One", "agency": "BS"})
    records.create(s, "post", {"code": "P2", "name": "Post Two", "agency": "CUS"})
    for code, donor, budget, cur in (("EU1", "European Union", 100000, "EUR"),
                                     ("US1", "US INL", 50000, "USD"),
                                     ("US2", "US INL", 20000, "USD")):  # fmt: skip
        records.create(s, "project", {"code": code, "name": f"Project {code}", "donor": donor,
                                      "budget": budget, "currency": cur,
                                      "start_date": "2024-01-01", "end_date": "2027-12-31"})  # fmt: skip
    before = _item(s, "B1", "EU1", 1000, "2024-06-01")
    during = _item(s, "D1", "EU1", 2000, "2025-03-01")
    _item(s, "D2", "US1", 3000, "2025-04-01", post="P2")
    _item(s, "D3", "US2", None, "2025-05-01", post="P2")
    _item(s, "A1", "US1", 5000, "2026-02-01")
    lost = _item(s, "L1", "EU1", 700, "2024-05-01", status="lost", on="2025-06-01")
    _item(s, "S1", "US1", 400, "2025-02-01", status="stolen", on="2026-03-01")
    _item(s, "W1", "US2", 100, "2024-01-01", status="written_off", on="2025-09-09")
    _item(s, "N1", "US1", 50, None)
    late_item = _item(s, "H2", "US1", 80, "2024-02-01", post="P2")
    for item, day, result in ((before, "2025-07-01", "found"), (lost, "2025-05-01", "missing"),
                              (during, "2026-01-15", "found")):  # fmt: skip
        records.create(
            s, "stock_check", {"item": item, "post": "P1", "checked_on": day, "result": result}
        )
    handover.create_handover(s, {"number": "H-1", "act_date": "2025-05-05", "from_post": "P1",
                                 "to_post": "P2", "handed_by": "A", "received_by": "B"},
                             [before, during], transfer=False)  # fmt: skip
    handover.create_handover(s, {"number": "H-2", "act_date": "2026-01-10", "from_post": "P2",
                                 "to_post": "P1", "handed_by": "A", "received_by": "B"},
                             [late_item], transfer=False)  # fmt: skip
    records.create(s, "course", {"code": "C1", "title": "Course one"})
    people = {n: records.create(s, "person", {"full_name": n, "sex": sex, "agency": "BS", "post": "P1"})
              for n, sex in (("F1", "female"), ("M1", "male"), ("X1", "not_recorded"),
                             ("M2", "male"), ("F2", "female"), ("F3", "female"))}  # fmt: skip
    sessions = {}
    for key, start, end, status in (("S1", "2025-02-10", "2025-02-14", "completed"),
                                    ("S2", "2025-12-29", "2026-01-05", "running"),
                                    ("S3", "2024-12-01", "2024-12-05", "completed"),
                                    ("S4", "2025-06-01", "2025-06-02", "cancelled")):  # fmt: skip
        sessions[key] = records.create(s, "training_session", {
            "course": "C1", "start_date": start, "end_date": end, "project": "EU1", "status": status})  # fmt: skip
    for session, person, result in (("S1", "F1", "passed"), ("S1", "M1", "passed"),
                                    ("S1", "X1", "failed"), ("S1", "M2", "withdrawn"),
                                    ("S2", "F2", "passed"), ("S3", "F3", "passed"),
                                    ("S4", "M2", "passed")):  # fmt: skip
        records.create(
            s,
            "enrolment",
            {"session": sessions[session], "person": people[person], "result": result},
        )
    for name, status, value, proj, dates in (
        (
            "W-late",
            "operational",
            9000,
            "US1",
            ("2025-01-15", "2025-10-01", "2025-02-01", "2026-02-01"),
        ),
        (
            "W-done",
            "operational",
            10000,
            "EU1",
            ("2024-02-01", "2025-06-01", "2024-03-01", "2025-04-01"),
        ),
        ("W-future", "planned", 7000, "EU1", ("2026-05-01", "2026-12-01", None, None)),
        (
            "W-going",
            "under_construction",
            4000,
            "US2",
            ("2025-10-01", "2026-06-01", "2025-11-01", None),
        ),
    ):
        ps, pe, as_, ae = dates
        records.create(s, "facility", {"name": name, "post": "P1", "type": "fence", "status": status,
                                       "project": proj, "contract_value": value, "planned_start": ps,
                                       "planned_end": pe, "actual_start": as_, "actual_end": ae})  # fmt: skip
    return s


def _rows(ws, heading: str) -> dict:  # type: ignore[no-untyped-def]
    """The table whose header row starts with `heading`, keyed by (first cell, currency?)."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == heading and r[1] is not None)
    out = {}
    for r in rows[start + 1 :]:
        if r[0] is None:
            break
        out.setdefault(r[0], []).append(r[1:])
    return out


def _one(s: Store, sql: str):  # type: ignore[no-untyped-def]
    return s.conn.execute(sql, PERIOD).fetchone()


def _by_cur(s: Store, sql: str) -> dict:
    return {cur: (n, v) for cur, n, v in s.conn.execute(sql, PERIOD)}


ITEMS = """SELECT pr.currency, COUNT(*), COALESCE(SUM(e.value), 0) FROM equipment e
           JOIN project pr ON pr.code = e.project WHERE e._deleted = 0 AND {where} GROUP BY 1"""


def test_summary_figures_against_sql(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(reg, out, START, END)
    ws = load_workbook(out)["Summary"]
    lines = [r for r in ws.iter_rows(min_row=6, values_only=True) if r[0]]

    def block(name: str) -> tuple[int, dict]:
        i = next(k for k, r in enumerate(lines) if r[0] == name)
        values = {}
        for r in lines[i + 1 :]:
            if r[0].strip() != "value":
                break
            values[r[4]] = r[3]
        return lines[i][2], values

    cases = {
        "Items received": "e.received_date BETWEEN :start AND :end",
        "Items lost or stolen": "e.status IN ('lost','stolen') AND e.status_date BETWEEN :start AND :end",
        "Items written off": "e.status = 'written_off' AND e.status_date BETWEEN :start AND :end",
        "Items on the register": "e.received_date <= :end AND NOT (e.status IN "
        "('lost','stolen','written_off') AND e.status_date <= :end)",
    }
    for name, where in cases.items():
        expected = _by_cur(reg, ITEMS.format(where=where))
        count, values = block(name)
        assert count == sum(n for n, _ in expected.values()), name
        assert values == {cur: v for cur, (n, v) in expected.items() if n}, name
    assert block("Items received") == (4, {"EUR": 2000, "USD": 3400})  # D3 has no value
    assert block("Items on the register")[0] == 6  # B1 D1 D2 D3 S1 H2: stolen after the end
    handed = _by_cur(
        reg,
        """SELECT pr.currency, COUNT(*), SUM(e.value) FROM handover_item h
        JOIN handover_act a ON a.id = h.act JOIN equipment e ON e.id = h.item
        JOIN project pr ON pr.code = e.project WHERE a.act_date BETWEEN :start AND :end GROUP BY 1""",
    )
    assert block("Items handed over on acts") == (2, {"EUR": handed["EUR"][1]})
    trained = dict(
        reg.conn.execute(
            """SELECT p.sex, COUNT(DISTINCT p.id) FROM enrolment e
        JOIN training_session s ON s.id = e.session JOIN person p ON p.id = e.person
        WHERE s.start_date BETWEEN :start AND :end AND s.status != 'cancelled'
          AND e.result != 'withdrawn' GROUP BY 1""",
            PERIOD,
        ).fetchall()
    )
    completed = dict(
        reg.conn.execute(
            """SELECT p.sex, COUNT(DISTINCT p.id) FROM enrolment e
        JOIN training_session s ON s.id = e.session JOIN person p ON p.id = e.person
        WHERE s.start_date BETWEEN :start AND :end AND s.end_date <= :end
          AND s.status != 'cancelled' AND e.result = 'passed' GROUP BY 1""",
            PERIOD,
        ).fetchall()
    )
    figures = {r[0].strip(): r for r in lines}
    assert figures["People trained"][2] == sum(trained.values()) == 4
    assert figures["People who completed a course"][2] == sum(completed.values()) == 2
    women = [r for r in lines if r[0].strip() == "of whom women"]
    assert women[0][2] == trained["female"] and women[0][3] == pytest.approx(trained["female"] / 4)
    assert women[1][2] == completed["female"] and women[1][3] == pytest.approx(0.5)
    sessions = _one(reg, "SELECT COUNT(*) FROM training_session WHERE start_date BETWEEN :start "
                    "AND :end AND status != 'cancelled'")[0]  # fmt: skip
    assert figures["Training sessions held"][2] == sessions == 2
    works = {
        "Works started": "actual_start BETWEEN :start AND :end",
        "Works completed": "actual_end BETWEEN :start AND :end",
        "Works under way": "actual_start <= :end AND (actual_end IS NULL OR actual_end > :end)",
        "Works late": "planned_end < :end AND (actual_end IS NULL OR actual_end > :end)",
    }
    for name, where in works.items():
        assert figures[name][2] == _one(reg, f"SELECT COUNT(*) FROM facility WHERE {where}")[0], (
            name
        )
    assert [figures[n][2] for n in works] == [2, 1, 2, 1]


def test_projects_donors_and_sheets_against_sql(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(reg, out, START, END)
    wb = load_workbook(out)
    projects = _rows(wb["Projects"], "Donor")
    for code, cur, budget in reg.conn.execute("SELECT code, currency, budget FROM project"):
        row = next(r for rows in projects.values() for r in rows if r[0] == code)
        in_p = _one(reg, f"SELECT COALESCE(SUM(value), 0) FROM equipment WHERE project = '{code}' "
                    "AND received_date BETWEEN :start AND :end")[0]  # fmt: skip
        to_end = _one(reg, f"SELECT COALESCE(SUM(value), 0) FROM equipment WHERE project = '{code}' "
                      "AND received_date <= :end")[0]  # fmt: skip
        works = _one(reg, "SELECT COALESCE(SUM(contract_value), 0) FROM facility "
                     f"WHERE project = '{code}' AND actual_end <= :end")[0]  # fmt: skip
        assert row[2:9] == (
            cur,
            budget,
            in_p,
            to_end,
            works,
            to_end + works,
            pytest.approx((to_end + works) / budget),
        )
    totals = {r[2]: r for r in projects["Total"]}
    assert set(totals) == {"EUR", "USD"}, "one total per currency, never a sum across them"
    assert totals["USD"][3] == 70000 and totals["EUR"][3] == 100000
    donors = _rows(wb["Projects"], "Donor")  # first table is by project; by donor follows
    rows = list(wb["Projects"].iter_rows(values_only=True))
    at = max(i for i, r in enumerate(rows) if r[0] == "Donor")
    inl = next(r for r in rows[at + 1 :] if r[0] == "US INL")
    assert inl[1:4] == ("USD", "US1, US2", 70000) and donors
    equipment = _rows(wb["Equipment"], "Agency")
    eq_totals = {r[2]: r[3:5] for r in equipment["Total"]}
    expected = _by_cur(reg, ITEMS.format(where="e.received_date BETWEEN :start AND :end"))
    assert eq_totals == {cur: (n, v) for cur, (n, v) in expected.items()}
    stock = _rows(wb["Stock-take"], "Post")["Total"][0]
    checked = _one(
        reg,
        """SELECT COUNT(DISTINCT c.item) FROM stock_check c JOIN equipment e ON e.id = c.item
        WHERE c.checked_on BETWEEN :start AND :end AND e.received_date <= :end AND NOT
        (e.status IN ('lost','stolen','written_off') AND e.status_date <= :end)""",
    )[0]
    assert stock[0] == 6 and stock[1] == checked == 1 and stock[2] == pytest.approx(1 / 6)
    missing = _one(reg, "SELECT COUNT(*) FROM stock_check WHERE result = 'missing' "
                   "AND checked_on BETWEEN :start AND :end")[0]  # fmt: skip
    assert stock[3:7] == (missing, 0, 1, 1)
    sexes = _rows(wb["Training"], "Sex")
    assert sexes["Female"][0][:2] == (2, 1) and sexes["Total"][0][:2] == (4, 2)
    detail = _rows(wb["Works"], "Post")["Post One"]
    late = next(r for r in detail if r[0] == "W-late")
    assert late[10] is None, "the actual end after the period is not shown as done"
    assert late[11] == _one(reg, "SELECT CAST(julianday(:end) - julianday(planned_end) AS INTEGER) "
                            "FROM facility WHERE name = 'W-late'")[0]  # fmt: skip
    assert "W-future" not in [r[0] for r in detail]


def test_a_period_with_no_records_is_all_zeros(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(reg, out, "1990-01-01", "1990-12-31")
    wb = load_workbook(out)
    numbers = [
        (ws.title, c.coordinate, c.value)
        for ws in wb if ws.title != "Method"  # its last line counts undated items, not the period
        for row in ws.iter_rows(min_row=5) for c in row
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    ]  # fmt: skip
    assert numbers and all(v == 0 for *_, v in numbers), [n for n in numbers if n[2]]


def test_converted_total_needs_and_shows_every_rate(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    with pytest.raises(ReportProblem, match="No rate for USD to EUR"):
        write_donor_report(reg, out, START, END, convert_to="EUR")
    write_donor_report(reg, out, START, END, convert_to="EUR", rates={"USD": 0.9})
    rows = list(load_workbook(out)["Summary"].iter_rows(values_only=True))
    received = next(r for r in rows if r[0] == "Value of items received")
    assert received[1] == pytest.approx(2000 + 3400 * 0.9)
    assert any(r[0] == "1 USD = 0.9 EUR" for r in rows)


def _cells(t: tuple[int, int, int, int]) -> str:
    return f"rows {t[0]}-{t[2]} cols {t[1]}-{t[3]}"


def test_workbook_prints_and_no_chart_covers_a_table(reg: Store, tmp_path: Path) -> None:
    out = tmp_path / "donor.xlsx"
    write_donor_report(reg, out, START, END)
    wb = load_workbook(out)
    charts = 0
    for ws in wb:
        ps = ws.page_setup
        assert (
            ws.sheet_properties.pageSetUpPr.fitToPage and ps.fitToWidth == 1 and ps.fitToHeight == 0
        )
        assert ws.print_title_rows, ws.title
        assert "Period" in ws.oddHeader.center.text and "&P" in ws.oddFooter.right.text
        tables = _tables(ws)
        for chart in ws._charts:
            charts += 1
            a = chart.anchor
            box = (a._from.row + 1, a._from.col + 1, a.to.row + 1, a.to.col + 1)
            for t in tables:
                overlap = not (box[2] < t[0] or box[0] > t[2] or box[3] < t[1] or box[1] > t[3])
                assert not overlap, f"{ws.title}: chart {_cells(box)} over table {_cells(t)}"
    assert charts == 3
    assert wb["Works"].page_setup.orientation == "landscape"
    assert wb["Summary"].page_setup.orientation == "portrait"


def _tables(ws) -> list[tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    """Every table's cells, found from the header fill: header row to the last filled row."""
    out = []
    for row in ws.iter_rows():
        filled = [c for c in row if c.fill.fgColor.rgb and c.fill.fgColor.rgb.endswith("305496")]
        if not filled:
            continue
        r, first, last = filled[0].row, filled[0].column, filled[-1].column
        end = r
        while any(ws.cell(row=end + 1, column=c).value is not None for c in range(first, last + 1)):
            end += 1
        out.append((r, first, end, last))
    assert out
    return out
