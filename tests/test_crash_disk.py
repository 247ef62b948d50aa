"""A full disk at every place BorderTrack writes: the database during an import, the backup
made before it, and a USB stick that fills up mid-export. Each ends in one clear line and
leaves the database exactly as it was.

The faults are injected (SQLite's max_page_count, an ENOSPC from the file layer), so the
tests need no root mounts and run the same in CI.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from unittest import mock

import pytest

from bordertrack.cli.main import main as cli_main
from bordertrack.domain.errors import DatabaseProblem
from bordertrack.services import backup, records
from bordertrack.services.dump import dump_json
from bordertrack.services.export import export_bundle
from bordertrack.services.import_bundle import import_bundle
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.database import Store

from .crash_worker import large_edit


def one_line(err: BaseException) -> str:
    text = str(err)
    assert text and "\n" not in text.strip()
    return text


def logged(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_disk_full_during_an_import_changes_nothing(make_store, tmp_path: Path) -> None:
    sender, receiver = make_store("coordinator", name="s"), make_store("coordinator", name="r")
    large_edit(sender, 3_000)
    trust_card(receiver, my_card(sender))
    path = tmp_path / "b.xlsx"
    export_bundle(sender, path, full=True)
    before = dump_json(receiver)
    pages = receiver.conn.execute("PRAGMA page_count").fetchone()[0]
    receiver.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DatabaseProblem) as err:
        import_bundle(receiver, path)
    assert one_line(err.value).startswith("The disk is full")
    assert not receiver.conn.in_transaction
    assert receiver.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump_json(receiver) == before and logged(receiver, "import_log") == 0
    receiver.conn.execute("PRAGMA max_page_count = 1073741823")
    report = import_bundle(receiver, path)  # once there is space, the same bundle goes in
    assert report.status == "applied" and dump_json(receiver) == dump_json(sender)


def test_disk_full_while_writing_the_backup_refuses_the_import(make_store, tmp_path: Path) -> None:
    sender, receiver = make_store("coordinator", name="s"), make_store("coordinator", name="r")
    records.create(sender, "person", {"full_name": "Sent", "sex": "female"})
    trust_card(receiver, my_card(sender))
    path = tmp_path / "b.xlsx"
    export_bundle(sender, path, full=True)
    before = dump_json(receiver)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with mock.patch.object(backup, "_copy", full), pytest.raises(backup.BackupFailed) as err:
        import_bundle(receiver, path)
    assert "free some disk space" in one_line(err.value)
    assert dump_json(receiver) == before and logged(receiver, "import_log") == 0
    folder = backup.backup_dir(receiver.path)
    assert not list(folder.glob("*.partial")) and backup.list_backups(receiver.path) == []


class FillingFile:
    """A file on a stick with `room` bytes free: the write past it fails with ENOSPC.
    Everything else (seek, tell, flush, fileno, close) is the real file's."""

    def __init__(self, real: io.BufferedWriter, room: int) -> None:
        self.real, self.room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.real.write(data)

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def stick_with_room(room: int):
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args, **kwargs):
        handle = real_fdopen(fd, mode, *args, **kwargs)
        return FillingFile(handle, room) if "w" in mode else handle

    return mock.patch("bordertrack.sync.bundle_xlsx.os.fdopen", fdopen)


@pytest.mark.parametrize("room", [0, 100, 5_000, 60_000])
def test_stick_fills_up_mid_export(coordinator: Store, tmp_path: Path, room: int) -> None:
    large_edit(coordinator, 3_000)
    before = dump_json(coordinator)
    stick = tmp_path / "stick"
    stick.mkdir()
    with stick_with_room(room), pytest.raises(OSError) as err:
        export_bundle(coordinator, stick / "b.xlsx", full=True)
    assert err.value.errno == errno.ENOSPC
    assert list(stick.iterdir()) == []  # no half bundle, not even the temp file
    assert dump_json(coordinator) == before and logged(coordinator, "export_log") == 0
    result = export_bundle(coordinator, stick / "b.xlsx", full=True)
    assert result.bundle_seq == 1  # the failed attempt used up no bundle number


def test_stick_full_on_the_command_line_is_one_line(
    tmp_path: Path, coordinator: Store, capsys
) -> None:
    records.create(coordinator, "person", {"full_name": "Kept", "sex": "male"})
    db = str(coordinator.path)
    coordinator.close()
    with stick_with_room(10):
        code = cli_main(["--db", db, "export", str(tmp_path / "b.xlsx"), "--full"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1 and "Traceback" not in err
    assert "No space left on device" in err and "try again" in err
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".b.xlsx*"))
