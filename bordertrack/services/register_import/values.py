"""Turning a register's cell into a field value, with every lookup the import needs held in
memory: posts, agencies, projects and models by code or name, people by service number or
name, vocabulary words. One Resolver serves a whole import, so 20,000 rows cost 20,000
dictionary look-ups, not 20,000 queries.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.validation import coerce
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.services.register_import import words
from bordertrack.services.register_import.dates import DAY_FIRST, to_date, to_number
from bordertrack.store.database import Store
from bordertrack.store.query import LIVE

# What a vocabulary value that matches no word becomes (besides the review flag). Fields
# not listed are left empty (the record's default applies: in service for a new item).
FALLBACK = {"equipment_category": "other", "sex": "not_recorded", "agency_kind": "other",
            "facility_type": "other"}  # fmt: skip


class NotRead(ValueError):
    """A cell that cannot be read as its field; the message is for the person."""


def text_of(raw: Any) -> str:
    """Ids typed as numbers come back from Excel as 1234.0; keep them as the digits typed."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(" ")
    return str(raw).strip()


class Resolver:
    """Caches of the reference data an import looks values up in (read once, on demand)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._codes: dict[str, dict[str, str]] = {}
        self._people: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self._currency: dict[str, str] | None = None
        # The answers per text: a register names the same posts, models and holders on
        # thousands of rows.
        self._known: dict[tuple[str, str], str | None] = {}
        self._person: dict[str, list[str]] = {}

    def codes(self, entity_name: str) -> dict[str, str]:
        """Upper-cased code and name (and plain name) -> code, for reference entities."""
        if entity_name not in self._codes:
            table: dict[str, str] = {}
            rows = self.store.conn.execute(
                f"SELECT code, name FROM {ENTITIES[entity_name].table} WHERE {LIVE}"
            ).fetchall()
            for code, _name in rows:
                table.setdefault(str(code).upper(), code)
            for code, name in rows:
                if name:
                    table.setdefault(str(name).strip().casefold(), code)
            self._codes[entity_name] = table
        return self._codes[entity_name]

    def known(self, entity_name: str, text: str) -> str | None:
        key = (entity_name, text)
        if key not in self._known:
            table = self.codes(entity_name)
            self._known[key] = table.get(text.upper()) or table.get(text.strip().casefold())
        return self._known[key]

    def people(self, text: str) -> list[str]:
        """Ids of the live people whose service number or full name is `text` (the list is
        shared between calls: read it, do not change it)."""
        hit = self._person.get(text)
        if hit is None:
            hit = self._person[text] = self._find_people(text)
        return hit

    def _find_people(self, text: str) -> list[str]:
        if self._people is None:
            by_number: dict[str, list[str]] = defaultdict(list)
            by_name: dict[str, list[str]] = defaultdict(list)
            for pid, name, number in self.store.conn.execute(
                f"SELECT id, full_name, service_number FROM person WHERE {LIVE}"
            ):
                if number:
                    by_number[str(number).strip()].append(pid)
                if name:
                    by_name[" ".join(str(name).casefold().split())].append(pid)
            self._people = (by_number, by_name)
        by_number, by_name = self._people
        return by_number.get(text.strip()) or by_name.get(" ".join(text.casefold().split()), [])

    def project_currency(self, code: str | None) -> str | None:
        if self._currency is None:
            self._currency = {
                c: (cur or "").strip().upper()
                for c, cur in self.store.conn.execute(
                    f"SELECT code, currency FROM project WHERE {LIVE}"
                )
            }
        return self._currency.get(code or "") or None


def convert(f: Field, raw: Any, *, order: str = DAY_FIRST) -> Any:
    """The value of a cell for `f` (None for an empty cell); raises NotRead with the reason.

    Dates, numbers and yes/no come back typed; everything else (vocabulary words,
    references, text) as the text to look up or keep.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        if f.kind == Kind.DATE:
            return to_date(raw, order)
        if f.kind in (Kind.MONEY, Kind.REAL):
            return to_number(raw)
        if f.kind in (Kind.INT, Kind.PERCENT):
            value = to_number(raw)
            return coerce(f, value)
        if f.kind == Kind.BOOL:
            return coerce(f, text_of(raw))
    except (ValueError, OverflowError):
        kind = "a date" if f.kind == Kind.DATE else "a number"
        raise NotRead(f"{f.label} '{text_of(raw)}' is not {kind}.") from None
    return text_of(raw)


_MISS = object()
_REMEMBERED = 100_000  # distinct cells a column's converter keeps the answer of


def converter(f: Field, order: str = DAY_FIRST) -> Callable[[Any], Any]:
    """`convert` for one column, with the field's kind decided once (20,000 rows, one choice).

    Amounts already read as numbers pass straight through; dates and amounts written as
    text are read once per distinct cell (a register repeats its dates), failures too.
    """
    if f.kind in (Kind.TEXT, Kind.LONGTEXT, Kind.VOCAB, Kind.REF):

        def text(raw: Any) -> Any:
            if raw is None:
                return None
            if isinstance(raw, str):
                return raw.strip() or None
            return text_of(raw)

        return text
    numbers = f.kind in (Kind.MONEY, Kind.REAL)
    seen: dict[tuple[type, Any], Any] = {}

    def remembered(raw: Any) -> Any:
        if raw is None:
            return None
        kind = type(raw)
        if numbers and (kind is int or kind is float) and math.isfinite(raw):
            return raw  # what to_number gives a number
        key = (kind, raw)
        hit = seen.get(key, _MISS)
        if hit is _MISS:
            try:
                hit = convert(f, raw, order=order)
            except NotRead as exc:
                hit = exc
            if len(seen) < _REMEMBERED:
                seen[key] = hit
        if isinstance(hit, NotRead):
            raise NotRead(str(hit))
        return hit

    return remembered


def vocab_value(f: Field, text: str) -> tuple[str | None, bool]:
    """(code, matched): the code the words name, else the vocabulary's fallback and False."""
    code = words.match(f.vocab or "", text)
    if code is not None:
        return code, True
    fallback = FALLBACK.get(f.vocab or "")
    return (fallback if fallback in VOCABULARIES.get(f.vocab or "", {}) else None), False
