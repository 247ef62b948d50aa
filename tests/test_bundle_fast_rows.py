"""The export's fast paths write the same bundle as the general ones: the Changes rows
from one template, byte for byte the XML of `row_xml`, with the same shared strings in
the same order."""

from __future__ import annotations

import random

import pytest

from bordertrack.sync.bundle_xlsx import SharedStrings, row_xml, text_rows_xml

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
