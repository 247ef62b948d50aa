"""The read side: one query object for every list of records, in the CLI and the window.

A `View` says which records (entity, exact filters, text search, conditions) in which
order; `Reads` answers it as ids, as rows for given ids, as counts, and gives the
choices of a reference field and record titles. Its shape follows sqlite-utils'
`rows_where(where, params, order_by, limit)` / `count_where`. Table models hold the ids
and ask for the rows they show, as Anki's browser does; nothing else builds a WHERE
clause over a synced table, and the rule "a live record is not deleted" is `LIVE`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from bordertrack.domain.entities import ENTITIES, Entity, entity
from bordertrack.domain.errors import UnknownField
from bordertrack.store.schema import (
    GONE,
    SEARCH_SEPARATOR,
    indexed_fields,
    search_index,
    search_refs,
    search_text_sql,
)

LIVE = "_deleted = 0"  # the one place that says which records are live
CHUNK = 900  # SQLite's default limit on bound parameters is 999
# A search's first page is looked for among this many records per row of the page, read in
# the view's order, before the whole table is: 10 finds it when one record in 10 matches.
PREFIX_PER_ROW = 10


def live(alias: str = "") -> str:
    """`LIVE` for a table known by `alias` in a join."""
    return f"{alias}.{LIVE}" if alias else LIVE


class HasConn(Protocol):
    """A Store: its `conn` is the calling thread's connection."""

    @property
    def conn(self) -> sqlite3.Connection: ...


@dataclass(frozen=True)
class Condition:
    """A predicate on one entity's table, built by the core (a period, late works).

    The window picks conditions by calling core functions; it never writes SQL.
    """

    sql: str
    params: tuple[Any, ...] = ()


def between(field_name: str, low: str | None, high: str | None) -> Condition | None:
    """Records whose `field_name` (an ISO date) is within [low, high]; None when open."""
    clauses, params = [], []
    if low:
        clauses.append(f'"{field_name}" >= ?')
        params.append(low)
    if high:
        clauses.append(f'"{field_name}" <= ?')
        params.append(high)
    return Condition(" AND ".join(clauses), tuple(params)) if clauses else None


@dataclass(frozen=True)
class View:
    """Which records of `entity` and in which order: what a table or `list` shows."""

    entity: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    search: str = ""
    conditions: Mapping[str, Condition] = field(default_factory=dict)
    order: tuple[str, bool] | None = None  # (field, descending); None: by id

    def with_filter(self, name: str, value: Any) -> View:
        return replace(self, filters={**self.filters, name: value})

    def with_condition(self, key: str, condition: Condition | None) -> View:
        conditions = {k: c for k, c in self.conditions.items() if k != key}
        if condition is not None:
            conditions[key] = condition
        return replace(self, conditions=conditions)


def where(view: View) -> tuple[str, list[Any]]:
    """The WHERE clause of `view` and its parameters (unknown fields are refused)."""
    e = entity(view.entity)
    clauses, params = [LIVE], []
    for name, value in view.filters.items():
        if value in (None, ""):
            continue
        if name != "id" and not e.has_field(name):
            raise UnknownField(e.name, name, e.field_names)
        clauses.append(f'"{name}" = ?')
        params.append(value)
    for cond in view.conditions.values():
        clauses.append(f"({cond.sql})")
        params.extend(cond.params)
    if view.search.strip():
        sql, args = _search_clause(e, view.search.strip())
        clauses.append(sql)
        params.extend(args)
    return " AND ".join(clauses), params


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search_clause(e: Entity, text: str) -> tuple[str, list[Any]]:
    """Searchable fields contain the text; a reference matches by the target's title."""
    pattern = _like(text)
    parts, params = [], []
    for f in e.fields:
        if not f.searchable:
            continue
        parts.append(f"\"{f.name}\" LIKE ? ESCAPE '\\'")
        params.append(pattern)
        target = ENTITIES.get(f.ref or "")
        if target is not None:
            parts.append(_titled(f.name, target))
            params.append(pattern)
    if not parts:
        return "1", []
    return "(" + " OR ".join(parts) + ")", params


