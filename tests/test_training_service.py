"""Training services: enrolment by service number, attendance marks as events, completion."""

from __future__ import annotations

import pytest

from bordertrack.domain.errors import RecordNotFound, ValidationError
from bordertrack.services import records, training
from bordertrack.store.database import Store


@pytest.fixture
def trainer(make_store) -> Store:
    return make_store("trainer", name="trainer")


def _session(store: Store, days: int = 3, pass_attendance: int = 80) -> str:
    records.create(
        store,
        "course",
        {
            "code": "DOCFR",
            "title": "Forged documents",
            "duration_days": days,
            "pass_attendance": pass_attendance,
        },
    )
    return records.create(
        store,
        "training_session",
        {"course": "DOCFR", "start_date": "2026-03-02", "end_date": f"2026-03-0{1 + days}"},
    )


def test_enrol_existing_person_by_service_number_does_not_create_another(trainer: Store) -> None:
    sid = _session(trainer)
    pid = records.create(
        trainer, "person", {"full_name": "Aida K.", "sex": "female", "service_number": "BG-17"}
    )
    result = training.enrol(trainer, sid, " bg-17 ")
    assert result.person_id == pid and not result.created_person
    assert len(records.list_records(trainer, "person")) == 1
    assert records.get(trainer, "enrolment", result.enrolment_id)["person"] == pid


def test_enrol_unknown_number_needs_a_name_then_creates_the_person(trainer: Store) -> None:
    sid = _session(trainer)
    with pytest.raises(training.PersonNeeded):
        training.enrol(trainer, sid, "BG-99")
    with pytest.raises(ValidationError):
        training.enrol(trainer, sid, "BG-99", {"full_name": "No Sex"})
    assert records.list_records(trainer, "person") == []
    result = training.enrol(trainer, sid, "BG-99", {"full_name": "Bakyt U.", "sex": "male"})
    assert result.created_person
    person = records.get(trainer, "person", result.person_id)
    assert person["service_number"] == "BG-99"


def test_enrolling_twice_in_one_session_is_refused(trainer: Store) -> None:
    sid = _session(trainer)
    training.enrol(trainer, sid, "BG-1", {"full_name": "A", "sex": "male"})
    with pytest.raises(training.AlreadyEnrolled) as err:
        training.enrol(trainer, sid, "BG-1")
    assert "already enrolled" in str(err.value)
    assert len(records.list_records(trainer, "enrolment")) == 1


def test_changing_a_mark_updates_that_days_record(trainer: Store) -> None:
    sid = _session(trainer)
    eid = training.enrol(trainer, sid, "BG-1", {"full_name": "A", "sex": "male"}).enrolment_id
    assert training.set_marks(trainer, sid, [(eid, "2026-03-02")], "present") == 1
    assert training.set_marks(trainer, sid, [(eid, "2026-03-02")], "absent") == 1
    assert training.set_marks(trainer, sid, [(eid, "2026-03-02")], "absent") == 0
    marks = records.list_records(trainer, "attendance")
    assert [(m["day"], m["mark"]) for m in marks] == [("2026-03-02", "absent")]
    grid = training.attendance_grid(trainer, sid)
    assert grid.days == ["2026-03-02", "2026-03-03", "2026-03-04"]
    assert grid.marks == {(eid, "2026-03-02"): "absent"}
    training.set_marks(trainer, sid, [(eid, "2026-03-02")], None)
    assert training.attendance_grid(trainer, sid).marks == {}


def test_a_whole_column_at_once_and_cells_outside_the_session_refused(trainer: Store) -> None:
    sid = _session(trainer)
    ids = [
        training.enrol(trainer, sid, f"BG-{i}", {"full_name": f"P{i}", "sex": "male"}).enrolment_id
        for i in range(3)
    ]
    assert training.set_marks(trainer, sid, [(e, "2026-03-03") for e in ids], "late") == 3
    assert len(training.attendance_grid(trainer, sid).marks) == 3
    before = len(records.list_records(trainer, "attendance"))
    with pytest.raises(RecordNotFound):
        training.set_marks(trainer, sid, [(ids[0], "2026-03-04"), (ids[0], "2026-04-01")], "late")
    assert len(records.list_records(trainer, "attendance")) == before


def test_completion_needs_attendance_and_a_passed_result(trainer: Store) -> None:
    sid = _session(trainer, days=5, pass_attendance=80)
    eid = training.enrol(trainer, sid, "BG-1", {"full_name": "A", "sex": "male"}).enrolment_id
    days = training.session_days(trainer, sid)
    training.set_marks(trainer, sid, [(eid, d) for d in days[:3]], "present")
    training.set_marks(trainer, sid, [(eid, days[3])], "excused")
    training.set_result(trainer, eid, {"result": "passed", "score": 88})
    c = training.completions(trainer, sid)[eid]
    assert (c.days, c.attended, c.marked) == (5, 3, 4) and not c.completed
    assert c.attended_percent == pytest.approx(60.0)
    training.set_marks(trainer, sid, [(eid, days[3])], "late")
    assert training.completions(trainer, sid)[eid].completed
    training.set_result(trainer, eid, {"result": "failed"})
    assert not training.completions(trainer)[eid].completed


def test_bad_score_is_refused_with_the_cores_message(trainer: Store) -> None:
    sid = _session(trainer)
    eid = training.enrol(trainer, sid, "BG-1", {"full_name": "A", "sex": "male"}).enrolment_id
    with pytest.raises(ValidationError):
        training.set_result(trainer, eid, {"score": 150})
    assert records.get(trainer, "enrolment", eid)["score"] is None
