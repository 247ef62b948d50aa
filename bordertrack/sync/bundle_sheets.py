"""The rows of each bundle sheet: Cover and one readable sheet per entity for people,
Changes for the importer, Manifest for the signature."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.vocabularies import label
from bordertrack.store.changes import DELETED, MERGED_INTO, Change
from bordertrack.store.hlc import wall_ms
from bordertrack.sync import keys
from bordertrack.sync.bundle_canonical import clean_text, encode_value
from bordertrack.sync.bundle_model import CHANGE_SHEET_COLUMNS, BundleHeader

Row = list[Any]
_NUMERIC = (Kind.INT, Kind.REAL, Kind.MONEY, Kind.PERCENT)


def changes_rows(changes: Sequence[Change]) -> list[Row]:
    """The authoritative sheet: every number and value as text, typed by the `type` column."""
    rows: list[Row] = [list(CHANGE_SHEET_COLUMNS)]
    append = rows.append
    for c in changes:
        kind, text = encode_value(c.value)
        append(
            [
                c.origin,
                str(c.seq),
                str(c.hlc),
                c.entity,
                c.record_id,
                c.field,
                kind,
                text,
                c.prev,
                clean_text(c.operator),
            ]
        )
    return rows


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


def latest_values(changes: Sequence[Change]) -> dict[str, dict[str, dict[str, Change]]]:
    """entity -> record id -> field -> the latest change of that field carried here."""
    out: dict[str, dict[str, dict[str, Change]]] = {}
    for c in changes:
        fields = out.setdefault(c.entity, {}).setdefault(c.record_id, {})
        old = fields.get(c.field)
        if old is None or (c.hlc, c.origin, c.seq) > (old.hlc, old.origin, old.seq):
            fields[c.field] = c
    return out


def readable_rows(e: Entity, records: dict[str, dict[str, Change]]) -> list[Row]:
    """One row per record touched: its values as carried in this bundle."""
    header = [
        "Record id",
        *(f.label for f in e.fields),
        "Deleted",
        "Merged into",
        "Last change (UTC)",
    ]
    rows: list[Row] = [header]
    for rid in sorted(records):
        fields = records[rid]
        row: Row = [rid]
        for f in e.fields:
            c = fields.get(f.name)
            row.append(display(f, c.value) if c else None)
        deleted = fields.get(DELETED)
        row.append(("Yes" if deleted.value else "No") if deleted else None)
        merged = fields.get(MERGED_INTO)
        row.append(display(None, merged.value) if merged else None)
        row.append(stamp_text(max(c.hlc for c in fields.values())))
        rows.append(row)
    return rows


def readable_sheets(changes: Sequence[Change]) -> list[tuple[str, list[Row], list[float]]]:
    """(sheet name, rows, widths) per entity touched, in declaration order."""
    latest = latest_values(changes)
    out = []
    for name, e in ENTITIES.items():
        if name in latest:
            widths = [38.0, *(_width(f) for f in e.fields), 9.0, 38.0, 20.0]
            out.append((e.plural, readable_rows(e, latest[name]), widths))
    return out


def _width(f: Field) -> float:
    if f.kind in _NUMERIC or f.kind == Kind.BOOL:
        return 12.0
    if f.kind == Kind.DATE:
        return 12.0
    return 18.0 if f.kind != Kind.LONGTEXT else 40.0


def cover_rows(header: BundleHeader, changes: Sequence[Change]) -> list[Row]:
    """The sheet a person sees first: who sent it, what it holds, how to check it."""
    counts: dict[str, tuple[set[str], int]] = {}
    for c in changes:
        ids, n = counts.get(c.entity, (set(), 0))
        ids.add(c.record_id)
        counts[c.entity] = (ids, n + 1)
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
        ["Changes", len(changes)],
        ["Signing key fingerprint", keys.fingerprint(header.public_key)],
        [],
        ["What it contains", "Records", "Changes"],
    ]
    for name, e in ENTITIES.items():
        if name in counts:
            ids, n = counts[name]
            rows.append([e.plural, len(ids), n])
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
