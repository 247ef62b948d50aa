"""The Training screen: course sessions with their enrolment, results and attendance grid,
and the list of courses.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.error_text import error_text
from bordertrack.gui.flow_layout import flow_row
from bordertrack.gui.labels import vocab_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.attendance_grid import AttendanceGrid
from bordertrack.gui.screens.enrolment_panel import EnrolmentPanel
from bordertrack.gui.table_model import SqlTableModel
from bordertrack.services import lookups
from bordertrack.services.dashboard import results_missing_condition

MARK_BUTTONS = (("present", "P"), ("late", "L"), ("excused", "E"), ("absent", "A"))


class RecordList(QWidget):
    """Search box, New / Edit buttons and a lazy SQL table of one entity."""

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.model = SqlTableModel(ctx.store, entity, self)
        self.search = QLineEdit(objectName=f"{entity}_search", clearButtonEnabled=True)
        self.search.textChanged.connect(self.model.set_search)
        self.new_button = QPushButton(clicked=lambda: self.edit(None))
        self.edit_button = QPushButton(clicked=lambda: self.edit(self.current_id()))
        self.table = QTableView(objectName=f"{entity}_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit(self.current_id()))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def fit_columns(self) -> None:
        """Columns as wide as their text (sampled by Qt), none wider than a third of the view."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for i in range(header.count()):
            header.resizeSection(i, min(header.sectionSize(i), 300))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def edit(self, record_id: str | None) -> None:
        """Open the frame's generated editor; saving refreshes every screen."""
        from bordertrack.gui.editor import RecordEditor

        try:
            RecordEditor(self.ctx, self.entity, record_id, parent=self).exec()
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)


