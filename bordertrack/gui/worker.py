"""The one database worker: long tasks run one at a time off the GUI thread.

A task is `fn(on_progress, is_cancelled) -> result`; its result, error and progress come
back to the GUI thread through Qt signals. Tests use ImmediateWorker, which runs the
task at once on the calling thread so they need no waiting.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")

TaskFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# Set while a task runs on this thread: ImmediateWorker runs tasks on the GUI thread, and
# a write inside a task is a write through the worker all the same.
_in_task = threading.local()


def in_task() -> bool:
    """Is the calling thread running a worker task now?"""
    return bool(getattr(_in_task, "depth", 0))


_GUI_DIR = str(Path(__file__).parent)


def _called_from_gui() -> bool:
    """Is a window module (other than this one) among the callers?"""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_GUI_DIR) and not name.endswith("worker.py"):
            return True
        frame = frame.f_back
    return False


class WriteOnGuiThread(RuntimeError):
    """A write transaction began on the GUI thread outside the worker (a bug)."""


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
        _in_task.depth = getattr(_in_task, "depth", 0) + 1
        try:
            self.result = self.fn(self.progress.emit, self.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, not swallowed
            self.error = exc
            if not _is_user_error(exc):
                traceback.print_exception(exc)
            self.failed.emit(exc)
        else:
            self.finished.emit(self.result)
        finally:
            _in_task.depth -= 1
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
    # Tests make a write on the GUI thread raise; the window itself logs it and goes on
    # (a missed write still saves, as SQLite serialises it), so a person never loses work.
    strict = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gui_writes: list[str] = []  # where writes began on the GUI thread
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

    def check_write(self) -> None:
        """The store's write guard: a write transaction must run on the worker."""
        if in_task() or threading.current_thread() is not threading.main_thread():
            return
        if not _called_from_gui():
            return  # a script or a test's own setup, not the window
        where = "".join(traceback.format_stack(limit=8)[:-1])
        self.gui_writes.append(where)
        if self.strict:
            raise WriteOnGuiThread(f"a write began on the GUI thread, not the worker:\n{where}")
        print(f"BorderTrack: a write ran on the GUI thread:\n{where}", file=sys.stderr)

    def run_now(self, fn: Callable[[], T]) -> T:
        """Run the write `fn` on the worker and wait for it, the window taking no input.

        For a dialog's save: it needs the outcome (a refusal to show, a new id) before it
        closes. The write still runs on the one worker, after any task queued before it.
        """
        if in_task() or threading.current_thread() is not threading.main_thread():
            return fn()
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        self.submit(
            lambda _p, _c: fn(),
            on_result=lambda r: finish("result", r),
            on_error=lambda e: finish("error", e),
        )
        if not outcome:  # a threaded worker: wait; ImmediateWorker has already run it
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            finally:
                QGuiApplication.restoreOverrideCursor()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class ImmediateWorker(Worker):
    """For tests: runs each task at once on the calling thread, callbacks included."""

    def _start(self, task: Task) -> None:
        task.run()
