"""The rows of each bundle sheet: Cover and one readable sheet per entity for people,
Changes for the importer, Manifest for the signature."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.vocabularies import label
from bordertrack.store.changes import DELETED, MERGED_INTO, Change
from bordertrack.store.hlc import wall_ms
from bordertrack.sync import keys
from bordertrack.sync.bundle_canonical import FRAGILE, clean_text, encode_value
from bordertrack.sync.bundle_model import CHANGE_SHEET_COLUMNS, BundleHeader

Row = list[Any]
_NUMERIC = (Kind.INT, Kind.REAL, Kind.MONEY, Kind.PERCENT)


def changes_rows(changes: Iterable[Sequence[Any]]) -> list[Row]:
    """The authoritative sheet whole, header first (see `change_sheet_rows`)."""
    return [list(CHANGE_SHEET_COLUMNS), *change_sheet_rows(changes)]


class _Operators(dict[str, str]):
    """operator -> its text on the sheet; a bundle has few operators, cleaned once each."""

    def __missing__(self, name: str) -> str:
        self[name] = text = clean_text(name)
        return text


def change_sheet_rows(changes: Iterable[Sequence[Any]]) -> Iterator[tuple[str, ...]]:
    """The Changes sheet's rows, one per change-shaped tuple (`Change` field order), as they
    come: every number and value as text, typed by the `type` column."""
    operators = _Operators()
    fragile = FRAGILE.search
    for origin, seq, hlc, entity, record_id, field, value, prev, operator in changes:
        if type(value) is str and not fragile(value):
            kind, text = "s", value
        else:
            kind, text = encode_value(value)
        yield (
            origin,
            str(seq),
            str(hlc),
            entity,
            record_id,
            field,
            kind,
            text,
            prev,
            operators[operator],
        )


def stamp_text(hlc: int) -> str:
    """The wall-clock part of a stamp as UTC text, for people."""
    try:
        moment = dt.datetime.fromtimestamp(wall_ms(hlc) / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return str(hlc)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _safe_number(value: int | float) -> bool:
    """Whether a spreadsheet keeps this number exactly (it keeps 15 significant digits)."""
    if isinstance(value, int):
        return abs(value) < 10**15
    return value == value and float(f"{value:.15g}") == value


def display(f: Field | None, value: Any) -> Any:
    """A value as a person reads it: labels for codes, Yes/No, exact numbers or text."""
    if value is None or value == "":
        return None
    if f is not None and f.kind == Kind.VOCAB and f.vocab and isinstance(value, str):
        return label(f.vocab, value)
    if f is not None and f.kind == Kind.BOOL and value in (0, 1):
        return "Yes" if value else "No"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        return value if _safe_number(value) else repr(value)
    return clean_text(str(value))


# What a readable sheet needs of a change: record_id, field, value, hlc, origin, seq.
Latest = tuple[str, str, Any, int, str, int]


def readable_header(e: Entity) -> Row:
    return [
        "Record id",
        *(f.label for f in e.fields),
        "Deleted",
        "Merged into",
        "Last change (UTC)",
    ]


def readable_rows(e: Entity, by_record: Iterable[Latest]) -> Iterator[Row]:
    """One row per record touched, header first: its values as carried in this bundle.

    `by_record` holds the entity's changes with each record's changes together and the
    records in id order, so one record is held at a time. Each field's `display` choices
    are taken once per sheet (`_shower`), a record whose fields each changed once skips
    the fold, and a stamp's text is remembered: at 16,000 records the per-cell work was a
    third of the export (tests/test_bundle_fast_rows.py holds the plain form)."""
    yield readable_header(e)
    shows = [(f.name, _shower(f)) for f in e.fields]
    stamps = _Stamps()
    for rid, group in groupby(by_record, key=_RECORD):
        changes = list(group)
        fields: dict[str, Latest] = {c[1]: c for c in changes}
        if len(fields) != len(changes):  # a field changed more than once: the newest wins
            fields = {}
            for c in changes:
                old = fields.get(c[1])
                if old is None or (c[3], c[4], c[5]) > (old[3], old[4], old[5]):
                    fields[c[1]] = c
        get = fields.get
        row: Row = [rid]
        for name, show in shows:
            c = get(name)
            row.append(show(c[2]) if c else None)
        deleted = get(DELETED)
        row.append(("Yes" if deleted[2] else "No") if deleted else None)
        merged = get(MERGED_INTO)
        row.append(display(None, merged[2]) if merged else None)
        row.append(stamps.text(max(map(_STAMP, fields.values()))))
        yield row


_RECORD, _STAMP = itemgetter(0), itemgetter(3)


class _Stamps(dict[int, str]):
    """`stamp_text` by the second it names, remembered for the records of one sheet (many
    were changed in the same second); emptied now and then so that it stays small.

    The text names the second of the stamp's wall clock, which for a clock at or after
    1970 is its milliseconds // 1000; anything else (and a stamp too large for a date)
    is not remembered."""

    def text(self, hlc: int) -> str:
        ms = wall_ms(hlc)
        if ms < 0:
            return stamp_text(hlc)
        text = self.get(ms // 1000)
        if text is None:
            text = stamp_text(hlc)
            if len(self) >= 4096:
                self.clear()
            if text != str(hlc):
                self[ms // 1000] = text
        return text


def _shower(f: Field) -> Callable[[Any], Any]:
    """`display(f, ·)` for one field: non-empty text, nearly every cell, is settled here as
    `display` settles it (a label for a code, else the text cleaned); anything else goes
    to `display`."""
    fragile = FRAGILE.search
    if f.kind == Kind.VOCAB and f.vocab:
        vocab = f.vocab

        def show_code(value: Any) -> Any:
            if type(value) is str and value:
                return label(vocab, value)
            return display(f, value)

        return show_code

    def show(value: Any) -> Any:
        if type(value) is str and value:
            return clean_text(value) if fragile(value) else value
        return display(f, value)

    return show


def by_record(changes: Iterable[Change]) -> dict[str, list[Latest]]:
    """entity -> its changes as `Latest` tuples, records in id order (for a list of changes)."""
    out: dict[str, list[Latest]] = {}
    for c in changes:
        out.setdefault(c.entity, []).append((c.record_id, c.field, c.value, c.hlc, c.origin, c.seq))
    for rows in out.values():
        rows.sort(key=itemgetter(0))
    return out


def readable_widths(e: Entity) -> list[float]:
    return [38.0, *(_width(f) for f in e.fields), 9.0, 38.0, 20.0]


def _width(f: Field) -> float:
    if f.kind in _NUMERIC or f.kind == Kind.BOOL:
        return 12.0
    if f.kind == Kind.DATE:
        return 12.0
    return 18.0 if f.kind != Kind.LONGTEXT else 40.0


def change_counts(changes: Iterable[Change]) -> dict[str, tuple[int, int]]:
    """entity -> (records, changes) of a list of changes, for the Cover."""
    counts: dict[str, tuple[set[str], int]] = {}
    for c in changes:
        ids, n = counts.get(c.entity, (set(), 0))
        ids.add(c.record_id)
        counts[c.entity] = (ids, n + 1)
    return {name: (len(ids), n) for name, (ids, n) in counts.items()}


def cover_rows(header: BundleHeader, counts: dict[str, tuple[int, int]]) -> list[Row]:
    """The sheet a person sees first: who sent it, what it holds, how to check it.

    `counts`: entity -> (records, changes) carried."""
    kind = (
        "Full export: everything the sender holds"
        if header.full
        else "Incremental: changes the receiver is not known to have"
    )
    rows: list[Row] = [
        ["BorderTrack bundle", f"format {header.format_version}"],
        [],
        ["Sender", clean_text(header.sender_name)],
        ["Device id", header.sender_id],
        ["Role", label("role", header.sender_role)],
        ["Post", header.sender_post or "-"],
        ["Created (UTC)", clean_text(header.created_at)],
        ["Bundle number", header.bundle_seq],
        ["Addressed to", header.recipient or "any device"],
        ["Contents", kind],
        ["Changes", sum(n for _, n in counts.values())],
        ["Signing key fingerprint", keys.fingerprint(header.public_key)],
        [],
        ["What it contains", "Records", "Changes"],
    ]
    for name, e in ENTITIES.items():
        if name in counts:
            records, n = counts[name]
            rows.append([e.plural, records, n])
    rows += [
        [],
        ["How to check it", "Run: bordertrack verify THIS_FILE.xlsx (or File > Verify bundle)."],
        ["", "It names the signer and says whether the key is trusted and the content intact."],
        ["", "The signature covers every sheet: editing any cell makes the bundle fail."],
    ]
    return rows


MANIFEST_MEANINGS = {
    "format_version": "Bundle format version (docs/bundle-format.md)",
    "sender_id": "Device that signed this bundle",
    "bundle_seq": "This device's bundle number",
    "prev_digest": "Digest of this device's previous bundle",
    "vector": "Origin device and the highest change number the sender holds from it",
    "device": "A device the sender introduces",
    "complete": "Origin, first and last change number: every change in that range meant for the receiver is here",
    "sheet": "Digest of a sheet's canonical content",
    "signature": "Ed25519 signature of the manifest digest",
}


def manifest_rows(header: BundleHeader, sheet_digests: Sequence[tuple[str, str]]) -> list[Row]:
    """Key/value rows, all text; the signature row is added last by the writer."""
    h = header
    rows: list[Row] = [["key", "value", "meaning"]]
    pairs: list[tuple[str, str]] = [
        ("format_version", str(h.format_version)),
        ("generator", "BorderTrack"),
        ("sender_id", h.sender_id),
        ("sender_name", h.sender_name),
        ("sender_role", h.sender_role),
        ("sender_post", h.sender_post or ""),
        ("bundle_seq", str(h.bundle_seq)),
        ("prev_digest", h.prev_digest),
        ("created_at", h.created_at),
        ("recipient", h.recipient),
        ("full", "1" if h.full else "0"),
        ("public_key", keys.encode(h.public_key)),
    ]
    pairs += [("vector", f"{origin} {seq}") for origin, seq in sorted(h.vector.items())]
    pairs += [
        ("complete", f"{origin} {first} {last}")
        for origin, (first, last) in sorted(h.complete.items())
    ]
    for d in h.devices:
        item = {**d, "public_key": keys.encode(d["public_key"])}
        pairs.append(("device", json.dumps(item, sort_keys=True)))
    pairs += [("sheet", f"{name} {digest}") for name, digest in sheet_digests]
    for key, value in pairs:
        rows.append([key, clean_text(value), MANIFEST_MEANINGS.get(key, "")])
    return rows
