"""Every write the window makes runs on the one database worker, never on the GUI thread:
the store's write guard (set by AppContext) refuses a write a window module begins on the
GUI thread outside a worker task, and a dialog's save reaches the worker's thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from bordertrack.gui import translations
from bordertrack.gui.context import AppContext
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.worker import Worker, WriteOnGuiThread
from bordertrack.services import records
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401


def test_a_window_write_on_the_gui_thread_is_refused(qtbot, post_ctx):  # noqa: F811
    app = QApplication.instance()
    with pytest.raises(WriteOnGuiThread):
        translations.switch_language(app, post_ctx.store, "en")  # no worker handed over
    assert post_ctx.worker.gui_writes
    translations.switch_language(app, post_ctx.store, "en", post_ctx.write)
    assert post_ctx.store.setting("language") == "en"


def test_a_test_or_script_writes_where_it_likes(post_ctx):  # noqa: F811
    """Only the window's modules are held to the worker: setup code is not a screen."""
    records.create(post_ctx.store, "equipment", {"asset_tag": "SETUP-1", "category": "radio"})
    assert not post_ctx.worker.gui_writes


def test_the_editor_saves_on_the_worker_thread(qtbot, post_demo_store):  # noqa: F811
    worker = Worker()
    worker.strict = True
    ctx = AppContext(store=post_demo_store, worker=worker, operator="officer")
    threads: list[threading.Thread] = []
    guard = post_demo_store.write_guard

    def watch() -> None:
        threads.append(threading.current_thread())
        guard()

    post_demo_store.write_guard = watch
    editor = RecordEditor(ctx, "equipment", None, {"post": "DOS", "status": "in_service"})
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "_dirty", False))
    editor.inputs["asset_tag"].setText("ON-THE-WORKER-1")
    editor.inputs["category"].setCurrentIndex(1)
    assert editor.save()
    worker.wait()
    assert threads and all(t is not threading.main_thread() for t in threads)
    saved = records.get(post_demo_store, "equipment", editor.record_id)
    assert saved["asset_tag"] == "ON-THE-WORKER-1"
    # A refusal raised on the worker comes back to the dialog, next to its field.
    again = RecordEditor(ctx, "equipment", None, {"post": "DOS", "status": "in_service"})
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "_dirty", False))
    again.inputs["asset_tag"].setText("ON-THE-WORKER-1")
    again.inputs["category"].setCurrentIndex(1)
    assert not again.save()
    assert "already used" in again.errors["asset_tag"].text()
    worker.wait()