def _titled(name: str, target: Entity) -> str:
    """A reference `name` names a record of `target` whose title contains the pattern."""
    return (
        f'"{name}" IN (SELECT "{target.key}" FROM {target.table} '
        f"WHERE \"{target.title[0]}\" LIKE ? ESCAPE '\\')"
    )


def _indexed_search(view: View) -> tuple[str, str, list[Any]] | None:
    """(search index, WHERE clause, params) of a view that only searches text, answered from
    the entity's search index: the same records as `where(view)`, read from the index's
    searchable text (`schema.search_text_sql`) instead of every row. None for any other
    view, and for a text holding the separator, which could match across two fields."""
    e = entity(view.entity)
    index, text = search_index(e), view.search.strip()
    if index is None or not text or SEARCH_SEPARATOR in text or view.conditions:
        return None
    if any(value not in (None, "") for value in view.filters.values()):
        return None
    pattern = _like(text)
    parts = [f"{search_text_sql(e)} LIKE ? ESCAPE '\\'"]
    parts += [_titled(name, ENTITIES[e.field(name).ref or ""]) for name in search_refs(e)]
    return index, f"{LIVE} AND ({' OR '.join(parts)})", [pattern] * len(parts)


def title_sql(e: Entity, alias: str = "") -> str:
    """SQL for a record's title: first title field, the rest in parentheses."""
    p = f"{alias}." if alias else ""
    first, *rest = e.title
    expr = f"coalesce({p}\"{first}\", '')"
    for name in rest:
        expr += f" || coalesce(' (' || {p}\"{name}\" || ')', '')"
    return expr


def _order_sql(e: Entity, order: tuple[str, bool] | None, *, scan: bool = False) -> str:
    """ORDER BY for `order`; with `scan` (a text search) the sort column's index is not
    walked: reading the table once and sorting the few matches beats a row lookup per
    index entry."""
    if order is None:
        return "id"
    col, desc = order
    if col != "id" and not e.has_field(col):
        raise UnknownField(e.name, col, e.field_names)
    direction = "DESC" if desc else "ASC"
    plus = "+" if scan else ""
    return f'{plus}"{col}" {direction}, id {direction}'


