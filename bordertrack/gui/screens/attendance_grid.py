"""The attendance grid: people x days of one session, marked from the keyboard.

Arrows move; P, L, E, A set present / late / excused / absent on every selected cell
(Ctrl+Space selects the day's column, Shift+Space the person's row); Delete clears.
After a single mark the cursor moves on to the next person (a roll call down the day) or
the next day, as chosen, and stays there whatever else refreshes. Ctrl+Z / Ctrl+Y undo
and redo marks. Each mark is one `attendance` record per enrolment and day, written by
the core. The keys work by position on Russian and Kyrgyz layouts (see grid_keys).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bordertrack.gui.labels import vocab_label
from bordertrack.gui.screens.grid_keys import CLEAR_KEYS, mark_for_key
from bordertrack.services import training
from bordertrack.store.database import Store

Index = QModelIndex | QPersistentModelIndex
COLOURS = {
    "present": QColor("#d5f0d5"),
    "late": QColor("#fdf1c7"),
    "excused": QColor("#dbe8f8"),
    "absent": QColor("#f7d4d4"),
}
MARK_ROLE = Qt.ItemDataRole.UserRole


class AttendanceModel(QAbstractTableModel):
    """One session's grid; the last column says how many days each person attended."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.grid: training.AttendanceGrid | None = None

    def load(self, session_id: str | None) -> None:
        self.beginResetModel()
        self.grid = training.attendance_grid(self.store, session_id) if session_id else None
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.grid.session_id if self.grid else None)

    @property
    def days(self) -> list[str]:
        return self.grid.days if self.grid else []

    def cell(self, index: Index) -> tuple[str, str] | None:
        """(enrolment id, day) of a day cell; None for the summary column."""
        if not self.grid or index.column() >= len(self.days):
            return None
        return self.grid.enrolments[index.row()]["id"], self.days[index.column()]

    def attended(self, row: int) -> int:
        assert self.grid is not None
        eid = self.grid.enrolments[row]["id"]
        return sum(self.grid.marks.get((eid, d)) in training.ATTENDED_MARKS for d in self.grid.days)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.grid else len(self.grid.enrolments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.grid else len(self.grid.days) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.grid:
            return None
        cell = self.cell(index)
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{n} of {days}").format(
                    n=self.attended(index.row()), days=len(self.days)
                )
            return None
        mark = self.grid.marks.get(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return vocab_label("attendance_mark", mark)
        if role == MARK_ROLE:
            return mark
        if role == Qt.ItemDataRole.BackgroundRole and mark in COLOURS:
            return QBrush(COLOURS[mark])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not self.grid:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.grid.enrolments):
                return self.grid.enrolments[section]["full_name"]
            return None
        if section == len(self.days):
            return self.tr("Attended")
        if 0 <= section < len(self.days):
            day = QDate.fromString(self.days[section], Qt.DateFormat.ISODate)
            return QLocale().toString(day, "ddd d MMM")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MarkCommand(QUndoCommand):
    """One keystroke's marks: redo writes `mark` on `cells`, undo puts back what each had."""

    def __init__(
        self,
        grid: AttendanceGrid,
        cells: list[tuple[str, str]],
        before: dict[tuple[str, str], str | None],
        mark: str | None,
    ) -> None:
        super().__init__()
        self.grid, self.cells, self.before, self.mark = grid, cells, before, mark
        self.ok = True

    def redo(self) -> None:
        self.ok = self.grid.write_marks({self.mark: self.cells})

    def undo(self) -> None:
        groups: dict[str | None, list[tuple[str, str]]] = {}
        for cell in self.cells:
            groups.setdefault(self.before.get(cell), []).append(cell)
        self.grid.write_marks(groups)


