"""Turning the verified Manifest and Changes rows back into a header and typed changes.

Each row is checked against the entity declarations: a signed bundle from a broken or
hostile sender must still not put a wrong type, an over-long text or an unknown name
into the database.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from itertools import chain
from sys import intern
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import DEFAULT_MAX_LEN, Field, Kind
from bordertrack.domain.validation import NUMBER_RULES, check
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.store.changes import DELETED, MERGED_INTO, Change, new_change
from bordertrack.sync import keys
from bordertrack.sync.bundle_errors import BadChange, NotABundle, TamperedBundle
from bordertrack.sync.bundle_model import (
    CHANGE_SHEET_COLUMNS,
    CHANGES,
    MANIFEST,
    BundleHeader,
)

_ORIGIN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_RECORD_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_SEQ = re.compile(r"[1-9][0-9]{0,17}")
_HLC = re.compile(r"[0-9]{1,19}")
_INT = re.compile(r"-?[0-9]{1,19}")
_FLOAT = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?|-?inf|nan")
_PREV = re.compile(
    r"(?:[A-Za-z0-9_-]{1,64}:[1-9][0-9]{0,17})(?: [A-Za-z0-9_-]{1,64}:[1-9][0-9]{0,17})*"
)
_DIGEST = re.compile(r"[0-9a-f]{64}")
_INT64 = 2**63
MAX_OPERATOR = 200

_TEXT_KINDS = (Kind.TEXT, Kind.LONGTEXT, Kind.DATE, Kind.VOCAB, Kind.REF)
_TYPES_FOR: dict[Kind, str] = {
    **dict.fromkeys(_TEXT_KINDS, "nsj"),
    Kind.INT: "ni",
    Kind.PERCENT: "ni",
    Kind.REAL: "nif",
    Kind.MONEY: "nif",
    Kind.BOOL: "nib",
}
_META = {DELETED: "nib", MERGED_INTO: "nsj"}
# A field a newer release declares and this one does not: any type, text of any field's
# length at most, a name shaped like a declared one. Kept in the log, applied to nothing
# until this device's declaration gains it (docs/bundle-format.md, newer fields).
_UNDECLARED_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_UNDECLARED_TYPES = "nsjifb"
_UNDECLARED_MAX_LEN = max(DEFAULT_MAX_LEN.values())


def manifest_map(rows: Sequence[Sequence[Any]]) -> dict[str, list[str]]:
    """key -> its values in order (vector, device and sheet repeat); header row skipped."""
    if not rows or list(rows[0][:2]) != ["key", "value"]:
        raise NotABundle(f"the {MANIFEST} sheet does not start with key/value columns")
    out: dict[str, list[str]] = {}
    for row in rows[1:]:
        if not row or row[0] in ("", None):
            continue
        key = row[0]
        value = row[1] if len(row) > 1 else ""
        if not isinstance(key, str) or not isinstance(value, str):
            raise TamperedBundle(f"the {MANIFEST} sheet holds a number where text was signed")
        out.setdefault(key, []).append(value)
    return out


def one(entries: dict[str, list[str]], key: str) -> str:
    values = entries.get(key)
    if not values or len(values) != 1:
        raise NotABundle(f"the {MANIFEST} sheet lacks a single '{key}' entry")
    return values[0]


def format_version(entries: dict[str, list[str]]) -> int:
    text = one(entries, "format_version")
    if not _SEQ.fullmatch(text):
        raise NotABundle(f"the format version '{text}' is not a number")
    return int(text)


def parse_header(entries: dict[str, list[str]]) -> BundleHeader:
    """The header fields from the manifest entries, each checked for shape."""
    try:
        return _header(entries)
    except (ValueError, TypeError, KeyError) as exc:
        raise NotABundle(f"the {MANIFEST} sheet has a malformed entry ({exc})") from None


def _header(entries: dict[str, list[str]]) -> BundleHeader:
    seq, prev = one(entries, "bundle_seq"), one(entries, "prev_digest")
    if not _SEQ.fullmatch(seq) or (prev and not _DIGEST.fullmatch(prev)):
        raise ValueError("bundle_seq/prev_digest")
    sender = one(entries, "sender_id")
    if not _ORIGIN.fullmatch(sender) or one(entries, "sender_role") not in VOCABULARIES["role"]:
        raise ValueError("sender_id/sender_role")
    vector: dict[str, int] = {}
    for item in entries.get("vector", []):
        origin, _, number = item.partition(" ")
        if not _ORIGIN.fullmatch(origin) or not _HLC.fullmatch(number):
            raise ValueError(f"vector '{item}'")
        vector[origin] = int(number)
    complete: dict[str, tuple[int, int]] = {}
    for item in entries.get("complete", []):
        origin, first, last = (item.split(" ") + ["", ""])[:3]
        if not _ORIGIN.fullmatch(origin) or not (_HLC.fullmatch(first) and _HLC.fullmatch(last)):
            raise ValueError(f"complete '{item}'")
        if int(first) < 1 or int(last) < int(first) - 1 or int(last) >= 2**63 or origin in complete:
            raise ValueError(f"complete '{item}'")
        complete[origin] = (int(first), int(last))
    public_key = keys.decode(one(entries, "public_key"))
    if len(public_key) != 32:
        raise ValueError("public_key")
    return BundleHeader(
        sender_id=sender,
        sender_name=one(entries, "sender_name"),
        sender_role=one(entries, "sender_role"),
        sender_post=one(entries, "sender_post") or None,
        bundle_seq=int(seq),
        prev_digest=prev,
        created_at=one(entries, "created_at"),
        recipient=one(entries, "recipient"),
        full=one(entries, "full") == "1",
        vector=vector,
        public_key=public_key,
        devices=[_device(text) for text in entries.get("device", [])],
        format_version=format_version(entries),
        complete=complete,
    )


def _device(text: str) -> dict:
    item = json.loads(text)
    if not isinstance(item, dict) or not _ORIGIN.fullmatch(str(item.get("id", ""))):
        raise ValueError("device")
    item["public_key"] = keys.decode(item["public_key"])
    return item


def sheet_digests(entries: dict[str, list[str]]) -> dict[str, str]:
    """Sheet name -> digest, as the manifest lists them."""
    out: dict[str, str] = {}
    for item in entries.get("sheet", []):
        name, _, digest = item.rpartition(" ")
        if not name or not _DIGEST.fullmatch(digest) or name in out:
            raise NotABundle(f"the {MANIFEST} sheet lists a sheet badly ('{item[:60]}')")
        out[name] = digest
    return out


def parse_changes(rows: Sequence[Sequence[Any]]) -> list[Change]:
    """Every data row of the Changes sheet as a Change; BadChange names the first bad row."""
    width = len(CHANGE_SHEET_COLUMNS)
    check_head(rows[0] if rows else ())
    fast = _parse_columns(rows[1:], width)
    return fast if fast is not None else _parse_rows(rows)


def parse_change_columns(columns: list[list[str]]) -> list[Change]:
    """`parse_changes` of the rows these columns of text hold (the Changes sheet as
    bundle_plain reads it), without making the rows unless a row is bad and must be named.

    Takes the header row off the columns (in place: no copy of a column is held beside it
    at the moment the read holds the most); what is left is the sheet's body."""
    head = tuple(c[0] for c in columns) if columns and columns[0] else ()
    check_head(head)
    for column in columns:
        del column[0]
    height = len(columns[0])  # at most ten columns: bundle_plain reads no more
    body = columns + [[""] * height] * (len(CHANGE_SHEET_COLUMNS) - len(columns))
    fast = _parse_text_columns(body) if height else []
    if fast is not None:
        return fast
    return _parse_rows([head, *zip(*columns, strict=True)])