class TrainingScreen(Retranslating, QWidget):
    """Sessions above, the selected session's enrolment and attendance below."""

    shows = frozenset({"enrolment", "attendance", "person"})  # besides its tables

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.sessions = RecordList(ctx, "training_session", self)
        start = self.sessions.model.columns.index("start_date")
        self.sessions.table.sortByColumn(start, Qt.SortOrder.DescendingOrder)
        self.sessions.fit_columns()
        self.courses = RecordList(ctx, "course", self)
        self.courses.fit_columns()
        self.title = QLabel(objectName="session_title")
        self.enrolment = EnrolmentPanel(ctx, self)
        self.grid = AttendanceGrid(ctx.store, ctx.operator, self, ctx.write)
        self.grid.failed.connect(lambda exc: ctx.show_error(self, exc))
        self.grid.marked.connect(self._after_marks)
        self.enrolment.enrolled.connect(self._reload_session)
        self.mark_buttons: dict[str, QPushButton] = {}
        self.detail = QTabWidget(objectName="session_detail")
        self.detail.addTab(self.enrolment, "")
        self.detail.addTab(self._attendance_tab(), "")
        self.tabs = QTabWidget(objectName="training_tabs")
        self.tabs.addTab(self._sessions_tab(), "")
        self.tabs.addTab(self.courses, "")
        # The dashboard's "enrolments without a result" opens exactly these enrolments.
        self.results_missing = RecordList(ctx, "enrolment", self)
        self.results_missing.new_button.hide()
        self.tabs.addTab(self.results_missing, "")
        self._list_results_missing()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.sessions.table.selectionModel().selectionChanged.connect(self._session_selected)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.focus_grid)
        self.retranslate_ui()
        self.load_session(None)

    def _sessions_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sessions)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.detail, 1)
        split.addWidget(lower)
        # The session list takes a fair share and grows with the window (not five rows).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 380])
        return split

    def _attendance_tab(self) -> QWidget:
        tab = QWidget()
        bar_widget, bar = flow_row(tab)
        self.legend = QLabel(wordWrap=True)
        self.advance_label = QLabel()
        self.advance = QComboBox(objectName="advance")
        self.advance.addItems(["", ""])
        self.advance.currentIndexChanged.connect(
            lambda i: setattr(self.grid, "advance", AttendanceGrid.ADVANCE[max(i, 0)])
        )
        self.advance_label.setBuddy(self.advance)
        self.undo_button = QPushButton(objectName="undo_mark", clicked=self.grid.undo)
        self.redo_button = QPushButton(objectName="redo_mark", clicked=self.grid.redo)
        self.grid.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.grid.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for mark, key in MARK_BUTTONS:
            button = QPushButton(objectName=f"mark_{mark}")
            button.clicked.connect(lambda _=False, m=mark: self._mark_from_button(m))
            button.setToolTip(key)
            self.mark_buttons[mark] = button
            bar.addWidget(button)
        self.clear_button = QPushButton(clicked=lambda: self._mark_from_button(None))
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        for widget in (self.undo_button, self.redo_button, self.advance_label, self.advance):
            bar.addWidget(widget)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.legend)
        layout.addWidget(bar_widget)
        layout.addWidget(self.grid, 1)
        return tab

    # -- behaviour --------------------------------------------------------------------
    def _session_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if rows:
            self.load_session(self.sessions.model.record_id(min(rows)))

    def load_session(self, session_id: str | None) -> None:
        """Show one session's enrolment and grid (None: nothing selected)."""
        self.session_id = session_id
        try:
            self.enrolment.load(session_id)
            self.grid.load(session_id)
        except BorderTrackError as exc:
            self.grid.load(None)
            self.title.setText(error_text(exc))
            return
        self.detail.setEnabled(session_id is not None)
        self._update_title()

    def _update_title(self) -> None:
        if self.session_id is None:
            self.title.setText(
                self.tr("Choose a session above to enrol people and mark attendance.")
            )
            return
        s = list(lookups.session_summary(self.ctx.store, self.session_id).values())
        text = self.tr("<b>{course}</b> — {start} to {end}, {place} ({status}); {n} enrolled")
        self.title.setText(
            text.format(
                course=s[0], start=s[1], end=s[2], place=s[3] or "—",
                status=vocab_label("session_status", s[4]) or "—",
                n=self.enrolment.model.rowCount(),
            )
        )  # fmt: skip

    def _mark_from_button(self, mark: str | None) -> None:
        self.grid.set_mark(mark)
        self.grid.setFocus()

    def _after_marks(self, changed: int) -> None:
        if changed:
            self.enrolment.model.load(self.session_id)

    def _reload_session(self) -> None:
        self.grid.load(self.session_id)
        self._update_title()

    def focus_grid(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.detail.setCurrentIndex(1)
        self.grid.setFocus()

    def show_view(self, name: str) -> None:
        """The view the dashboard asks for: "results_missing" or the sessions."""
        if name == "results_missing":
            self._list_results_missing()
            self.tabs.setCurrentWidget(self.results_missing)
        else:
            self.tabs.setCurrentIndex(0)

    def _list_results_missing(self) -> None:
        condition = results_missing_condition(dt.date.today())
        self.results_missing.model.set_condition("results_missing", condition)
        self.results_missing.fit_columns()

    def refresh(self) -> None:
        """After edits elsewhere or an import: reload lists, keep the chosen session."""
        keep = self.session_id
        self.sessions.model.refresh()
        self.courses.model.refresh()
        self.results_missing.model.refresh()
        if keep:
            self.sessions.select_id(keep)
        self.load_session(keep)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("&Sessions"))
        self.tabs.setTabText(1, self.tr("C&ourses"))
        self.tabs.setTabText(2, self.tr("&Results to record"))
        self.detail.setTabText(0, self.tr("Enrolment and &results"))
        self.detail.setTabText(1, self.tr("&Attendance (Ctrl+G)"))
        self.sessions.search.setPlaceholderText(
            self.tr("Search sessions by course, place, trainer")
        )
        self.courses.search.setPlaceholderText(self.tr("Search courses"))
        self.sessions.new_button.setText(self.tr("&New session"))
        self.sessions.edit_button.setText(self.tr("&Edit session"))
        self.courses.new_button.setText(self.tr("New &course"))
        self.courses.edit_button.setText(self.tr("Edit cou&rse"))
        self.legend.setText(
            self.tr(
                "Keys: P present, L late, E excused, A absent, Delete clears; "
                "Ctrl+Space a whole day, Shift+Space a whole person; Ctrl+Z undoes, Ctrl+Y redoes."
            )
        )
        self.advance_label.setText(self.tr("After a &mark go to:"))
        self.advance.setItemText(0, self.tr("the next person"))
        self.advance.setItemText(1, self.tr("the next day"))
        self.undo_button.setText(self.tr("&Undo mark"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.redo_button.setText(self.tr("Re&do mark"))
        self.redo_button.setToolTip(self.tr("Ctrl+Y"))
        for mark, key in MARK_BUTTONS:
            self.mark_buttons[mark].setText(
                self.tr("{mark} ({key})").format(mark=vocab_label("attendance_mark", mark), key=key)
            )
        self.clear_button.setText(self.tr("Clear (Del)"))
        self._update_title()
