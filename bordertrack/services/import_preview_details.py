"""What an import would change, record by record and field by field, for the preview.

A coordinator deciding whether to apply a bundle needs more than counts: which records
and fields change (old -> new), each conflict the import would create with both values
and who made them when, and what would be held. The preview applies the bundle inside a
transaction that is rolled back (import_bundle), so `before` reads the touched records
inside that transaction just before `apply_changes` and `after` just after it; nothing
here writes, and nothing is seen by any other connection.

Values are written as people read them, in the person's language: vocabulary codes as
their labels, references by the referenced record's name, dates in the locale's format.
"""

from __future__ import annotations

import datetime as dt
import heapq
import sqlite3
from collections.abc import Container
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Kind
from bordertrack.i18n import field_label, format_date, translate, vocab_label
from bordertrack.services.device_names import device_labels
from bordertrack.store.changes import DELETED, Change
from bordertrack.store.hlc import wall_ms
from bordertrack.store.query import Reads

KINDS = ("conflict", "held", "changed", "new", "deleted")  # the order lines are listed in
MAX_LINES = 2000  # lines kept for a preview; the counts stay exact
CHUNK = 500

RecordKey = tuple[str, str]


@dataclass
class DetailLine:
    """One thing the import would do: a field of a record changed, a conflict, a held change."""

    kind: str  # new | changed | deleted | conflict | held
    entity: str
    record_id: str
    title: str
    field: str  # "" for a whole record (a deletion)
    field_label: str
    old: Any = None
    new: Any = None
    old_text: str = ""
    new_text: str = ""
    old_by: str = ""  # conflicts: who made each side, and when
    old_at: str = ""
    new_by: str = ""
    new_at: str = ""
    note: str = ""  # held: why

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))

    def words(self) -> str:
        """One line of the command line's dry-run text (values already in the person's words)."""
        where = f"{self.entity} {self.title}"
        if self.kind == "conflict":
            return (
                f"conflict  {where} · {self.field_label}: {self.old_text} ({self.old_by}, "
                f"{self.old_at}) <> {self.new_text} ({self.new_by}, {self.new_at})"
            )
        if self.kind == "held":
            return f"held      {where} · {self.field_label}: {self.new_text} — {self.note}"
        if self.kind == "deleted":
            return f"deleted   {where}"
        return f"{self.kind:<9} {where} · {self.field_label}: {self.old_text} -> {self.new_text}"


@dataclass
class Before:
    """The touched records as they were, and the conflicts they already had."""

    rows: dict[RecordKey, dict[str, Any] | None]
    conflicts: set[str]
    # "origin:seq" of the bundle's changes: a set, or runs of numbers (import_tally.SeqRuns)
    arriving: Container[str] = field(default_factory=set)


def _read_rows(conn: sqlite3.Connection, keys: list[RecordKey]) -> dict[RecordKey, dict | None]:
    out: dict[RecordKey, dict | None] = {k: None for k in keys}
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    for entity, ids in by_entity.items():
        e = ENTITIES[entity]
        cols = ("id", *e.field_names, DELETED)
        names = ", ".join(f'"{c}"' for c in cols)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {names} FROM {e.table} WHERE id IN ({marks})"
            for row in conn.execute(sql, chunk):
                out[(entity, row[0])] = dict(zip(cols, row, strict=True))
    return out


def _keys_table(conn: sqlite3.Connection, keys: list[RecordKey]) -> None:
    """The temp table `preview_keys` holding just `keys`, to join with."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS preview_keys (entity TEXT, record_id TEXT)")
    conn.execute("DELETE FROM preview_keys")
    conn.executemany("INSERT INTO preview_keys VALUES (?, ?)", keys)


def _conflict_ids(conn: sqlite3.Connection, keys: list[RecordKey]) -> set[str]:
    _keys_table(conn, keys)
    return {
        cid
        for (cid,) in conn.execute(
            "SELECT c.id FROM conflicts c JOIN preview_keys k "
            "ON k.entity = c.entity AND k.record_id = c.record_id"
        )
    }


def before(conn: sqlite3.Connection, changes: list[Change]) -> Before:
    """Read what the changes will touch, inside the preview's transaction, before applying."""
    keys = sorted({(c.entity, c.record_id) for c in changes if c.entity in ENTITIES})
    return Before(
        _read_rows(conn, keys),
        _conflict_ids(conn, keys),
        {f"{c.origin}:{c.seq}" for c in changes},
    )


