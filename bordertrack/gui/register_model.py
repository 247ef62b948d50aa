"""The register wizard's preview table: one line per sheet row with its action, its values and
what is wrong or to review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from bordertrack.domain.entities import ENTITIES
from bordertrack.gui.labels import field_label, vocab_label
from bordertrack.services.register_import.preview import CREATE, NOT_ITEM, SKIP, UPDATE, RowPlan

Index = QModelIndex | QPersistentModelIndex


def outcome_text(outcome: str) -> str:
    """A column's outcome as the person reads it ('mapped' shows the field's label instead)."""
    if outcome == "notes":
        return QCoreApplication.translate("PlanModel", "Kept in the notes")
    if outcome == "left out":
        return QCoreApplication.translate("PlanModel", "Left out")
    return outcome


def rows_shown(rows: list[RowPlan], show: str | None) -> list[RowPlan]:
    """The rows a filter keeps: all, not imported, to review, or not items."""
    if show == SKIP:
        return [r for r in rows if r.action == SKIP]
    if show == "review":
        return [r for r in rows if r.review and r.action in (CREATE, UPDATE)]
    if show == NOT_ITEM:
        return [r for r in rows if r.action == NOT_ITEM]
    return rows


class PlanModel(QAbstractTableModel):
    """The preview's rows (in memory: a register is one sheet), filtered by the wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowPlan] = []
        self.entity = "equipment"

    def set_rows(self, rows: list[RowPlan], entity_name: str) -> None:
        self.beginResetModel()
        self.rows, self.entity = rows, entity_name
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Action"), self.tr("Values"), self.tr("Problems"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == SKIP:
                return QColor("#b00020")
            if row.action == NOT_ITEM:
                return QColor("#666666")
            if row.review:
                return QColor("#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(self._notes(row))
        return None

    def _notes(self, row: RowPlan) -> list[str]:
        out = row.problems + row.warnings
        if row.review and row.action in (CREATE, UPDATE):
            out.append(self.tr("Needs review: {what}").format(what="; ".join(row.review)))
        if row.action == NOT_ITEM:
            out.append(self.tr("Not an item: {why}").format(why=row.reason))
        return out

    def _shown(self, name: str, value: Any) -> str:
        """A vocabulary code as its label in the current language; other values as they are."""
        e = ENTITIES[self.entity]
        f = e.field(name) if e.has_field(name) else None
        if f is not None and f.vocab:
            return vocab_label(f.vocab, str(value))
        return str(value)

    def _text(self, row: RowPlan, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            actions = {"create": self.tr("New"), "update": self.tr("Change"),
                       "unchanged": self.tr("Unchanged"), "skip": self.tr("Not imported"),
                       "not_item": self.tr("Not an item")}  # fmt: skip
            text = actions[row.action]
            if row.review and row.action in (CREATE, UPDATE):
                text = self.tr("{action}, to review").format(action=text)
            return text
        if column == 2:
            return "; ".join(
                f"{field_label(self.entity, k)}: {self._shown(k, v)}"
                for k, v in row.values.items()
                if v is not None and not k.startswith("_")
            )
        return " ".join(self._notes(row))