class AttendanceGrid(QTableView):
    """The keyboard-fast view; emits `marked(count)` after marks were written."""

    marked = Signal(int)
    failed = Signal(object)
    ADVANCE = ("person", "day")

    def __init__(
        self,
        store: Store,
        operator: str = "",
        parent: QWidget | None = None,
        write: Callable[[Callable[[], Any]], Any] | None = None,
    ) -> None:
        """`write` runs the marks' write on the window's database worker (`AppContext.write`)."""
        super().__init__(parent)
        self.operator = operator
        self.write = write or (lambda fn: fn())
        self.advance = "person"  # after one mark: the next person ("person") or next day
        self.grid_model = AttendanceModel(store, self)
        self.setModel(self.grid_model)
        self.undo_stack = QUndoStack(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setObjectName("attendance_grid")

    def load(self, session_id: str | None) -> None:
        """Show `session_id`; reloading the same session keeps the cursor where it was."""
        same = self.grid_model.grid is not None and self.grid_model.grid.session_id == session_id
        row, column = self.currentIndex().row(), self.currentIndex().column()
        if not same:
            self.undo_stack.clear()  # undo belongs to the session it was made in
        self.grid_model.load(session_id)
        rows, columns = self.grid_model.rowCount(), self.grid_model.columnCount()
        if not rows:
            return
        if same and row >= 0 and column >= 0:
            self.setCurrentIndex(
                self.grid_model.index(min(row, rows - 1), min(column, columns - 1))
            )
        else:
            self.setCurrentIndex(self.grid_model.index(0, 0))

    def selected_cells(self) -> list[tuple[str, str]]:
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        cells = [self.grid_model.cell(i) for i in indexes if i.isValid()]
        return [c for c in cells if c is not None]

    def set_mark(self, mark: str | None) -> int:
        """Write `mark` on the selected cells (the current one if none); returns cells changed.

        The change goes on the undo stack; a single mark then moves the cursor on.
        """
        model = self.grid_model
        if model.grid is None:
            return 0
        cells = self.selected_cells()
        if not cells:
            return 0
        before = {cell: model.grid.marks.get(cell) for cell in cells}
        if all(old == mark for old in before.values()):
            self._move_on(len(cells))
            return 0
        self._changed = 0
        command = MarkCommand(self, cells, before, mark)
        self.undo_stack.push(command)
        if not command.ok:
            self.undo_stack.undo()  # nothing was written; drop the failed step
            return 0
        self._move_on(len(cells))
        return self._changed

    def write_marks(self, groups: dict[str | None, list[tuple[str, str]]]) -> bool:
        """Write each mark on its cells through the core, keeping cursor and selection."""
        model = self.grid_model
        if model.grid is None:
            return False
        changed = 0
        try:
            store, session, operator = model.store, model.grid.session_id, self.operator

            def write() -> int:
                return sum(
                    training.set_marks(store, session, cells, mark, operator=operator)
                    for mark, cells in groups.items()
                )

            changed += self.write(write)
        except Exception as exc:  # noqa: BLE001 - shown to the person by the screen
            self.failed.emit(exc)
            return False
        row, column = self.currentIndex().row(), self.currentIndex().column()
        ranges = [
            (r.top(), r.left(), r.bottom(), r.right()) for r in self.selectionModel().selection()
        ]
        model.reload()
        self.selectionModel().setCurrentIndex(
            model.index(max(row, 0), max(column, 0)), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        for top, left, bottom, right in ranges:
            self.selectionModel().select(
                QItemSelection(model.index(top, left), model.index(bottom, right)),
                QItemSelectionModel.SelectionFlag.Select,
            )
        self._changed = changed
        self.marked.emit(changed)
        return True

    def _move_on(self, cells: int) -> None:
        """After one cell: the next person down the day, or the next day along the person."""
        if cells != 1:
            return
        model = self.grid_model
        row, column = self.currentIndex().row(), self.currentIndex().column()
        if self.advance == "day":
            column = min(column + 1, len(model.days) - 1)
        else:
            row = min(row + 1, model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, column))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def select_column(self) -> None:
        column = self.currentIndex().column()
        if 0 <= column < len(self.grid_model.days):
            self.selectColumn(column)

    def select_row(self) -> None:
        row = self.currentIndex().row()
        if row >= 0:
            self.clearSelection()
            days = len(self.grid_model.days)
            top = self.grid_model.index(row, 0)
            bottom = self.grid_model.index(row, days - 1)
            flag = QItemSelectionModel.SelectionFlag.Select
            self.selectionModel().select(QItemSelection(top, bottom), flag)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = Qt.Key(event.key())
        mods = event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        mark = mark_for_key(event) if plain else None
        if mark is not None:
            self.set_mark(mark)
        elif key in CLEAR_KEYS and plain:
            self.set_mark(None)
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Y and mods == Qt.KeyboardModifier.ControlModifier
        ):
            self.redo()
        elif key == Qt.Key.Key_Space and mods & Qt.KeyboardModifier.ControlModifier:
            self.select_column()
        elif key == Qt.Key.Key_Space and mods & Qt.KeyboardModifier.ShiftModifier:
            self.select_row()
        else:
            super().keyPressEvent(event)
