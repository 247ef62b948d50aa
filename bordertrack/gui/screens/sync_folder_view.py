"""The sync folder: a USB stick, a share or a mail client's folder named once; a round
runs on request, and by itself when the folder appears (the stick is plugged in).

The stick is remembered by its volume (label and serial), not its drive letter, and is
looked for off the GUI thread (see gui/sync_volume.py).
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
from bordertrack.gui.sync_volume import FolderProbe, FolderState, Remembered, remember
from bordertrack.services.sync_folder import SyncRound, sync_folder

SETTING_FOLDER = "sync_folder"
SETTING_VOLUME = "sync_folder_volume"  # the stick's label, serial and the folder inside it
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
            lambda on: ctx.write(lambda: ctx.store.set_setting(SETTING_AUTO, "1" if on else "0"))
        )
        self.state = QLabel(wordWrap=True, objectName="sync_folder_state")
        self.log = QListWidget(objectName="sync_folder_log")
        self.located = FolderState(None)  # what the last look found
        self._showing_problem = True  # the state line says the folder is missing or unset
        self._was_there: bool | None = None  # unknown until the first look
        self.volume = Remembered.from_setting(ctx.store.setting(SETTING_VOLUME))
        self.probe = FolderProbe(self)
        self.probe.found.connect(self._found)
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
        return self.located.path is not None

    def _save_folder(self) -> None:
        """Remember the folder and the volume it is on (when the text changed)."""
        text = self.folder.text().strip()
        if text != (self.ctx.store.setting(SETTING_FOLDER) or "") or self.volume is None:
            store = self.ctx.store
            self.volume = remember(Path(text)) if text and Path(text).is_dir() else None
            volume = self.volume and self.volume.to_setting()

            def save() -> None:
                with store.transaction():
                    store.set_setting(SETTING_FOLDER, text or None)
                    store.set_setting(SETTING_VOLUME, volume)

            self.ctx.write(save)
            self._was_there = None
        self.poll()

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.folder.text()
        )
        if path:
            self.folder.setText(path)
            self._save_folder()

    def poll(self) -> None:
        """Look for the folder on a thread; `_found` acts on the answer."""
        self.probe.probe(self.folder.text().strip(), self.volume)

    def _found(self, state: FolderState) -> None:
        """Run a round once when the folder appears (a stick plugged in), not on every tick;
        the first look after start or a change of folder only notes whether it is there."""
        self.located = state
        present = state.path is not None
        appeared = present and self._was_there is False
        self._was_there = present
        self.refresh()
        if appeared and self.auto.isChecked():
            self.run_round()

    def run_round(self) -> None:
        if self.located.path is None:
            self.refresh()
            return
        store, folder = self.ctx.store, self.located.path

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
        for item in result.not_written:
            self.log.addItem(self.tr("Could not write {file} for {to}: {why}").format(**item))
        text = self.tr("Last round: wrote {w}, imported {i}, skipped {s}, refused {r}.").format(
            w=len(result.written),
            i=len(result.imported),
            s=len(result.skipped),
            r=len(result.refused),
        )
        if result.not_written:
            text += " " + self.tr(
                "The folder could not be written ({why}): what was there was imported; "
                "unlock the stick or free space and sync again."
            ).format(why=result.not_written[0]["why"])
        self.state.setText(text)
        self.synced.emit(result)

    def refresh(self) -> None:
        present = self._present()
        self.run_button.setEnabled(present)
        if not self.folder.text().strip():
            self.state.setText(self.tr("No sync folder chosen yet."))
        elif self.located.wrong_volume:
            self.state.setText(
                self.tr(
                    "{drive} is another drive, not the sync stick{label}; plug in the right stick."
                ).format(
                    drive=self.located.wrong_volume,
                    label=f" ({self.volume.label})" if self.volume and self.volume.label else "",
                )
            )
        elif not present:
            self.state.setText(
                self.tr("The folder is not there now; plug in the stick or connect the share.")
            )
        else:  # there: replace a "not there" line, keep the last round's summary
            if self._showing_problem:
                self.state.setText(
                    self.tr("Sync folder ready: {path}").format(path=self.located.path)
                )
            self._showing_problem = False
            return
        self._showing_problem = True

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
