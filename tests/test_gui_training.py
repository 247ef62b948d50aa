"""The Training screen through its widgets: enrol by service number, fill the grid by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bordertrack.gui.screens.attendance_grid import AttendanceModel
from bordertrack.gui.screens.enrolment_panel import COLUMNS
from bordertrack.gui.screens.training import TrainingScreen
from bordertrack.services import records, training
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def _screen(qtbot, ctx) -> TrainingScreen:  # noqa: F811
    screen = TrainingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1140, 700)
    screen.show()
    return screen


def _new_session(ctx) -> str:  # noqa: F811
    sid = records.create(
        ctx.store,
        "training_session",
        {"course": "FAID", "start_date": "2026-11-02", "end_date": "2026-11-03"},
    )
    ctx.changed("training_session")
    return sid


def test_enrol_by_service_number_finds_the_person_or_asks_for_a_name(qtbot, ctx):  # noqa: F811
    sid = _new_session(ctx)
    screen = _screen(qtbot, ctx)
    screen.refresh()
    screen.sessions.select_id(sid)
    assert screen.session_id == sid
    panel = screen.enrolment
    known = records.list_records(ctx.store, "person", limit=1)[0]
    people_before = len(records.list_records(ctx.store, "person"))
    qtbot.keyClicks(panel.number, known["service_number"])
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    assert "found by service number" in panel.message.text()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == known["full_name"]
    # The same number again is refused, not a second enrolment.
    qtbot.keyClicks(panel.number, known["service_number"])
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    assert "already enrolled" in panel.message.text()
    assert panel.model.rowCount() == 1
    # An unknown number asks for a name, then creates the person once.
    panel.number.clear()
    qtbot.keyClicks(panel.number, "NEW-123")
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    assert panel.new_box.isVisible()
    qtbot.keyClicks(panel.new_name, "Nurgul Test")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    assert "added to the people" in panel.message.text()
    assert len(records.list_records(ctx.store, "person")) == people_before + 1
    assert training.find_person(ctx.store, "NEW-123")["full_name"] == "Nurgul Test"
    assert panel.model.rowCount() == 2


def test_fill_the_attendance_grid_by_keyboard(qtbot, ctx):  # noqa: F811
    sid = _new_session(ctx)
    for i in range(3):
        training.enrol(ctx.store, sid, f"GRID-{i}", {"full_name": f"Person {i}", "sex": "male"})
    screen = _screen(qtbot, ctx)
    screen.refresh()
    screen.sessions.select_id(sid)
    screen.focus_grid()
    grid = screen.grid
    assert grid.grid_model.columnCount() == 3  # two days and the summary
    # A roll call down day one: P, L, A moves down after each mark.
    for key in (Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_A):
        qtbot.keyClick(grid, key)
    shown = [grid.grid_model.index(r, 0).data() for r in range(3)]
    assert shown == ["Present", "Late", "Absent"]
    # Day two as a whole column: move right, Ctrl+Space, P.
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert [grid.grid_model.index(r, 1).data() for r in range(3)] == ["Present"] * 3
    # Correcting a mark updates that day's record: still 6 marks.
    grid.setCurrentIndex(grid.grid_model.index(2, 0))
    qtbot.keyClick(grid, Qt.Key.Key_E)
    marks = ctx.store.conn.execute(
        "SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment "
        "WHERE e.session = ? AND a._deleted = 0",
        (sid,),
    ).fetchone()[0]
    assert marks == 6
    assert grid.grid_model.index(2, 0).data() == "Excused"
    assert grid.grid_model.index(0, 2).data() == "2 of 2"
    # The results table shows the derived attendance next to the result.
    attended = screen.enrolment.model.index(0, COLUMNS.index("attended")).data()
    assert attended.startswith("2/2")


def test_result_edited_in_place_and_completion_derived(qtbot, ctx):  # noqa: F811
    sid = _new_session(ctx)
    eid = training.enrol(ctx.store, sid, "RES-1", {"full_name": "R", "sex": "female"}).enrolment_id
    days = training.session_days(ctx.store, sid)
    training.set_marks(ctx.store, sid, [(eid, d) for d in days], "present")
    screen = _screen(qtbot, ctx)
    screen.refresh()
    screen.sessions.select_id(sid)
    model = screen.enrolment.model
    done = model.index(0, COLUMNS.index("done"))
    assert done.data() == "Not completed"
    assert model.setData(model.index(0, COLUMNS.index("result")), "passed")
    assert model.setData(model.index(0, COLUMNS.index("certificate_number")), "FAID-1")
    assert model.index(0, COLUMNS.index("done")).data() == "Completed"
    errors = []
    ctx.show_error = lambda _parent, exc: errors.append(str(exc))
    assert not model.setData(model.index(0, COLUMNS.index("score")), "250")
    assert errors and records.get(ctx.store, "enrolment", eid)["score"] is None


def test_attendance_model(qtmodeltester, ctx):  # noqa: F811
    sid = ctx.store.conn.execute(
        "SELECT session FROM enrolment WHERE _deleted = 0 LIMIT 1"
    ).fetchone()[0]
    model = AttendanceModel(ctx.store)
    model.load(sid)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
