"""The export's fast paths write the same bundle as the general ones: the Changes rows
from one template, byte for byte the XML of `row_xml`, with the same shared strings in
the same order; the readable rows as the plain fold and `display` of every cell give;
and a whole signed bundle is byte for byte the one the plain forms write."""

from __future__ import annotations

import json
import random
import zipfile
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pytest

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.store.changes import DELETED, MERGED_INTO, Change
from bordertrack.sync import bundle_canonical, bundle_write, bundle_xlsx
from bordertrack.sync.bundle_canonical import canonical_cell, canonical_rows
from bordertrack.sync.bundle_sheets import (
    Latest,
    display,
    readable_header,
    readable_rows,
    stamp_text,
)
from bordertrack.sync.bundle_write import write_bundle
from bordertrack.sync.bundle_xlsx import (
    SharedStrings,
    _cell,
    column_letter,
    row_xml,
    text_rows_xml,
)

from .bundle_fixtures import BASE_HLC, PRIVATE, SENDER, header, tricky_changes

# Cells a Changes row can hold, awkward ones included: empty text in every column, digits
# that are not ASCII, a minus sign, OOXML-escape look-alikes, markup, edge spaces.
CELLS = ["", "a", "7", "0", "-3", "١٢", "²", "_x0041_", "a&b<c>", " lead", "trail ", "x\ty"]
DIGITS = ["1", "42", "115343360000065536", "0", "", "-1", "١", "1 2"]


def _changes_row(rng: random.Random) -> list[str]:
    row = [rng.choice(CELLS + ["o1", "o2"]) for _ in range(10)]
    row[1], row[2] = rng.choice(DIGITS), rng.choice(DIGITS)
    if rng.random() < 0.6:  # most rows are ordinary: every cell a change always has
        for i in (0, 3, 4, 5, 6):
            row[i] = row[i] or f"t{rng.randint(0, 30)}"
    return row


@pytest.mark.parametrize("seed", range(30))
def test_the_changes_row_template_writes_the_general_rows_bytes(seed: int) -> None:
    rng = random.Random(seed)
    rows = [_changes_row(rng) for _ in range(rng.randint(1, 60))]
    rows += [[rng.choice(CELLS) for _ in range(rng.randint(0, 12))] for _ in range(5)]
    rng.shuffle(rows)
    fast, general = SharedStrings(), SharedStrings()
    if seed % 3 == 0:  # past the table's bound, texts are written inline
        fast.LIMIT = general.LIMIT = 4
    start = rng.randint(1, 5000)
    expected = "".join(row_xml(n, row, general) for n, row in enumerate(rows, start))
    assert text_rows_xml(start, rows, fast) == expected
    assert fast.texts == general.texts
    assert fast.xml() == general.xml()


def _plain_readable_rows(e: Entity, by_record: list[Latest]) -> list[list]:
    """The readable sheet's rows as first written: a fold and `display` per cell."""
    rows = [readable_header(e)]
    for rid, group in groupby(by_record, key=itemgetter(0)):
        fields: dict[str, Latest] = {}
        for c in group:
            old = fields.get(c[1])
            if old is None or (c[3], c[4], c[5]) > (old[3], old[4], old[5]):
                fields[c[1]] = c
        row = [rid]
        for f in e.fields:
            c = fields.get(f.name)
            row.append(display(f, c[2]) if c else None)
        deleted = fields.get(DELETED)
        row.append(("Yes" if deleted[2] else "No") if deleted else None)
        merged = fields.get(MERGED_INTO)
        row.append(display(None, merged[2]) if merged else None)
        row.append(stamp_text(max(c[3] for c in fields.values())))
        rows.append(row)
    return rows


VALUES = [None, "", "x", "radio", "in_service", "line\nbreak", "bell\x07", 0, 1, 2, -5,
          10**16, 2.5, float("nan"), 1e300, True, False, "0", "1", "Yes"]  # fmt: skip


# Stamps in one second and the next, and stamps too large for a date (shown as numbers).
STAMPS = [1 << 16, 5 << 16, 115343360000065536, (1_700_000_000_123 << 16) | 3,
          1_700_000_000_999 << 16, 1_700_000_001_000 << 16, 1 << 80, (1 << 80) + 5]  # fmt: skip


@pytest.mark.parametrize("seed", range(20))
def test_readable_rows_are_the_plain_fold_and_display(seed: int) -> None:
    rng = random.Random(seed)
    e = rng.choice(list(ENTITIES.values()))
    names = [f.name for f in e.fields] + [DELETED, MERGED_INTO, "unknown_field"]
    changes: list[Latest] = []
    for r in range(rng.randint(1, 40)):
        # Several changes of one field in some records, ties on the stamp broken by
        # origin and seq; stamps shared between records.
        for _ in range(rng.randint(1, 12)):
            changes.append(
                (
                    f"rec-{r:03d}",
                    rng.choice(names),
                    rng.choice(VALUES),
                    rng.choice(STAMPS + [rng.randint(0, 1 << 60)]),
                    rng.choice(["o1", "o2"]),
                    rng.randint(1, 9),
                )
            )
    rows = list(readable_rows(e, iter(changes)))
    expected = _plain_readable_rows(e, changes)
    assert repr(rows) == repr(expected)  # repr: nan equals itself only by its text


