"""A lazy table over one entity: the ids of the view, rows fetched for what is shown.

The core's read side (`store.query`) answers the view (filters, search, conditions,
order) with ids; the model keeps them and asks for the rows of a block when the table
paints it, as Anki's browser does. Opening counts the view and takes the ids of its first
block only; the whole id list is read the first time a row past that block is wanted, so
a 200,000-item table opens without reading 200,000 ids. References show by name,
vocabularies and dates in the current language.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.fields import Field, Kind
from bordertrack.gui.labels import field_label, vocab_label
from bordertrack.gui.refs import RefResolver
from bordertrack.services.register_export import RegisterKeys
from bordertrack.store.database import Store
from bordertrack.store.query import Condition, Reads, View

BLOCK = 200
MAX_BLOCKS = 50
RAW_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
RowColour = Callable[[dict[str, Any]], QColor | None]


def show_date(iso: str) -> str:
    """A stored ISO date in the person's locale; ISO itself where no locale is set (C)."""
    d = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not d.isValid():
        return iso
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return iso
    return locale.toString(d, QLocale.FormatType.ShortFormat)


def default_columns(e: Entity) -> list[str]:
    return [f.name for f in e.fields if f.in_list]


class SqlTableModel(QAbstractTableModel):
    """Read-only model of live records of `entity`; call refresh() after data changes.

    Holds the ids of its view; rows are fetched a block at a time and cached.
    """

    def __init__(self, store: Store, entity_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reads = Reads(store)
        self.entity = ENTITIES[entity_name]
        self.columns: list[str] = default_columns(self.entity)
        self._all = ("id", *self.entity.field_names)
        self.refs = RefResolver(store)
        self.view = View(entity_name, order=(self.entity.title[0], False))
        self.row_colour: RowColour | None = None
        self._ids: list[str] = []
        self._count = 0
        self._complete = True
        self._blocks: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.refresh()

    @property
    def search(self) -> str:
        return self.view.search

    @property
    def order(self) -> tuple[str, bool]:
        return self.view.order or ("id", False)

    # -- state changes ------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the ids again and forget cached rows (after an edit, import or filter)."""
        self.beginResetModel()
        self._blocks.clear()
        self.refs.clear()
        # The first block and the count; a search reads the table once for both.
        self._ids, self._count = self.reads.page(self.view, BLOCK)
        self._complete = len(self._ids) >= self._count
        self.endResetModel()

    def set_view(self, view: View) -> None:
        self.view = view
        self.refresh()

    def set_search(self, text: str) -> None:
        self.set_view(replace(self.view, search=text))

    def set_filter(self, field: str, value: Any) -> None:
        self.set_view(self.view.with_filter(field, value))

    def set_condition(self, key: str, condition: Condition | None) -> None:
        """A condition from the core (late works, a period); None removes it."""
        self.set_view(self.view.with_condition(key, condition))

    def set_columns(self, names: list[str]) -> None:
        self.beginResetModel()
        self.columns = [n for n in names if self.entity.has_field(n)] or default_columns(
            self.entity
        )
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            wanted = (self.columns[column], order == Qt.SortOrder.DescendingOrder)
            if wanted != self.view.order:  # the header announces the current order too
                self.set_view(replace(self.view, order=wanted))

    # -- reading ------------------------------------------------------------------
    def _all_ids(self) -> list[str]:
        """Every id of the view, read once per refresh when a row past the first block is
        wanted. Should a commit have slipped in since the count, the count follows after
        the paint that asked."""
        if not self._complete:
            self._complete = True
            self._ids = self.reads.ids(self.view)
            if len(self._ids) != self._count:
                QTimer.singleShot(0, self._recount)
        return self._ids

    def _recount(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self._count = len(self._ids)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        """The row showing `record_id`, or -1."""
        for ids in (self._ids, self._all_ids()):
            try:
                return ids.index(record_id)
            except ValueError:
                continue
        return -1

    def _row(self, row: int) -> tuple[Any, ...]:
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            ids = (self._ids if block_no == 0 else self._all_ids())[
                block_no * BLOCK : (block_no + 1) * BLOCK
            ]
            found = self.reads.rows(self.entity.name, ids, self._all)
            block = [found.get(i) or (i, *(None,) * (len(self._all) - 1)) for i in ids]
            self._blocks[block_no] = block
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
            self._warm_refs(block)
        else:
            self._blocks.move_to_end(block_no)
        offset = row - block_no * BLOCK
        return block[offset] if offset < len(block) else (None,) * len(self._all)

    def _warm_refs(self, page: list[tuple[Any, ...]]) -> None:
        for f in self.entity.fields:
            if f.ref and f.name in self.columns:
                i = self._all.index(f.name)
                self.refs.names(f.ref, (r[i] for r in page))

    def record(self, row: int) -> dict[str, Any]:
        return dict(zip(self._all, self._row(row), strict=True))

    def record_id(self, row: int) -> str:
        return (self._ids if row < len(self._ids) else self._all_ids())[row]

    def display(self, f: Field, value: Any) -> str:
        """A value as a person reads it in this language."""
        if value is None or value == "":
            return ""
        if f.kind == Kind.VOCAB and f.vocab:
            return vocab_label(f.vocab, value)
        if f.kind == Kind.REF and f.ref:
            return self.refs.name(f.ref, value)
        if f.kind == Kind.DATE:
            return show_date(str(value))
        if f.kind == Kind.MONEY:
            return QLocale().toString(float(value), "f", 2)
        if f.kind in (Kind.INT, Kind.PERCENT, Kind.REAL):
            return QLocale().toString(value)
        return str(value)

    # -- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        name = self.columns[index.column()]
        row = self._row(index.row())
        value = row[self._all.index(name)]
        f = self.entity.field(name)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(f, value)
        if role == RAW_ROLE:
            return value
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in (
            Kind.INT,
            Kind.REAL,
            Kind.MONEY,
            Kind.PERCENT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_colour is not None:
            colour = self.row_colour(dict(zip(self._all, row, strict=True)))
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return field_label(self.entity.name, self.columns[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    # -- whole view (export) ------------------------------------------------------
    def headers(self) -> list[str]:
        return [field_label(self.entity.name, c) for c in self.columns]

    def iter_export_rows(self) -> Iterator[list[Any]]:
        """Every row of the current view for Excel: names and labels as shown, numbers as
        numbers, dates as dates. Runs on the worker thread (its own reference cache)."""
        fields = [self.entity.field(c) for c in self.columns]
        resolver = RefResolver(self.store)
        keys = RegisterKeys(self.store)
        for row in self.reads.iter_rows(self.view, self.columns):
            yield [
                _export_value(self, resolver, f, v, keys) for f, v in zip(fields, row, strict=True)
            ]


def _export_value(
    model: SqlTableModel,
    resolver: RefResolver,
    f: Field,
    value: Any,
    keys: RegisterKeys | None = None,
) -> Any:
    if value in (None, ""):
        return None
    if f.kind == Kind.REF and f.ref:
        # By code / service number, so the file re-imports with no change (register import).
        return keys.ref_value(f, value) if keys is not None else resolver.name(f.ref, value)
    if f.kind == Kind.DATE:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if f.kind in (Kind.INT, Kind.REAL, Kind.MONEY, Kind.PERCENT):
        return value
    return model.display(f, value)
