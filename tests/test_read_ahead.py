"""Bundles read ahead by worker processes are the bundles this process would read: same
order, same verified changes; a bundle a worker cannot read reaches the person with the
ordinary path's error, and a machine where no worker can start merges all the same."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import read_ahead as ahead_module
from bordertrack.services import records
from bordertrack.services.dump import dump_json
from bordertrack.services.import_bundle import read_verified
from bordertrack.services.import_many import import_many
from bordertrack.services.sync import export_bundle
from bordertrack.store.changes import Change

from .sync_helpers import enrol


@pytest.fixture
def bundles(make_store, tmp_path: Path) -> tuple[list[Path], list]:
    posts = [make_store("post", code, name=f"post {code}") for code in ("DOS", "AKJ", "TOR")]
    paths = []
    for i, post in enumerate(posts):
        records.create(post, "equipment", {"asset_tag": f"T{i}", "category": "radio"})
        path = tmp_path / f"b{i}.xlsx"
        export_bundle(post, path, full=True)
        paths.append(path)
    return paths, posts


def _tampered(source: Path, target: Path) -> Path:
    """The bundle with one cell of its Changes sheet edited (the signature no longer holds)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if b"DOS" in data and info.filename.startswith("xl/"):
                data = data.replace(b"T0", b"T9", 1)
            zout.writestr(info, data)
    return target


def test_workers_hand_over_what_this_process_would_read(bundles) -> None:
    paths, _posts = bundles
    seen = list(ahead_module.read_ahead(paths, workers=2, ahead=1))
    assert [p for p, _b in seen] == paths
    for path, bundle in seen:
        assert bundle is not None
        mine = read_verified(path)
        assert (bundle.digest, bundle.changes) == (mine.digest, mine.changes)
        assert {type(c) for c in bundle.changes} == {Change}  # .origin, .seq ... work


def test_a_bundle_a_worker_cannot_read_is_refused_with_the_ordinary_error(
    bundles, make_store, tmp_path: Path
) -> None:
    paths, posts = bundles
    bad = _tampered(paths[0], tmp_path / "edited.xlsx")
    with pytest.raises(BorderTrackError) as ordinary:
        read_verified(bad)
    assert [b for _p, b in ahead_module.read_ahead([bad, paths[1]], workers=1)][0] is None
    coord = make_store("coordinator", name="coord")
    for post in posts:
        enrol(post, coord)
    result = import_many(coord, [bad, *paths[1:]], readers=1)
    by_file = {r.file_name: r for r in result.reports}
    assert by_file["edited.xlsx"].status == "rejected"
    assert by_file["edited.xlsx"].message == str(ordinary.value)
    assert by_file["b1.xlsx"].status == by_file["b2.xlsx"].status == "applied"


class _NoWorkers:
    """A pool on a machine where no process can be started."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def submit(self, *args, **kwargs):
        raise OSError("cannot start a process")


def test_without_workers_the_merge_reads_here_and_ends_the_same(
    bundles, make_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, posts = bundles
    with_workers, without = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    for post in posts:
        enrol(post, with_workers)
        enrol(post, without)
    import_many(with_workers, paths, readers=1)
    monkeypatch.setattr(ahead_module, "ProcessPoolExecutor", _NoWorkers)
    assert [b for _p, b in ahead_module.read_ahead(paths, workers=1)] == [None] * 3
    result = import_many(without, paths, readers=1)
    assert {r.status for r in result.reports} == {"applied"}
    assert dump_json(with_workers) == dump_json(without)


def test_small_merges_read_here_and_large_ones_use_the_spare_cores(
    bundles, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _posts = bundles
    monkeypatch.setattr(ahead_module.os, "cpu_count", lambda: 2)
    assert ahead_module.default_workers(paths) == 0  # a few kB: a worker's start costs more
    monkeypatch.setattr(ahead_module, "WORTH_A_WORKER", 1)
    assert ahead_module.default_workers(paths) == 1
    monkeypatch.setattr(ahead_module.os, "cpu_count", lambda: 1)
    assert ahead_module.default_workers(paths) == 0
