"""An export never writes what a reader would refuse for its size: the writer's guard
(sync/bundle_size.py) and the reader's limits agree at every bound, to the element."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from bordertrack.sync.bundle_errors import BundleTooLarge
from bordertrack.sync.bundle_limits import Limits
from bordertrack.sync.bundle_read import read_bundle
from bordertrack.sync.bundle_scan import ScanLimits, scan_part
from bordertrack.sync.bundle_size import ExportTooLarge
from bordertrack.sync.bundle_write import write_bundle
from tests.bundle_fixtures import PRIVATE, header, tricky_changes

ROOMY = ScanLimits(
    max_elements_per_part=10**9, max_elements=10**9, max_row_digits=9, max_sheet_area=10**12
)


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """What the reader's scan finds in the bundle the writer makes: the most elements in
    a part, all elements, the most row digits and the largest sheet area."""
    path = tmp_path_factory.mktemp("size") / "roomy.xlsx"
    write_bundle(path, header(), tricky_changes(), PRIVATE, limits=ROOMY)
    with zipfile.ZipFile(path) as zf:
        scans = [
            scan_part(zf, info, sheet=info.filename.startswith("xl/worksheets/"), limits=ROOMY)
            for info in zf.infolist()
        ]
        sheets = [
            s for s, info in zip(scans, zf.infolist(), strict=True)
            if info.filename.startswith("xl/worksheets/")
        ]  # fmt: skip
    return {
        "max_elements_per_part": max(s.elements for s in scans),
        "max_elements": sum(s.elements for s in scans),
        "max_row_digits": max(s.row_digits for s in sheets),
        "max_sheet_area": max(s.area_bound() for s in sheets),
    }


@pytest.mark.parametrize(
    "bound", ["max_elements_per_part", "max_elements", "max_row_digits", "max_sheet_area"]
)
def test_the_writer_refuses_exactly_what_the_reader_refuses(
    measured: dict[str, int], tmp_path: Path, bound: str
) -> None:
    at = replace(ROOMY, **{bound: measured[bound]})
    path = tmp_path / "at.xlsx"
    write_bundle(path, header(), tricky_changes(), PRIVATE, limits=at)
    assert read_bundle(path, limits=Limits(scan=at)).changes == tricky_changes()

    past = replace(ROOMY, **{bound: measured[bound] - 1})
    with pytest.raises(ExportTooLarge, match="nothing was written"):
        write_bundle(tmp_path / "past.xlsx", header(), tricky_changes(), PRIVATE, limits=past)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["at.xlsx"]  # no file, no temp
    with pytest.raises(BundleTooLarge):
        read_bundle(path, limits=Limits(scan=past))


def test_an_export_too_large_for_any_reader_leaves_no_file_and_says_so(
    make_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the export a person runs: the old file stays, no part file is left, and
    the one-line error says what happened and whom to tell (the catalogues' test holds
    its Russian and Kyrgyz)."""
    from bordertrack.services import records
    from bordertrack.services.sync import export_bundle
    from bordertrack.sync import bundle_xlsx

    post = make_store("post", "DOS")
    for n in range(30):
        records.create(post, "equipment", {"asset_tag": f"T-{n}", "category": "radio"})
    target = tmp_path / "out" / "full.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the bundle sent last week")
    monkeypatch.setattr(bundle_xlsx, "ScanLimits", lambda: replace(ROOMY, max_row_digits=1))
    with pytest.raises(ExportTooLarge) as refused:
        export_bundle(post, target, full=True)
    assert target.read_bytes() == b"the bundle sent last week"
    assert [p.name for p in target.parent.iterdir()] == ["full.xlsx"]
    line = str(refused.value)
    assert "nothing was written" in line and "coordinator" in line and "\n" not in line


@pytest.mark.parametrize("all_inline", [False, True])
def test_text_that_looks_like_a_cell_position_is_no_position_to_a_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, all_inline: bool
) -> None:
    """A reader's scan finds cell positions (` r="AA1"`, either quote) in a sheet's bytes;
    text written inline in a sheet (text like an escape, or any text once the shared
    strings are full) carries its quotes escaped, so it can widen no bound."""
    from bordertrack.sync import bundle_xlsx

    if all_inline:
        monkeypatch.setattr(bundle_xlsx.SharedStrings, "LIMIT", 0)
    odd = [' r="AA1"', " r='A1234567'", '_x0041_ r="ZZ9"', '/r="x"']
    changes = [
        c._replace(value=f"{c.value}{odd[i % len(odd)]}")
        if c.field == "notes" and len(c.value) < 100
        else c
        for i, c in enumerate(tricky_changes())
    ]
    assert sum('r="' in str(c.value) for c in changes) >= 3
    path = tmp_path / "odd.xlsx"
    write_bundle(path, header(), changes, PRIVATE)
    assert read_bundle(path).changes == changes


def test_a_header_wider_than_the_rows_under_it_counts_for_the_area(tmp_path: Path) -> None:
    """The reader bounds a sheet's area by its widest row, the header included."""
    from bordertrack.sync.bundle_xlsx import Sheet, write_workbook

    rows = [[f"h{i}" for i in range(12)], *([["x"] * 10] * 50)]  # area 12 x 99
    fits = replace(ROOMY, max_sheet_area=12 * 99)
    write_workbook(tmp_path / "fits.xlsx", [Sheet("S", rows)], limits=fits)
    with pytest.raises(ExportTooLarge):
        write_workbook(
            tmp_path / "past.xlsx", [Sheet("S", rows)], limits=replace(fits, max_sheet_area=1187)
        )
