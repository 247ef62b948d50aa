"""The sync folder: a USB stick, a share or a mail client's folder named once; a round
runs on request, and by itself when the folder appears (the stick is plugged in).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services.sync_folder import SyncRound, sync_folder

SETTING_FOLDER = "sync_folder"
SETTING_AUTO = "sync_folder_auto"
POLL_MS = 3000


class SyncFolderView(Retranslating, QWidget):
    """Choose the folder, run a round, see what it did; polls for the folder to appear."""

    synced = Signal(object)  # SyncRound

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = QLineEdit(objectName="sync_folder_path")
        self.folder.setText(ctx.store.setting(SETTING_FOLDER) or "")
        self.folder.editingFinished.connect(self._save_folder)
        self.choose = QPushButton(clicked=self._choose)
        self.run_button = QPushButton(clicked=self.run_round, objectName="sync_now")
        self.auto = QCheckBox(objectName="sync_auto")
        self.auto.setChecked(ctx.store.setting(SETTING_AUTO, "1") == "1")
        self.auto.toggled.connect(
            lambda on: ctx.store.set_setting(SETTING_AUTO, "1" if on else "0")
        )
        self.state = QLabel(wordWrap=True, objectName="sync_folder_state")
        self.log = QListWidget(objectName="sync_folder_log")
        self._was_there = self._present()
        self.timer = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self.timer.start()
        self.intro = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.auto)
        layout.addWidget(self.state)
        layout.addWidget(self.log, 1)
        self.retranslate_ui()

    def _present(self) -> bool:
        text = self.folder.text().strip()
        return bool(text) and Path(text).is_dir()

    def _save_folder(self) -> None:
        self.ctx.store.set_setting(SETTING_FOLDER, self.folder.text().strip() or None)
        self._was_there = self._present()
        self.refresh()

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.folder.text()
        )
        if path:
            self.folder.setText(path)
            self._save_folder()

    def poll(self) -> None:
        """Run a round once when the folder appears (a stick plugged in), not on every tick."""
        present = self._present()
        appeared = present and not self._was_there
        self._was_there = present
        self.refresh()
        if appeared and self.auto.isChecked():
            self.run_round()

    def run_round(self) -> None:
        store, folder = self.ctx.store, Path(self.folder.text().strip())
        self._save_folder()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return sync_folder(store, folder, on_progress=progress)

        run_with_progress(
            self.ctx,
            self,
            self.tr("Syncing through {folder}...").format(folder=folder),
            work,
            self._done,
        )

    def _done(self, result: SyncRound) -> None:
        for item in result.written:
            self.log.addItem(
                self.tr("Wrote {file}: {n} changes for {to}").format(
                    file=item["file"], n=item["changes"], to=item["to"]
                )
            )
        for item in result.imported:
            self.log.addItem(self.tr("Imported {file}: {summary}").format(**item))
        for item in result.refused:
            self.log.addItem(self.tr("Refused {file}: {why}").format(**item))
        self.state.setText(
            self.tr("Last round: wrote {w}, imported {i}, skipped {s}, refused {r}.").format(
                w=len(result.written),
                i=len(result.imported),
                s=len(result.skipped),
                r=len(result.refused),
            )
        )
        self.synced.emit(result)

    def refresh(self) -> None:
        present = self._present()
        self.run_button.setEnabled(present)
        if not self.folder.text().strip():
            self.state.setText(self.tr("No sync folder chosen yet."))
        elif not present:
            self.state.setText(
                self.tr("The folder is not there now; plug in the stick or connect the share.")
            )

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Name a folder once: a USB stick, a network share, or a folder your mail program fills. "
                "A round writes a bundle of what is pending for each device this one sends to, and "
                "imports every new bundle found there, with all the usual checks."
            )
        )
        self.choose.setText(self.tr("C&hoose..."))
        self.run_button.setText(self.tr("&Sync now"))
        self.auto.setText(self.tr("Sync by itself when the folder appears"))
        self.refresh()
