"""What every page of the Reports screen shares: choosing where to save, running the work on
the database worker with progress, and offering to open the file just written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.progress import run_with_progress
from bordertrack.services.file_names import safe_part

# A combo of records shows at most this many (the newest); more is a search, not a list.
COMBO_LIMIT = 500


class ReportPage(QWidget):
    """A form on top, a row of buttons, and a status line saying what was written where.

    Each page defines `make()`, which its save button (`add_save_button`) runs.
    """

    roles: tuple[str, ...] = ("post", "trainer", "coordinator")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_path: Path | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_last)
        self.open_button.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.about)

    def add_save_button(self) -> QPushButton:
        """The page's one action button, which makes its document (`self.make`)."""
        button = QPushButton()
        button.clicked.connect(self.make)
        self.buttons.addWidget(button)
        return button

    def finish_layout(self) -> None:
        """Called by subclasses after adding their form: buttons, status line, stretch."""
        self.buttons.addWidget(self.open_button)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)

    def retranslate_base(self) -> None:
        self.open_button.setText(self.tr("&Open the file"))

    def refresh(self) -> None:
        """Reload drop-downs from the database (called when shown or data changed)."""

    def ask_save_path(self, caption: str, suggested: str, pattern: str) -> Path | None:
        """Where to write; tests replace this method instead of driving a native dialog."""
        start = str((self.last_path.parent if self.last_path else Path.home()) / suggested)
        path, _ = QFileDialog.getSaveFileName(self, caption, start, pattern)
        return Path(path) if path else None

    def run(
        self, label: str, fn: Callable[..., Any], path: Path, done: Callable[[Any], str]
    ) -> None:
        """Run `fn(on_progress, is_cancelled)` on the worker; show `done(result)` when it ends."""
        self.status.setText("")
        self.open_button.hide()

        def finished(result: Any) -> None:
            self.last_path = path
            self.status.setText(done(result))
            self.open_button.setVisible(path.exists())

        run_with_progress(self.ctx, self, label, fn, finished)

    def open_last(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))


def fill_combo(combo: QComboBox, rows: list[tuple[str, str]], keep: bool = True) -> None:
    """(data, text) rows into a combo, keeping the current choice when it is still there."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for data, text in rows:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def labelled_rows(form: QFormLayout, fields: list[QWidget]) -> list[QLabel]:
    """Add one row per field with a label that is its buddy (so the mnemonic focuses it)."""
    labels = []
    for widget in fields:
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, widget)
        labels.append(label)
    return labels


def set_texts(labels: list[QLabel], texts: tuple[str, ...]) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


def safe_name(text: str) -> str:
    """A file name from a number or title (no slashes or other characters Windows refuses)."""
    return safe_part(text)
