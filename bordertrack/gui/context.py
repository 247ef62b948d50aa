"""What every screen receives: the store, the one database worker, shared signals, the operator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.worker import Worker
from bordertrack.store.database import Store


class AppSignals(QObject):
    """Application-wide notifications so screens refresh without knowing each other.

    `data_changed(entity)` is emitted after any edit or import ("" means: anything may
    have changed); `status_changed()` when the status bar figures may have moved.
    """

    data_changed = Signal(str)
    status_changed = Signal()
    notice = Signal(str)  # a one-line confirmation for the status bar ("Saved: KG-0042")


@dataclass
class AppContext:
    """Carried by every screen; screens never open their own database connection."""

    store: Store
    worker: Worker
    signals: AppSignals = field(default_factory=AppSignals)
    operator: str = ""

    @property
    def device(self) -> dict[str, Any]:
        return self.store.device

    @property
    def role(self) -> str:
        return str(self.store.device["role"])

    @property
    def post(self) -> str | None:
        return self.store.device.get("post")

    def changed(self, entity: str = "") -> None:
        """Tell every screen and the status bar that records of `entity` changed."""
        self.signals.data_changed.emit(entity)
        self.signals.status_changed.emit()

    def notify(self, text: str) -> None:
        """Confirm a finished action in the status bar, without a dialog to click away."""
        self.signals.notice.emit(text)

    def show_error(self, parent: QWidget | None, error: BaseException | str) -> None:
        """One line a person can act on; a non-BorderTrack error is a bug and says so."""
        if isinstance(error, BorderTrackError | str):
            text = str(error)
        else:
            text = QObject.tr(None, "Something unexpected went wrong ({error}); nothing was saved.")
            text = text.format(error=type(error).__name__)
        QMessageBox.warning(parent, QObject.tr(None, "BorderTrack"), text)
