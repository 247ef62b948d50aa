"""Backups from the Settings screen, and the damaged-database offer at start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bordertrack.app import open_or_recover
from bordertrack.services import backup, records
from bordertrack.store.database import Store

from .gui_support import ctx, demo_store, demo_template  # noqa: F401


def test_make_and_restore_a_backup_from_settings(ctx, qtbot, monkeypatch) -> None:  # noqa: F811
    from bordertrack.gui.screens.settings import SettingsScreen

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.backup_now, Qt.MouseButton.LeftButton)
    assert screen.backup_list.count() == 1 and "made by hand" in screen.backup_list.item(0).text()
    before = len(records.list_records(ctx.store, "equipment"))
    records.create(
        ctx.store, "equipment", {"asset_tag": "AFTER-BACKUP", "category": "radio", "post": "DOS"}
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    screen.backup_list.setCurrentRow(0)
    qtbot.mouseClick(screen.restore, Qt.MouseButton.LeftButton)
    assert len(records.list_records(ctx.store, "equipment")) == before


def test_damaged_database_offers_the_newest_good_backup(tmp_path, monkeypatch, qtbot) -> None:
    from bordertrack.services.device import init_device

    db = tmp_path / "post.db"
    store = Store(db)
    init_device(store, "post", "DOS")
    records.create(
        store, "equipment", {"asset_tag": "SAVED", "category": "radio", "notes": "x" * 3000}
    )
    backup.create_backup(store, "at exit")
    store.close()
    raw = bytearray(db.read_bytes())
    for offset in range(4096, len(raw), 499):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    recovered = open_or_recover(db)
    assert (
        recovered is not None
        and "integrity check" in asked[0]
        and "when the program closed" in asked[0]
    )  # the reason in words
    assert [r["asset_tag"] for r in records.list_records(recovered, "equipment")] == ["SAVED"]
    recovered.close()


def test_background_check_offers_the_newest_good_backup(ctx, qtbot, monkeypatch) -> None:  # noqa: F811
    import bordertrack.store.database as database
    from bordertrack.app import build_window, check_in_background
    from bordertrack.domain.errors import DatabaseProblem

    records.create(
        ctx.store, "equipment", {"asset_tag": "BEFORE", "category": "radio", "post": "DOS"}
    )
    backup.create_backup(ctx.store, "at exit")
    records.create(
        ctx.store, "equipment", {"asset_tag": "AFTER", "category": "radio", "post": "DOS"}
    )
    window = build_window(ctx.store, worker=ctx.worker)
    qtbot.addWidget(window)

    def damaged(path):
        raise DatabaseProblem(
            f"{path} failed its integrity check (page 7); restore the newest good backup."
        )

    monkeypatch.setattr(database, "check_file_integrity", damaged)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    check_in_background(window)
    assert asked and "page 7" in asked[0]
    tags = {r["asset_tag"] for r in records.list_records(ctx.store, "equipment")}
    assert "BEFORE" in tags and "AFTER" not in tags


def test_background_check_of_a_good_file_says_nothing(ctx, qtbot, monkeypatch) -> None:  # noqa: F811
    from bordertrack.app import build_window, check_in_background

    window = build_window(ctx.store, worker=ctx.worker)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked for nothing"))
    check_in_background(window)
