"""The register wizard's preview table: one line per sheet row with its action and problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from bordertrack.gui.labels import field_label
from bordertrack.services.register_import.preview import SKIP, RowPlan

Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The preview's rows (in memory: a register is one sheet), optionally only the skipped."""

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
        if role == Qt.ItemDataRole.ForegroundRole and row.action == SKIP:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(row.problems + row.warnings)
        return None

    def _text(self, row: RowPlan, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return {"create": self.tr("New"), "update": self.tr("Change"),
                    "unchanged": self.tr("Unchanged"), "skip": self.tr("Not imported")}[row.action]  # fmt: skip
        if column == 2:
            return "; ".join(
                f"{field_label(self.entity, k)}: {v}"
                for k, v in row.values.items()
                if v is not None
            )
        return " ".join(row.problems + row.warnings)
