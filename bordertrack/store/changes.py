"""The change: one field of one record set by one device at one moment.

A change id is "origin:seq". `prev` lists (space-separated) the change ids this one
knowingly overwrote; two changes of a field that do not know each other conflict.

`Change` is the one declaration of a change's shape: the log's columns, the temporary
tables that hold a batch, the INSERT statements and the bundle's Changes sheet are all
derived from its fields (a test checks the migrated log against it). On disk the log is
stored compact (`store.log_codec`); the view `changes` gives back these columns.
"""

from __future__ import annotations

from functools import partial
from operator import attrgetter
from typing import Any, NamedTuple, get_type_hints

DELETED = "_deleted"
MERGED_INTO = "_merged_into"
META_FIELDS = (DELETED, MERGED_INTO)


class Change(NamedTuple):
    origin: str
    seq: int
    hlc: int
    entity: str
    record_id: str
    field: str
    value: Any  # any SQLite value; the bundle sheet writes its type beside it
    prev: str
    operator: str

    @property
    def cid(self) -> str:
        return f"{self.origin}:{self.seq}"


CHANGE_COLUMNS: tuple[str, ...] = Change._fields

# A batch's fields at C speed, for map(), sets and sort keys over hundreds of thousands of
# changes (a lambda or a generator costs a Python call per change), and changes made from
# plain tuples without the named tuple's keyword handling.
ORIGIN_OF, SEQ_OF, HLC_OF = attrgetter("origin"), attrgetter("seq"), attrgetter("hlc")
FIELD_OF, PREV_OF, OPERATOR_OF = attrgetter("field"), attrgetter("prev"), attrgetter("operator")
RECORD_OF, VALUE_OF = attrgetter("entity", "record_id"), attrgetter("value")
ENTITY_FIELD_OF = attrgetter("entity", "field")
new_change = partial(tuple.__new__, Change)
CHANGE_KEY = ("origin", "seq")
_SQL_TYPES = {str: "TEXT", int: "INTEGER"}


def column_decls() -> list[str]:
    """Each column with its SQL type (the value column has none: it holds any value)."""
    hints = get_type_hints(Change)
    return [f"{name} {_SQL_TYPES.get(hints[name], '')}".rstrip() for name in CHANGE_COLUMNS]


def temp_table_ddl(name: str) -> str:
    """A temporary table holding a batch of changes, keyed like the log."""
    return (
        f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(column_decls())}, "
        f"PRIMARY KEY ({', '.join(CHANGE_KEY)}))"
    )


def insert_sql(table: str, *extra: str) -> str:
    """INSERT of every change column into `table`; `extra` columns get a `{}` placeholder
    for their SQL value, filled by `str.format`."""
    names = ", ".join(CHANGE_COLUMNS)
    marks = ", ".join("?" for _ in CHANGE_COLUMNS)
    if extra:
        return f"INSERT INTO {table} ({names}, {', '.join(extra)}) VALUES ({marks}, {{}})"
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


def sheet_columns() -> tuple[str, ...]:
    """The bundle's Changes sheet: the change columns, with the value's type before it."""
    at = CHANGE_COLUMNS.index("value")
    return (*CHANGE_COLUMNS[:at], "type", *CHANGE_COLUMNS[at:])


def change_id(origin: str, seq: int) -> str:
    return f"{origin}:{seq}"