def before_more(conn: sqlite3.Connection, changes: list[Change], was: Before) -> None:
    """`before` for a preview applied a chunk at a time (services/import_stream.py): the
    records of `changes` met for the first time are read as they are now, before the
    chunk is applied; a record an earlier chunk touched keeps the row it had before it.
    `was.arriving` is then the bundle's ids as runs (import_tally.SeqRuns), not a set."""
    keys = sorted(
        {(c.entity, c.record_id) for c in changes if c.entity in ENTITIES} - was.rows.keys()
    )
    was.rows.update(_read_rows(conn, keys))
    was.conflicts |= _conflict_ids(conn, keys)


class _Words:
    """Renders stored values the way tables show them, in one language."""

    def __init__(self, store, lang: str) -> None:
        self.lang, self.reads = lang, Reads(store)
        self.refs: dict[str, dict[Any, str]] = {}
        self.devices = device_labels(store.conn)
        self.labels: dict[tuple[str, str], str] = {}

    def prepare(self, shown: dict[str, set[tuple[str, Any]]]) -> None:
        """Look up, in one query per target entity, the names of the references about to be
        shown: `shown` is entity -> {(field, value)}."""
        wanted: dict[str, set[Any]] = {}
        for entity, pairs in shown.items():
            e = ENTITIES[entity]
            for name, value in pairs:
                if value in (None, "") or not e.has_field(name):
                    continue
                f = e.field(name)
                if f.kind == Kind.REF and f.ref:
                    wanted.setdefault(f.ref, set()).add(value)
        for target, keys in wanted.items():
            self.refs.setdefault(target, {}).update(self.reads.titles(target, keys))

    def value(self, entity: str, name: str, value: Any) -> str:
        if name == DELETED:
            return translate(self.lang, "preview", "deleted") if value else "—"
        e = ENTITIES[entity]
        if value in (None, "") or not e.has_field(name):
            return "—" if value in (None, "") else str(value)
        f = e.field(name)
        if f.kind == Kind.VOCAB and f.vocab:
            return vocab_label(self.lang, f.vocab, value)
        if f.kind == Kind.REF and f.ref:
            return self.refs.get(f.ref, {}).get(value) or str(value)
        if f.kind == Kind.DATE:
            try:
                return format_date(self.lang, str(value))
            except ValueError:
                return str(value)
        if f.kind == Kind.BOOL:
            if value:
                return translate(self.lang, "preview", "yes")
            return translate(self.lang, "preview", "no")
        return str(value)

    def title(self, entity: str, row: dict[str, Any] | None, record_id: str) -> str:
        if not row:
            return record_id
        parts = [self.value(entity, n, row.get(n)) for n in ENTITIES[entity].title]
        return " ".join(p for p in parts if p and p != "—") or record_id

    def label(self, entity: str, name: str) -> str:
        key = (entity, name)
        if key not in self.labels:
            self.labels[key] = self._label(entity, name)
        return self.labels[key]

    def _label(self, entity: str, name: str) -> str:
        if name == DELETED:
            return translate(self.lang, "preview", "Deleted")
        e = ENTITIES[entity]
        return field_label(self.lang, entity, name) if e.has_field(name) else name

    def who(self, change_id: str) -> str:
        origin = change_id.split(":")[0]
        return self.devices.get(origin, origin) if origin else "—"

    def when(self, hlc: int) -> str:
        moment = dt.datetime.fromtimestamp(wall_ms(int(hlc or 0)) / 1000)
        return f"{format_date(self.lang, moment.date())} {moment:%H:%M}"


