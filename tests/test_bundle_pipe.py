"""The sheet writer's thread writes every chunk in order and hands a failure back."""

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import pytest

from bordertrack.sync import bundle_xlsx
from bordertrack.sync.bundle_pipe import BackgroundWriter
from bordertrack.sync.bundle_xlsx import Sheet, write_workbook


def test_chunks_arrive_in_order_and_close_waits_for_them() -> None:
    out = io.BytesIO()
    pipe = BackgroundWriter(out)
    chunks = [bytes([i % 256]) * (i * 37 % 5000) for i in range(200)]
    for chunk in chunks:
        pipe.write(chunk)
    pipe.close()
    assert out.getvalue() == b"".join(chunks)


class _FullDisk(io.RawIOBase):
    def write(self, data: bytes) -> int:  # type: ignore[override]
        raise OSError(28, "No space left on device")


def test_a_failed_write_is_raised_in_the_caller_and_the_thread_ends() -> None:
    pipe = BackgroundWriter(_FullDisk())
    with pytest.raises(OSError, match="No space"):
        try:  # as the sheet writer does
            for _ in range(100):
                pipe.write(b"x" * 1000)
        finally:
            pipe.close()
    assert not any(t.name == "bundle-writer" for t in threading.enumerate())


def test_a_full_disk_during_a_sheet_leaves_no_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: BackgroundWriter, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(BackgroundWriter, "write", failing)
    rows = [["a", str(i)] for i in range(5000)]
    with pytest.raises(OSError):
        write_workbook(tmp_path / "b.xlsx", [Sheet("S", rows)])
    assert list(tmp_path.iterdir()) == []


def test_a_workbook_written_through_the_thread_is_the_direct_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["id", "n"], *([f"r{i}", i, "x" * (i % 7)] for i in range(9000))]
    write_workbook(tmp_path / "thread.xlsx", [Sheet("S", list(rows))])
    monkeypatch.setattr(bundle_xlsx, "BackgroundWriter", lambda out: _Direct(out))
    write_workbook(tmp_path / "direct.xlsx", [Sheet("S", list(rows))])
    with (
        zipfile.ZipFile(tmp_path / "thread.xlsx") as a,
        zipfile.ZipFile(tmp_path / "direct.xlsx") as b,
    ):
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist())


class _Direct:
    def __init__(self, out: io.RawIOBase) -> None:
        self.write, self.close = out.write, lambda: None