def parse_change_piece(columns: list[Sequence[str]], *, head: bool) -> list[Change] | None:
    """The changes of ten columns of text (a piece of the Changes sheet, its header row
    first when `head`), or None when any cell fails the columns' checks: the whole read
    then names the row (sync/bundle_stream.py steps aside)."""
    if head:
        check_head(tuple(c[0] for c in columns))
        columns = [c[1:] for c in columns]
    return _parse_text_columns(columns) if columns[0] else []


def check_head(head: Sequence[Any]) -> None:
    """The Changes sheet's header row names its columns, in order."""
    if tuple(head[: len(CHANGE_SHEET_COLUMNS)]) != CHANGE_SHEET_COLUMNS:
        raise NotABundle(f"the {CHANGES} sheet does not have the expected columns")


def _parse_rows(rows: Sequence[Sequence[Any]]) -> list[Change]:
    """Row by row, naming the first bad row: the way taken when the columns' checks fail."""
    width = len(CHANGE_SHEET_COLUMNS)
    parser = _RowParser()
    parser.text_only = set(map(type, chain.from_iterable(rows))) <= {str}
    out: list[Change] = []
    append = out.append
    for number, row in enumerate(rows[1:], start=2):
        cells = list(row[:width])
        if any(v not in ("", None) for v in row[width:]):
            raise BadChange(CHANGES, number, "there are cells beyond the last column")
        cells += [""] * (width - len(cells))
        try:
            append(parser.parse(cells))
        except _Bad as bad:
            raise BadChange(CHANGES, number, str(bad)) from None
    return out