def after(
    store, conn: sqlite3.Connection, was: Before, held: list[dict], lang: str
) -> tuple[list[DetailLine], int]:
    """The lines of the preview (at most MAX_LINES, in KINDS order) and how many in all.

    A bundle of 100,000 changes makes as many lines: they are found a block of records at
    a time, as plain tuples, and only the first MAX_LINES of them are kept and put into
    words (the same lines a sort of all of them would keep)."""
    keys = sorted(was.rows)  # as `before` read them; a preview in chunks met them in turn
    words = _Words(store, lang)
    conflicts = _new_conflicts(conn, was, keys)
    kept_held = held[:MAX_LINES]
    room = max(0, MAX_LINES - len(conflicts) - len(kept_held))
    kept_raw: list[RawLine] = []
    raw_count = 0
    for start in range(0, len(keys), _RECORDS_A_BLOCK):
        raw = _record_raw(was, _read_rows(conn, keys[start : start + _RECORDS_A_BLOCK]))
        raw_count += len(raw)
        kept_raw = heapq.nsmallest(room, kept_raw + raw, key=_RAW_ORDER)
    shown: dict[str, set[tuple[str, Any]]] = {}
    for _o, entity, _t, name, _k, _id, row, old, new in kept_raw:
        pairs = shown.setdefault(entity, set())
        pairs.update((n, row.get(n)) for n in ENTITIES[entity].title)
        pairs.update(((name, old), (name, new)))
    for c in conflicts:
        shown.setdefault(c[1], set()).update(((c[3], c[6]), (c[3], c[9])))
    for h in kept_held:
        if h["entity"] in ENTITIES:
            shown.setdefault(h["entity"], set()).add((h["field"], h["value"]))
    words.prepare(shown)
    held_keys = {(h["entity"], h["record_id"]) for h in kept_held}
    now = _read_rows(conn, sorted(k for k in held_keys if k in was.rows))
    first = _conflict_lines(conn, words, was, conflicts) + _held_lines(words, was, now, kept_held)
    order = {k: i for i, k in enumerate(KINDS)}
    first.sort(key=lambda x: (order[x.kind], x.entity, x.title.casefold(), x.field))
    lines = first + [_render(words, r) for r in kept_raw]
    return lines[:MAX_LINES], len(conflicts) + len(held) + raw_count


_RECORDS_A_BLOCK = 5_000  # records whose lines are found at a time


# (kind order, entity, title to sort by, field, kind, record id, row, old value, new value)
RawLine = tuple[int, str, str, str, str, str, dict, Any, Any]
_RAW_ORDER = itemgetter(0, 1, 2, 3)
_ORDER = {k: i for i, k in enumerate(KINDS)}


def _sort_title(entity: str, row: dict) -> str:
    return str(row.get(ENTITIES[entity].title[0]) or "").casefold()


def _record_raw(was: Before, now: dict) -> list[RawLine]:
    """Every field of a touched record that the import would set or change, unrendered."""
    out: list[RawLine] = []
    for (entity, record_id), new in now.items():
        old = was.rows.get((entity, record_id))
        if new is None:
            continue
        if new.get(DELETED) and old and not old.get(DELETED):
            title = _sort_title(entity, old)
            out.append(
                (_ORDER["deleted"], entity, title, "", "deleted", record_id, old, None, None)
            )
            continue
        created = old is None or bool(old.get(DELETED) and not new.get(DELETED))
        kind = "new" if created else "changed"
        title = _sort_title(entity, new)
        for name in ENTITIES[entity].field_names:
            before_value = None if old is None else old.get(name)
            value = new.get(name)
            if created and value in (None, ""):
                continue
            if value == before_value and not (created and old is not None):
                continue
            out.append(
                (_ORDER[kind], entity, title, name, kind, record_id, new, before_value, value)
            )
    return out


