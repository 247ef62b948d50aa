"""The change's shape is declared once (`store.changes.Change`); the log table, the batch
tables, the INSERTs and the bundle sheet agree with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bordertrack.store.changes import (
    CHANGE_COLUMNS,
    Change,
    insert_sql,
    sheet_columns,
    temp_table_ddl,
)
from bordertrack.sync.bundle_model import CHANGE_SHEET_COLUMNS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> tuple[str, ...]:
    return tuple(r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})"))


def test_the_migrated_log_holds_exactly_the_declared_columns(coordinator) -> None:
    assert _columns(coordinator.conn, "changes") == (*CHANGE_COLUMNS, "accepted")


def test_a_batch_table_round_trips_a_change() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(temp_table_ddl("batch"))
    assert _columns(conn, "batch", "temp") == CHANGE_COLUMNS
    change = Change("dev", 3, 99, "post", "r1", "name", "Dostuk", "dev:1", "ana")
    conn.execute(insert_sql("batch"), change)
    assert Change(*conn.execute("SELECT * FROM batch").fetchone()) == change


def test_the_bundle_sheet_is_the_change_with_its_value_type() -> None:
    assert sheet_columns() == CHANGE_SHEET_COLUMNS
    assert [c for c in CHANGE_SHEET_COLUMNS if c != "type"] == list(CHANGE_COLUMNS)
    documented = "`" + ", ".join(CHANGE_SHEET_COLUMNS) + "`"
    assert documented in (DOCS / "bundle-format.md").read_text(encoding="utf-8")