class _Bad(Exception):
    """A problem in one row; parse_changes adds the row number."""


def _whole_numbers(column: Sequence[str], low: int, high: int) -> list[int] | None:
    """Each cell as the number it holds, when every cell is that number as Python writes
    it (digits only: no sign, space, underscore or leading zero) within [low, high); else
    None, and the row parser decides (its patterns also admit a stamp's leading zeros)."""
    try:
        numbers = list(map(int, column))
    except ValueError:
        return None
    if min(numbers) < low or max(numbers) >= high or list(map(str, numbers)) != list(column):
        return None
    return numbers


def _parse_columns(body: Sequence[Sequence[Any]], width: int) -> list[Change] | None:
    """All rows at once, column by column, checking each distinct value once.

    Returns None when anything is off (odd shape, a non-text cell, any failed check):
    the row-by-row parser then decides, naming the row. So this path accepts exactly
    what that parser accepts and builds the same changes, only faster.
    """
    if not body:
        return []
    if len(set(map(len, body))) != 1 or len(body[0]) > width:
        return None
    columns: list[Sequence[Any]] = list(zip(*body, strict=True))
    if any(set(map(type, column)) != {str} for column in columns):
        return None
    return _parse_text_columns(columns + [("",) * len(body)] * (width - len(columns)))


def _parse_text_columns(columns: list[Sequence[str]]) -> list[Change] | None:
    """The changes of all ten columns of text, or None when any check fails."""
    origin, seq, hlc, entity, record_id, field, kind, text, prev, operator = columns
    try:
        values = _checked_columns(columns)
    except _Bad:
        return None
    if values is None:
        return None
    seqs = _whole_numbers(seq, 1, 10**18)  # as _SEQ: at most 18 digits
    hlcs = _whole_numbers(hlc, 0, _INT64)  # as _HLC, within SQLite's integers
    if seqs is None or hlcs is None:
        return None
    # One string object per distinct origin, entity, record and field (calamine makes one
    # per cell): a tenth of the memory, and a bundle sent between processes is pickled once
    # per distinct text instead of once per cell.
    origin, entity, record_id, field = (
        list(map(intern, column)) for column in (origin, entity, record_id, field)
    )
    return list(
        map(
            new_change,
            zip(origin, seqs, hlcs, entity, record_id, field, values, prev, operator, strict=True),
        )
    )


