"""A record's history: who changed which field, on which device, when, old → new."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.gui.labels import field_label, vocab_label
from bordertrack.gui.refs import RefResolver
from bordertrack.services.records import HistoryEntry, history
from bordertrack.store.database import Store
from bordertrack.store.hlc import wall_ms


def _show(store: Store, resolver: RefResolver, f: Field | None, value: Any) -> str:
    if value in (None, ""):
        return "—"
    if f is None:
        return str(value)
    if f.kind == Kind.VOCAB and f.vocab:
        return vocab_label(f.vocab, value)
    if f.kind == Kind.REF and f.ref:
        return resolver.name(f.ref, value)
    return str(value)


class HistoryDialog(QDialog):
    """A few dozen rows at most per record, so a plain table widget is right here."""

    def __init__(
        self, store: Store, entity_name: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = history(store, entity_name, record_id)
        e = ENTITIES[entity_name]
        resolver = RefResolver(store)
        self.table = QTableWidget(len(self.entries), 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, h in enumerate(self.entries):
            f = e.field(h.field) if e.has_field(h.field) else None
            when = QDateTime.fromMSecsSinceEpoch(wall_ms(h.hlc))
            name = field_label(entity_name, h.field) if f else self.tr(h.field)
            change = f"{_show(store, resolver, f, h.old)} → {_show(store, resolver, f, h.new)}"
            if h.note:
                change += f" ({h.note})"
            if not h.accepted:
                change += " " + self.tr("(held: waits for the record to reach this post)")
            who = h.operator or self.tr("(not recorded)")
            cells = (
                QLocale().toString(when, QLocale.FormatType.ShortFormat),
                h.device_name,
                who,
                name,
                change,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Device"),
                self.tr("Who"),
                self.tr("Field"),
                self.tr("Old → new"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 420)
