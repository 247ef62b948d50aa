"""Enrolment of one session: look people up by service number, results, derived completion.

Typing a service number and Enter enrols the person who holds it; only an unknown number
asks for a name and sex, so one officer is never entered twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.error_text import error_text
from bordertrack.gui.labels import field_label, vocab_items, vocab_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services import lookups, training
from bordertrack.store.query import Reads

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("person", "service_number", "result", "score", "certificate_number", "attended", "done")
EDITABLE = ("result", "score", "certificate_number")


class ResultsModel(QAbstractTableModel):
    """A session's enrolments (tens of rows): result, score and certificate edited in place."""

    failed = Signal(object)
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.done: dict[str, training.Completion] = {}

    def load(self, session_id: str | None) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self.rows, self.done = [], {}
        if session_id:
            store = self.ctx.store
            self.rows = training.attendance_grid(store, session_id).enrolments
            details = lookups.enrolment_details(store, [row["id"] for row in self.rows])
            for row in self.rows:
                row["score"], row["certificate_number"] = details.get(row["id"], (None, None))
            self.done = training.completions(store, session_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: dict[str, Any], column: str) -> str:
        c = self.done.get(row["id"])
        if column == "person":
            return str(row["full_name"] or "")
        if column == "result":
            return vocab_label("enrolment_result", row["result"])
        if column == "score":
            return "" if row["score"] is None else QLocale().toString(float(row["score"]), "f", 1)
        if column == "attended":
            if c is None:
                return ""
            return self.tr("{n}/{days} days ({pct}%)").format(
                n=c.attended, days=c.days, pct=QLocale().toString(round(c.attended_percent))
            )
        if column == "done":
            return self.tr("Completed") if c and c.completed else self.tr("Not completed")
        return str(row.get(column) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and column == "result":
                return row["result"]
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "done":
            c = self.done.get(row["id"])
            return QBrush(QColor("#d5f0d5" if c and c.completed else "#f1f1f1"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        text = value.strip() if isinstance(value, str) else value
        try:
            store, operator = self.ctx.store, self.ctx.operator
            values = {column: text if text != "" else None}
            self.ctx.write(lambda: training.set_result(store, row["id"], values, operator=operator))
        except BorderTrackError as exc:
            self.failed.emit(exc)
            return False
        self.load(self.session_id)
        self.saved.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        column = COLUMNS[section]
        if column == "person":
            return field_label("enrolment", "person")
        if column == "service_number":
            return field_label("person", "service_number")
        if column == "attended":
            return self.tr("Attendance")
        if column == "done":
            return self.tr("Completion")
        return field_label("enrolment", column)


class ResultDelegate(QStyledItemDelegate):
    """Result is chosen from its vocabulary, so codes stay codes and labels translate."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        if COLUMNS[index.column()] != "result":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, label in vocab_items("enrolment_result"):
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class EnrolmentPanel(Retranslating, QWidget):
    """Service-number look-up above the session's results table."""

    enrolled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.number = QLineEdit(objectName="service_number")
        self.number.returnPressed.connect(self.enrol)
        self.enrol_button = QPushButton(clicked=self.enrol)
        self.message = QLabel(objectName="enrol_message", wordWrap=True)
        self.new_name = QLineEdit(objectName="new_name")
        self.new_name.returnPressed.connect(self.enrol)
        self.new_sex = QComboBox(objectName="new_sex")
        self.new_agency = QComboBox(objectName="new_agency")
        self.new_box = QWidget()
        self.model = ResultsModel(ctx, self)
        self.model.failed.connect(lambda exc: ctx.show_error(self, exc))
        self.table = QTableView(objectName="results")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ResultDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Headers are never cut ("зматтык номе"): each column as wide as its header and
        # values, the person's name takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self._layout()
        self.retranslate_ui()

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setBuddy(self.number)
        top.addWidget(self.number_label)
        top.addWidget(self.number, 1)
        top.addWidget(self.enrol_button)
        form = QFormLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_label, self.sex_label, self.agency_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.name_label, self.new_name),
            (self.sex_label, self.new_sex),
            (self.agency_label, self.new_agency),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.new_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.new_box)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        self.number_label.setText(self.tr("&Service number:"))
        self.number.setPlaceholderText(self.tr("Type a service number and press Enter"))
        self.enrol_button.setText(self.tr("E&nrol"))
        self.name_label.setText(field_label("person", "full_name") + ":")
        self.sex_label.setText(field_label("person", "sex") + ":")
        self.agency_label.setText(field_label("person", "agency") + ":")
        # No guess at a new trainee's sex: "not recorded" until the person chooses.
        chosen = self.new_sex.currentData() or "not_recorded"
        self.new_sex.clear()
        for code, label in vocab_items("sex"):
            self.new_sex.addItem(label, code)
        self.new_sex.setCurrentIndex(max(0, self.new_sex.findData(chosen)))
        self._fill_agencies()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _fill_agencies(self) -> None:
        current = self.new_agency.currentData()
        self.new_agency.clear()
        self.new_agency.addItem("", None)
        for code, name in lookups.named(self.ctx.store, "agency"):
            self.new_agency.addItem(name, code)
        self.new_agency.setCurrentIndex(max(0, self.new_agency.findData(current)))

    def load(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.model.load(session_id)
        self.setEnabled(session_id is not None)

    def enrol(self) -> None:
        """Enrol by service number; an unknown number first asks for the person's name."""
        number = self.number.text().strip()
        if not self.session_id or not number:
            return
        person = None
        if not self.new_box.isHidden():
            person = {
                "full_name": self.new_name.text().strip(),
                "sex": self.new_sex.currentData(),
                "agency": self.new_agency.currentData(),
            }
        try:
            store, session, operator = self.ctx.store, self.session_id, self.ctx.operator
            result = self.ctx.write(
                lambda: training.enrol(store, session, number, person, operator=operator)
            )
        except training.PersonNeeded:
            self._ask_for_person()
            return
        except BorderTrackError as exc:
            self.message.setText(error_text(exc))
            return
        self._after_enrol(result)

    def _ask_for_person(self) -> None:
        self.new_box.setVisible(True)
        self.message.setText(
            self.tr("Nobody holds this service number yet: enter the new person's name.")
        )
        self.new_name.setFocus()

    def _after_enrol(self, result: training.EnrolResult) -> None:
        name = (
            Reads(self.ctx.store)
            .titles("person", [result.person_id])
            .get(result.person_id, result.person_id)
        )
        if result.created_person:
            text = self.tr("{name} was added to the people and enrolled.")
        else:
            text = self.tr("{name} was found by service number and enrolled.")
        self.message.setText(text.format(name=name))
        self.new_box.setVisible(False)
        self.new_name.clear()
        self.new_sex.setCurrentIndex(max(0, self.new_sex.findData("not_recorded")))
        self.number.clear()
        self.number.setFocus()
        self.model.load(self.session_id)
        self.enrolled.emit()