def _checked_columns(columns: list[Sequence[Any]]) -> list[Any] | None:
    """The decoded values if every column passes its checks, else None (or _Bad)."""
    origin, seq, hlc, entity, record_id, field, kind, text, prev, operator = columns
    if not all(_ORIGIN.fullmatch(o) for o in set(origin)):
        return None
    if not all(_RECORD_ID.fullmatch(r) for r in set(record_id)):
        return None
    if not all(_PREV.fullmatch(p) for p in set(prev) - {""}):
        return None
    if max(map(len, set(operator))) > MAX_OPERATOR:
        return None
    rules: dict[tuple[str, str], tuple[Field | None, str]] = {}
    for entity_name, field_name, code in set(zip(entity, field, kind, strict=True)):
        rule = rule_for(entity_name, field_name)
        if rule is None or len(code) != 1 or code not in rule[1]:
            return None
        rules[(entity_name, field_name)] = rule
    # Each distinct (entity, field, type, text) is decoded and checked once; every change
    # then takes its value by a dictionary read at C speed.
    # The keys are zipped twice rather than held: a tuple a change would be 14 MB at
    # 160,000 changes, at the moment the read holds the most.
    decoded: dict[tuple[str, str, str, str], Any] = {}
    for key in set(zip(entity, field, kind, text, strict=True)):
        value = decode_value(key[2], key[3])
        check_field(rules[(key[0], key[1])][0], key[1], value)
        decoded[key] = value
    return list(map(decoded.__getitem__, zip(entity, field, kind, text, strict=True)))


_RULES: dict[tuple[str, str], tuple[Field | None, str]] = {
    **{(e.name, f.name): (f, _TYPES_FOR[f.kind]) for e in ENTITIES.values() for f in e.fields},
    **{(e.name, m): (None, t) for e in ENTITIES.values() for m, t in _META.items()},
}


def rule_for(entity: str, field: str) -> tuple[Field | None, str] | None:
    """A field's declaration and allowed value types; None for an unknown entity or name.

    A well-named field the entity does not declare came from a newer release: it is
    accepted with any type and only the bounds every value has (its text length).
    """
    rule = _RULES.get((entity, field))
    if rule is None and entity in ENTITIES and _UNDECLARED_NAME.fullmatch(field):
        return None, _UNDECLARED_TYPES
    return rule


def is_declared(entity: str, field: str) -> bool:
    """Does this release declare `field` of `entity` (or is it a meta field)?"""
    return (entity, field) in _RULES


class _RowParser:
    """Parses change rows, remembering ids already checked (they repeat on every field)."""

    def __init__(self) -> None:
        self.origins: set[str] = set()
        self.record_ids: set[str] = set()
        self.prevs: set[str] = {""}
        self.text_only = False

    def parse(self, cells: list[Any]) -> Change:
        """One row (origin, seq, hlc, entity, record_id, field, type, value, prev, operator)."""
        if not self.text_only:
            for name, v in zip(CHANGE_SHEET_COLUMNS, cells, strict=True):
                if type(v) is not str:
                    raise _Bad(f"column '{name}' holds {v!r} where text belongs")
        origin, seq, hlc, entity, record_id, field, kind, text, prev, operator = cells
        if not any(cells):
            raise _Bad("the row is empty")
        self._ids(origin, record_id, prev)
        if not _SEQ.fullmatch(seq):
            raise _Bad(f"the seq '{seq[:40]}' is not a positive whole number")
        if not _HLC.fullmatch(hlc) or int(hlc) >= _INT64:
            raise _Bad(f"the hlc '{hlc[:40]}' is not a clock stamp")
        rule = rule_for(entity, field)
        if rule is None:
            if entity not in ENTITIES:
                raise _Bad(f"there is no entity '{entity[:40]}'")
            raise _Bad(f"'{entity}' has no field '{field[:40]}'")
        f, allowed = rule
        if len(kind) != 1 or kind not in allowed:
            raise _Bad(f"type '{kind[:5]}' is not allowed for {entity}.{field}")
        if len(operator) > MAX_OPERATOR:
            raise _Bad(f"the operator name is longer than {MAX_OPERATOR} characters")
        value = decode_value(kind, text)
        check_field(f, field, value)
        return Change(origin, int(seq), int(hlc), entity, record_id, field, value, prev, operator)

    def _ids(self, origin: str, record_id: str, prev: str) -> None:
        if origin not in self.origins:
            if not _ORIGIN.fullmatch(origin):
                raise _Bad(f"the origin '{origin[:40]}' is not a device id")
            self.origins.add(origin)
        if record_id not in self.record_ids:
            if not _RECORD_ID.fullmatch(record_id):
                raise _Bad(f"the record id '{record_id[:40]}' is malformed")
            self.record_ids.add(record_id)
        if prev not in self.prevs:
            if not _PREV.fullmatch(prev):
                raise _Bad(f"prev '{prev[:40]}' is not a list of change ids")
            self.prevs.add(prev)