def _render(words: _Words, raw: RawLine) -> DetailLine:
    _o, entity, _t, name, kind, record_id, row, old, new = raw
    title = words.title(entity, row, record_id)
    if kind == "deleted":
        return DetailLine("deleted", entity, record_id, title, "", "")
    return DetailLine(
        kind,
        entity,
        record_id,
        title,
        name,
        words.label(entity, name),
        old,
        new,
        words.value(entity, name, old),
        words.value(entity, name, new),
    )


def _new_conflicts(conn, was: Before, keys: list[RecordKey]) -> list[tuple]:
    """The conflict rows of the touched records that were not there before the import."""
    _keys_table(conn, keys)
    rows = conn.execute(
        "SELECT c.id, c.entity, c.record_id, c.field, c.kind, c.winner, c.winner_value, "
        "c.winner_hlc, c.loser, c.loser_value, c.loser_hlc FROM conflicts c JOIN preview_keys k "
        "ON k.entity = c.entity AND k.record_id = c.record_id"
    ).fetchall()
    return [r for r in rows if r[0] not in was.conflicts and r[1] in ENTITIES]


def _conflict_lines(conn, words: _Words, was: Before, rows: list[tuple]) -> list[DetailLine]:
    out: list[DetailLine] = []
    now_titles = _read_rows(conn, sorted({(r[1], r[2]) for r in rows}))
    for _cid, entity, record_id, name, kind, w, wv, wh, lo, lv, lh in rows:
        sides = [(w, wv, wh), (lo, lv, lh)]
        if w in was.arriving and lo not in was.arriving:
            sides.reverse()  # the value held here first, the arriving one second
        (oc, ov, oh), (nc, nv, nh) = sides
        row = now_titles.get((entity, record_id)) or was.rows.get((entity, record_id))
        out.append(
            DetailLine(
                "conflict",
                entity,
                record_id,
                words.title(entity, row, record_id),
                name,
                words.label(entity, name),
                ov,
                nv,
                _side_text(words, entity, name, ov, kind == "delete" and oc == w),
                _side_text(words, entity, name, nv, kind == "delete" and nc == w),
                words.who(oc),
                words.when(oh),
                words.who(nc),
                words.when(nh),
            )
        )
    return out


def _side_text(words: _Words, entity: str, name: str, value: Any, is_delete: bool) -> str:
    """A conflict side's value; in an edit-against-delete conflict the winner is the delete."""
    if is_delete:
        return translate(words.lang, "preview", "deleted")
    return words.value(entity, name, value)


def _why(lang: str, why: str) -> str:
    """Why a change is held, in the person's language (the reasons import_bundle gives)."""
    if why.startswith("relayed"):
        return translate(lang, "preview", "relayed by a device that may only send its own changes")
    if why.startswith("outside"):
        return translate(lang, "preview", "outside the scope of the device that made it")
    return why


def _held_lines(words: _Words, was: Before, now: dict, held: list[dict]) -> list[DetailLine]:
    out: list[DetailLine] = []
    arriving: dict[RecordKey, dict[str, Any]] = {}  # a record never seen: named by its held values
    for h in held:
        arriving.setdefault((h["entity"], h["record_id"]), {})[h["field"]] = h["value"]
    for h in held:
        entity, record_id = h["entity"], h["record_id"]
        if entity not in ENTITIES:
            continue
        key = (entity, record_id)
        row = now.get(key) or was.rows.get(key) or arriving[key]
        out.append(
            DetailLine(
                "held",
                entity,
                record_id,
                words.title(entity, row, record_id),
                h["field"],
                words.label(entity, h["field"]),
                None,
                h["value"],
                "",
                words.value(entity, h["field"], h["value"]),
                "",
                "",
                words.who(f"{h['origin']}:{h['seq']}"),
                "",
                _why(words.lang, h["why"]),
            )
        )
    return out


def filter_lines(
    lines: list[DetailLine], *, entity: str | None = None, kind: str | None = None
) -> list[DetailLine]:
    """The lines of one entity and/or one kind (the preview's filters)."""
    return [x for x in lines if (entity in (None, x.entity)) and (kind in (None, x.kind))]
