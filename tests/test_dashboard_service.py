"""Dashboard figures: equipment per post and status, people trained, works, attention."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bordertrack.services import dashboard, records, training
from bordertrack.services.demo import DEMO_TODAY, build_demo
from bordertrack.store.database import Store

TODAY = dt.date(2026, 6, 15)


def _reference(store: Store) -> None:
    records.create(store, "agency", {"code": "BG", "name": "Border guard", "kind": "border_guard"})
    records.create(store, "agency", {"code": "CU", "name": "Customs", "kind": "customs"})
    records.create(store, "post", {"code": "DOS", "name": "Dostuk"})
    records.create(store, "post", {"code": "TOR", "name": "Torugart"})


def _item(store: Store, tag: str, post: str, status: str, **kw: str) -> str:
    values = {"asset_tag": tag, "category": "radio", "post": post, "status": status, **kw}
    return records.create(store, "equipment", values)


def test_equipment_by_status_per_post(coordinator: Store) -> None:
    _reference(coordinator)
    _item(coordinator, "A1", "DOS", "in_service")
    _item(coordinator, "A2", "DOS", "in_service")
    _item(coordinator, "A3", "DOS", "broken")
    gone = _item(coordinator, "A4", "TOR", "lost")
    _item(coordinator, "A5", "TOR", "in_service")
    records.delete(coordinator, "equipment", gone)
    assert dashboard.equipment_by_status(coordinator) == [
        ("DOS", "Dostuk", {"broken": 1, "in_service": 2}),
        ("TOR", "Torugart", {"in_service": 1}),
    ]


def test_trained_counts_people_who_completed_once_by_agency_and_sex(coordinator: Store) -> None:
    _reference(coordinator)
    records.create(
        coordinator,
        "course",
        {"code": "C1", "title": "One", "duration_days": 1, "pass_attendance": 100},
    )
    sessions = [
        records.create(
            coordinator,
            "training_session",
            {"course": "C1", "start_date": day, "end_date": day},
        )
        for day in ("2026-02-01", "2026-03-01", "2025-03-01")
    ]
    people = [
        ("BG-1", {"full_name": "Aida", "sex": "female", "agency": "BG"}),
        ("CU-1", {"full_name": "Bakyt", "sex": "male", "agency": "CU"}),
        ("BG-2", {"full_name": "Chyngyz", "sex": "male", "agency": "BG"}),
    ]
    for sid in sessions:
        day = training.session_days(coordinator, sid)[0]
        for number, person in people:
            eid = training.enrol(coordinator, sid, number, person).enrolment_id
            training.set_marks(coordinator, sid, [(eid, day)], "present")
            # Chyngyz attended but failed: not trained.
            result = "failed" if number == "BG-2" else "passed"
            training.set_result(coordinator, eid, {"result": result})
    assert dashboard.trained_by_sex_and_agency(coordinator, 2026) == [
        ("BG", "Border guard", {"female": 1}),
        ("CU", "Customs", {"male": 1}),
    ]
    assert dashboard.training_years(coordinator) == [2026, 2025]


def test_attention_overdue_stocktakes_late_works_and_conflicts(coordinator: Store) -> None:
    _reference(coordinator)
    _item(coordinator, "OLD", "DOS", "in_service", received_date="2024-01-01")
    _item(coordinator, "NEW", "DOS", "in_service", received_date="2026-01-01")
    _item(coordinator, "GONE", "DOS", "written_off", received_date="2020-01-01")
    checked = _item(coordinator, "CHK", "DOS", "in_service", received_date="2020-01-01")
    records.create(
        coordinator,
        "stock_check",
        {"item": checked, "post": "DOS", "checked_on": "2026-05-01", "result": "found"},
    )
    base = {"post": "DOS", "type": "fence"}
    records.create(
        coordinator,
        "facility",
        {**base, "name": "Late", "status": "under_construction", "planned_end": "2026-01-01"},
    )
    records.create(
        coordinator,
        "facility",
        {**base, "name": "Done", "status": "operational", "planned_end": "2026-01-01"},
    )
    records.create(
        coordinator,
        "facility",
        {**base, "name": "Future", "status": "planned", "planned_end": "2027-01-01"},
    )
    a = dashboard.attention(coordinator, TODAY)
    assert (a.overdue_stocktakes, a.late_works, a.conflicts, a.duplicates) == (1, 1, 0, 0)
    assert dashboard.stocktake_cutoff(TODAY) == "2025-06-15"


def test_dashboard_on_the_demo_database(tmp_path: Path) -> None:
    coordinator = Store(tmp_path / "demo.db")  # the demo fills only a new database
    build_demo(coordinator)
    d = dashboard.dashboard(coordinator, DEMO_TODAY)
    assert sum(sum(c.values()) for _, _, c in d.equipment) == 600
    assert d.trained and all(sum(c.values()) > 0 for _, _, c in d.trained)
    assert (
        sum(d.works.values())
        == coordinator.conn.execute("SELECT count(*) FROM facility WHERE _deleted = 0").fetchone()[
            0
        ]
    )
    assert d.works_progress is not None and 0 <= d.works_progress <= 100
    assert d.year == DEMO_TODAY.year and DEMO_TODAY.year in d.years