def decode_value(kind: str, text: str) -> Any:
    """Inverse of bundle_canonical.encode_value, strict about shape."""
    if kind == "n":
        if text:
            raise _Bad("a null value must be empty")
        return None
    if kind == "s":
        return text
    if kind == "j":
        return _json_text(text)
    if kind == "i":
        if not _INT.fullmatch(text) or not -_INT64 <= int(text) < _INT64:
            raise _Bad(f"'{text[:40]}' is not a whole number")
        return int(text)
    if kind == "f":
        if not _FLOAT.fullmatch(text):
            raise _Bad(f"'{text[:40]}' is not a number")
        return float(text)
    if text not in ("0", "1"):
        raise _Bad(f"'{text[:40]}' is not a yes/no value (1 or 0)")
    return text == "1"


def _json_text(text: str) -> str:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested past the parser's depth
        value = None
    if not isinstance(value, str):
        raise _Bad(f"'{text[:40]}' is not an escaped text (a JSON string)")
    return value


def check_field(f: Field | None, name: str, value: Any) -> None:
    """The field's one check (`domain.validation.check`), worded for a bundle's row;
    the meta fields (deleted, merged into) have their own shapes."""
    if value is None:
        return
    if f is None:
        if name == DELETED and value not in (0, 1):
            raise _Bad(f"{DELETED} must be 0 or 1")
        if name == MERGED_INTO and not _RECORD_ID.fullmatch(value):
            raise _Bad(f"{MERGED_INTO} '{value[:40]}' is not a record id")
        if isinstance(value, str) and len(value) > _UNDECLARED_MAX_LEN:
            raise _Bad(f"{name} is {len(value)} characters long, more than {_UNDECLARED_MAX_LEN}")
        if isinstance(value, float) and not math.isfinite(value):
            raise _Bad(f"{name} is not a finite number")
        return
    for problem in check(f, value):
        if problem.rule not in NUMBER_RULES:  # numbers travel as sent; an import checks them
            raise _Bad(_bundle_words(f, problem.rule, value))


def _bundle_words(f: Field, rule: str, value: Any) -> str:
    """A broken rule as the bundle reports name it: the field's name, not its label."""
    if rule == "vocabulary":
        return f"'{value[:40]}' is not a code of {f.name} ({f.vocab})"
    if rule == "max_length":
        return f"{f.name} is {len(value)} characters long, more than {f.limit}"
    if rule == "type" and f.kind == Kind.BOOL:
        return f"{f.name} must be 0 or 1"
    if rule == "type" and f.kind == Kind.DATE:
        return f"{f.name} '{str(value)[:40]}' is not a date like 2026-03-31"
    return f"{f.name} does not fit its field ({rule})"