def _plain_row_xml(number: int, row: list, strings: SharedStrings) -> str:
    """A <row> as first written: every kept cell through `_cell`."""
    cells = [
        _cell(f"{column_letter(i)}{number}", v, "", strings)
        for i, v in enumerate(row)
        if v is not None and v != ""
    ]
    return f'<row r="{number}">{"".join(cells)}</row>'


TYPED = ["", "x", "a&b", "_x0041_", "12", None, 0, 7, -3, 2.5, 1e300, True, False]


@pytest.mark.parametrize("seed", range(10))
def test_a_typed_row_is_written_as_cell_by_cell(seed: int) -> None:
    rng = random.Random(seed)
    fast, plain = SharedStrings(), SharedStrings()
    for number in range(1, 200):
        row = [rng.choice(TYPED) for _ in range(rng.randint(0, 30))]
        assert row_xml(number, row, fast) == _plain_row_xml(number, row, plain)
    assert fast.texts == plain.texts


def _many_changes(rng: random.Random) -> list[Change]:
    """The awkward changes, then a post's items: fields changed once and several times,
    shared stamps, prev and operators present or not, empty and typed values."""
    out = tricky_changes()
    e = ENTITIES["equipment"]
    for r in range(300):
        rid = f"{r:08d}-0000-4000-8000-000000000000"
        for _ in range(rng.randint(1, 14)):
            n = len(out) + 1
            out.append(
                Change(
                    SENDER,
                    n,
                    BASE_HLC + rng.randint(0, 3000) * 65536,
                    "equipment",
                    rid,
                    rng.choice([f.name for f in e.fields] + [DELETED]),
                    rng.choice([*VALUES[:16], "in_service", "radio"]),
                    rng.choice(["", f"{SENDER}:{max(1, n - 1)}"]),
                    rng.choice(["", "Officer Иванов"]),
                )
            )
    return out


def _plain_text_json(rows: list) -> str:
    return json.dumps(canonical_rows(rows), separators=(",", ":"))[1:-1]


def _plain_kept(rows: list) -> list[list]:
    out = []
    for row in rows:
        cells = [canonical_cell(v) for v in row]
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    return out


@pytest.mark.parametrize("seed", range(3))
def test_a_bundle_written_by_the_fast_paths_is_the_plain_bundle(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changes = _many_changes(random.Random(seed))
    fast = tmp_path / "fast.xlsx"
    fast_digest = write_bundle(fast, header(), changes, PRIVATE)

    def plain_rows(start: int, rows: list, strings: SharedStrings) -> str:
        return "".join(_plain_row_xml(n, r, strings) for n, r in enumerate(rows, start))

    def plain_row(number: int, row: list, strings: SharedStrings, style: str = "") -> str:
        cells = [
            _cell(f"{column_letter(i)}{number}", v, style, strings)
            for i, v in enumerate(row)
            if v is not None and v != ""
        ]
        return f'<row r="{number}">{"".join(cells)}</row>'

    monkeypatch.setattr(bundle_xlsx, "text_rows_xml", plain_rows)
    monkeypatch.setattr(bundle_xlsx, "row_xml", plain_row)
    monkeypatch.setattr(bundle_xlsx, "BackgroundWriter", lambda out: _Direct(out))
    monkeypatch.setattr(
        bundle_write, "readable_rows", lambda e, rows: iter(_plain_readable_rows(e, list(rows)))
    )
    monkeypatch.setattr(bundle_canonical, "_text_rows_json", _plain_text_json)
    monkeypatch.setattr(bundle_canonical, "canonical_rows_kept", _plain_kept)
    plain = tmp_path / "plain.xlsx"
    assert write_bundle(plain, header(), changes, PRIVATE) == fast_digest
    with zipfile.ZipFile(fast) as a, zipfile.ZipFile(plain) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            assert a.read(name) == b.read(name), name


class _Direct:
    def __init__(self, out) -> None:  # type: ignore[no-untyped-def]
        self.write, self.close = out.write, lambda: None


def test_text_rows_are_joined_only_when_json_would_write_them_as_they_are() -> None:
    for code in [*range(0x300), 0x2028, 0xFFFE, 0x1F600]:
        rows = [("a", f"x{chr(code)}y", "", "b", ""), ("c", "", "")]
        expected = json.dumps(canonical_rows(rows), separators=(",", ":"))[1:-1]
        assert bundle_canonical._text_rows_json(rows) == expected, hex(code)
