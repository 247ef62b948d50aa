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
