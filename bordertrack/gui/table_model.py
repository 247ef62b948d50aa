"""A lazy table over one entity's SQL table: COUNT once, pages of 200 rows on demand.

Sorting, text search and filters are SQL (the 200,000-item register stays fast);
references show by name, vocabularies and dates in the current language.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.fields import Field, Kind
from bordertrack.gui.labels import field_label, vocab_label
from bordertrack.gui.refs import RefResolver
from bordertrack.services.register_export import RegisterKeys
from bordertrack.store.database import Store

PAGE = 200
MAX_PAGES = 50
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
    """Read-only model of live records of `entity`; call refresh() after data changes."""

    def __init__(self, store: Store, entity_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entity = ENTITIES[entity_name]
        self.columns: list[str] = default_columns(self.entity)
        self._all = ("id", *self.entity.field_names)
        self.refs = RefResolver(store)
        self.search = ""
        self.filters: dict[str, Any] = {}
        self.conditions: dict[str, tuple[str, tuple[Any, ...]]] = {}
        self.order: tuple[str, bool] = (self.entity.title[0], False)
        self.row_colour: RowColour | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.refresh()

    # -- query building ---------------------------------------------------------
    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause of the current view and its parameters."""
        clauses, params = ["_deleted = 0"], []
        for name, value in self.filters.items():
            if value not in (None, ""):
                clauses.append(f'"{name}" = ?')
                params.append(value)
        for sql, args in self.conditions.values():
            clauses.append(f"({sql})")
            params.extend(args)
        if self.search.strip():
            sql, args = self._search_clause(self.search.strip())
            clauses.append(sql)
            params.extend(args)
        return " AND ".join(clauses), params

    def _search_clause(self, text: str) -> tuple[str, list[Any]]:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        parts, params = [], []
        for f in self.entity.fields:
            if not f.searchable:
                continue
            parts.append(f"\"{f.name}\" LIKE ? ESCAPE '\\'")
            params.append(pattern)
            target = ENTITIES.get(f.ref or "")
            if target is not None:
                name_col = target.title[0]
                parts.append(
                    f'"{f.name}" IN (SELECT "{target.key}" FROM {target.table} '
                    f"WHERE \"{name_col}\" LIKE ? ESCAPE '\\')"
                )
                params.append(pattern)
        if not parts:
            return "1", []
        return "(" + " OR ".join(parts) + ")", params

    def _select(self) -> tuple[str, list[Any]]:
        where, params = self.where()
        col, desc = self.order
        direction = "DESC" if desc else "ASC"
        cols = ", ".join(f'"{c}"' for c in self._all)
        sql = (
            f"SELECT {cols} FROM {self.entity.table} WHERE {where} "
            f'ORDER BY "{col}" {direction}, id {direction}'
        )
        return sql, params

    # -- state changes ------------------------------------------------------------
    def refresh(self) -> None:
        """Forget cached pages and count again (after an edit, import or filter change)."""
        self.beginResetModel()
        self._pages.clear()
        self.refs.clear()
        where, params = self.where()
        sql = f"SELECT count(*) FROM {self.entity.table} WHERE {where}"
        self._count = self.store.conn.execute(sql, params).fetchone()[0]
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def set_filter(self, field: str, value: Any) -> None:
        self.filters[field] = value
        self.refresh()

    def set_condition(self, key: str, sql: str | None, params: tuple[Any, ...] = ()) -> None:
        """An extra SQL condition (late works, a period); None removes it."""
        if sql is None:
            self.conditions.pop(key, None)
        else:
            self.conditions[key] = (sql, params)
        self.refresh()

    def set_columns(self, names: list[str]) -> None:
        self.beginResetModel()
        self.columns = [n for n in names if self.entity.has_field(n)] or default_columns(
            self.entity
        )
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.order = (self.columns[column], order == Qt.SortOrder.DescendingOrder)
            self.refresh()

    # -- reading ------------------------------------------------------------------
    def _row(self, row: int) -> tuple[Any, ...]:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            sql, params = self._select()
            page = self.store.conn.execute(
                sql + f" LIMIT {PAGE} OFFSET {page_no * PAGE}", params
            ).fetchall()
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            self._warm_refs(page)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else (None,) * len(self._all)

    def _warm_refs(self, page: list[tuple[Any, ...]]) -> None:
        for f in self.entity.fields:
            if f.ref and f.name in self.columns:
                i = self._all.index(f.name)
                self.refs.names(f.ref, (r[i] for r in page))

    def record(self, row: int) -> dict[str, Any]:
        return dict(zip(self._all, self._row(row), strict=True))

    def record_id(self, row: int) -> str:
        return str(self._row(row)[0])

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
        sql, params = self._select()
        fields = [self.entity.field(c) for c in self.columns]
        idx = [self._all.index(c) for c in self.columns]
        resolver = RefResolver(self.store)
        keys = RegisterKeys(self.store)
        for row in self.store.conn.execute(sql, params).fetchall():
            yield [
                _export_value(self, resolver, f, row[i], keys)
                for f, i in zip(fields, idx, strict=True)
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