def _walks_index(e: Entity, order: tuple[str, bool] | None) -> bool:
    """Whether the view's order can be read along an index (the id's or the field's)."""
    return order is None or order[0] == "id" or order[0] in indexed_fields(e)


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class Reads:
    """Read-only questions about the records, answered on the calling thread's connection."""

    def __init__(self, store: HasConn) -> None:
        self.store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    # -- views ----------------------------------------------------------------------
    def ids(self, view: View, limit: int | None = None) -> list[str]:
        """Ids of the records of `view`, in its order."""
        e = entity(view.entity)
        clause, params = where(view)
        order = _order_sql(e, view.order, scan=bool(view.search.strip()))
        sql = f"SELECT id FROM {e.table} WHERE {clause} ORDER BY {order}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def page(self, view: View, limit: int) -> tuple[list[str], int]:
        """The first `limit` ids of `view` in its order, and how many records it holds:
        what a table shows when it opens or filters.

        A text search must read every record (or its search index) to count its matches,
        so it does that once. A search that many records match finds its page among the
        first records in order (`_first_in_prefix`) and only counts. Any other finds page
        and count in one pass that keeps every match to the end: cheaper than a second pass
        unless most records match, as a sample tells in an order no index gives
        (`_matched_share`). Where few match, the search index finds them."""
        ids: list[str]
        if not view.search.strip():
            ids = self.ids(view, limit)
            return ids, len(ids) if len(ids) < limit else self.count(view)
        e = entity(view.entity)
        clause, params = where(view)
        if _walks_index(e, view.order):
            first = self._first_in_prefix(e, view, clause, params, limit)
            if first is not None:
                return first, self.count(view)
            few = True  # fewer than one in PREFIX_PER_ROW match, at least at the start
        else:
            share = self._matched_share(e, clause, params, limit * PREFIX_PER_ROW)
            if share > 0.5:
                ids = self.ids(view, limit)
                return ids, len(ids) if len(ids) < limit else self.count(view)
            few = share * PREFIX_PER_ROW < 1
        order = _order_sql(e, view.order, scan=True)
        indexed = self._indexed_search(view)
        if indexed is not None and few:  # the index finds them; only they are read
            index, clause, params = indexed
            clause = f"rowid IN (SELECT rowid FROM {e.table} INDEXED BY {index} WHERE {clause})"
        sql = (
            f"SELECT id, count(*) OVER () FROM {e.table} WHERE {clause} "
            f"ORDER BY {order} LIMIT {int(limit)}"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [r[0] for r in rows], rows[0][1] if rows else 0

    def _first_in_prefix(
        self, e: Entity, view: View, clause: str, params: list[Any], limit: int
    ) -> list[str] | None:
        """The first `limit` ids of a view found among the first records of its table in
        the view's order (read along the sort column's index), or None when fewer match
        there. When they are all found there, no record further on can come before them:
        they are the view's first page, found without reading the whole table."""
        order = _order_sql(e, view.order)
        sql = (
            f"SELECT id FROM (SELECT * FROM {e.table} ORDER BY {order} "
            f"LIMIT {int(limit) * PREFIX_PER_ROW}) AS {e.table} "
            f"WHERE {clause} ORDER BY {order} LIMIT {int(limit)}"
        )
        found = [r[0] for r in self.conn.execute(sql, params)]
        return found if len(found) == limit else None

    def _indexed_search(self, view: View) -> tuple[str, str, list[Any]] | None:
        """`_indexed_search(view)` when the index is in this file (else the general path)."""
        indexed = _indexed_search(view)
        there = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
        if indexed is None or self.conn.execute(there, (indexed[0],)).fetchone():
            return indexed
        return None

    def _matched_share(self, e: Entity, clause: str, params: list[Any], sample: int) -> float:
        """The share of the first `sample` rows of the table that match (0 when empty)."""
        rows, matched = self.conn.execute(
            f"SELECT count(*), coalesce(sum(CASE WHEN {clause} THEN 1 ELSE 0 END), 0) "
            f"FROM (SELECT * FROM {e.table} LIMIT {int(sample)}) AS {e.table}",
            params,
        ).fetchone()
        return matched / rows if rows else 0.0

    def count(self, view: View) -> int:
        e = entity(view.entity)
        clause, params = where(view)
        indexed = self._indexed_search(view)
        if clause == LIVE and not params:  # a table opening: at a million rows, 10x faster
            sql = f"SELECT (SELECT count(*) FROM {e.table}) - (SELECT count(*) FROM {e.table} WHERE {GONE})"
        elif indexed is not None:  # a search: the search index, not every row
            index, clause, params = indexed
            sql = f"SELECT count(*) FROM {e.table} INDEXED BY {index} WHERE {clause}"
        else:
            sql = f"SELECT count(*) FROM {e.table} WHERE {clause}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def rows(
        self, entity_name: str, ids: Sequence[str], columns: Sequence[str] | None = None
    ) -> dict[str, tuple[Any, ...]]:
        """Each id's values of `columns` (default: id and every declared field), any order."""
        e = entity(entity_name)
        cols = tuple(columns or ("id", *e.field_names))
        found: dict[str, tuple[Any, ...]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, {_quoted(cols)} FROM {e.table} WHERE id IN ({marks})"
            for row in self.conn.execute(sql, chunk):
                found[row[0]] = tuple(row[1:])
        return found

    def rows_where(self, view: View, limit: int | None = None) -> list[dict[str, Any]]:
        """The records of `view` as dicts of id and declared fields (what `list` prints)."""
        e = entity(view.entity)
        cols = ("id", *e.field_names)
        clause, params = where(view)
        sql = (
            f"SELECT {_quoted(cols)} FROM {e.table} WHERE {clause} "
            f"ORDER BY {_order_sql(e, view.order)}"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [dict(zip(cols, row, strict=True)) for row in self.conn.execute(sql, params)]

    def iter_rows(self, view: View, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """Every record of `view` as `columns`, streamed (a whole view to Excel)."""
        e = entity(view.entity)
        clause, params = where(view)
        sql = (
            f"SELECT {_quoted(columns)} FROM {e.table} WHERE {clause} "
            f"ORDER BY {_order_sql(e, view.order)}"
        )
        yield from self.conn.execute(sql, params)

    # -- single records -----------------------------------------------------------------
    def record(self, entity_name: str, record_id: str) -> dict[str, Any] | None:
        """A record's declared fields and its `_deleted` flag; None when never seen."""
        e = entity(entity_name)
        cols = ("id", *e.field_names, "_deleted")
        row = self.conn.execute(
            f"SELECT {_quoted(cols)} FROM {e.table} WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else dict(zip(cols, row, strict=True))

    def find_live(
        self, entity_name: str, field_name: str, value: Any, *, not_id: str | None = None
    ) -> str | None:
        """The id of a live record whose `field_name` equals `value` (natural keys)."""
        e = entity(entity_name)
        row = self.conn.execute(
            f'SELECT id FROM {e.table} WHERE "{field_name}" = ? AND {LIVE} AND id IS NOT ?',
            (value, not_id),
        ).fetchone()
        return None if row is None else str(row[0])

    def exists(self, entity_name: str, record_id: str) -> bool:
        e = entity(entity_name)
        return (
            self.conn.execute(f"SELECT 1 FROM {e.table} WHERE id = ?", (record_id,)).fetchone()
            is not None
        )

    # -- references -----------------------------------------------------------------------
    def choices(self, entity_name: str, *, with_key: bool = False) -> list[tuple[Any, str]]:
        """(key, title) of every live record, by title: a reference field's drop-down."""
        e = entity(entity_name)
        title = title_sql(e)
        if with_key and e.key != "id":
            title = f"{title} || ' [' || \"{e.key}\" || ']'"
        sql = f'SELECT "{e.key}", {title} FROM {e.table} WHERE {LIVE} ORDER BY 2 COLLATE NOCASE'
        return [(k, t) for k, t in self.conn.execute(sql)]

    def titles(self, entity_name: str, keys: Iterable[Any]) -> dict[Any, str]:
        """Titles of the records with these keys (deleted ones too: history names them)."""
        e = entity(entity_name)
        wanted = [k for k in set(keys) if k not in (None, "")]
        out: dict[Any, str] = {}
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f'SELECT "{e.key}", {title_sql(e)} FROM {e.table} WHERE "{e.key}" IN ({marks})'
            for key, title in self.conn.execute(sql, chunk):
                out[key] = title or str(key)
        return out

    def suggest(self, entity_name: str, text: str, limit: int = 50) -> list[tuple[Any, str]]:
        """Live records whose key, natural keys or title contain `text`: a picker's list."""
        e = entity(entity_name)
        keys = [k for k in dict.fromkeys((e.key, *e.natural_keys, *e.title)) if k != "id"]
        if not keys:
            return []
        match = " OR ".join(f"\"{k}\" LIKE ? ESCAPE '\\'" for k in keys)
        sql = (
            f'SELECT "{e.key}", {title_sql(e)} FROM {e.table} WHERE {LIVE} AND ({match}) '
            f"ORDER BY 2 LIMIT {int(limit)}"
        )
        return [(k, t) for k, t in self.conn.execute(sql, [_like(text.strip())] * len(keys))]
