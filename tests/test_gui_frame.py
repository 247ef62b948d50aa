"""The application frame: role-dependent screens, status bar, lazy table model, worker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens import SCREENS
from bordertrack.gui.table_model import SqlTableModel
from bordertrack.gui.worker import ImmediateWorker, Worker
from bordertrack.services import records
from tests.gui_support import ctx, demo_store, demo_template, post_ctx, post_demo_store  # noqa: F401


def _sidebar(window: MainWindow) -> list[str]:
    return [s.key for s in window.specs]


def test_post_sees_no_training_and_coordinator_sees_all(qtbot, ctx, post_ctx):  # noqa: F811
    coord = MainWindow(ctx)
    qtbot.addWidget(coord)
    post = MainWindow(post_ctx)
    qtbot.addWidget(post)
    assert "training" not in _sidebar(post)
    assert "training" not in [s.key for s in SCREENS if "post" in s.roles]
    assert {s.key for s in SCREENS if "coordinator" in s.roles} == {s.key for s in SCREENS}
    assert set(_sidebar(post)) <= set(_sidebar(coord))
    assert post.sidebar.count() == len(post.specs)


def test_status_bar_shows_device_and_pending_changes(qtbot, post_ctx):  # noqa: F811
    window = MainWindow(post_ctx)
    qtbot.addWidget(window)
    assert "Dostuk laptop" in window.status.device_label.text()
    assert "Not yet sent: 0" in window.status.pending_label.text()
    item = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    records.update(post_ctx.store, "equipment", item["id"], {"notes": "checked"})
    post_ctx.changed("equipment")
    assert "Not yet sent: 1" in window.status.pending_label.text()


def test_table_model_passes_modeltester_and_filters(qtmodeltester, demo_store):  # noqa: F811
    model = SqlTableModel(demo_store, "equipment")
    qtmodeltester.check(model)
    total = model.rowCount()
    assert total == 600
    model.set_filter("post", "DOS")
    assert 0 < model.rowCount() < total
    shown_posts = {
        model.index(r, model.columns.index("post")).data() for r in range(model.rowCount())
    }
    assert shown_posts == {"Dostuk"}
    model.set_filter("post", None)
    tag = model.index(5, 0).data(Qt.ItemDataRole.UserRole)
    model.set_search(tag)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_reference_not_yet_received_shows_code(demo_store):  # noqa: F811
    rid = records.create(
        demo_store,
        "equipment",
        {"asset_tag": "NEW-1", "category": "radio", "post": "ZZZ", "status": "in_service"},
    )
    model = SqlTableModel(demo_store, "equipment")
    model.set_search("NEW-1")
    assert model.record_id(0) == rid
    assert model.index(0, model.columns.index("post")).data() == "not yet known: ZZZ"


def test_sort_by_clicking_a_column(demo_store):  # noqa: F811
    model = SqlTableModel(demo_store, "equipment")
    col = model.columns.index("asset_tag")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    first, second = (model.index(r, col).data() for r in (0, 1))
    assert first >= second


def test_worker_runs_off_the_gui_thread_and_reports(qtbot):
    worker = Worker()
    seen: list[object] = []

    def job(on_progress, is_cancelled):
        on_progress(1, 2)
        return 42

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy):
        worker.submit(job, on_result=seen.append, on_progress=lambda d, t: seen.append((d, t)))
    assert 42 in seen
    errors: list[BaseException] = []
    ImmediateWorker().submit(lambda p, c: 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_first_start_wizard_sets_up_a_post_device(qtbot, tmp_path):
    from bordertrack.gui.setup_wizard import SetupWizard
    from bordertrack.store.database import Store

    store = Store(tmp_path / "new.db")
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    wizard.role.setCurrentIndex(wizard.role.findData("post"))
    wizard.create()
    assert "post code" in wizard.error.text()
    assert not store.has_device
    qtbot.keyClicks(wizard.post, "dos")
    qtbot.keyClicks(wizard.name, "Dostuk laptop")
    wizard.create()
    assert store.device["post"] == "DOS" and store.device["name"] == "Dostuk laptop"
    assert store.device["public_key"]
    store.close()


def test_app_builds_main_window_on_a_demo_database(qtbot, demo_store):  # noqa: F811
    from bordertrack.app import build_window

    window = build_window(demo_store, operator="x", worker=ImmediateWorker())
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.count() >= 5
    assert window.windowTitle().startswith("BorderTrack")


def test_first_start_wizard_fits_its_words_and_asks_for_the_post_in_the_language(qtbot, tmp_path):
    """The examples and the Create button were cut on a narrow dialog, and a missing post code
    was answered with the command line's "add --post CODE" in English."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QDialogButtonBox

    from bordertrack.gui.setup_wizard import SetupWizard
    from bordertrack.store.database import Store
    from tests.language_walk import in_language

    for lang in ("en", "ru", "ky"):
        with in_language(lang):
            store = Store(tmp_path / f"{lang}.db")
            wizard = SetupWizard(store)
            qtbot.addWidget(wizard)
            wizard.show()
            qtbot.waitExposed(wizard)
            for edit in (wizard.post, wizard.name):
                needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                assert edit.width() > needed + 40, (lang, edit.placeholderText())  # padding
            create = wizard.buttons.button(QDialogButtonBox.StandardButton.Ok)
            bold = QFont(create.font())
            bold.setBold(True)
            assert (
                create.width()
                > QFontMetrics(bold).horizontalAdvance(create.text().replace("&", ""))
                + create.iconSize().width()
            )
            wizard.role.setCurrentIndex(wizard.role.findData("post"))
            wizard.create()
            assert "--post" not in wizard.error.text() and "DOS" in wizard.error.text()
            if lang != "en":
                assert "Enter the post code" not in wizard.error.text()
            assert not store.has_device
            store.close()
