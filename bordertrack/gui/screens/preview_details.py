"""The import preview's lines: each record and field a bundle would change (old -> new),
each conflict it would create with both values, who made them and when, and each change
it would hold; filtered by entity and by kind.

The lines are made by the core during the preview (services.import_preview_details), with
values already in the person's words; this widget only lists and filters them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.gui.labels import entity_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services.import_preview_details import KINDS, DetailLine, filter_lines


class PreviewDetails(Retranslating, QWidget):
    """Two filters above a read-only table of at most a few thousand preview lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DetailLine] = []
        self.total = 0
        self.entity = QComboBox(objectName="details_entity")
        self.kind = QComboBox(objectName="details_kind")
        for combo in (self.entity, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.entity_label, self.kind_label = QLabel(), QLabel()
        self.entity_label.setBuddy(self.entity)
        self.kind_label.setBuddy(self.kind)
        self.more = QLabel(wordWrap=True, objectName="details_more")
        self.table = QTableWidget(objectName="preview_details")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        filters.addWidget(self.entity_label)
        filters.addWidget(self.entity)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.more)
        self.retranslate_ui()

    def show_lines(self, lines: list[DetailLine], total: int) -> None:
        """Show a preview's lines (none: an empty table); the filters keep their choice."""
        self.lines, self.total = list(lines), total
        self._fill_entities()
        self._fill()

    def kind_text(self, kind: str) -> str:
        return {
            "new": self.tr("New"),
            "changed": self.tr("Changed"),
            "deleted": self.tr("Deleted"),
            "conflict": self.tr("Conflict"),
            "held": self.tr("Held"),
        }.get(kind, kind)

    def _fill_entities(self) -> None:
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("All records"), None)
        for name in sorted({x.entity for x in self.lines}):
            self.entity.addItem(entity_label(name, plural=True), name)
        self.entity.setCurrentIndex(max(self.entity.findData(current), 0))
        self.entity.blockSignals(False)

    def shown(self) -> list[DetailLine]:
        """The lines the filters let through, in the table's order."""
        return filter_lines(
            self.lines, entity=self.entity.currentData(), kind=self.kind.currentData()
        )

    def _side(self, text: str, by: str, at: str) -> str:
        if not by:
            return text
        return self.tr("{value} ({device}, {when})").format(value=text, device=by, when=at)

    def _fill(self) -> None:
        lines = self.shown()
        self.table.setRowCount(len(lines))
        for r, x in enumerate(lines):
            record = f"{entity_label(x.entity)}: {x.title}"
            note = x.note
            if x.kind == "conflict":
                note = self.tr("both kept for review on the Conflicts tab")
            cells = (
                self.kind_text(x.kind),
                record,
                x.field_label,
                self._side(x.old_text, x.old_by, x.old_at) if x.kind != "held" else "",
                self._side(x.new_text, x.new_by, x.new_at),
                note,
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        hidden = self.total - len(self.lines)
        self.more.setVisible(hidden > 0)
        self.more.setText(
            self.tr("{n} more lines are not listed; the counts above include them.").format(
                n=hidden
            )
        )

    def retranslate_ui(self) -> None:
        self.entity_label.setText(self.tr("&Records:"))
        self.kind_label.setText(self.tr("&Kind:"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(self.kind_text(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.table.setColumnCount(6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("After the import"),
                self.tr("Note"),
            ]
        )
        self._fill_entities()
        self._fill()
