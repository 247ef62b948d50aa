"""What every screen receives: the store, the one database worker, shared signals, the operator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.error_text import error_text
from bordertrack.gui.worker import Worker
from bordertrack.store.database import Store
from bordertrack.store.touched import Touched

T = TypeVar("T")


class AppSignals(QObject):
    """Application-wide notifications so screens refresh without knowing each other.

    `committed(Touched)` after every commit, with the records it touched (emitted from
    the thread that committed, delivered on the GUI thread); `data_changed(entity)` once
    per touched entity ("" when only local state changed); `status_changed()` when the
    status bar figures may have moved.
    """

    committed = Signal(object)
    data_changed = Signal(str)
    status_changed = Signal()
    notice = Signal(str)  # a one-line confirmation for the status bar ("Saved: KG-0042")

    def __init__(self) -> None:
        super().__init__()
        self.committed.connect(self._announce)

    def _announce(self, touched: Touched) -> None:
        for entity in sorted(touched.entities) or [""]:
            self.data_changed.emit(entity)
        self.status_changed.emit()


@dataclass
class AppContext:
    """Carried by every screen; screens never open their own database connection."""

    store: Store
    worker: Worker
    signals: AppSignals = field(default_factory=AppSignals)
    operator: str = ""
    # The edit the status bar's Undo would take back (services.undo.UndoStep), set by the
    # confirmation of the last save; any other confirmation clears it.
    last_undo: Any = None

    def __post_init__(self) -> None:
        self.store.listeners.append(self.signals.committed.emit)
        self.store.write_guard = self.worker.check_write

    def write(self, fn: Callable[[], T]) -> T:
        """Run the write `fn` on the one database worker and return its result (or raise
        its error) here: every write runs on the worker, never on the GUI thread."""
        return self.worker.run_now(fn)

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
        """Announce a change the store did not see (commits announce themselves)."""
        self.signals.committed.emit(Touched({entity: frozenset({""})} if entity else {}))

    def notify(self, text: str, undo_step: Any = None) -> None:
        """Confirm a finished action in the status bar, without a dialog to click away;
        with `undo_step` the status bar offers to take that edit back."""
        self.last_undo = undo_step
        self.signals.notice.emit(text)

    def show_error(self, parent: QWidget | None, error: BaseException | str) -> None:
        """One line a person can act on; a non-BorderTrack error is a bug and says so."""
        if isinstance(error, str):
            text = error
        elif isinstance(error, BorderTrackError):
            text = error_text(error)
        elif isinstance(error, OSError):  # a file open in Excel (Windows locks it), a full disk
            text = QCoreApplication.translate(
                "AppContext",
                "Could not use {file} ({reason}); close it in other programs such as Excel, "
                "check the disk and try again.",
            ).format(
                file=error.filename or QCoreApplication.translate("AppContext", "the file"),
                reason=error.strerror or type(error).__name__,
            )
        else:
            text = QCoreApplication.translate(
                "AppContext", "Something unexpected went wrong ({error}); nothing was saved."
            )
            text = text.format(error=type(error).__name__)
        QMessageBox.warning(parent, QCoreApplication.translate("AppContext", "BorderTrack"), text)
