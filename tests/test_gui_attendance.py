"""A roll call at typing speed: the cursor moves on and stays, marks undo, Cyrillic layouts work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.grid_keys import mark_for_key
from bordertrack.services import records, training
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

# What a Russian (or Kyrgyz) layout sends for the keys labelled P, L, E, A under X11:
# the Cyrillic letter on that key, its Qt key code and the key's X11 key code.
RUSSIAN_X11 = {"P": ("з", 33), "L": ("д", 46), "E": ("у", 26), "A": ("ф", 38)}


def _russian_key(letter: str, scan: bool = True) -> QKeyEvent:
    text, keycode = RUSSIAN_X11[letter]
    return QKeyEvent(
        QEvent.Type.KeyPress,
        ord(text.upper()),
        Qt.KeyboardModifier.NoModifier,
        keycode if scan else 0,
        0,
        0,
        text,
    )


def _press(widget, event: QKeyEvent) -> None:  # type: ignore[no-untyped-def]
    QApplication.sendEvent(widget, event)


@pytest.fixture
def roll_call(qtbot, ctx):  # type: ignore[no-untyped-def]  # noqa: F811
    sid = records.create(
        ctx.store,
        "training_session",
        {"course": "FAID", "start_date": "2026-11-02", "end_date": "2026-11-04"},
    )
    for i in range(4):
        training.enrol(ctx.store, sid, f"ROLL-{i}", {"full_name": f"Person {i}", "sex": "male"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 698)
    window.show()
    screen = window.show_screen("training")
    screen.refresh()
    screen.sessions.select_id(sid)
    screen.focus_grid()
    return screen, sid


def _column(grid, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [grid.grid_model.index(r, column).data() for r in range(grid.grid_model.rowCount())]


def _stored(ctx, sid: str) -> int:  # noqa: F811
    return ctx.store.conn.execute(
        "SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment "
        "WHERE e.session = ? AND a._deleted = 0",
        (sid,),
    ).fetchone()[0]


def test_roll_call_down_a_day_on_a_russian_layout_keeps_the_cursor(roll_call, ctx):  # noqa: F811
    screen, sid = roll_call
    grid = screen.grid
    for letter in ("P", "L", "E", "A"):
        _press(grid, _russian_key(letter))
    # The whole window refreshed after every mark, and the cursor still went down the day.
    assert _column(grid, 0) == ["Present", "Late", "Excused", "Absent"]
    assert grid.currentIndex().row() == 3 and grid.currentIndex().column() == 0
    assert _stored(ctx, sid) == 4


def test_next_day_mode_moves_along_the_person(roll_call):  # noqa: F811
    screen, _sid = roll_call
    grid = screen.grid
    screen.advance.setCurrentIndex(1)
    for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_L):
        qtbot_click(grid, key)
    row = [grid.grid_model.index(0, c).data() for c in range(3)]
    assert row == ["Present", "Present", "Late"]
    assert grid.currentIndex().row() == 0


def qtbot_click(widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    letter = chr(key)
    _press(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, letter))


def test_undo_and_redo_marks(roll_call, ctx, qtbot):  # noqa: F811
    screen, sid = roll_call
    grid = screen.grid
    qtbot.keyClick(grid, Qt.Key.Key_P)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    grid.setCurrentIndex(grid.grid_model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_L)  # a correction of the first person
    assert _column(grid, 0)[:2] == ["Late", "Absent"]
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _column(grid, 0)[:2] == ["Present", "Absent"]
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _column(grid, 0)[:2] == ["Present", ""]
    assert _stored(ctx, sid) == 1
    qtbot.keyClick(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _column(grid, 0)[:2] == ["Present", "Absent"]
    assert _stored(ctx, sid) == 2
    assert screen.undo_button.isEnabled()
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert _column(grid, 0)[:2] == ["Present", ""]


def test_cyrillic_letters_of_the_marks_are_accepted(roll_call):  # noqa: F811
    screen, _sid = roll_call
    grid = screen.grid
    # No native key code (an input method): the letter itself decides.
    for text in ("Р", "л", "Е", "а"):
        event = QKeyEvent(
            QEvent.Type.KeyPress, ord(text.upper()), Qt.KeyboardModifier.NoModifier, text
        )
        _press(grid, event)
    assert _column(grid, 0) == ["Present", "Late", "Excused", "Absent"]
    # The key positions without native codes too (З Д У Ф are on P L E A).
    assert mark_for_key(_russian_key("A", scan=False), "xcb") == "absent"
    assert mark_for_key(_russian_key("P", scan=False), "xcb") == "present"


def test_physical_keys_on_each_platform():
    windows = QKeyEvent(
        QEvent.Type.KeyPress, 0x424, Qt.KeyboardModifier.NoModifier, 30, 0x41, 0, "ф"
    )
    assert mark_for_key(windows, "windows") == "absent"
    mac = QKeyEvent(QEvent.Type.KeyPress, 0x417, Qt.KeyboardModifier.NoModifier, 0, 0x23, 0, "з")
    assert mark_for_key(mac, "cocoa") == "present"
    # A Latin letter that is no mark does nothing, whatever key it sits on.
    x = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, 38, 0, 0, "x")
    assert mark_for_key(x, "xcb") is None


def test_new_trainee_sex_is_not_recorded_until_chosen(roll_call, qtbot):  # noqa: F811
    screen, _sid = roll_call
    panel = screen.enrolment
    screen.detail.setCurrentIndex(0)
    qtbot.keyClicks(panel.number, "NEW-777")
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    assert panel.new_box.isVisible()
    assert panel.new_sex.currentData() == "not_recorded"
    qtbot.keyClicks(panel.new_name, "Aigerim Test")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    person = training.find_person(screen.ctx.store, "NEW-777")
    assert person["sex"] == "not_recorded"


def test_session_list_fills_its_space(roll_call):  # noqa: F811
    screen, _sid = roll_call
    table = screen.sessions.table
    rows_visible = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows_visible >= 8
