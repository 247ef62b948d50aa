"""The one database worker: long tasks run one at a time off the GUI thread.

A task is `fn(on_progress, is_cancelled) -> result`; its result, error and progress come
back to the GUI thread through Qt signals. Tests use ImmediateWorker, which runs the
task at once on the calling thread so they need no waiting.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

TaskFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    """Handle of one submitted task: connect to its signals, call cancel() to stop it."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()  # after finished or failed

    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """Run the function; never lets an exception escape into Qt."""
        try:
            self.result = self.fn(self.progress.emit, self.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, not swallowed
            self.error = exc
            if not _is_user_error(exc):
                traceback.print_exception(exc)
            self.failed.emit(exc)
        else:
            self.finished.emit(self.result)
        self.done.emit()


def _is_user_error(exc: BaseException) -> bool:
    from bordertrack.domain.errors import BorderTrackError

    return isinstance(exc, BorderTrackError)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


OnResult = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]


class Worker(QObject):
    """A single-thread pool: database work never overlaps, the window never freezes."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one thread for good: its connection is reused
        self._running: list[Task] = []

    def submit(
        self,
        fn: TaskFn,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> Task:
        """Queue `fn`; the callbacks run on the GUI thread (connected before the task starts)."""
        task = Task(fn)
        if on_result:
            task.finished.connect(on_result)
        if on_error:
            task.failed.connect(on_error)
        if on_progress:
            task.progress.connect(on_progress)
        self._running.append(task)
        task.done.connect(lambda: self._forget(task))
        self.busy_changed.emit(True)
        self._start(task)
        return task

    def _start(self, task: Task) -> None:
        self.pool.start(_Runnable(task))

    def _forget(self, task: Task) -> None:
        if task in self._running:
            self._running.remove(task)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class ImmediateWorker(Worker):
    """For tests: runs each task at once on the calling thread, callbacks included."""

    def _start(self, task: Task) -> None:
        task.run()
