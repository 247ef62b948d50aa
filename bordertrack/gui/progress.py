"""Running long work on the database worker behind a progress dialog with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.worker import Task, TaskFn


def run_with_progress(
    ctx: AppContext,
    parent: QWidget | None,
    label: str,
    fn: TaskFn,
    on_result: Callable[[Any], None],
) -> Task:
    """Submit `fn`; errors are shown as one line; the dialog's Cancel asks the task to stop."""
    dialog = QProgressDialog(label, QCoreApplication.translate("progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished(result: Any) -> None:
        dialog.close()
        on_result(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        ctx.show_error(parent, error)

    task = ctx.worker.submit(fn, on_result=finished, on_error=failed, on_progress=progress)
    dialog.canceled.connect(task.cancel)
    return task
